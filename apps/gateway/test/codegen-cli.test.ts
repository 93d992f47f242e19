import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { exportCommand } from "../src/cli/export.js";

const PIPELINE = fileURLToPath(
  new URL("../../../packages/shared/fixtures/pipeline.json", import.meta.url),
);

let dir: string;
let stdout: string;
let stderr: string;
const initCwd = process.env.INIT_CWD;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "codegen-cli-"));
  stdout = "";
  stderr = "";
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
  if (initCwd === undefined) delete process.env.INIT_CWD;
  else process.env.INIT_CWD = initCwd;
});

function writeTopology(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("export", () => {
  it("writes the programs and the README into a new folder and lists them", async () => {
    const out = join(dir, "out", "python");
    const code = await exportCommand([PIPELINE, "--lang", "python", "--out", out]);
    expect(code).toBe(0);
    const written = stdout.trim().split("\n");
    expect(written.map((p) => p.split("/").pop()).sort()).toEqual([
      "README.md",
      "collector.py",
      "consumer-1.py",
      "consumer-2.py",
      "producer.py",
    ]);
    expect(readFileSync(join(out, "producer.py"), "utf8")).toContain("zmq.PUSH");
  });

  it("writes a package.json beside the Node programs", async () => {
    const out = join(dir, "node");
    expect(await exportCommand([PIPELINE, "--lang", "node", "--out", out])).toBe(0);
    expect(existsSync(join(out, "producer.mjs"))).toBe(true);
    expect(readFileSync(join(out, "package.json"), "utf8")).toContain('"zeromq"');
  });

  it("reads FILE and writes DIR relative to the folder npm was run from", async () => {
    process.env.INIT_CWD = dir;
    writeTopology("t.json", readFileSync(PIPELINE, "utf8"));
    expect(await exportCommand(["t.json", "--lang", "python", "--out", "rel"])).toBe(0);
    expect(existsSync(join(dir, "rel", "collector.py"))).toBe(true);
  });

  it("refuses to overwrite files without --force, and writes nothing", async () => {
    const out = join(dir, "out");
    await exportCommand([PIPELINE, "--lang", "python", "--out", out]);
    writeFileSync(join(out, "producer.py"), "mine");
    rmSync(join(out, "collector.py"));
    stdout = "";
    const code = await exportCommand([PIPELINE, "--lang", "python", "--out", out]);
    expect(code).toBe(1);
    expect(stderr).toContain("producer.py already exists");
    expect(stderr).toContain("--force");
    expect(stdout).toBe("");
    expect(readFileSync(join(out, "producer.py"), "utf8")).toBe("mine");
    expect(existsSync(join(out, "collector.py"))).toBe(false);
    expect(await exportCommand([PIPELINE, "--lang", "python", "--out", out, "--force"])).toBe(0);
    expect(readFileSync(join(out, "producer.py"), "utf8")).toContain("zmq.PUSH");
  });

  it("exits 2 with the diagnostics when the topology is invalid, and writes nothing", async () => {
    const file = writeTopology(
      "bad.json",
      JSON.stringify({
        format: "zmq-topology",
        version: 1,
        sockets: [
          { id: "a", type: "PUB", bind: ["tcp://127.0.0.1:5612"] },
          { id: "b", type: "PULL", connect: ["tcp://127.0.0.1:5612"] },
        ],
      }),
    );
    const out = join(dir, "never");
    expect(await exportCommand([file, "--lang", "node", "--out", out])).toBe(2);
    expect(stderr).toContain("incompatible-peers");
    expect(existsSync(out)).toBe(false);
  });

  it("exits 2 when the file is not a topology at all", async () => {
    const file = writeTopology("broken.json", "{ not json");
    expect(await exportCommand([file, "--lang", "python", "--out", join(dir, "x")])).toBe(2);
    expect(stderr).toContain("bad-json");
  });

  it("accepts hosts beyond loopback: an exported program may run on any machine", async () => {
    const file = writeTopology(
      "lan.json",
      JSON.stringify({
        format: "zmq-topology",
        version: 1,
        sockets: [{ id: "s", type: "PUSH", bind: ["tcp://0.0.0.0:5613"] }],
      }),
    );
    expect(await exportCommand([file, "--lang", "python", "--out", join(dir, "lan")])).toBe(0);
  });

  it.each([
    [[], "Missing FILE"],
    [["t.json", "--out", "x"], "--lang must be python or node"],
    [["t.json", "--lang", "java", "--out", "x"], 'not "java"'],
    [["t.json", "--lang", "python"], "Missing --out"],
    [["t.json", "extra", "--lang", "python", "--out", "x"], 'Unexpected argument "extra"'],
    [["t.json", "--colour"], "Unknown option"],
  ])("exits 1 with the usage for the arguments %j", async (argv, message) => {
    expect(await exportCommand(argv)).toBe(1);
    expect(stderr).toContain(message);
    expect(stderr).toContain("Usage: export FILE --lang python|node --out DIR [--force]");
  });

  it("exits 1 when the file cannot be read", async () => {
    const code = await exportCommand([join(dir, "missing.json"), "--lang", "python", "--out", dir]);
    expect(code).toBe(1);
    expect(stderr).toContain("Cannot read");
  });
});
