import type { Diagnostic } from "./diagnostics.js";
import { migrateDocument, type JsonObject } from "./migrations.js";
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
    return refuse({
      severity: "error",
      code: "bad-json",
      message: `The text is empty. A topology is a JSON document that starts with { "format": "${TOPOLOGY_FORMAT}", "version": ${TOPOLOGY_VERSION}, ...`,
      sockets: [],
    });
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
    return refuse({
      severity: "error",
      code: "schema",
      message: `This document could not be read: ${why}`,
      sockets: [],
    });
  }
}

function parseDocument(value: unknown): TopologyParseResult {
  if (!isJsonObject(value)) {
    return refuse(
      wrongFormat(
        `This is not a topology: a topology is a JSON object, but this is ${kind(value)}.`,
      ),
    );
  }
  if (value.format !== TOPOLOGY_FORMAT) {
    const found =
      value.format === undefined
        ? 'has no "format" field'
        : `says "format": ${JSON.stringify(value.format)}`;
    return refuse(
      wrongFormat(
        `This is not a topology file: it ${found}, but a topology starts with "format": "${TOPOLOGY_FORMAT}".`,
      ),
    );
  }
  const version = value.version;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return refuse({
      severity: "error",
      code: "schema",
      message: `"version" must be a whole number (this build writes ${TOPOLOGY_VERSION}), not ${version === undefined ? "missing" : JSON.stringify(version)}.`,
      sockets: [],
      path: "version",
    });
  }
  if (version > TOPOLOGY_VERSION) {
    return refuse({
      severity: "error",
      code: "newer-version",
      message: `This file uses topology format version ${version}, made by a newer playground; this build reads versions up to ${TOPOLOGY_VERSION}. Update the playground to open it.`,
      sockets: [],
      path: "version",
    });
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

function wrongFormat(message: string): Diagnostic {
  return { severity: "error", code: "wrong-format", message, sockets: [], path: "format" };
}

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "string") return "a string";
  return `a ${typeof value}`;
}

/**
 * Turn the engine's JSON.parse error into a diagnostic. V8 (Node, Chromium) says
 * "... in JSON at position N" (newer versions add "(line L column C)"); Firefox says
 * "... at line L column C"; others say nothing we can locate.
 */
function badJson(text: string, error: unknown): Diagnostic {
  const raw = error instanceof Error ? error.message : String(error);
  const reason = raw
    .replace(/^JSON\.parse: /, "")
    .replace(/ in JSON at position \d+.*$/, "")
    .replace(/ at line \d+ column \d+ of the JSON data$/, "");
  const at = locate(text, raw);
  const where = at === undefined ? "" : ` (line ${at.line}, column ${at.column})`;
  const d: Diagnostic = {
    severity: "error",
    code: "bad-json",
    message: `This is not valid JSON${where}: ${reason}. Check for a missing comma, quote or bracket near there.`,
    sockets: [],
  };
  if (at !== undefined) {
    d.line = at.line;
    d.column = at.column;
  }
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
