import { describe, expect, it } from "vitest";
import committed from "../../topology.schema.json" with { type: "json" };
import { TOPOLOGY_SCHEMA_ID, topologyJsonSchema, topologyJsonSchemaText } from "./json-schema.js";

describe("the committed JSON Schema", () => {
  it("is up to date with the zod schema (run `pnpm --filter @zmq-playground/shared run gen:schema`)", () => {
    // Compared as text so that a change of key order is caught too.
    expect(`${JSON.stringify(committed, null, 2)}\n`).toBe(topologyJsonSchemaText());
  });

  it("names itself and says what it describes", () => {
    const schema = topologyJsonSchema();
    expect(Object.keys(schema).slice(0, 4)).toEqual(["$schema", "$id", "title", "description"]);
    expect(schema.$id).toBe(TOPOLOGY_SCHEMA_ID);
  });

  it("forbids unknown fields, as the parser does", () => {
    expect(committed.additionalProperties).toBe(false);
    expect(committed.properties.sockets.items.additionalProperties).toBe(false);
  });
});
