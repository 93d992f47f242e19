import type { DiagnosticParams } from "../diagnostics.js";
import { DIAGNOSTIC_TEMPLATES } from "./templates.js";

/** Finds a template of one language by its dotted id (`reasons.pgm`, `words.or`). */
export type TemplateSource = (id: string) => string | undefined;

/**
 * The list formats a template may apply to a param: `{{able, or}}`. A list param is
 * its items joined by ", " (socket types, ids, behaviour names: none has a comma), so
 * it stays readable in the CLI's JSON. Names are lower case, as i18next reads them.
 */
export const PARAM_FORMATS = [
  "or",
  "and",
  "quotedor",
  "quotedand",
  "peers",
  "reason",
  // the parser's (templates-parse.ts)
  "subject",
  "expected",
  "found",
] as const;
export type ParamFormat = (typeof PARAM_FORMATS)[number];

const PLACEHOLDER = /\{\{\s*([^,}\s]+)\s*(?:,\s*([^}]+?)\s*)?\}\}/g;

/** Fill a template's `{{param}}` and `{{param, format}}` placeholders; unknown ones stay. */
export function renderTemplate(
  template: string,
  params: DiagnosticParams,
  source: TemplateSource,
): string {
  return template.replace(PLACEHOLDER, (whole, name: string, format: string | undefined) => {
    const value = params[name];
    if (value === undefined) return whole;
    return format === undefined
      ? String(value)
      : formatParam(format, String(value), params, source);
  });
}

function isParamFormat(format: string): format is ParamFormat {
  return (PARAM_FORMATS as readonly string[]).includes(format);
}

/**
 * Apply one list format to a param's value in the language `source` reads from.
 * `reason` renders the endpoint reason whose id is the value, with the same params.
 */
export function formatParam(
  format: string,
  value: string,
  params: DiagnosticParams,
  source: TemplateSource,
): string {
  const name = format.trim().toLowerCase();
  if (!isParamFormat(name)) return value;
  const word = (id: string, vars: DiagnosticParams) =>
    renderTemplate(source(`words.${id}`) ?? "", vars, source);
  const quote = (item: string) => word("quoted", { value: item });
  const items = value === "" ? [] : value.split(", ");
  const join = (list: string[], how: "or" | "and") => {
    if (list.length <= 1) return list.join("");
    const rest = list.slice(0, -1).join(source("words.separator") ?? ", ");
    return word(how, { rest, last: list[list.length - 1] ?? "" });
  };
  switch (name) {
    case "or":
    case "and":
      return join(items, name);
    case "quotedor":
      return join(items.map(quote), "or");
    case "quotedand":
      return join(items.map(quote), "and");
    case "peers":
      // A PAIR's peers: socket ids, or the endpoint of an outside program (ids have no "://").
      return join(
        items.map((item) =>
          item.includes("://") ? word("outsideProgram", { endpoint: item }) : quote(item),
        ),
        "and",
      );
    case "reason":
      return renderTemplate(source(`reasons.${value}`) ?? value, params, source);
    case "subject":
      return subject(value, params, source);
    case "expected":
      return source(`parse.words.expected.${value}`) ?? value;
    case "found":
      // A word for a value shown by its kind; else the value as written (JSON text).
      return source(`parse.words.found.${value}`) ?? value;
  }
}

/** A JSON path as a sentence's subject: the document when empty, with its socket if any. */
function subject(path: string, params: DiagnosticParams, source: TemplateSource): string {
  const at = path === "" ? (source("parse.words.document") ?? "") : path;
  if (params.socket === undefined) return at;
  const inSocket = source("parse.words.inSocket") ?? "{{subject}}";
  return renderTemplate(inSocket, { subject: at, socket: params.socket }, source);
}

/** Look a dotted id up in a nested object of templates. */
export function templateAt(templates: object, id: string): string | undefined {
  let node: unknown = templates;
  for (const part of id.split(".")) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return undefined;
    node = Reflect.get(node, part);
  }
  return typeof node === "string" ? node : undefined;
}

/** The English templates, as a source. */
export const englishTemplates: TemplateSource = (id) => templateAt(DIAGNOSTIC_TEMPLATES, id);

/** A message in English: the `message` every diagnostic carries for the CLI and logs. */
export function renderEnglish(id: string, params: DiagnosticParams): string {
  const template = englishTemplates(id);
  if (template === undefined) throw new Error(`no English template for diagnostic "${id}"`);
  return renderTemplate(template, params, englishTemplates);
}
