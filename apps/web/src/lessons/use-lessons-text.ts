import type { CheckMessage, LessonId } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import { LESSON_TEXTS, LESSONS_NS, lessonLanguage, type LessonText } from "./texts/index.js";
import type { LessonsUi } from "./texts/types.js";

/** What the lesson components need to speak the reader's language. */
export interface LessonsText {
  /** A panel text (`ui.*` of the `lessons` namespace), with its {{params}} filled in. */
  ui: (key: keyof LessonsUi, params?: Record<string, string | number>) => string;
  /** A checker's message in words. */
  check: (message: CheckMessage) => string;
  /** A lesson's title, explanation, steps and challenge. */
  lesson: (id: LessonId) => LessonText;
}

/**
 * The lessons' words in the app's current language (it renders again when the language
 * changes). Panel and checker texts go through i18next's t() in the `lessons` namespace;
 * the English text is the default, so a missing bundle still reads well.
 */
export function useLessonsText(): LessonsText {
  const { t, i18n } = useTranslation();
  const language = lessonLanguage(i18n.resolvedLanguage ?? i18n.language);
  const en = LESSON_TEXTS.en;
  return {
    ui: (key, params) => t(`${LESSONS_NS}:ui.${key}`, { ...params, defaultValue: en.ui[key] }),
    check: ({ id, params }) =>
      t(`${LESSONS_NS}:checks.${id}`, { ...params, defaultValue: en.checks[id] }),
    lesson: (id) => LESSON_TEXTS[language].lessons[id],
  };
}
