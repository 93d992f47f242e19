import { z } from "zod";
import type { Diagnostic } from "./diagnostics.js";
import { formatJsonPath, type PathSegment } from "./json-path.js";
import { orList } from "./rules/context.js";
import { topologySchema } from "./schema.js";

type Issue = z.core.$ZodIssue;

/** One diagnostic per schema issue (one per unknown key), in plain words, with its JSON path. */
export function describeIssues(issues: readonly Issue[], document: unknown): Diagnostic[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((p): PathSegment => (typeof p === "number" ? p : String(p)));
    if (issue.code === "unrecognized_keys") {
      const known = knownKeys(path);
      return issue.keys.map((key) =>
        schemaDiagnostic([...path, key], document, `is not a field ${where(path)}${known}`),
      );
    }
    return [schemaDiagnostic(path, document, problem(issue, valueAt(document, path)))];
  });
}

function schemaDiagnostic(path: PathSegment[], document: unknown, text: string): Diagnostic {
  const socket = socketIdAt(document, path);
  const subject = formatJsonPath(path) || "The document";
  const owner = socket === undefined ? "" : ` (socket "${socket}")`;
  return {
    severity: "error",
    code: "schema",
    message: `${subject}${owner} ${text}.`,
    sockets: socket === undefined ? [] : [socket],
    path: formatJsonPath(path),
  };
}

function problem(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type":
      return value === undefined
        ? `is missing: it must be ${expected(issue.expected)}`
        : `must be ${expected(issue.expected)}, not ${describe(value)}`;
    case "invalid_value": {
      const values = issue.values.map((v) => JSON.stringify(v) ?? String(v));
      const choice = values.length > 4 ? `one of ${values.join(", ")}` : orList(values);
      return value === undefined
        ? `is missing: it must be ${choice}`
        : `must be ${choice}, not ${describe(value)}`;
    }
    case "invalid_format":
      return `is not valid (${issue.message}): found ${describe(value)}`;
    case "too_small":
      return tooSmall(issue.origin, Number(issue.minimum), issue.inclusive !== false);
    case "too_big":
      return tooBig(issue.origin, Number(issue.maximum), issue.inclusive !== false);
    default:
      return `is not valid: ${issue.message}`;
  }
}

function tooSmall(origin: string, min: number, inclusive: boolean): string {
  if (origin === "string")
    return min <= 1 ? "must not be empty" : `must be at least ${min} characters long`;
  if (origin === "array") return `needs at least ${min} ${min === 1 ? "item" : "items"}`;
  return inclusive ? `must be at least ${min}` : `must be more than ${min}`;
}

function tooBig(origin: string, max: number, inclusive: boolean): string {
  if (origin === "string") return `is too long: at most ${max} characters`;
  if (origin === "array") return `has too many items: at most ${max}`;
  return inclusive ? `must be at most ${max}` : `must be less than ${max}`;
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list [...]",
  object: "an object {...}",
};

function expected(what: string): string {
  return EXPECTED[what] ?? what;
}

/** How a value looks to someone reading the file: `"PUBB"`, `3`, `a list`. */
function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function where(path: readonly PathSegment[]): string {
  const at = formatJsonPath(path);
  return at === "" ? "of a topology" : `of ${at}`;
}

/** "; known fields: a, b, c" for the object at `path`, read from the schema itself. */
function knownKeys(path: readonly PathSegment[]): string {
  let schema: z.core.$ZodType = topologySchema;
  for (const segment of path) {
    while (schema instanceof z.ZodOptional) schema = schema.unwrap();
    if (schema instanceof z.ZodArray && typeof segment === "number") schema = schema.element;
    else if (schema instanceof z.ZodObject && typeof segment === "string") {
      const next = schema.shape[segment];
      if (next === undefined) return "";
      schema = next;
    } else return "";
  }
  while (schema instanceof z.ZodOptional) schema = schema.unwrap();
  return schema instanceof z.ZodObject
    ? `; the fields are ${Object.keys(schema.shape).join(", ")}`
    : "";
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
