import { INCOMPATIBILITY_REASONS, type Diagnostic } from "@zmq-playground/shared";
import type { i18n } from "i18next";
import { useTranslation } from "react-i18next";
import { diagnosticText, hasDiagnosticText } from "./diagnostic-text.js";

/**
 * A failure the page shows: a command's (`command:error`, or `disconnected` when it was
 * never sent) or the gateway's refusal of the page (`session:incompatible`, its reason
 * as `code` and both protocol versions as `params`).
 */
export interface GatewayFailure {
  readonly code: string;
  readonly message: string;
  readonly diagnostics?: readonly Diagnostic[];
  readonly params?: Readonly<Record<string, string | number>>;
}

/**
 * Codes whose translated sentence says all the gateway's message does. Every other code
 * (a name, a number, a cause in the message; or a code newer than this page) keeps the
 * gateway's words as detail.
 */
const SAID_IN_FULL: ReadonlySet<string> = new Set([
  "hello-required",
  "unsupported-version",
  "not-running",
  "not-paused",
]);
const REFUSALS: ReadonlySet<string> = new Set(Object.values(INCOMPATIBILITY_REASONS));

/**
 * A failure in the current language. In English the gateway's own message (the most
 * specific words there are). Otherwise: a refused socket operation or deploy by its
 * diagnostic's text; a refusal of the page by its reason; any other command error by
 * its code, with the gateway's English message as detail where it names specifics;
 * a code this page does not know by the gateway's message.
 */
export function failureText(instance: i18n, failure: GatewayFailure): string {
  const { code, message } = failure;
  const t = instance.t;
  if (code === "disconnected") return t("live.errors.disconnected");
  if ((instance.resolvedLanguage ?? instance.language) === "en") return message;
  const errors = (failure.diagnostics ?? []).filter((d) => d.severity === "error");
  const [first] = errors;
  if (first && hasDiagnosticText(instance, first)) {
    const text = diagnosticText(instance, first);
    return errors.length > 1 ? t("commandErrors.more", { text, count: errors.length - 1 }) : text;
  }
  if (REFUSALS.has(code)) {
    return t(`commandErrors.refused.${code}`, message, {
      page: "?",
      gateway: "?",
      ...failure.params,
    });
  }
  const text = t(`commandErrors.codes.${code}`, "");
  if (text === "") return message;
  return SAID_IN_FULL.has(code) ? text : t("commandErrors.withDetail", { text, detail: message });
}

/** failureText for a component; it renders again when the language changes. */
export function useFailureText(): (failure: GatewayFailure) => string {
  const { i18n } = useTranslation();
  return (failure) => failureText(i18n, failure);
}
