import { describe, expect, it } from "vitest";
import { printJson } from "./print-json.js";

describe("printJson", () => {
  it("prints plain values as JSON does", () => {
    expect(printJson('a"b')).toBe('"a\\"b"');
    expect(printJson(null)).toBe("null");
    expect(printJson(-1.5)).toBe("-1.5");
  });

  it("keeps a short list or object of plain values on one line", () => {
    expect(printJson({ x: 1, y: 2 })).toBe('{ "x": 1, "y": 2 }');
    expect(printJson(["a", "b"])).toBe('["a", "b"]');
    expect(printJson({ a: [], b: {} })).toBe('{ "a": [], "b": {} }');
  });

  it("breaks a list that would not fit in 100 columns", () => {
    const long = Array.from({ length: 12 }, (_, i) => `frame number ${i}`);
    const text = printJson({ frames: long });
    expect(text.split("\n")).toHaveLength(16);
    for (const line of text.split("\n")) expect(line.length).toBeLessThanOrEqual(100);
  });

  it("indents nested objects by two spaces", () => {
    expect(printJson({ a: { b: { c: 1 } } })).toBe('{\n  "a": {\n    "b": { "c": 1 }\n  }\n}');
  });

  it("always prints text that JSON.parse reads back", () => {
    const value = { a: [1, { b: ["x", null, true] }], "odd key": "\u2028" };
    expect(JSON.parse(printJson(value))).toEqual(value);
  });
});
