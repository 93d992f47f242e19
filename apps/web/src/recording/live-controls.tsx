import "./replay.css";
import { RunControls } from "../panels/run-controls.js";
import { selectIsReplaying } from "../store/replay-selectors.js";
import { useAppStore } from "../store/store-context.js";
import { RecordButton } from "./record-button.js";

/** The toolbar's live slot: Run/Stop, speed and Record; nothing during a replay (its bar has the controls). */
export function LiveControls() {
  const replaying = useAppStore(selectIsReplaying);
  if (replaying) return null;
  return (
    <>
      <RunControls />
      <RecordButton />
    </>
  );
}
