import type { Diagnostic, DiagnosticParams } from "./diagnostics.js";
import { renderEnglish } from "./messages/render.js";
import type { ParseMessageId } from "./messages/templates.js";

/**
 * A reason a document cannot be opened, with its text `parse.<id>` in DIAGNOSTIC_TEMPLATES
 * (rendered in English for `message`; the editor renders it in the reader's language).
 */
export function parseDiagnostic(
  code: Diagnostic["code"],
  id: ParseMessageId,
  params: DiagnosticParams,
  path?: string,
): Diagnostic {
  const messageId = `parse.${id}`;
  const d: Diagnostic = {
    severity: "error",
    code,
    message: renderEnglish(messageId, params),
    messageId,
    params,
    sockets: [],
  };
  if (path !== undefined) d.path = path;
  return d;
}
