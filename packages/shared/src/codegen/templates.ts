/**
 * One piece of a frame template: literal text, or a placeholder the program fills in
 * when it builds the message. `{socket}` never appears: it is a constant, folded into
 * the text. The placeholders and their meaning are the gateway's (DESIGN.md, Templates).
 */
export type TemplatePart =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "seq" | "in" | "time" }
  | { readonly kind: "rand"; readonly min: number; readonly max: number };

const PLACEHOLDER = /\{(seq|socket|in|time|rand:(\d+)-(\d+))\}/g;

/** Split a frame template into text and placeholders, with `{socket}` replaced by `socketId`. */
export function parseTemplate(source: string, socketId: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  const text = (t: string) => {
    if (t === "") return;
    const last = parts[parts.length - 1];
    if (last?.kind === "text") parts[parts.length - 1] = { kind: "text", text: last.text + t };
    else parts.push({ kind: "text", text: t });
  };
  let at = 0;
  for (const match of source.matchAll(PLACEHOLDER)) {
    text(source.slice(at, match.index));
    at = match.index + match[0].length;
    const name = match[1] ?? "";
    if (name === "socket") text(socketId);
    else if (name === "seq" || name === "in" || name === "time") parts.push({ kind: name });
    else {
      const a = Number(match[2]);
      const b = Number(match[3]);
      parts.push({ kind: "rand", min: Math.min(a, b), max: Math.max(a, b) });
    }
  }
  text(source.slice(at));
  return parts;
}

/** Which placeholders a set of templates uses, so a program imports only what it needs. */
export function placeholdersUsed(templates: readonly string[]): Set<TemplatePart["kind"]> {
  const used = new Set<TemplatePart["kind"]>();
  for (const t of templates) for (const part of parseTemplate(t, "")) used.add(part.kind);
  return used;
}
