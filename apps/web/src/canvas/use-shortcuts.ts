import { useEffect } from "react";
import { isEditable } from "../io/clipboard.js";
import { selectErrorCount } from "../store/runtime-selectors.js";
import { useAppStoreApi } from "../store/store-context.js";
import type { AppState } from "../store/types.js";

/** Ctrl/Cmd+Enter: Run when stopped, Stop when running; with Shift, only Stop. */
function toggleRun(s: AppState, stopOnly: boolean): void {
  const status = s.run.status;
  if (status === "running") void s.stopTopology();
  else if (status === "stopped" && !stopOnly) {
    if (selectErrorCount(s) === 0 && s.connection.status === "open") void s.runTopology();
  }
}

/** The editor's keyboard shortcuts (the "?" dialog lists them). Text fields keep their own keys. */
export function useShortcuts() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const s = store.getState();
      const mod = e.ctrlKey || e.metaKey;
      // Run and Stop work from a text field too: Enter with Ctrl types nothing there.
      if (mod && e.key === "Enter" && !e.defaultPrevented && s.dialog === null) {
        e.preventDefault();
        toggleRun(s, e.shiftKey);
        return;
      }
      if (e.defaultPrevented || isEditable(e.target) || s.dialog !== null) return;
      const key = e.key.toLowerCase();
      let handled = true;
      if (mod && key === "z" && !e.shiftKey) s.undo();
      else if (mod && ((key === "z" && e.shiftKey) || key === "y")) s.redo();
      else if (mod && key === "d") s.duplicateSelection();
      else if (mod && key === "a") s.selectAll();
      else if (mod && key === "g") s.groupSelection();
      else if (!mod && (e.key === "Delete" || e.key === "Backspace")) s.deleteSelection();
      else if (!mod && !e.altKey && key === "f") s.requestFitView();
      else if (e.key === "?") s.openDialog({ kind: "shortcuts" });
      else if (e.key === "Escape") s.select({});
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);
}
