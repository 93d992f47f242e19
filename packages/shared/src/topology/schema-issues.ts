import { z } from "zod";
import type { Diagnostic, DiagnosticParams } from "./diagnostics.js";
import { formatJsonPath, type PathSegment } from "./json-path.js";
import type { ParseMessageId } from "./messages/templates.js";
import { parseDiagnostic } from "./parse-diagnostic.js";
import { ID_RULE, topologySchema } from "./schema.js";

type Issue = z.core.$ZodIssue;
type SchemaMessageId = Extract<ParseMessageId, `schema.${string}`>;
/** A problem's text and the values it names, besides the path and its socket. */
type Problem = readonly [SchemaMessageId, DiagnosticParams];

/** One diagnostic per schema issue (one per unknown key), in plain words, with its JSON path. */
export function describeIssues(issues: readonly Issue[], document: unknown): Diagnostic[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((p): PathSegment => (typeof p === "number" ? p : String(p)));
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) =>
        schemaDiagnostic([...path, key], document, unknownField(path)),
      );
    }
    return [schemaDiagnostic(path, document, problem(issue, valueAt(document, path)))];
  });
}

function schemaDiagnostic(
  path: PathSegment[],
  document: unknown,
  [id, extra]: Problem,
): Diagnostic {
  const socket = socketIdAt(document, path);
  const at = formatJsonPath(path);
  const params: DiagnosticParams = { path: at, ...extra };
  if (socket !== undefined) params.socket = socket;
  const d = parseDiagnostic("schema", id, params, at);
  if (socket !== undefined) d.sockets = [socket];
  return d;
}

function problem(issue: Issue, value: unknown): Problem {
  const found = describe(value);
  switch (issue.code) {
    case "invalid_type": {
      const expected = issue.expected;
      return value === undefined
        ? ["schema.missing-type", { expected }]
        : ["schema.wrong-type", { expected, found }];
    }
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v) ?? String(v));
      const choices = values.join(", ");
      if (values.length > 4) {
        return value === undefined
          ? ["schema.missing-one-of", { choices }]
          : ["schema.wrong-one-of", { choices, found }];
      }
      return value === undefined
        ? ["schema.missing-choice", { choices }]
        : ["schema.wrong-choice", { choices, found }];
    }
    case "invalid_format":
      return issue.message === ID_RULE
        ? ["schema.bad-id", { found }]
        : ["schema.bad-format", { detail: issue.message, found }];
    case "too_small":
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case "too_big":
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    default:
      return ["schema.other", { detail: issue.message }];
  }
}

function tooSmall(origin: string, min: number, inclusive: boolean): Problem {
  if (origin === "string") return min <= 1 ? ["schema.empty", {}] : ["schema.too-short", { min }];
  if (origin === "array") return [min === 1 ? "schema.too-few-one" : "schema.too-few", { min }];
  return [inclusive ? "schema.too-small" : "schema.not-above", { min }];
}

function tooBig(origin: string, max: number, inclusive: boolean): Problem {
  if (origin === "string") return ["schema.too-long", { max }];
  if (origin === "array") return ["schema.too-many", { max }];
  return [inclusive ? "schema.too-big" : "schema.not-below", { max }];
}

/**
 * How a value looks to someone reading the file: `"PUBB"`, `3`, or (as a word of
 * `{{found, found}}`) `list`, `object`, `nothing`.
 */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "list";
  if (value !== null && typeof value === "object") return "object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** An unknown key of the object at `path`, with the fields it may have, read from the schema. */
function unknownField(path: readonly PathSegment[]): Problem {
  const fields = knownKeys(path);
  const parent = formatJsonPath(path);
  if (parent === "") {
    return fields === undefined
      ? ["schema.unknown-field.top-unlisted", {}]
      : ["schema.unknown-field.top-listed", { fields }];
  }
  return fields === undefined
    ? ["schema.unknown-field.unlisted", { parent }]
    : ["schema.unknown-field.listed", { parent, fields }];
}

/** The fields of the object at `path` ("a, b, c"), read from the schema itself. */
function knownKeys(path: readonly PathSegment[]): string | undefined {
  let schema: z.core.$ZodType = topologySchema;
  for (const segment of path) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap();
    if (schema instanceof z.ZodArray && typeof segment === "number") schema = schema.element;
    else if (schema instanceof z.ZodObject && typeof segment === "string") {
      const next = schema.shape[segment];
      if (next === undefined) return undefined;
      schema = next;
    } else return undefined;
  }
  while (schema instanceof z.ZodOptional) schema = schema.unwrap();
  return schema instanceof z.ZodObject ? Object.keys(schema.shape).join(", ") : undefined;
}

function valueAt(document: unknown, path: readonly PathSegment[]): unknown {
  let value = document;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = Object.hasOwn(value, segment) ? Reflect.get(value, segment) : undefined;
  }
  return value;
}

/** The id of the socket a path points into (`sockets[2]...`), when it has a string id. */
function socketIdAt(document: unknown, path: readonly PathSegment[]): string | undefined {
  if (path[0] !== "sockets" || typeof path[1] !== "number") return undefined;
  const id = valueAt(document, ["sockets", path[1], "id"]);
  return typeof id === "string" ? id : undefined;
}
