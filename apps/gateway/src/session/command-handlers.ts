import {
  hasErrors,
  type ClientCommand,
  type Diagnostic,
  type Topology,
} from "@zmq-playground/shared";
import type { Runtime } from "../runtime/types.js";
import { CommandError, withTimeout } from "./command-error.js";
import type { GatewayLimits } from "./limits.js";
import { processIdsOf, type RunState } from "./run-state.js";

/** What the command handlers need from their session. */
export interface CommandHost {
  readonly runtime: Runtime;
  readonly limits: GatewayLimits;
  readonly run: RunState;
  /** A deploy succeeded: start (or keep) ticking, tell the page. */
  deployed(diagnostics: Diagnostic[], fresh: boolean): void;
  /** Send the last tick of a topology about to be torn down. */
  finalTick(): void;
  /** The topology is gone: stop ticking, tell the page. */
  stopped(): void;
  sendState(): void;
}

/** Extra fields of `command:ok`. */
export interface CommandOutcome {
  stepped?: boolean;
}

/** A deploy or teardown of many sockets takes time, but never this long. */
const RUNTIME_TIMEOUT_MS = 15_000;

/** Carry out one command. Throws CommandError for anything the page should be told. */
export async function handleCommand(
  host: CommandHost,
  command: ClientCommand,
): Promise<CommandOutcome> {
  const { runtime, run } = host;
  switch (command.type) {
    case "session:ping":
      return {};
    case "topology:deploy":
      await deploy(host, command.topology);
      return {};
    case "topology:stop":
      if (run.topology !== null) {
        host.finalTick();
        await withTimeout(runtime.teardown(), RUNTIME_TIMEOUT_MS, "Stopping the topology");
      }
      host.stopped();
      return {};
    case "runtime:pause":
    case "runtime:resume":
      requireRunning(run);
      if (command.type === "runtime:pause") runtime.pause();
      else runtime.resume();
      run.paused = command.type === "runtime:pause";
      host.sendState();
      return {};
    case "runtime:speed":
      if (run.topology !== null) runtime.setSpeed(command.factor);
      run.speed = command.factor;
      host.sendState();
      return {};
    case "runtime:step":
      requireRunning(run);
      if (!run.paused)
        throw new CommandError("not-paused", "Pause the topology before stepping one message.");
      return { stepped: runtime.step() };
    case "socket:send":
      sendCheck(host, requireRunning(run), command.socketId, command.frames);
      await withTimeout(
        runtime.sendManual(command.socketId, command.frames),
        RUNTIME_TIMEOUT_MS,
        "The send",
      );
      return {};
    case "process:kill":
    case "process:restart": {
      const topology = requireRunning(run);
      if (!processIdsOf(topology).has(command.processId)) {
        throw new CommandError(
          "unknown-process",
          `No process "${command.processId}" in the running topology.`,
        );
      }
      const act = command.type === "process:kill" ? runtime.killProcess : runtime.restartProcess;
      await withTimeout(
        act.call(runtime, command.processId),
        RUNTIME_TIMEOUT_MS,
        "The process change",
      );
      return {};
    }
  }
}

async function deploy(host: CommandHost, topology: Topology): Promise<void> {
  const max = host.limits.maxSockets;
  if (topology.sockets.length > max) {
    const n = topology.sockets.length;
    throw new CommandError(
      "limit-exceeded",
      `This topology has ${n} sockets; a session may run at most ${max}.`,
    );
  }
  const fresh = host.run.topology === null;
  const diagnostics = await withTimeout(
    host.runtime.deploy(topology),
    RUNTIME_TIMEOUT_MS,
    "The deploy",
  );
  if (hasErrors(diagnostics)) {
    const errors = diagnostics.filter((d) => d.severity === "error");
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more problem(s))` : "";
    throw new CommandError(
      "invalid-topology",
      `${errors[0]?.message ?? "The topology is invalid."}${more}${afterFailedDeploy(host, fresh)}`,
      diagnostics,
    );
  }
  host.run.topology = topology;
  host.deployed(diagnostics, fresh);
}

/**
 * What runs after a refused deploy, in words, with the session brought in line. The
 * runtime undoes a deploy that fails while opening sockets: a first deploy leaves
 * nothing; a redeploy puts the previous topology back, or, if even that fails, stops.
 */
function afterFailedDeploy(host: CommandHost, fresh: boolean): string {
  if (fresh) return "";
  if (host.runtime.running) return " The previous topology is still running.";
  host.stopped();
  return " Nothing is running now: the previous topology could not be put back.";
}

function requireRunning(run: RunState): Topology {
  if (run.topology === null)
    throw new CommandError("not-running", "No topology is running: press Run first.");
  return run.topology;
}

function sendCheck(
  host: CommandHost,
  topology: Topology,
  socketId: string,
  frames: string[],
): void {
  if (!topology.sockets.some((s) => s.id === socketId)) {
    throw new CommandError("unknown-socket", `No socket "${socketId}" in the running topology.`);
  }
  const bytes = frames.reduce((sum, frame) => sum + Buffer.byteLength(frame), 0);
  const max = host.limits.maxMessageBytes;
  if (bytes > max)
    throw new CommandError("too-large", `This message has ${bytes} bytes; the limit is ${max}.`);
}
