import { parseTopologyText, serializeTopology } from "@zmq-playground/shared";
import type { AppStore } from "../store/app-store.js";

/** Whether keyboard shortcuts should leave this event to a text field. */
export function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/**
 * Copy, cut and paste sockets through the system clipboard, as topology JSON: it works
 * between tabs and windows, and pasting into a text editor shows a readable file. The
 * browser's own clipboard events are used so no clipboard permission is needed.
 */
export function installClipboard(store: AppStore): () => void {
  const onCopy = (e: ClipboardEvent, cut: boolean) => {
    if (isEditable(e.target) || !e.clipboardData) return;
    if (window.getSelection()?.toString()) return; // a person copying text they selected
    const fragment = store.getState().selectionFragment();
    if (!fragment) return;
    e.clipboardData.setData("text/plain", serializeTopology(fragment));
    e.preventDefault();
    store.getState().showToast("copiedSelection", { count: fragment.sockets.length });
    if (cut) store.getState().deleteSelection();
  };
  const copy = (e: ClipboardEvent) => onCopy(e, false);
  const cut = (e: ClipboardEvent) => onCopy(e, true);
  const paste = (e: ClipboardEvent) => {
    if (isEditable(e.target) || !e.clipboardData) return;
    const text = e.clipboardData.getData("text/plain");
    const result = parseTopologyText(text);
    e.preventDefault();
    if (!result.ok) {
      store.getState().showToast("pasteRejected");
      return;
    }
    store.getState().paste(result.topology);
    store.getState().showToast("pasted", { count: result.topology.sockets.length });
  };
  document.addEventListener("copy", copy);
  document.addEventListener("cut", cut);
  document.addEventListener("paste", paste);
  return () => {
    document.removeEventListener("copy", copy);
    document.removeEventListener("cut", cut);
    document.removeEventListener("paste", paste);
  };
}

/** Put the whole document's JSON on the clipboard. */
export async function copyDocumentJson(store: AppStore): Promise<void> {
  try {
    await navigator.clipboard.writeText(serializeTopology(store.getState().topology));
    store.getState().showToast("copiedJson");
  } catch {
    store.getState().showToast("clipboardFailed");
  }
}
