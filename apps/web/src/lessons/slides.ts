import { LESSON_IDS, lessonById, type LessonId } from "@zmq-playground/shared";
import { LESSON_TEXTS } from "./texts/index.js";

/**
 * Where a presentation stands: a lesson and a slide of it. First one slide per paragraph
 * of the explanation (large type leaves room for one at a time), then one per step, then
 * the challenge if there is one.
 */
export interface SlidePosition {
  readonly lessonId: LessonId;
  readonly slide: number;
}

/**
 * How many slides a lesson has. Every language has as many paragraphs and steps as
 * English (a test checks), so a presentation keeps its place when the language changes.
 */
export function slideCount(id: LessonId): number {
  const { body, steps } = LESSON_TEXTS.en.lessons[id];
  const challenge = lessonById(id)?.challenge === undefined ? 0 : 1;
  return body.length + steps.length + challenge;
}

/** What a slide shows: a paragraph of the explanation, a step, or the challenge. */
export type SlideKind =
  | { kind: "intro"; paragraph: number; last: boolean }
  | { kind: "step"; step: number }
  | { kind: "challenge" };

export function slideKind(position: SlidePosition): SlideKind {
  const { body, steps } = LESSON_TEXTS.en.lessons[position.lessonId];
  const slide = Math.max(0, position.slide);
  if (slide < body.length) {
    return { kind: "intro", paragraph: slide, last: slide === body.length - 1 };
  }
  if (slide < body.length + steps.length) return { kind: "step", step: slide - body.length };
  return { kind: "challenge" };
}

/** The lesson `offset` places away, or null past either end of the course. */
export function lessonAfter(id: LessonId, offset: number): LessonId | null {
  return LESSON_IDS[LESSON_IDS.indexOf(id) + offset] ?? null;
}

/**
 * One slide forward (+1) or back (-1). Past the last slide of a lesson comes the next
 * lesson's introduction; back from an introduction, the previous lesson's last slide.
 * At either end of the course the position stays.
 */
export function moveSlide(position: SlidePosition, direction: 1 | -1): SlidePosition {
  const slide = position.slide + direction;
  if (slide >= 0 && slide < slideCount(position.lessonId)) return { ...position, slide };
  const lessonId = lessonAfter(position.lessonId, direction);
  if (lessonId === null) return position;
  return { lessonId, slide: direction === 1 ? 0 : slideCount(lessonId) - 1 };
}
