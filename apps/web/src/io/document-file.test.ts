import { serializeTopology } from "@zmq-playground/shared";
import { describe, expect, it, vi } from "vitest";
import { createAppStore } from "../store/app-store.js";
import { fixture } from "../test-support/fixtures.js";
import { exportDocument, fileNameFor, importText } from "./document-file.js";

// The fixture files as bytes on disk: what a person imports from the repo.
const files = import.meta.glob<string>("../../../../packages/shared/fixtures/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});

describe("import and export", () => {
  it("finds the fixture files", () => {
    expect(Object.keys(files).length).toBeGreaterThan(5);
  });

  it.each(Object.entries(files))("exports %s byte for byte as it was imported", (path, text) => {
    const store = createAppStore();
    expect(importText(store, path, text)).toBe(true);
    const save = vi.fn();
    exportDocument(store, save);
    expect(save).toHaveBeenCalledWith(expect.stringMatching(/\.json$/), text);
  });

  it("exports exactly what serializeTopology writes", () => {
    const store = createAppStore(fixture("req-rep"));
    const save = vi.fn();
    exportDocument(store, save);
    expect(save.mock.calls[0]?.[1]).toBe(serializeTopology(fixture("req-rep")));
  });

  it.each([
    ["not JSON", "{ nope"],
    ["another format", '{ "format": "excalidraw", "version": 1 }'],
    ["a newer version", '{ "format": "zmq-topology", "version": 99, "sockets": [] }'],
    [
      "a schema violation",
      '{ "format": "zmq-topology", "version": 1, "sockets": [{ "id": "a b", "type": "PUSH" }] }',
    ],
  ])("leaves the document untouched and explains a bad file (%s)", (_, text) => {
    const store = createAppStore(fixture("pipeline"));
    const before = store.getState().topology;
    expect(importText(store, "bad.json", text)).toBe(false);
    expect(store.getState().topology).toBe(before);
    expect(store.getState().past).toHaveLength(0);
    const dialog = store.getState().dialog;
    expect(dialog?.kind).toBe("import-error");
    if (dialog?.kind === "import-error") {
      expect(dialog.fileName).toBe("bad.json");
      expect(dialog.diagnostics.length).toBeGreaterThan(0);
    }
  });

  it("names the file after the title", () => {
    expect(fileNameFor(fixture("pipeline"))).toBe("pipeline-producer-two-consumers-collector.json");
    expect(fileNameFor({ format: "zmq-topology", version: 1, sockets: [] }, "png")).toBe(
      "topology.png",
    );
  });
});
