/** A JSON value, as printJson() accepts it. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Lines stay within prettier's width for this repo, so files look the same either way. */
const WIDTH = 100;

/**
 * Pretty-print JSON with two-space indentation, like JSON.stringify(value, null, 2),
 * except that a list or object holding only plain values (or empty ones) stays on one
 * line when it fits: `"position": { "x": 80, "y": 120 }`, `"bind": ["tcp://127.0.0.1:5555"]`.
 */
export function printJson(value: Json): string {
  return print(value, "", 0);
}

function print(value: Json, indent: string, used: number): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const entries: [string | null, Json][] = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(value);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  if (entries.length === 0) return `${open}${close}`;
  const flat = entries.every(([, v]) => isAtom(v));
  if (flat) {
    const parts = entries.map(
      ([k, v]) => `${k === null ? "" : `${JSON.stringify(k)}: `}${JSON.stringify(v)}`,
    );
    const inline = Array.isArray(value) ? `[${parts.join(", ")}]` : `{ ${parts.join(", ")} }`;
    // +1 for the comma that may follow.
    if (indent.length + used + inline.length + 1 <= WIDTH) return inline;
  }
  const inner = `${indent}  `;
  const lines = entries.map(([k, v]) => {
    const key = k === null ? "" : `${JSON.stringify(k)}: `;
    return `${inner}${key}${print(v, inner, key.length)}`;
  });
  return `${open}\n${lines.join(",\n")}\n${indent}${close}`;
}

/** Plain values, and empty lists and objects, which print the same everywhere. */
function isAtom(v: Json): boolean {
  if (v === null || typeof v !== "object") return true;
  return Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0;
}
