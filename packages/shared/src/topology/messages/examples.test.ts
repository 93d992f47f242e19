import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import { diagnosticSchema } from "../diagnostics.js";
import { DIAGNOSTIC_EXAMPLES } from "./examples.js";
import { renderEnglish } from "./render.js";
import { PARSE_TEMPLATES } from "./templates-parse.js";
import { DIAGNOSTIC_TEMPLATES, ENDPOINT_REASONS } from "./templates.js";

const found = DIAGNOSTIC_EXAMPLES.flatMap((e) => checkTopology(e.topology));

/** The dotted ids of every string in a nested object of templates. */
function leafIds(node: object, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]: [string, unknown]) =>
    typeof value === "string"
      ? [`${prefix}${key}`]
      : typeof value === "object" && value !== null
        ? leafIds(value, `${prefix}${key}.`)
        : [],
  );
}

describe("the validator's messages on the example topologies", () => {
  it.each(DIAGNOSTIC_EXAMPLES.map((e) => [e.name, e] as const))(
    "keeps its English words for %s",
    (_, example) => {
      // The English text is what the CLI, the gateway and exported diagnostics show:
      // a change here is a change people see, so it must be deliberate.
      expect(
        checkTopology(example.topology).map((d) => `${d.code}: ${d.message}`),
      ).toMatchSnapshot();
    },
  );

  it("gives every diagnostic a message id and params that render its English message", () => {
    for (const d of found) {
      diagnosticSchema.parse(d);
      expect(d.messageId, d.message).toBeDefined();
      expect(renderEnglish(d.messageId ?? "", d.params ?? {})).toBe(d.message);
      expect(d.message).not.toMatch(/\{\{/);
    }
  });

  it("raise every message template and every endpoint reason at least once", () => {
    // The parser's messages have their own examples (parse-examples.test.ts).
    const { reasons, words, parse, ...messages } = DIAGNOSTIC_TEMPLATES;
    expect(parse).toBe(PARSE_TEMPLATES);
    expect(reasons).toBe(ENDPOINT_REASONS);
    expect(Object.keys(words).length).toBeGreaterThan(0);
    const raised = new Set(found.map((d) => d.messageId));
    expect(leafIds(messages).filter((id) => !raised.has(id))).toEqual([]);
    const reasonsRaised = new Set(found.map((d) => d.params?.reason));
    expect(Object.keys(ENDPOINT_REASONS).filter((id) => !reasonsRaised.has(id))).toEqual([]);
  });
});
