import { parseTopologyText, serializeTopology, type Topology } from "@zmq-playground/shared";
import type { AppStore } from "../store/app-store.js";

export const AUTOSAVE_KEY = "zmq-playground:autosave";
export const AUTOSAVE_DELAY_MS = 400;

/** The autosaved document, if there is a readable one. */
export function restoreAutosave(storage: Storage = localStorage): Topology | null {
  const text = storage.getItem(AUTOSAVE_KEY);
  if (text === null) return null;
  const result = parseTopologyText(text);
  return result.ok ? result.topology : null;
}

/**
 * Save the document a moment after each change (a burst of edits writes once), and
 * right away when the page is hidden or closed. Returns a function that stops it.
 */
export function startAutosave(
  store: AppStore,
  {
    storage = localStorage,
    page = window,
    delayMs = AUTOSAVE_DELAY_MS,
  }: {
    storage?: Storage;
    /** What fires `pagehide` (the window; tests pass their own). */
    page?: Pick<EventTarget, "addEventListener" | "removeEventListener">;
    delayMs?: number;
  } = {},
) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let saved = store.getState().topology;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const { topology, replay } = store.getState();
    // A replayed recording shows its own topology in place of the work: never save it.
    if (topology === saved || replay !== null) return;
    saved = topology;
    try {
      storage.setItem(AUTOSAVE_KEY, serializeTopology(topology));
    } catch {
      // Storage full or disabled (private mode): the work stays in the tab, export still works.
    }
  };
  const unsubscribe = store.subscribe((state, prev) => {
    if (state.topology === prev.topology || state.replay !== null) return;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  });
  const onHide = () => flush();
  page.addEventListener("pagehide", onHide);
  return () => {
    flush();
    unsubscribe();
    page.removeEventListener("pagehide", onHide);
  };
}
