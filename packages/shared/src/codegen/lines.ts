/** Lines of generated code; nested arrays are indented one level (four spaces or two). */
export type Block = readonly (string | Block)[];

/** Flatten a block into text, indenting each nesting level by `unit`. */
export function renderBlock(block: Block, unit: string, depth = 0): string[] {
  const out: string[] = [];
  for (const item of block) {
    if (typeof item === "string") out.push(item === "" ? "" : unit.repeat(depth) + item);
    else out.push(...renderBlock(item, unit, depth + 1));
  }
  return out;
}

/** Join sections with one blank line between them, skipping empty ones. */
export function sections(...parts: Block[]): Block {
  const out: (string | Block)[] = [];
  for (const part of parts) {
    if (part.length === 0) continue;
    if (out.length > 0) out.push("");
    out.push(...part);
  }
  return out;
}

/** Milliseconds as a student reads them: "20 ms", "1 s", "1.5 s". */
export function formatMs(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  return `${ms / 1000} s`;
}

/** Milliseconds as a Python/JavaScript number of seconds: 1000 -> "1.0", 20 -> "0.02". */
export function secondsLiteral(ms: number): string {
  const s = ms / 1000;
  return Number.isInteger(s) ? `${s}.0` : String(s);
}

/** Text for a one-line comment or heading: whitespace runs (newlines too) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
