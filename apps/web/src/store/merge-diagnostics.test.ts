import type { Diagnostic } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { fixture } from "../test-support/fixtures.js";
import { mergeDiagnostics, mergedDiagnosticsOf } from "./merge-diagnostics.js";

const d = (code: Diagnostic["code"], sockets: string[]): Diagnostic => ({
  severity: "error",
  code,
  message: code,
  sockets,
});

describe("diagnostics shown in the editor", () => {
  const topology = fixture("pipeline");

  it("adds the gateway's problems to the validator's, once", () => {
    const editor = [d("sub-no-subscription", ["producer"])];
    const runtime = [d("sub-no-subscription", ["producer"]), d("address-in-use", ["collector"])];
    expect(mergeDiagnostics(topology, editor, runtime).map((x) => x.code)).toEqual([
      "sub-no-subscription",
      "address-in-use",
    ]);
  });

  it("drops problems about sockets or endpoints the document no longer has", () => {
    expect(mergeDiagnostics(topology, [], [d("runtime-error", ["gone"])])).toEqual([]);
    const oldPort = { ...d("address-in-use", ["producer"]), endpoint: "tcp://127.0.0.1:9" };
    expect(mergeDiagnostics(topology, [], [oldPort])).toEqual([]);
    const samePort = { ...oldPort, endpoint: "tcp://127.0.0.1:5557" };
    expect(mergeDiagnostics(topology, [], [samePort])).toEqual([samePort]);
  });

  it("keeps the same array while nothing changed (components do not re-render)", () => {
    const editor: Diagnostic[] = [];
    const runtime = [d("runtime-error", ["producer"])];
    expect(mergedDiagnosticsOf(topology, editor, runtime)).toBe(
      mergedDiagnosticsOf(topology, editor, runtime),
    );
    expect(mergeDiagnostics(topology, editor, [])).toBe(editor);
  });
});
