import { execFile, spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { fixtureById, runStatsSchema } from "@zmq-playground/shared";
import { onFreshEndpoints } from "./support/endpoints.js";
import { topology } from "./support/topologies.js";

const MAIN = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "zp-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === "string" ? content : JSON.stringify(content));
  return path;
}

/** The CLI as npm runs it, with its exit status, stdout and stderr. */
function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", MAIN, ...args],
      { timeout: 20_000, env: { ...process.env, INIT_CWD: dir } },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe("the run and check commands", () => {
  it("run --json prints exactly one RunStats document, quietly, and exits 0", async () => {
    const pipeline = fixtureById("pipeline")?.topology;
    if (!pipeline) throw new Error("fixture pipeline is missing");
    const path = file("pipeline.json", onFreshEndpoints(pipeline, "tcp"));
    const { code, stdout, stderr } = await cli("run", path, "--duration", "1.5", "--json");
    expect([code, stderr]).toEqual([0, ""]);
    const stats = runStatsSchema.parse(JSON.parse(stdout));
    expect(stats.ok).toBe(true);
    expect(stats.durationMs).toBeGreaterThanOrEqual(1500);
    const sent = stats.sockets.find((s) => s.id === "producer")?.sent ?? 0;
    // The producer starts after 1 s and sends every 20 ms.
    expect(sent).toBeGreaterThan(5);
    expect(stats.links.every((l) => l.state === "connected")).toBe(true);
    const toWorkers = stats.links.reduce((sum, l) => sum + l.toConnector, 0);
    expect(toWorkers).toBeLessThanOrEqual(sent);
  });

  it("run exits 2 at once when a port is held by another program, instead of hanging", async () => {
    const pipeline = onFreshEndpoints(fixtureById("pipeline")?.topology ?? topology([]), "tcp");
    const bound = pipeline.sockets.find((s) => s.id === "collector")?.bind?.[0] ?? "";
    const port = Number(/:(\d+)$/.exec(bound)?.[1]);
    // A ZeroMQ program holds the collector's port, so its bind fails after the other sockets
    // were created (and the workers reached that program): the deploy is rolled back and the
    // command must still end.
    const holder = spawn("/usr/bin/python3", [
      "-c",
      `import zmq, time\ns = zmq.Context().socket(zmq.PULL)\ns.bind("tcp://127.0.0.1:${port}")\nprint("ready", flush=True)\ntime.sleep(60)`,
    ]);
    await new Promise<void>((ok) => holder.stdout.once("data", () => ok()));
    try {
      const started = Date.now();
      const { code, stdout } = await cli("run", file("held.json", pipeline), "--json");
      expect(code).toBe(2);
      expect(Date.now() - started).toBeLessThan(15_000);
      const stats = runStatsSchema.parse(JSON.parse(stdout));
      expect(stats.diagnostics.map((d) => [d.code, d.sockets])).toContainEqual([
        "address-in-use",
        ["collector"],
      ]);
    } finally {
      holder.kill();
    }
  });

  it("run prints tables for people, FILE relative to where npm ran", async () => {
    file("pair.json", onFreshEndpoints(fixtureById("pair")?.topology ?? topology([]), "ipc"));
    const { code, stdout } = await cli("run", "pair.json", "--duration", "0.5");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^SOCKET\s+SENT\s+RECEIVED\s+ERRORS$/m);
    expect(stdout).toMatch(/^CONNECTOR\s+ENDPOINT\s+BINDER\s+STATE/m);
  });

  it("run of an invalid topology exits 2 with the diagnostics and creates nothing", async () => {
    const path = file(
      "bad.json",
      topology([
        { id: "pub", type: "PUB", bind: ["tcp://127.0.0.1:20999"] },
        { id: "pull", type: "PULL", connect: ["tcp://127.0.0.1:20999"] },
      ]),
    );
    const { code, stdout } = await cli("run", path, "--json");
    expect(code).toBe(2);
    const stats = runStatsSchema.parse(JSON.parse(stdout));
    expect([stats.ok, stats.sockets, stats.diagnostics[0]?.code]).toEqual([
      false,
      [],
      "incompatible-peers",
    ]);
  });

  it("check exits 0, 2 or 1 for a valid, an invalid and an unreadable file", async () => {
    const valid = file("valid.json", fixtureById("req-rep")?.topology);
    const invalid = file("broken.json", "{ not json");
    expect((await cli("check", valid)).code).toBe(0);
    const bad = await cli("check", invalid, "--json");
    expect(bad.code).toBe(2);
    expect(JSON.parse(bad.stdout)).toMatchObject({
      ok: false,
      diagnostics: [{ code: "bad-json" }],
    });
    const missing = await cli("check", join(dir, "nope.json"));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Cannot read");
  });
});
