import { z } from "zod";

/** Every diagnostic the validator, the parser and the gateway can raise. */
export const DIAGNOSTIC_CODES = [
  // reading a document
  "bad-json",
  "wrong-format",
  "newer-version",
  "unsupported-version",
  "schema",
  // identity
  "duplicate-id",
  "unknown-socket",
  "unknown-process",
  "process-id-clash",
  // endpoints and links
  "malformed-endpoint",
  "unsupported-transport",
  "non-loopback-host",
  "address-in-use",
  "duplicate-connect",
  "connect-to-self",
  "incompatible-peers",
  "pair-multiple-peers",
  "dangling-connect",
  // options and behaviours
  "option-not-supported",
  "behavior-not-supported",
  "single-part-only",
  "conflicting-behaviors",
  "forward-across-processes",
  "forward-to-self",
  "forward-target-cannot-send",
  "router-send-needs-id",
  "sub-no-subscription",
  "dish-no-join",
  "radio-needs-group",
  // raised by the gateway at run time
  "runtime-error",
  "limit-exceeded",
] as const;
export const diagnosticCodeSchema = z.enum(DIAGNOSTIC_CODES);
export type DiagnosticCode = z.infer<typeof diagnosticCodeSchema>;

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/** The values a message names (socket ids, types, endpoints, lists joined by ", "). */
export const diagnosticParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));
export type DiagnosticParams = z.infer<typeof diagnosticParamsSchema>;

/**
 * One problem, keyed to the sockets (ids) and endpoint it concerns so the editor can
 * draw it on the socket or link. `path` is the JSON path of the offending value
 * (`sockets[2].bind[0]`); `line` and `column` (1-based) locate a JSON syntax error.
 * `message` is the English text (for the CLI, logs and older clients); the validator
 * also gives `messageId` (its template in DIAGNOSTIC_TEMPLATES, e.g.
 * `address-in-use.same-ipc`) and `params`, from which the editor renders the message
 * in the reader's language. A problem the gateway raises while running may have
 * `messageId` `events.<id>` or `runtime.<id>` (EVENT_TEMPLATES, RUNTIME_TEMPLATES),
 * its params naming `socket` and `endpoint` too. Other diagnostics may have neither.
 */
export const diagnosticSchema = z.object({
  severity: severitySchema,
  code: diagnosticCodeSchema,
  message: z.string(),
  messageId: z.string().optional(),
  params: diagnosticParamsSchema.optional(),
  sockets: z.array(z.string()),
  endpoint: z.string().optional(),
  path: z.string().optional(),
  line: z.number().int().min(1).optional(),
  column: z.number().int().min(1).optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

/** Whether any diagnostic is an error (warnings and info do not stop a deploy). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
