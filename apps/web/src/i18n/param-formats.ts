import {
  formatParam,
  PARAM_FORMATS,
  type DiagnosticParams,
  type TemplateSource,
} from "@zmq-playground/shared";
import type { i18n } from "i18next";

/** The string/number values of i18next's interpolation options: the message's params. */
function paramsOf(options: unknown): DiagnosticParams {
  const params: DiagnosticParams = {};
  if (options === null || typeof options !== "object") return params;
  for (const [key, value] of Object.entries(options)) {
    if (typeof value === "string" || typeof value === "number") params[key] = value;
  }
  return params;
}

/** A language's validator templates (`reasons.*`, `words.*`), English where one is missing. */
function templatesOf(instance: i18n, language: string | undefined): TemplateSource {
  const at = (lng: string, id: string): unknown =>
    instance.getResource(lng, "translation", `diagnostics.${id}`);
  return (id) => {
    const found = at(language ?? "en", id);
    if (typeof found === "string") return found;
    const english = at("en", id);
    return typeof english === "string" ? english : undefined;
  };
}

/**
 * Teach i18next the list formats of validator messages (`{{able, or}}`,
 * `{{peers, peers}}`, `{{reason, reason}}`): lists are joined, quoted and reasons
 * worded in the language being rendered, with the same code the English `message` uses.
 */
export function addParamFormats(instance: i18n): void {
  for (const format of PARAM_FORMATS) {
    instance.services.formatter?.add(format, (value: unknown, lng, options: unknown) =>
      formatParam(format, String(value), paramsOf(options), templatesOf(instance, lng)),
    );
  }
}
