import i18next, { type i18n } from "i18next";
import { resources } from "../i18n/index.js";
import { addParamFormats } from "../i18n/param-formats.js";

/**
 * A private i18next with the app's resources and parameter formats, in English and ready
 * at once (resources are bundled), so a test can switch language without touching the app's.
 */
export function createTestI18n(): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: "en",
    fallbackLng: "en",
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  addParamFormats(instance);
  return instance;
}
