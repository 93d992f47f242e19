import { lessonById } from "@zmq-playground/shared";
import { useEffect } from "react";
import { isEditable } from "../io/clipboard.js";
import type { AppStore } from "../store/app-store.js";
import { useAppStoreApi } from "../store/store-context.js";
import { openLessonTopology, restoreSpeed } from "./lesson-actions.js";
import type { LessonStore } from "./lesson-store.js";
import { useLessonsApi } from "./lessons-context.js";

const FORWARD = new Set(["ArrowRight", "PageDown"]);
const BACK = new Set(["ArrowLeft", "PageUp"]);

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

/**
 * A presenter's keys (a clicker sends PageDown/PageUp): → or PageDown next, ← or
 * PageUp back, Esc leaves. They are taken before the editor's own shortcuts and React
 * Flow's (arrows would move a selected socket), except in a text field or a dialog.
 */
export function usePresentationKeys(): void {
  const app = useAppStoreApi();
  const lessons = useLessonsApi();
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      if (isEditable(e.target) || app.getState().dialog !== null) return;
      if (FORWARD.has(e.key)) moveAndFollow(app, lessons, 1);
      else if (BACK.has(e.key)) moveAndFollow(app, lessons, -1);
      else if (e.key === "Escape") leavePresentation(app, lessons);
      else return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [app, lessons]);
}
