import { describe, expect, it } from "vitest";
import { migrateDocument, TOPOLOGY_MIGRATIONS, type Migration } from "./migrations.js";
import { topologySchema } from "./schema.js";

/** A made-up version 0 that called sockets "nodes": enough to exercise the mechanism. */
const v0ToV1: Migration = {
  from: 0,
  description: "version 0 called the sockets list `nodes`",
  migrate: ({ nodes, ...rest }) => ({ ...rest, sockets: nodes }),
};

describe("migrateDocument", () => {
  it("has no real migrations yet: version 1 is the first", () => {
    expect(TOPOLOGY_MIGRATIONS).toEqual([]);
  });

  it("runs the numbered steps up to the current version and stamps the new version", () => {
    const old = { format: "zmq-topology", version: 0, nodes: [{ id: "a", type: "PUSH" }] };
    const result = migrateDocument(old, 0, [v0ToV1], 1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document).toEqual({
      format: "zmq-topology",
      version: 1,
      sockets: [{ id: "a", type: "PUSH" }],
    });
    expect(topologySchema.safeParse(result.document).success).toBe(true);
  });

  it("chains several steps in order", () => {
    const steps: Migration[] = [
      { from: 1, description: "b", migrate: (d) => ({ ...d, trail: `${String(d.trail)}>2` }) },
      { from: 0, description: "a", migrate: (d) => ({ ...d, trail: "1" }) },
    ];
    const result = migrateDocument({ version: 0 }, 0, steps, 2);
    expect(result).toEqual({ ok: true, document: { version: 2, trail: "1>2" } });
  });

  it("leaves a current document untouched", () => {
    const doc = { version: 1 };
    expect(migrateDocument(doc, 1)).toEqual({ ok: true, document: doc });
  });

  it("refuses a version no step starts from", () => {
    const result = migrateDocument({ version: -1 }, -1, [v0ToV1], 1);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.diagnostic.code).toBe("unsupported-version");
      expect(result.diagnostic.message).toContain("from version 0 on");
    }
  });

  it("turns a failing step into a diagnostic instead of throwing", () => {
    const broken: Migration = {
      from: 0,
      description: "broken",
      migrate: () => {
        throw new Error("nodes is not a list");
      },
    };
    const result = migrateDocument({ version: 0 }, 0, [broken], 1);
    expect(result.ok || result.diagnostic.message).toContain("nodes is not a list");
  });
});
