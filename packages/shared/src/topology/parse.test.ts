import { describe, expect, it } from "vitest";
import { parseTopology, parseTopologyText } from "./parse.js";

const minimal = '{ "format": "zmq-topology", "version": 1, "sockets": [] }';

describe("parseTopologyText", () => {
  it("reads a minimal topology", () => {
    expect(parseTopologyText(minimal)).toEqual({
      ok: true,
      topology: { format: "zmq-topology", version: 1, sockets: [] },
      diagnostics: [],
    });
  });

  it("ignores a byte-order mark left by an editor", () => {
    expect(parseTopologyText(`\uFEFF${minimal}`).ok).toBe(true);
  });

  it("reports bad JSON with its line and column", () => {
    const text = '{\n  "format": "zmq-topology",\n  "version": 1,\n}';
    const result = parseTopologyText(text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: "error", code: "bad-json", line: 4, column: 1 }),
    ]);
    expect(result.diagnostics[0]?.message).toContain("line 4, column 1");
  });

  it("places a truncated document at its end", () => {
    const [d] = parseTopologyText('{\n  "format": ').diagnostics;
    expect(d).toMatchObject({ code: "bad-json", line: 2 });
  });

  it.each(["", "   \n"])("reports empty text %j as bad JSON", (text) => {
    const [d] = parseTopologyText(text).diagnostics;
    expect(d).toMatchObject({ code: "bad-json" });
    expect(d?.message).toContain("empty");
  });

  it.each([
    ["a list", "[]"],
    ["a number", "42"],
    ["null", "null"],
    ["text", '"zmq-topology"'],
  ])("refuses %s as not a topology", (_, text) => {
    expect(parseTopologyText(text).diagnostics).toEqual([
      expect.objectContaining({ code: "wrong-format" }),
    ]);
  });

  it("refuses a document without a format", () => {
    const [d] = parseTopologyText('{ "version": 1, "sockets": [] }').diagnostics;
    expect(d).toMatchObject({ code: "wrong-format", path: "format" });
    expect(d?.message).toContain('no "format" field');
  });

  it("refuses a document of another format", () => {
    const [d] = parseTopologyText('{ "format": "excalidraw", "version": 2 }').diagnostics;
    expect(d).toMatchObject({ code: "wrong-format" });
    expect(d?.message).toContain('"excalidraw"');
  });

  it("refuses a newer version, saying which version this build reads", () => {
    const [d] = parseTopologyText(
      '{ "format": "zmq-topology", "version": 7, "sockets": [] }',
    ).diagnostics;
    expect(d).toMatchObject({ code: "newer-version", path: "version" });
    expect(d?.message).toContain("version 7");
    expect(d?.message).toContain("reads versions up to 1");
  });

  it("refuses a version older than the first one clearly", () => {
    const [d] = parseTopologyText(
      '{ "format": "zmq-topology", "version": 0, "sockets": [] }',
    ).diagnostics;
    expect(d).toMatchObject({ code: "unsupported-version", path: "version" });
    expect(d?.message).toContain("version 0");
  });

  it.each(['"1"', "1.5", "null"])("refuses the version %s as not a whole number", (version) => {
    const [d] = parseTopologyText(
      `{ "format": "zmq-topology", "version": ${version}, "sockets": [] }`,
    ).diagnostics;
    expect(d).toMatchObject({ code: "schema", path: "version" });
  });

  it("refuses a missing version", () => {
    const [d] = parseTopologyText('{ "format": "zmq-topology", "sockets": [] }').diagnostics;
    expect(d).toMatchObject({ code: "schema", path: "version" });
  });

  it("reports schema violations with JSON paths and socket ids", () => {
    const text = JSON.stringify({
      format: "zmq-topology",
      version: 1,
      sockets: [
        { id: "ok", type: "PUSH" },
        { id: "pub", type: "PUB", bind: [5555] },
      ],
    });
    expect(parseTopologyText(text).diagnostics).toEqual([
      expect.objectContaining({ code: "schema", path: "sockets[1].bind[0]", sockets: ["pub"] }),
    ]);
  });
});

describe("parseTopology", () => {
  it("reads already-parsed JSON", () => {
    expect(parseTopology({ format: "zmq-topology", version: 1, sockets: [] }).ok).toBe(true);
  });

  it.each([undefined, () => 1, Symbol("x")])("does not throw on %s", (value) => {
    expect(parseTopology(value).ok).toBe(false);
  });
});
