/**
 * Writes packages/shared/topology.schema.json from the zod schema. Run it after any
 * change to src/topology/schema.ts: `pnpm --filter @zmq-playground/shared run gen:schema`.
 * src/topology/json-schema.test.ts fails while the committed file is stale.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { topologyJsonSchemaText } from "../src/topology/json-schema.js";

const target = fileURLToPath(new URL("../topology.schema.json", import.meta.url));
writeFileSync(target, topologyJsonSchemaText());
process.stderr.write(`wrote ${target}\n`);
