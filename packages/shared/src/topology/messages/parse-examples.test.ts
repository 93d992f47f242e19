import { describe, expect, it } from "vitest";
import { diagnosticSchema } from "../diagnostics.js";
import { parseExampleDiagnostics } from "./parse-examples.js";
import { renderEnglish } from "./render.js";
import { PARSE_TEMPLATES } from "./templates-parse.js";

const found = parseExampleDiagnostics();

function leafIds(node: object, prefix = ""): string[] {
  return Object.entries(node).flatMap(([key, value]: [string, unknown]) =>
    typeof value === "string"
      ? [`${prefix}${key}`]
      : typeof value === "object" && value !== null
        ? leafIds(value, `${prefix}${key}.`)
        : [],
  );
}

describe("the parser's messages", () => {
  it("give every diagnostic a message id and params that render its English message", () => {
    for (const d of found) {
      diagnosticSchema.parse(d);
      expect(d.messageId, d.message).toMatch(/^parse\./);
      expect(renderEnglish(d.messageId ?? "", d.params ?? {})).toBe(d.message);
      expect(d.message).not.toMatch(/\{\{|undefined/);
    }
  });

  it("are all raised by the examples", () => {
    const { words, ...messages } = PARSE_TEMPLATES;
    expect(Object.keys(words.found)).toContain("list");
    const raised = new Set(found.map((d) => d.messageId));
    expect(leafIds(messages, "parse.").filter((id) => !raised.has(id))).toEqual([]);
  });

  it("name the field and the socket it belongs to, and the line of a JSON error", () => {
    const texts = found.map((d) => d.message);
    expect(texts).toContain(
      "colour is not a field of a topology; the fields are format, version, title, description, processes, sockets.",
    );
    expect(texts).toContain('sockets[2].behavior.send.frames (socket "p") needs at least 1 item.');
    const type = found.find((d) => d.messageId === "parse.schema.wrong-one-of");
    expect(type).toMatchObject({ path: "sockets[0].type", sockets: ["a b"] });
    expect(type?.message).toMatch(
      /^sockets\[0\]\.type \(socket "a b"\) must be one of "REQ", .*, not "PUBB"\.$/,
    );
    const json = found.find((d) => d.messageId === "parse.bad-json.at");
    expect(json).toMatchObject({ line: 3, column: 15, params: { line: 3, column: 15 } });
  });
});
