import { TOPOLOGY_FIXTURES } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { en } from "./en.js";
import { resources } from "./index.js";

/** Every string of a resource by its dotted key. */
function leaves(node: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (node === null || typeof node !== "object") return out;
  for (const [key, value] of Object.entries(node)) {
    const path = `${prefix}${key}`;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of leaves(value, `${path}.`)) out.set(k, v);
  }
  return out;
}

/** The `{{name}}` and `{{name, format}}` placeholders of a text, formats included. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)]
    .map((m) => (m[1] ?? "").replace(/\s*,\s*/g, ", ").toLowerCase())
    .sort();
}

const english = leaves(en);
const translations = Object.entries(resources).filter(([lng]) => lng !== "en");

describe.each(translations)("the %s resource", (_, { translation }) => {
  const own = leaves(translation);

  it("has every English key", () => {
    expect([...english.keys()].filter((k) => !own.has(k))).toEqual([]);
  });

  it("has no key English does not have", () => {
    expect([...own.keys()].filter((k) => !english.has(k))).toEqual([]);
  });

  it("uses exactly the {{params}} of the English text, with the same list formats", () => {
    const wrong: string[] = [];
    for (const [key, text] of english) {
      const theirs = own.get(key);
      if (theirs === undefined) continue;
      const want = [...new Set(placeholders(text))];
      const have = [...new Set(placeholders(theirs))];
      const missing = want.filter((p) => !have.includes(p));
      const extra = have.filter((p) => !want.includes(p));
      if (missing.length > 0) wrong.push(`${key}: missing {{${missing.join("}}, {{")}}}`);
      if (extra.length > 0) wrong.push(`${key}: unknown {{${extra.join("}}, {{")}}}`);
    }
    expect(wrong).toEqual([]);
  });

  it("leaves no text empty that English fills", () => {
    const empty = [...english].filter(([key, text]) => text !== "" && own.get(key) === "");
    expect(empty.map(([key]) => key)).toEqual([]);
  });
});

describe("the English resource", () => {
  it("takes the catalog's words from the shared catalog", () => {
    expect(english.get("catalog.PUB.summary")).toBe("Broadcasts to every matching subscriber.");
    expect(english.get("options.subscribe")).toMatch(/^Topic prefixes/);
  });

  it("has every template fixture's title and description, so each language must translate them", () => {
    for (const f of TOPOLOGY_FIXTURES) {
      expect(english.get(`templates.${f.id}.title`), f.id).toBe(f.topology.title);
      expect(english.get(`templates.${f.id}.description`), f.id).toBe(f.topology.description);
    }
    expect([...english.keys()].filter((k) => k.startsWith("templates."))).toHaveLength(
      TOPOLOGY_FIXTURES.length * 2,
    );
  });
});
