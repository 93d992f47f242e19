import { useEffect } from "react";
import { isEditable } from "../io/clipboard.js";
import type { ShortcutEvent } from "../keyboard/chords.js";
import { shortcutOf, type ShortcutsOf } from "../keyboard/shortcut-list.js";
import { selectErrorCount } from "../store/runtime-selectors.js";
import type { AppStore } from "../store/app-store.js";
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

/** What each of the editor's shortcuts does; their keys are in keyboard/shortcut-list.ts. */
const ACTIONS: Record<ShortcutsOf<"editor">["id"], (s: AppState) => void> = {
  undo: (s) => s.undo(),
  redo: (s) => s.redo(),
  delete: (s) => s.deleteSelection(),
  duplicate: (s) => s.duplicateSelection(),
  selectAll: (s) => s.selectAll(),
  group: (s) => s.groupSelection(),
  fit: (s) => s.requestFitView(),
  escape: (s) => s.select({}),
  help: (s) => s.openDialog({ kind: "shortcuts" }),
  run: (s) => toggleRun(s, false),
  stop: (s) => toggleRun(s, true),
};

/**
 * Do what a key press asks of the editor; true if it was a shortcut (its default is then
 * prevented). A dialog keeps every key; a text field keeps all but Run and Stop.
 */
export function handleEditorKey(e: ShortcutEvent, store: AppStore): boolean {
  const s = store.getState();
  if (e.defaultPrevented || s.dialog !== null) return false;
  const shortcut = shortcutOf(e, "editor");
  if (!shortcut) return false;
  // Run and Stop work from a text field too: Enter with Ctrl types nothing there.
  if (!("inText" in shortcut) && isEditable(e.target)) return false;
  ACTIONS[shortcut.id](s);
  e.preventDefault();
  return true;
}

/** The editor's keyboard shortcuts (the "?" dialog lists them). */
export function useShortcuts() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => void handleEditorKey(e, store);
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [store]);
}
