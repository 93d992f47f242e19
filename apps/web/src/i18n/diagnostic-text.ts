import { isGatewayMessageId, type Diagnostic } from "@zmq-playground/shared";
import type { i18n } from "i18next";
import { useTranslation } from "react-i18next";
import { gatewayText } from "./event-text.js";

/**
 * A diagnostic in the current language: its template (`diagnostics.<messageId>`, or
 * for the gateway's problems while running `events.*` / `runtime.*`) with its params,
 * else the English template, else its English `message` (a diagnostic without an id,
 * or with one this page does not know). Tests check that every validator and gateway
 * message has a template in every language.
 */
export function diagnosticText(instance: i18n, d: Diagnostic): string {
  if (d.messageId === undefined) return d.message;
  if (isGatewayMessageId(d.messageId)) {
    return gatewayText(instance, d.messageId, d.params ?? {}) ?? d.message;
  }
  // The message id comes from outside the typed resource (a gateway may be newer), so
  // the key is a plain string, with the English message as the default value.
  return instance.t(`diagnostics.${d.messageId}`, d.message, { ...d.params });
}

/**
 * Whether this page has its own text for a diagnostic (its `messageId` names a template
 * the page knows), so `diagnosticText` need not fall back to the English `message`.
 */
export function hasDiagnosticText(instance: i18n, d: Diagnostic): boolean {
  if (d.messageId === undefined) return false;
  if (isGatewayMessageId(d.messageId)) {
    return gatewayText(instance, d.messageId, d.params ?? {}, "en") !== undefined;
  }
  return instance.exists(`diagnostics.${d.messageId}`, { lng: "en" });
}

/** diagnosticText for a component; it renders again when the language changes. */
export function useDiagnosticText(): (d: Diagnostic) => string {
  const { i18n } = useTranslation();
  return (d) => diagnosticText(i18n, d);
}
