import type { Diagnostic } from "@zmq-playground/shared";
import type { i18n } from "i18next";
import { useTranslation } from "react-i18next";

/**
 * A diagnostic in the current language: its template (`diagnostics.<messageId>`) with
 * its params, else the English template, else (the parser's and the gateway's
 * diagnostics have no template) its English `message`. A test checks that every
 * validator message has a template in every language.
 */
export function diagnosticText(instance: i18n, d: Diagnostic): string {
  if (d.messageId === undefined) return d.message;
  // The message id comes from outside the typed resource (a gateway may be newer), so
  // the key is a plain string, with the English message as the default value.
  return instance.t(`diagnostics.${d.messageId}`, d.message, { ...d.params });
}

/** diagnosticText for a component; it renders again when the language changes. */
export function useDiagnosticText(): (d: Diagnostic) => string {
  const { i18n } = useTranslation();
  return (d) => diagnosticText(i18n, d);
}
