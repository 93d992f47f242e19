import { generateProject } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { fixture } from "../test-support/fixtures.js";
import { projectZip } from "./code-export-zip.js";

/** The names stored in a ZIP's central directory, in order. */
function namesIn(zip: Uint8Array): string[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  let at = view.getUint32(end + 16, true);
  const names: string[] = [];
  for (let i = 0; i < view.getUint16(end + 10, true); i += 1) {
    const length = view.getUint16(at + 28, true);
    names.push(new TextDecoder().decode(zip.subarray(at + 46, at + 46 + length)));
    at += 46 + length;
  }
  return names;
}

describe("projectZip", () => {
  it("names the zip and its folder after the topology's title and the language", () => {
    const topology = fixture("pipeline");
    const { fileName, bytes } = projectZip(topology, "python");
    expect(fileName).toBe("pipeline-producer-two-consumers-collector-python.zip");
    const folder = "pipeline-producer-two-consumers-collector-python/";
    expect(namesIn(bytes)).toEqual(
      generateProject(topology, "python").files.map((f) => folder + f.path),
    );
  });

  it("holds the README, one program per process and, for Node, a package.json", () => {
    const names = namesIn(projectZip(fixture("pipeline"), "node").bytes).map((n) =>
      n.replace(/^[^/]+\//, ""),
    );
    expect(names[0]).toBe("README.md");
    expect(names).toContain("package.json");
    // producer, two consumer processes, collector
    expect(names.filter((n) => n.endsWith(".mjs"))).toHaveLength(4);
  });

  it("falls back to a plain name for an untitled topology", () => {
    const untitled = fixture("req-rep");
    delete untitled.title;
    expect(projectZip(untitled, "python").fileName).toBe("topology-python.zip");
  });
});
