import { useEffect } from "react";
import { isEditable } from "../io/clipboard.js";
import { useAppStoreApi } from "../store/store-context.js";

/** The editor's keyboard shortcuts (the "?" dialog lists them). Text fields keep their own keys. */
export function useShortcuts() {
  const store = useAppStoreApi();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const s = store.getState();
      if (e.defaultPrevented || isEditable(e.target) || s.dialog !== null) return;
      const mod = e.ctrlKey || e.metaKey;
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
