import type { i18n as I18n } from "i18next";
import { en } from "./en.js";
import type { LessonsResource } from "./types.js";
import { vi } from "./vi.js";
import { zh } from "./zh.js";

export type { LessonText, LessonsResource, LessonsUi } from "./types.js";

/** The i18next namespace of the lessons' words. */
export const LESSONS_NS = "lessons";

/** The lessons in every language they are written in. */
export const LESSON_TEXTS = { en, vi, zh } as const satisfies Record<string, LessonsResource>;
export type LessonLanguage = keyof typeof LESSON_TEXTS;

/** The lessons' language for an i18next language code ("vi", "zh-CN"...); English otherwise. */
export function lessonLanguage(code: string | undefined): LessonLanguage {
  const base = (code ?? "").toLowerCase().split("-")[0];
  return base === "vi" || base === "zh" ? base : "en";
}

/**
 * Add the `lessons` namespace to i18next, once per language, so the panel's t() finds its
 * words whatever language the app runs in. The app's own resources are not touched.
 */
export function registerLessonTexts(i18n: I18n): void {
  if (!i18n.isInitialized) return;
  for (const [language, texts] of Object.entries(LESSON_TEXTS)) {
    if (!i18n.hasResourceBundle(language, LESSONS_NS)) {
      i18n.addResourceBundle(language, LESSONS_NS, texts);
    }
  }
}
