import { PROTOCOL_VERSION, type Diagnostic, type ServerMessage } from "@zmq-playground/shared";
import { appendBounded, applyTickToLive, EMPTY_LIVE } from "./live-view.js";
import type { RunStatus, RuntimeSlice } from "./runtime-slice.js";

/** How many message samples and events the store keeps (newest last). */
export const SAMPLE_LIMIT = 500;
export const EVENT_LIMIT = 500;
/** Problems found while running, kept at most (the gateway may report one per failed send). */
const RUNTIME_DIAGNOSTIC_LIMIT = 100;

/** The part of the runtime slice that gateway messages change. */
export type RuntimeData = Pick<
  RuntimeSlice,
  | "connection"
  | "run"
  | "live"
  | "samples"
  | "events"
  | "droppedSamples"
  | "runtimeDiagnostics"
  | "lastError"
  | "limits"
  | "deployedTopology"
>;

function sameDiagnostic(a: Diagnostic, b: Diagnostic): boolean {
  return (
    a.code === b.code &&
    a.message === b.message &&
    a.endpoint === b.endpoint &&
    a.sockets.join("\n") === b.sockets.join("\n")
  );
}

function addDiagnostics(list: Diagnostic[], added: readonly Diagnostic[]): Diagnostic[] {
  const fresh = added.filter((d) => !list.some((x) => sameDiagnostic(x, d)));
  return fresh.length === 0 ? list : appendBounded(list, fresh, RUNTIME_DIAGNOSTIC_LIMIT);
}

/** What the run's status becomes when the gateway says whether a topology runs. */
function statusAfter(was: RunStatus, running: boolean): RunStatus {
  // A Stop or Run the page sent is still under way: its answer settles the status.
  if (running) return was === "stopping" ? "stopping" : "running";
  return was === "deploying" ? "deploying" : "stopped";
}

/**
 * How one gateway message changes the runtime slice: the body of `applyServerMessage`,
 * an exhaustive switch over the protocol's server messages. Pure.
 */
export function reduceServerMessage(
  state: RuntimeData,
  message: ServerMessage,
): Partial<RuntimeData> {
  switch (message.type) {
    case "session:welcome":
      return {
        connection: {
          status: "open",
          retryInMs: null,
          retryAt: null,
          sessionId: message.sessionId,
          message: null,
          closeReason: null,
        },
        limits: message.limits,
        // Back online: "not connected" no longer holds.
        ...(state.lastError?.code === "disconnected" ? { lastError: null } : {}),
        // A new session (the old one expired): nothing of the old run is left.
        ...(message.resumed ? {} : { live: EMPTY_LIVE, deployedTopology: null }),
      };
    case "session:incompatible": {
      const refusal = {
        code: message.reason,
        message: message.message,
        // What the page says about a version mismatch names both sides' versions.
        params: { page: PROTOCOL_VERSION, gateway: message.protocolVersion },
      };
      return {
        connection: {
          ...state.connection,
          status: "closed",
          retryInMs: null,
          retryAt: null,
          message: message.message,
          closeReason: "incompatible",
          refusal,
        },
        lastError: refusal,
      };
    }
    case "command:ok":
      // The command's own promise carries the answer (see the gateway client).
      return {};
    case "command:error":
      return {
        lastError: {
          code: message.code,
          message: message.message,
          ...(message.diagnostics ? { diagnostics: message.diagnostics } : {}),
        },
        ...(message.diagnostics
          ? { runtimeDiagnostics: addDiagnostics(state.runtimeDiagnostics, message.diagnostics) }
          : {}),
      };
    case "runtime:state":
      return {
        run: {
          status: statusAfter(state.run.status, message.running),
          paused: message.paused,
          speed: message.speed,
          endpoints: message.endpoints,
        },
        ...(message.running ? {} : { live: EMPTY_LIVE }),
      };
    case "runtime:tick":
      return {
        live: applyTickToLive(state.live, message),
        samples: appendBounded(state.samples, message.samples, SAMPLE_LIMIT),
        events: appendBounded(state.events, message.events, EVENT_LIMIT),
        droppedSamples: state.droppedSamples + message.droppedSamples,
      };
    case "topology:diagnostics":
      return {
        runtimeDiagnostics:
          message.source === "deploy"
            ? message.diagnostics.slice(0, RUNTIME_DIAGNOSTIC_LIMIT)
            : addDiagnostics(state.runtimeDiagnostics, message.diagnostics),
      };
    default: {
      const unknown: never = message;
      return unknown;
    }
  }
}
