/**
 * Rewrites every packages/shared/fixtures/*.json in the canonical form serializeTopology()
 * gives, after checking that it parses. Run it after editing a fixture by hand:
 * `pnpm --filter @zmq-playground/shared run fixtures:format`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseTopologyText } from "../src/topology/parse.js";
import { serializeTopology } from "../src/topology/serialize.js";

const dir = fileURLToPath(new URL("../fixtures/", import.meta.url));
let failed = false;
for (const name of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
  const result = parseTopologyText(readFileSync(dir + name, "utf8"));
  if (!result.ok) {
    failed = true;
    for (const d of result.diagnostics) process.stderr.write(`${name}: ${d.message}\n`);
    continue;
  }
  writeFileSync(dir + name, serializeTopology(result.topology));
}
process.exitCode = failed ? 1 : 0;
