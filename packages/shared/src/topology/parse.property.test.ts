import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOPOLOGY_FIXTURES } from "../fixtures/index.js";
import { checkTopology } from "./check.js";
import { diagnosticSchema } from "./diagnostics.js";
import { parseTopologyText, type TopologyParseResult } from "./parse.js";
import { serializeTopology } from "./serialize.js";

const texts = TOPOLOGY_FIXTURES.map((f) => serializeTopology(f.topology));

/** A well-formed answer: ok with no diagnostics and a checkable topology, or refused with reasons. */
function expectWellFormed(result: TopologyParseResult): void {
  if (result.ok) {
    expect(result.diagnostics).toEqual([]);
    expect(() => checkTopology(result.topology)).not.toThrow();
  } else {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) diagnosticSchema.parse(d);
  }
}

/** Character-level damage to a real file: cut, insert, replace. */
const mutatedFixture = fc
  .record({
    text: fc.constantFrom(...texts),
    at: fc.nat(),
    cut: fc.nat({ max: 40 }),
    insert: fc.string({
      maxLength: 8,
      unit: fc.constantFrom("{", "}", "[", "]", '"', ",", ":", "1", "a", " ", "\\"),
    }),
  })
  .map(({ text, at, cut, insert }) => {
    const i = at % (text.length + 1);
    return text.slice(0, i) + insert + text.slice(i + cut);
  });

/** Structural damage: one value somewhere in a real file replaced by arbitrary JSON. */
const corruptedFixture = fc
  .record({ text: fc.constantFrom(...texts), pick: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) })
  .map(({ text, pick, value }) => {
    const doc: unknown = JSON.parse(text);
    const slots: { holder: object; key: string }[] = [];
    const walk = (node: unknown): void => {
      if (node === null || typeof node !== "object") return;
      for (const [key, child] of Object.entries(node)) {
        slots.push({ holder: node, key });
        walk(child);
      }
    };
    walk(doc);
    const slot = slots[pick % slots.length];
    if (slot !== undefined) Reflect.set(slot.holder, slot.key, value);
    return JSON.stringify(doc);
  });

describe("parseTopologyText on hostile input", () => {
  it("never throws on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expectWellFormed(parseTopologyText(text));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(fc.json({ maxDepth: 4 }), (text) => {
        expectWellFormed(parseTopologyText(text));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on fixture files with characters cut or inserted", () => {
    fc.assert(
      fc.property(mutatedFixture, (text) => {
        expectWellFormed(parseTopologyText(text));
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on fixture files with a value replaced by arbitrary JSON", () => {
    fc.assert(
      fc.property(corruptedFixture, (text) => {
        expectWellFormed(parseTopologyText(text));
      }),
      { numRuns: 500 },
    );
  });
});
