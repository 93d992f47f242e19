import { parseTopologyText, TOPOLOGY_FIXTURES } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { decodeTopology, encodeTopology } from "./share-link.js";

describe("share links", () => {
  it.each(TOPOLOGY_FIXTURES.map((f) => [f.id, f.topology] as const))(
    "carry the %s fixture intact",
    async (_, t) => {
      const encoded = await encodeTopology(t);
      expect(encoded).toMatch(/^z[A-Za-z0-9_-]+$/);
      const parsed = parseTopologyText(await decodeTopology(encoded));
      expect(parsed.ok && parsed.topology).toEqual(t);
    },
  );

  it("compresses: a link is shorter than the JSON it carries", async () => {
    const t = TOPOLOGY_FIXTURES.find((f) => f.id === "pipeline")?.topology;
    if (!t) throw new Error("no pipeline fixture");
    expect((await encodeTopology(t)).length).toBeLessThan(JSON.stringify(t).length);
  });

  it("refuses a damaged link", async () => {
    await expect(decodeTopology("zAAAA")).rejects.toThrow();
  });
});
