import { lessonById } from "@zmq-playground/shared";
import { useEffect } from "react";
import { isEditable } from "../io/clipboard.js";
import type { ShortcutEvent } from "../keyboard/chords.js";
import { shortcutOf, type ShortcutsOf } from "../keyboard/shortcut-list.js";
import type { AppStore } from "../store/app-store.js";
import { useAppStoreApi } from "../store/store-context.js";
import { openLessonTopology, restoreSpeed } from "./lesson-actions.js";
import type { LessonStore } from "./lesson-store.js";
import { useLessonsApi } from "./lessons-context.js";

/**
 * One slide forward or back; entering another lesson puts its topology on the canvas, so
 * the diagram always matches the text the class is reading.
 */
export function moveAndFollow(app: AppStore, lessons: LessonStore, direction: 1 | -1): void {
  const before = lessons.getState().lessonId;
  const now = lessons.getState().move(direction);
  if (!now || now.lessonId === before) return;
  const lesson = lessonById(now.lessonId);
  if (lesson && openLessonTopology(app, lesson)) lessons.getState().setLoaded(now.lessonId);
}

/** Leave the presentation and put the run's speed back. */
export function leavePresentation(app: AppStore, lessons: LessonStore): void {
  restoreSpeed(app, lessons.getState().leave());
}

/** What each presentation key does; the keys are in keyboard/shortcut-list.ts. */
const ACTIONS: Record<ShortcutsOf<"presentation">["id"], (a: AppStore, l: LessonStore) => void> = {
  next: (app, lessons) => moveAndFollow(app, lessons, 1),
  previous: (app, lessons) => moveAndFollow(app, lessons, -1),
  leave: leavePresentation,
};

/**
 * Do what a presenter's key asks; true if it was one (it then goes no further). A text
 * field or a dialog keeps its keys.
 */
export function handlePresentationKey(
  e: ShortcutEvent,
  app: AppStore,
  lessons: LessonStore,
): boolean {
  if (e.defaultPrevented || isEditable(e.target) || app.getState().dialog !== null) return false;
  const shortcut = shortcutOf(e, "presentation");
  if (!shortcut) return false;
  ACTIONS[shortcut.id](app, lessons);
  e.preventDefault();
  e.stopPropagation();
  return true;
}

/**
 * A presenter's keys (a clicker sends PageDown/PageUp): → or PageDown next, ← or
 * PageUp back, Esc leaves. They are taken before the editor's own shortcuts and React
 * Flow's (arrows would move a selected socket), except in a text field or a dialog.
 */
export function usePresentationKeys(): void {
  const app = useAppStoreApi();
  const lessons = useLessonsApi();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => void handlePresentationKey(e, app, lessons);
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [app, lessons]);
}
