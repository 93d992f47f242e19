import { reduceServerMessage } from "./server-messages.js";
import type { CommandResult } from "./runtime-slice.js";
import type { AppState } from "./types.js";

type Set = (partial: Partial<AppState>) => void;
type Get = () => AppState;

/** What a gateway command answers during a replay: nothing runs there, and nothing is sent. */
export const REPLAY_REFUSAL: CommandResult = {
  ok: false,
  code: "replay",
  message: "A recording is being replayed: nothing runs on the gateway.",
};

/**
 * The store's entry points, made aware of recording and replay: every server message is
 * offered to the recorder; during a replay the gateway may still say how the connection
 * is, but its run data would overwrite the replay's, so only the connection is taken;
 * edits (every one goes through `commit`, undo, redo) and gateway commands do nothing;
 * opening another document leaves the replay.
 */
export function withReplayGuards(state: AppState, set: Set, get: Get): AppState {
  const replaying = () => get().replay !== null;
  const refused =
    <A extends unknown[]>(command: (...args: A) => Promise<CommandResult>) =>
    (...args: A) =>
      replaying() ? Promise.resolve(REPLAY_REFUSAL) : command(...args);
  const guarded: Partial<AppState> = {
    applyServerMessage: (message) => {
      get().captureServerMessage(message);
      if (!replaying()) return state.applyServerMessage(message);
      const { connection, limits } = reduceServerMessage(get(), message);
      set({ ...(connection ? { connection } : {}), ...(limits ? { limits } : {}) });
    },
    commit: (next, key) => {
      if (!replaying()) state.commit(next, key);
    },
    // Opening another document (New, a template, Import) leaves the replay first.
    loadDocument: (topology) => {
      if (replaying()) get().exitReplay();
      state.loadDocument(topology);
    },
    undo: () => {
      if (!replaying()) state.undo();
    },
    redo: () => {
      if (!replaying()) state.redo();
    },
    runTopology: refused(state.runTopology),
    stopTopology: refused(state.stopTopology),
    pause: refused(state.pause),
    resume: refused(state.resume),
    step: refused(state.step),
    setSpeed: refused(state.setSpeed),
    sendManual: refused(state.sendManual),
    killProcess: refused(state.killProcess),
    restartProcess: refused(state.restartProcess),
  };
  return { ...state, ...guarded };
}
