import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { existsSync } from "node:fs";
import { TestClient } from "../server/test-client.js";
import { runCli } from "./cli.js";

const MAIN = fileURLToPath(new URL("../main.ts", import.meta.url));
const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));

afterEach(() => {
  vi.restoreAllMocks();
});

function capture(stream: NodeJS.WriteStream): () => string {
  let text = "";
  vi.spyOn(stream, "write").mockImplementation((chunk: string | Uint8Array) => {
    text += String(chunk);
    return true;
  });
  return () => text;
}

/** Run the real CLI in a child process, as `npm run cli` would. */
function spawnCli(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", MAIN, ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d: Buffer) => (stdout += String(d)));
  child.stderr.on("data", (d: Buffer) => (stderr += String(d)));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const waitFor = async (pattern: RegExp, ms = 15_000) => {
    const deadline = Date.now() + ms;
    while (!pattern.test(stdout)) {
      if (Date.now() > deadline) throw new Error(`no ${pattern} in: ${stdout} ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { child, exited, waitFor, out: () => stdout, err: () => stderr };
}

describe("the CLI", () => {
  it("lists its commands on --help and exits 0", async () => {
    const out = capture(process.stdout);
    expect(await runCli(["--help"])).toBe(0);
    expect(out()).toMatch(/serve \[--port N\] \[--host H\]/);
    expect(out()).toMatch(/run FILE \[--duration SECONDS\] \[--json\]/);
    expect(out()).toMatch(/check FILE/);
    expect(out()).toMatch(/export FILE --lang python\|node --out DIR/);
  });

  it("prints the usage on stderr and exits 1 for an unknown command", async () => {
    const err = capture(process.stderr);
    expect(await runCli(["launch"])).toBe(1);
    expect(err()).toMatch(/Unknown command "launch"/);
    expect(err()).toMatch(/Usage:/);
  });

  it.each(["run", "check", "export"])(
    "hands %s to its command, which explains a missing FILE",
    async (command) => {
      const err = capture(process.stderr);
      expect(await runCli([command])).toBe(1);
      expect(err()).toMatch(/FILE/);
    },
  );

  it("prints the usage on stderr and exits 1 without a command", async () => {
    const err = capture(process.stderr);
    expect(await runCli([])).toBe(1);
    expect(err()).toMatch(/Usage:/);
  });

  it("refuses a port that is not a number", async () => {
    const err = capture(process.stderr);
    expect(await runCli(["serve", "--port", "http"])).toBe(1);
    expect(err()).toMatch(/--port must be a number/);
  });

  it("says plainly that the port is busy and exits 1", async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(30431, "127.0.0.1", resolve));
    try {
      const cli = spawnCli(["serve", "--port", "30431"]);
      expect(await cli.exited).toBe(1);
      expect(cli.err()).toMatch(/Port 30431 is already in use/);
    } finally {
      blocker.close();
    }
  });

  it("prints the URL, then exits 0 within two seconds of SIGINT", async () => {
    const cli = spawnCli(["serve", "--port", "30432"]);
    await cli.waitFor(/zmq-playground at /);
    expect(cli.out()).toBe("zmq-playground at http://127.0.0.1:30432/\n");
    const started = Date.now();
    cli.child.kill("SIGINT");
    expect(await cli.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("prints a URL with an access token when listening beyond loopback", async () => {
    const cli = spawnCli(["serve", "--port", "30433", "--host", "0.0.0.0"]);
    await cli.waitFor(/zmq-playground at /);
    expect(cli.out()).toMatch(/^zmq-playground at http:\/\/[\w.-]+:30433\/\?token=[\w-]{20,}\n$/);
    expect(cli.out()).not.toContain("0.0.0.0");
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
  });

  it("tears a running topology down and removes its ipc folder when stopped by a signal", async () => {
    const cli = spawnCli(["serve", "--port", "30434"]);
    await cli.waitFor(/zmq-playground at /);
    const client = await TestClient.open("ws://127.0.0.1:30434/ws");
    await client.hello();
    const endpoint = "ipc://signal.ipc";
    const topology = {
      format: "zmq-topology",
      version: 1,
      sockets: [
        {
          id: "out",
          type: "PUSH",
          bind: [endpoint],
          behavior: { send: { everyMs: 1, frames: ["x"] } },
        },
        { id: "in", type: "PULL", connect: [endpoint], behavior: { consume: {} } },
      ],
    };
    client.send({ type: "topology:deploy", requestId: "d", topology });
    expect(await client.answer("d")).toMatchObject({ type: "command:ok" });
    const state = await client.next("runtime:state", (m) => m.running);
    const file = (state.endpoints[endpoint] ?? "").replace(/^ipc:\/\//, "");
    expect(existsSync(file)).toBe(true);
    const started = Date.now();
    cli.child.kill("SIGTERM");
    expect(await cli.exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(existsSync(file.replace(/\/signal\.ipc$/, ""))).toBe(false);
    expect((await client.closedWith()).code).toBe(1001);
  });
});
