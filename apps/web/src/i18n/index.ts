import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import { en } from "./en.js";

/** The languages the editor speaks; a translation adds its resource here. */
export const resources = { en: { translation: en } };

/** Start i18next once, before the first render (synchronous: resources are bundled). */
export function initI18n(language = "en") {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: "en",
    interpolation: { escapeValue: false }, // React escapes already
    initAsync: false,
  });
  return i18next;
}
