import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

/** Where the built app publishes the topology format's JSON Schema (linked from the Export menu). */
const SCHEMA_URL_PATH = "schema/topology.schema.json";
const schemaFile = fileURLToPath(
  new URL("../../packages/shared/topology.schema.json", import.meta.url),
);

/**
 * Publish packages/shared/topology.schema.json with the app, read at build time (and
 * served by the dev server), so the schema stays one file in the repository.
 */
function publishTopologySchema(): Plugin {
  return {
    name: "publish-topology-schema",
    generateBundle() {
      this.emitFile({
        type: "asset",
        fileName: SCHEMA_URL_PATH,
        source: readFileSync(schemaFile, "utf8"),
      });
    },
    configureServer(server) {
      server.middlewares.use(`/${SCHEMA_URL_PATH}`, (_req, res) => {
        res.setHeader("content-type", "application/json; charset=utf-8");
        res.end(readFileSync(schemaFile, "utf8"));
      });
    },
  };
}

// The gateway serves dist/ on its own port, so asset URLs stay relative to the page.
export default defineConfig({
  base: "./",
  plugins: [react(), publishTopologySchema()],
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1500 },
});
