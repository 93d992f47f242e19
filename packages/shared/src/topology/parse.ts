import type { Diagnostic, DiagnosticParams } from "./diagnostics.js";
import type { ParseMessageId } from "./messages/templates.js";
import { migrateDocument, type JsonObject } from "./migrations.js";
import { parseDiagnostic } from "./parse-diagnostic.js";
import { describeIssues } from "./schema-issues.js";
import { TOPOLOGY_FORMAT, TOPOLOGY_VERSION, topologySchema, type Topology } from "./schema.js";

/**
 * A topology read in full, or the reasons it was refused. Never half-loaded: on
 * success `diagnostics` is empty (run checkTopology() for the validator's opinion).
 */
export type TopologyParseResult =
  | { readonly ok: true; readonly topology: Topology; readonly diagnostics: [] }
  | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/**
 * Read a topology from the text of a file, a paste or a share link. Never throws:
 * bad JSON, a foreign document, a newer or unreadable version and schema violations
 * all come back as diagnostics (bad JSON with line and column when the engine says).
 */
export function parseTopologyText(text: string): TopologyParseResult {
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  if (body.trim() === "") {
    const params = { format: TOPOLOGY_FORMAT, version: TOPOLOGY_VERSION };
    return refuse(parseDiagnostic("bad-json", "empty", params));
  }
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return refuse(badJson(body, error));
  }
  return parseTopology(value);
}

/** Read a topology from already-parsed JSON. Never throws; see parseTopologyText(). */
export function parseTopology(value: unknown): TopologyParseResult {
  try {
    return parseDocument(value);
  } catch (error) {
    // A parser of user input must not crash the editor or the gateway; if a bug slips
    // through, report it like any other unreadable document.
    const why = error instanceof Error ? error.message : String(error);
    return refuse(parseDiagnostic("schema", "unreadable", { why }));
  }
}

function parseDocument(value: unknown): TopologyParseResult {
  if (!isJsonObject(value)) {
    return refuse(wrongFormat("not-object", { found: kind(value) }));
  }
  if (value.format !== TOPOLOGY_FORMAT) {
    const format = TOPOLOGY_FORMAT;
    return refuse(
      value.format === undefined
        ? wrongFormat("no-format", { format })
        : wrongFormat("other-format", { format, found: JSON.stringify(value.format) }),
    );
  }
  const version = value.version;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    const params = { version: TOPOLOGY_VERSION };
    return refuse(
      version === undefined
        ? parseDiagnostic("schema", "version-missing", params, "version")
        : parseDiagnostic(
            "schema",
            "version-not-integer",
            {
              ...params,
              found: JSON.stringify(version),
            },
            "version",
          ),
    );
  }
  if (version > TOPOLOGY_VERSION) {
    const params = { version, max: TOPOLOGY_VERSION };
    return refuse(parseDiagnostic("newer-version", "newer-version", params, "version"));
  }
  const migrated = migrateDocument(value, version);
  if (!migrated.ok) return refuse(migrated.diagnostic);
  const parsed = topologySchema.safeParse(migrated.document);
  if (!parsed.success)
    return { ok: false, diagnostics: describeIssues(parsed.error.issues, migrated.document) };
  return { ok: true, topology: parsed.data, diagnostics: [] };
}

function refuse(diagnostic: Diagnostic): TopologyParseResult {
  return { ok: false, diagnostics: [diagnostic] };
}

function wrongFormat(id: ParseMessageId, params: DiagnosticParams): Diagnostic {
  return parseDiagnostic("wrong-format", id, params, "format");
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** What a value that is not an object is, as a `{{found, found}}` word. */
function kind(value: unknown): string {
  if (Array.isArray(value)) return "list";
  if (value === null) return "null";
  if (value === undefined) return "nothing";
  return typeof value;
}

/**
 * Turn the engine's JSON.parse error into a diagnostic. V8 (Node, Chromium) says
 * "... in JSON at position N" (newer versions add "(line L column C)"); Firefox says
 * "... at line L column C"; others say nothing we can locate.
 */
function badJson(text: string, error: unknown): Diagnostic {
  const raw = error instanceof Error ? error.message : String(error);
  // The engine's own words stay as they are (no browser translates them).
  const reason = raw
    .replace(/^JSON\.parse: /, "")
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/ at line \d+ column \d+ of the JSON data$/, "");
  const at = locate(text, raw);
  if (at === undefined) return parseDiagnostic("bad-json", "bad-json.somewhere", { reason });
  const d = parseDiagnostic("bad-json", "bad-json.at", { ...at, reason });
  d.line = at.line;
  d.column = at.column;
  return d;
}

function locate(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /at position (\d+)/.exec(message);
  if (pos) return lineColumn(text, Number(pos[1]));
  if (/Unexpected end of JSON input/.test(message)) return lineColumn(text, text.length);
  return undefined;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: offset - lastBreak };
}
