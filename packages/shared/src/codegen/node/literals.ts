import { parseTemplate, type TemplatePart } from "../templates.js";

/** How a program spells each placeholder of a frame template where it builds a message. */
export interface NodeTemplateScope {
  /** The expression for `{seq}`. */
  readonly seq: string;
  /** The expression for `{in}`: the received text, e.g. "textOf(frames)". */
  readonly input: string;
}

/** A JavaScript string literal. */
export function jsString(text: string): string {
  return JSON.stringify(text);
}

function escapeTemplate(text: string): string {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/\\"/g, '"')
    .replace(/`/g, "\\`")
    .replace(/\$\{/g, "\\${");
}

function partExpr(part: Exclude<TemplatePart, { kind: "text" }>, scope: NodeTemplateScope) {
  switch (part.kind) {
    case "seq":
      return scope.seq;
    case "in":
      return scope.input;
    case "time":
      return "new Date().toISOString()";
    case "rand":
      return `random(${part.min}, ${part.max})`;
  }
}

/** A frame template as a JavaScript string expression: "hello" or `task ${seq}`. */
export function jsTemplate(source: string, socketId: string, scope: NodeTemplateScope): string {
  const parts = parseTemplate(source, socketId);
  if (parts.every((p) => p.kind === "text")) return jsString(parts.map((p) => p.text).join(""));
  const body = parts
    .map((p) => (p.kind === "text" ? escapeTemplate(p.text) : `\${${partExpr(p, scope)}}`))
    .join("");
  return `\`${body}\``;
}
