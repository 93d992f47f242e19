import type { CheckMessageId, LessonId } from "@zmq-playground/shared";

/** The words of one lesson in one language. */
export interface LessonText {
  readonly title: string;
  /** Paragraphs of explanation, read before the steps. */
  readonly body: readonly string[];
  /** Things to do on the running system, in order. */
  readonly steps: readonly string[];
  /** The task that ends the lesson and what is said when it is solved; lessons with a challenge only. */
  readonly challenge?: { readonly task: string; readonly done: string };
}

/** The panel's own words (buttons, headings, hints), the same keys in every language. */
export interface LessonsUi {
  readonly rail: string;
  readonly railHint: string;
  readonly title: string;
  readonly close: string;
  readonly allLessons: string;
  readonly lessonOf: string;
  readonly challengeMark: string;
  readonly openTopology: string;
  readonly openTopologyHint: string;
  readonly opened: string;
  readonly brokenOnPurpose: string;
  readonly steps: string;
  readonly challenge: string;
  readonly check: string;
  readonly passed: string;
  readonly stillMissing: string;
  readonly previous: string;
  readonly next: string;
  readonly present: string;
  readonly presentHint: string;
  readonly leave: string;
  readonly keys: string;
  readonly intro: string;
  readonly stepOf: string;
  readonly slowMotion: string;
  readonly editorSays: string;
}

/** Everything the lessons say in one language: the `lessons` i18next namespace. */
export interface LessonsResource {
  readonly ui: LessonsUi;
  /** What a challenge checker reports missing, with {{params}}. */
  readonly checks: Readonly<Record<CheckMessageId, string>>;
  readonly lessons: Readonly<Record<LessonId, LessonText>>;
}
