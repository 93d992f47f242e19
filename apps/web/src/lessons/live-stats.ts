import { hasErrors, type RunStats } from "@zmq-playground/shared";
import type { AppState } from "../store/types.js";

type LiveInput = Pick<AppState, "run" | "live" | "runtimeDiagnostics">;

/**
 * The running topology's live counters as the RunStats a checker reads (the same shape
 * `cli run --json` prints); null when nothing runs, so a checker asks for a run.
 */
export function liveRunStats(state: LiveInput): RunStats | null {
  if (state.run.status !== "running") return null;
  const { live, runtimeDiagnostics } = state;
  return {
    ok: !hasErrors(runtimeDiagnostics),
    durationMs: Math.max(0, Math.round(live.at)),
    sockets: Object.values(live.sockets).map(({ id, sent, received, errors }) => ({
      id,
      sent,
      received,
      errors,
    })),
    links: Object.values(live.links).map((l) => ({
      connector: l.connector,
      endpoint: l.endpoint,
      binder: l.binder,
      state: l.state,
      toBinder: l.toBinder,
      toConnector: l.toConnector,
    })),
    diagnostics: runtimeDiagnostics,
  };
}
