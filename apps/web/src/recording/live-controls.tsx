import { RunControls } from "../panels/run-controls.js";
import { selectIsReplaying } from "../store/replay-selectors.js";
import { useAppStore } from "../store/store-context.js";

/** The toolbar's live slot: Run/Stop and speed; nothing during a replay (its bar has the controls). */
export function LiveControls() {
  const replaying = useAppStore(selectIsReplaying);
  return replaying ? null : <RunControls />;
}
