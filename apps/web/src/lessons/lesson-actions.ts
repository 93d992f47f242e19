import { CHECKERS, resolveTopology, type CheckResult, type Lesson } from "@zmq-playground/shared";
import i18next from "i18next";
import type { AppStore } from "../store/app-store.js";
import { liveRunStats } from "./live-stats.js";
import { LESSON_TEXTS, lessonLanguage } from "./texts/index.js";

/**
 * The speed a presentation runs at: four times slower, so a class can follow each
 * message along its link. Entering presentation mode sets it through the store's
 * `setSpeed` (the live run's speed control); leaving puts the earlier speed back.
 */
export const PRESENTATION_SPEED = 0.25;

/**
 * Put the lesson's topology in the editor, as one undo step, with the lesson's title and
 * first paragraph in the current language; false if it cannot be found.
 * What runs is stopped first, so the new diagram starts from nothing when Run is pressed
 * (while running, the editor would otherwise redeploy the new document over the old).
 */
export function openLessonTopology(store: AppStore, lesson: Lesson): boolean {
  const found = resolveTopology(lesson.topology);
  if (!found) return false;
  // Titled and described in the class's language, like a template from the gallery.
  const text = LESSON_TEXTS[lessonLanguage(i18next.resolvedLanguage ?? i18next.language)];
  const words = text.lessons[lesson.id];
  const topology = { ...structuredClone(found), title: words.title };
  const intro = words.body[0];
  if (intro === undefined) delete topology.description;
  else topology.description = intro;
  const status = store.getState().run.status;
  if (status === "running" || status === "deploying") void store.getState().stopTopology();
  store.getState().loadDocument(topology);
  return true;
}

/** Judge the student's work: the editor's topology and, while it runs, its live counters. */
export function checkWork(store: AppStore, lesson: Lesson): CheckResult | null {
  const challenge = lesson.challenge;
  if (!challenge) return null;
  const state = store.getState();
  return CHECKERS[challenge.checker]({ topology: state.topology, run: liveRunStats(state) });
}

/** Slow the run down for the class; returns the speed to put back afterwards. */
export function slowDownForClass(store: AppStore): number {
  const { run, setSpeed } = store.getState();
  if (run.speed !== PRESENTATION_SPEED) void setSpeed(PRESENTATION_SPEED);
  return run.speed;
}

/** Put the speed back as it was before the presentation. */
export function restoreSpeed(store: AppStore, speed: number | null): void {
  if (speed !== null && store.getState().run.speed !== speed) void store.getState().setSpeed(speed);
}
