import type {
  Diagnostic,
  MessageSample,
  RuntimeEvent,
  ServerMessage,
  SessionLimits,
  Topology,
} from "@zmq-playground/shared";
import type { CommandOutcome, CommandRequest, GatewayClient } from "../gateway/types.js";
import { EMPTY_LIVE, type LiveView } from "./live-view.js";
import { reduceServerMessage } from "./server-messages.js";
import type { SliceCreator } from "./types.js";

export type { LiveLink, LiveSocket, LiveView } from "./live-view.js";

export { EVENT_LIMIT, SAMPLE_LIMIT } from "./server-messages.js";

export type ConnectionStatus = "connecting" | "open" | "closed";
export type RunStatus = "stopped" | "deploying" | "running" | "stopping";

/** Why the connection closed, for the banner's words (the gateway's own text goes in `message`). */
export type CloseReason =
  "lost" | "shutdown" | "taken-over" | "incompatible" | "too-big" | "no-answer";

export interface ConnectionView {
  status: ConnectionStatus;
  /** While closed and waiting to reconnect: the delay chosen; null when not retrying. */
  retryInMs: number | null;
  /** When the next attempt starts (`Date.now()` clock), for a countdown; null when not retrying. */
  retryAt: number | null;
  sessionId: string | null;
  /** Why the connection is closed, for a person (a refused handshake, a lost gateway). */
  message: string | null;
  closeReason: CloseReason | null;
  /** A refused handshake: its reason as `code` and the versions it names, for the page's words. */
  refusal?: Failure;
}

export interface RunView {
  status: RunStatus;
  paused: boolean;
  speed: number;
  /** Each endpoint as written -> its real address (an ipc file's path, say). */
  endpoints: Record<string, string>;
}

/**
 * What went wrong, as the gateway (or the connection) said it: a code, its English
 * words, the diagnostics a refused command came with, the values a refusal of the page
 * names. `i18n/command-error-text.ts` says it in the reader's language.
 */
export interface Failure {
  code: string;
  message: string;
  diagnostics?: Diagnostic[];
  params?: Record<string, string | number>;
}

/** The answer a command gives the caller: what the gateway said, in words when it failed. */
export type CommandResult =
  /** `stepped` answers Step: false when no message was waiting. */
  { ok: true; stepped?: boolean } | ({ ok: false } & Failure);

/** Edits while running: being applied, or held back because the document has errors. */
export type RedeployState = "idle" | "applying" | "blocked";

export interface RuntimeSlice {
  connection: ConnectionView;
  run: RunView;
  live: LiveView;
  samples: MessageSample[];
  events: RuntimeEvent[];
  /** Samples the gateway left out since the page started (only the animation misses them). */
  droppedSamples: number;
  /** Problems the gateway reported: a refused deploy, a bind that failed while running. */
  runtimeDiagnostics: Diagnostic[];
  lastError: Failure | null;
  /** The caps announced in `session:welcome`. */
  limits: SessionLimits | null;
  /** The document as last deployed successfully by this page (null: unknown or none). */
  deployedTopology: Topology | null;
  redeploy: RedeployState;
  setRedeploy: (redeploy: RedeployState) => void;
  /** The one entry point for gateway messages. */
  applyServerMessage: (message: ServerMessage) => void;
  /** The connection's state, set by the gateway client. */
  setConnection: (connection: Partial<ConnectionView>) => void;
  dismissError: () => void;
  /** Connect again now (the banner's button). */
  reconnect: () => void;
  /** Deploy the document (or, while running, its changes: the gateway diffs). */
  runTopology: () => Promise<CommandResult>;
  stopTopology: () => Promise<CommandResult>;
  pause: () => Promise<CommandResult>;
  resume: () => Promise<CommandResult>;
  /** While paused: let one waiting message through. */
  step: () => Promise<CommandResult>;
  /** Slow motion: 1 is real time, 0.1 ten times slower. */
  setSpeed: (factor: number) => Promise<CommandResult>;
  sendManual: (socketId: string, frames: string[]) => Promise<CommandResult>;
  killProcess: (processId: string) => Promise<CommandResult>;
  restartProcess: (processId: string) => Promise<CommandResult>;
}

