import type { en } from "./en.js";

// Typed keys: t("toolbar.import") is checked against the English resource.
declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}
