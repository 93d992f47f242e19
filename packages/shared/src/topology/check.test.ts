import { describe, expect, it } from "vitest";
import { checkTopology } from "./check.js";
import { diagnosticsFor, diagnosticsForLink, sortDiagnostics } from "./diagnostic-lookup.js";
import type { Diagnostic } from "./diagnostics.js";
import { tcp, topologyOf } from "./testing.js";

const messy = topologyOf([
  { id: "sub", type: "SUB", connect: [tcp(5599)] },
  { id: "pub", type: "PUB", bind: [tcp(5555)] },
  { id: "sink", type: "PULL", connect: [tcp(5555)] },
]);

describe("checkTopology", () => {
  it("returns nothing for a sound topology", () => {
    const t = topologyOf([
      { id: "pub", type: "PUB", bind: [tcp(5555)] },
      { id: "sub", type: "SUB", connect: [tcp(5555)], options: { subscribe: [""] } },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("puts errors first, then warnings, then info", () => {
    const severities = checkTopology(messy).map((d) => d.severity);
    expect(severities).toEqual(["error", "warning", "info"]);
  });

  it("gives the same answer every time and leaves its input alone", () => {
    const before: unknown = JSON.parse(JSON.stringify(messy));
    expect(checkTopology(messy)).toEqual(checkTopology(messy));
    expect(messy).toEqual(before);
  });

  it("only returns diagnostics that name at least one socket", () => {
    for (const d of checkTopology(messy)) expect(d.sockets.length).toBeGreaterThan(0);
  });
});

describe("sortDiagnostics", () => {
  it("keeps the order within one severity", () => {
    const d = (severity: Diagnostic["severity"], message: string): Diagnostic => ({
      severity,
      code: "schema",
      message,
      sockets: [],
    });
    const sorted = sortDiagnostics([
      d("info", "1"),
      d("error", "2"),
      d("info", "3"),
      d("error", "4"),
    ]);
    expect(sorted.map((x) => x.message)).toEqual(["2", "4", "1", "3"]);
  });
});

describe("diagnostic lookups for the editor", () => {
  const found = checkTopology(messy);

  it("finds what concerns one socket", () => {
    expect(diagnosticsFor(found, "sink").map((d) => d.code)).toEqual(["incompatible-peers"]);
    expect(diagnosticsFor(found, "pub").map((d) => d.code)).toEqual(["incompatible-peers"]);
    expect(diagnosticsFor(found, "nobody")).toEqual([]);
  });

  it("finds what concerns one link, by connector and endpoint", () => {
    expect(diagnosticsForLink(found, "sink", tcp(5555)).map((d) => d.code)).toEqual([
      "incompatible-peers",
    ]);
    expect(diagnosticsForLink(found, "sub", tcp(5599)).map((d) => d.code)).toEqual([
      "dangling-connect",
    ]);
    expect(diagnosticsForLink(found, "sub", tcp(5555))).toEqual([]);
  });
});
