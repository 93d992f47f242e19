import type { AppState } from "./types.js";

// Module-level selectors of the replay slice.

export const selectReplay = (s: AppState) => s.replay;
export const selectIsReplaying = (s: AppState) => s.replay !== null;
export const selectRecordingView = (s: AppState) => s.recording;
