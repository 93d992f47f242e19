import type { z } from "zod";
import type { Diagnostic } from "../topology/diagnostics.js";
import { clientMessageSchema, requestIdSchema, type ClientMessage } from "./client-messages.js";
import { serverMessageSchema, type ServerMessage } from "./server-messages.js";

/** Why a text was not a message, ready to become a `command:error`. */
export interface ParseFailure {
  readonly code: "bad-message" | "invalid-topology";
  /** For a person: what was wrong and where. */
  readonly message: string;
  /** The sender's `requestId` when one could be read, so the answer can be matched. */
  readonly requestId: string | null;
  readonly diagnostics?: Diagnostic[];
}

export type ParseResult<T> = { ok: true; message: T } | { ok: false; error: ParseFailure };

const MAX_ISSUES = 3;
const CLIENT_TYPES: readonly string[] = clientMessageSchema.options.map((o) => o.shape.type.value);
const SERVER_TYPES: readonly string[] = serverMessageSchema.options.map((o) => o.shape.type.value);

/** Parse what the page sent. Never throws: any input gives a result. */
export function parseClientMessage(text: string): ParseResult<ClientMessage> {
  return parseWith(text, clientMessageSchema, CLIENT_TYPES, "page");
}

/** Parse what the gateway sent. Never throws: any input gives a result. */
export function parseServerMessage(text: string): ParseResult<ServerMessage> {
  return parseWith(text, serverMessageSchema, SERVER_TYPES, "gateway");
}

function parseWith<T>(
  text: string,
  schema: z.ZodType<T>,
  known: readonly string[],
  sender: string,
): ParseResult<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail("bad-message", `The ${sender} sent text that is not JSON.`, null);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return fail("bad-message", 'A message must be a JSON object with a "type".', null);
  }
  const requestId = readRequestId(raw);
  const type: unknown = Reflect.get(raw, "type");
  if (typeof type !== "string" || !known.includes(type)) {
    const shown = typeof type === "string" ? `"${type.slice(0, 40)}"` : "missing";
    return fail("bad-message", `Unknown message type (${shown}).`, requestId);
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { ok: true, message: parsed.data };
  return describeIssues(type, parsed.error.issues, requestId);
}

function describeIssues(
  type: string,
  issues: readonly z.core.$ZodIssue[],
  requestId: string | null,
): ParseResult<never> {
  const where = (issue: z.core.$ZodIssue) => issue.path.map(String).join(".") || "(message)";
  const text = issues
    .slice(0, MAX_ISSUES)
    .map((i) => `${where(i)}: ${i.message}`)
    .join("; ");
  const inTopology = issues.filter((i) => i.path[0] === "topology");
  // A deploy whose envelope is fine but whose topology is not is a topology problem: say
  // where in the document, like the validator does, so the editor can point at it.
  if (type === "topology:deploy" && inTopology.length === issues.length) {
    const diagnostics = inTopology.slice(0, 20).map((i) => schemaDiagnostic(i));
    return fail(
      "invalid-topology",
      `The topology does not match the format: ${text}`,
      requestId,
      diagnostics,
    );
  }
  return fail("bad-message", `Bad "${type}" message: ${text}`, requestId);
}

function schemaDiagnostic(issue: z.core.$ZodIssue): Diagnostic {
  const path = issue.path.slice(1).map(String).join(".");
  return { severity: "error", code: "schema", message: issue.message, sockets: [], path };
}

function readRequestId(raw: object): string | null {
  const parsed = requestIdSchema.safeParse(Reflect.get(raw, "requestId"));
  return parsed.success ? parsed.data : null;
}

function fail(
  code: ParseFailure["code"],
  message: string,
  requestId: string | null,
  diagnostics?: Diagnostic[],
): ParseResult<never> {
  const error: ParseFailure = diagnostics
    ? { code, message, requestId, diagnostics }
    : { code, message, requestId };
  return { ok: false, error };
}
