import { z } from "zod";

/** Every diagnostic the validator, the parser and the gateway can raise. */
export const DIAGNOSTIC_CODES = [
  // reading a document
  "bad-json",
  "wrong-format",
  "newer-version",
  "schema",
  // identity
  "duplicate-id",
  "unknown-socket",
  "unknown-process",
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
  "forward-across-processes",
  "forward-target-cannot-send",
  "sub-no-subscription",
  "radio-needs-group",
  // raised by the gateway at run time
  "runtime-error",
  "limit-exceeded",
] as const;
export const diagnosticCodeSchema = z.enum(DIAGNOSTIC_CODES);
export type DiagnosticCode = z.infer<typeof diagnosticCodeSchema>;

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

/**
 * One problem, keyed to the sockets (ids) and endpoint it concerns so the editor can
 * draw it on the socket or link. `path` is the JSON path for document-level problems.
 */
export const diagnosticSchema = z.object({
  severity: severitySchema,
  code: diagnosticCodeSchema,
  message: z.string(),
  sockets: z.array(z.string()),
  endpoint: z.string().optional(),
  path: z.string().optional(),
});
export type Diagnostic = z.infer<typeof diagnosticSchema>;

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
