import {
  PROTOCOL_VERSION,
  type ClientCommand,
  type CommandErrorCode,
  type Diagnostic,
  type ServerMessage,
} from "@zmq-playground/shared";
import type { Runtime } from "../runtime/types.js";
import { describeError, type Logger } from "../log.js";
import { toCommandError, withTimeout } from "./command-error.js";
import { handleCommand, type CommandHost } from "./command-handlers.js";
import { announcedLimits, type GatewayLimits } from "./limits.js";
import { idleRunState, type RunState } from "./run-state.js";
import { CLOSE_CODES, type SessionSocket } from "./socket.js";
import { Ticker } from "./ticker.js";
import { removeIpcDir } from "./ipc-dir.js";

const TEARDOWN_TIMEOUT_MS = 5_000;

export interface SessionOptions {
  readonly id: string;
  readonly runtime: Runtime;
  readonly ipcDir: string;
  readonly limits: GatewayLimits;
  readonly logger: Logger;
  /** Monotonic milliseconds; injectable for tests. */
  readonly now?: () => number;
}

/**
 * One page's playground: its runtime (own zmq Context, own ipc folder), the commands it
 * sends, run one at a time in arrival order, and the ticks it receives. Outlives its
 * WebSocket for a grace period so a reloaded page can resume it.
 */
export class Session implements CommandHost {
  readonly id: string;
  readonly runtime: Runtime;
  readonly limits: GatewayLimits;
  readonly run: RunState = idleRunState();
  readonly #options: SessionOptions;
  readonly #now: () => number;
  readonly #ticker: Ticker;
  readonly #unsubscribe: () => void;
  #socket: SessionSocket | null = null;
  #queue: Promise<void> = Promise.resolve();
  #pending = 0;
  #disposed: Promise<void> | null = null;

  constructor(options: SessionOptions) {
    this.#options = options;
    this.id = options.id;
    this.runtime = options.runtime;
    this.limits = options.limits;
    this.#now = options.now ?? (() => performance.now());
    this.#ticker = new Ticker(this, this.#now);
    this.#unsubscribe = this.runtime.subscribe(this.#ticker.listener);
  }

  get socket(): SessionSocket | null {
    return this.#socket;
  }

  /** Bind the session to a connection (closing one it had) and greet it. */
  attach(socket: SessionSocket, resumed: boolean): void {
    const previous = this.#socket;
    this.#socket = socket;
    if (previous && previous !== socket) {
      previous.close(CLOSE_CODES.takenOver, "Another tab resumed this session.");
    }
    this.send({
      type: "session:welcome",
      protocolVersion: PROTOCOL_VERSION,
      sessionId: this.id,
      resumed,
      limits: announcedLimits(this.limits),
    });
    this.sendState();
    if (this.run.diagnostics.length > 0) {
      this.send({
        type: "topology:diagnostics",
        source: "deploy",
        diagnostics: this.run.diagnostics,
      });
    }
  }

  /** The connection went away; the session keeps running until resumed or disposed. */
  detach(socket: SessionSocket): void {
    if (this.#socket === socket) this.#socket = null;
  }

  /** Queue a command behind those already running; its answer goes to whoever is attached then. */
  enqueue(command: ClientCommand): void {
    if (this.#disposed) return;
    if (this.#pending >= this.limits.maxPendingCommands) {
      const max = this.limits.maxPendingCommands;
      this.#answerError(
        command.requestId,
        "limit-exceeded",
        `More than ${max} commands are waiting; wait for their answers.`,
      );
      return;
    }
    this.#pending += 1;
    this.#queue = this.#queue
      .then(() => this.#execute(command))
      .finally(() => {
        this.#pending -= 1;
      });
  }

  /** Tear down the runtime and remove the ipc folder. Safe to call twice. */
  dispose(): Promise<void> {
    this.#disposed ??= this.#dispose();
    return this.#disposed;
  }

  send(message: ServerMessage): void {
    this.#socket?.send(JSON.stringify(message));
  }

  sendState(): void {
    const running = this.run.topology !== null;
    let endpoints: Record<string, string> = {};
    try {
      if (running) endpoints = this.runtime.resolvedEndpoints();
    } catch (error) {
      this.fail("resolvedEndpoints", error);
    }
    const { paused, speed } = this.run;
    this.send({ type: "runtime:state", running, paused: running && paused, speed, endpoints });
  }

  deployed(diagnostics: Diagnostic[], fresh: boolean): void {
    if (fresh) {
      this.run.paused = false;
      this.run.deployedAt = this.#now();
      if (this.run.speed !== 1) this.runtime.setSpeed(this.run.speed);
    }
    this.run.diagnostics = diagnostics;
    this.send({
      type: "topology:diagnostics",
      source: "deploy",
      diagnostics: this.run.diagnostics,
    });
    this.sendState();
    this.#ticker.start(fresh);
  }

  finalTick(): void {
    this.#ticker.tick(true);
  }

  stopped(): void {
    this.#ticker.stop();
    Object.assign(this.run, idleRunState(this.run.speed));
    this.sendState();
  }

  /** Log a failure of the gateway itself (the page gets `internal` where it asked). */
  fail(what: string, error: unknown): void {
    this.#options.logger.error(
      `session ${this.id}: ${what} failed: ${describeError(error)}`,
      error,
    );
  }

  async #execute(command: ClientCommand): Promise<void> {
    try {
      const outcome = await handleCommand(this, command);
      this.send({ type: "command:ok", requestId: command.requestId, ...outcome });
    } catch (error) {
      const failure = toCommandError(error);
      if (failure.code === "internal") this.fail(command.type, error);
      this.#answerError(command.requestId, failure.code, failure.message, failure.diagnostics);
    }
  }

  #answerError(
    requestId: string,
    code: CommandErrorCode,
    message: string,
    diagnostics?: Diagnostic[],
  ): void {
    this.send(
      diagnostics
        ? { type: "command:error", requestId, code, message, diagnostics }
        : { type: "command:error", requestId, code, message },
    );
  }

  async #dispose(): Promise<void> {
    this.#ticker.stop();
    this.#unsubscribe();
    try {
      await withTimeout(this.runtime.teardown(), TEARDOWN_TIMEOUT_MS, "Teardown");
    } catch (error) {
      this.fail("teardown", error);
    }
    await removeIpcDir(this.#options.ipcDir).catch((error: unknown) => {
      this.#options.logger.warn(
        `session ${this.id}: could not remove ${this.#options.ipcDir}: ${describeError(error)}`,
      );
    });
  }
}
