import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { TOPOLOGY_FIXTURES } from "../src/fixtures/index.js";
import { parseTopologyText } from "../src/topology/parse.js";
import { serializeTopology } from "../src/topology/serialize.js";

// Lives beside the scripts because it reads the files themselves (node:fs is off limits
// in src/): the bytes on disk must be exactly the canonical form.
const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

describe("the fixture files", () => {
  it.each(files)("%s is byte for byte its canonical form (run fixtures:format)", (name) => {
    const text = readFileSync(dir + name, "utf8");
    const result = parseTopologyText(text);
    expect(result.diagnostics).toEqual([]);
    if (result.ok) expect(serializeTopology(result.topology)).toBe(text);
  });

  it("are all listed in src/fixtures/index.ts, under their file names", () => {
    expect(TOPOLOGY_FIXTURES.map((f) => `${f.id}.json`).sort()).toEqual([...files].sort());
  });
});