const INITIAL_RUN: RunView = { status: "stopped", paused: false, speed: 1, endpoints: {} };

function failureOf(outcome: CommandOutcome & { ok: false }): Failure {
  const { code, message, diagnostics } = outcome;
  return diagnostics ? { code, message, diagnostics } : { code, message };
}

function toResult(outcome: CommandOutcome): CommandResult {
  if (!outcome.ok) return { ok: false, ...failureOf(outcome) };
  return outcome.stepped === undefined ? { ok: true } : { ok: true, stepped: outcome.stepped };
}

/** The runtime slice: what the gateway reports, and the commands that go to it. */
export function createRuntimeSlice(gateway: GatewayClient): SliceCreator<RuntimeSlice> {
  return (set, get) => {
    const send = async (command: CommandRequest): Promise<CommandResult> => {
      const outcome = await gateway.request(command);
      // A command that never reached the gateway has no command:error to report it.
      if (!outcome.ok && outcome.code === "disconnected") {
        set({ lastError: failureOf(outcome) });
      }
      return toResult(outcome);
    };
    const setRun = (run: Partial<RunView>) => set({ run: { ...get().run, ...run } });

    return {
      connection: {
        status: "connecting",
        retryInMs: null,
        retryAt: null,
        sessionId: null,
        message: null,
        closeReason: null,
      },
      run: INITIAL_RUN,
      live: EMPTY_LIVE,
      samples: [],
      events: [],
      droppedSamples: 0,
      runtimeDiagnostics: [],
      lastError: null,
      limits: null,
      deployedTopology: null,
      redeploy: "idle",
      setRedeploy: (redeploy) => set({ redeploy }),

      applyServerMessage: (message) => set(reduceServerMessage(get(), message)),

      setConnection: (connection) => set({ connection: { ...get().connection, ...connection } }),
      dismissError: () => set({ lastError: null }),
      reconnect: () => gateway.reconnect(),

      runTopology: async () => {
        const { run, topology } = get();
        if (run.status === "stopping") return { ok: false, code: "busy", message: "Stopping." };
        const fresh = run.status === "stopped";
        if (fresh) {
          setRun({ status: "deploying" });
          set({ runtimeDiagnostics: [], lastError: null, live: EMPTY_LIVE });
        } else {
          set({ redeploy: "applying" });
        }
        const result = await send({ type: "topology:deploy", topology });
        const now = get().run.status;
        set({ redeploy: "idle" });
        if (result.ok) {
          set({ deployedTopology: topology });
          if (now === "deploying") setRun({ status: "running" });
        } else if (now === "deploying") {
          setRun({ status: "stopped" });
        }
        return result;
      },

      stopTopology: async () => {
        const before = get().run.status;
        if (before === "stopped") return { ok: true };
        setRun({ status: "stopping" });
        const result = await send({ type: "topology:stop" });
        if (result.ok || result.code === "not-running") {
          setRun({ status: "stopped", paused: false });
          set({ live: EMPTY_LIVE, deployedTopology: null, redeploy: "idle" });
        } else if (get().run.status === "stopping") {
          setRun({ status: before });
        }
        return result;
      },

      pause: () => send({ type: "runtime:pause" }),
      resume: () => send({ type: "runtime:resume" }),
      step: () => send({ type: "runtime:step" }),
      setSpeed: (factor) => {
        // The gateway keeps the speed for the next run too; show the choice at once.
        setRun({ speed: factor });
        return send({ type: "runtime:speed", factor });
      },
      sendManual: (socketId, frames) => send({ type: "socket:send", socketId, frames }),
      killProcess: (processId) => send({ type: "process:kill", processId }),
      restartProcess: (processId) => send({ type: "process:restart", processId }),
    };
  };
}
