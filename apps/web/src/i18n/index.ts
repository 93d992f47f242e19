import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.js";
import { htmlLangOf, isLanguage, LANGUAGE_KEY, startLanguage, type Language } from "./languages.js";
import { addParamFormats } from "./param-formats.js";
import { vi } from "./vi.js";
import { zh } from "./zh.js";

/** The languages the editor speaks; a translation adds its resource here and in languages.ts. */
export const resources = {
  en: { translation: en },
  vi: { translation: vi },
  zh: { translation: zh },
};

/** The browser's languages, most wanted first (none outside a browser). */
function browserLanguages(): readonly string[] {
  return typeof navigator === "undefined" ? [] : navigator.languages;
}

/** The reader's saved choice, when storage can be read at all (private modes may refuse). */
function savedLanguage(): string | null {
  if (typeof localStorage === "undefined") return null;
  try {
    return localStorage.getItem(LANGUAGE_KEY);
  } catch {
    return null;
  }
}

/**
 * Start i18next once, before the first render (synchronous: resources are bundled),
 * in the saved language or the browser's. <html lang> follows every change.
 */
export function initI18n(language: Language = startLanguage(savedLanguage(), browserLanguages())) {
  if (i18next.isInitialized) return i18next;
  i18next.on("languageChanged", (lng) => {
    if (typeof document !== "undefined") document.documentElement.lang = htmlLangOf(lng);
  });
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en",
    supportedLngs: ["en", "vi", "zh"],
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  addParamFormats(i18next);
  return i18next;
}

/**
 * Switch the whole editor to another language at once (every component using
 * `useTranslation` renders again) and remember the choice for the next visit.
 */
export function chooseLanguage(language: string): void {
  if (!isLanguage(language)) return;
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Storage refused (private mode): the choice lasts for this visit only.
  }
  void i18next.changeLanguage(language);
}
