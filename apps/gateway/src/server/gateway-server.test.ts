import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { get as httpGet } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { FakeRuntime } from "../session/test-doubles.js";
import {
  startGatewayServer,
  type GatewayServer,
  type GatewayServerOptions,
} from "./gateway-server.js";
import { TestClient } from "./test-client.js";

const PORT = 30410;
let webRoot = "";
let server: GatewayServer | null = null;

beforeAll(async () => {
  webRoot = await mkdtemp(join(tmpdir(), "zmqpg-web-"));
  await mkdir(join(webRoot, "assets"));
  await writeFile(join(webRoot, "index.html"), "<!doctype html><title>playground</title>");
  await writeFile(join(webRoot, "assets", "app-123.js"), "console.log(1)");
});
afterAll(async () => {
  await rm(webRoot, { recursive: true, force: true });
});
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(options: Partial<GatewayServerOptions> = {}): Promise<GatewayServer> {
  server = await startGatewayServer({
    host: "127.0.0.1",
    port: PORT,
    webRoot,
    token: null,
    createRuntime: (o) => new FakeRuntime(o),
    ...options,
  });
  return server;
}

const base = `http://127.0.0.1:${PORT}`;

/**
 * GET without connection reuse: each test starts its own server on the same port, and a
 * pooled keep-alive socket from the previous one would fail the first request.
 */
function fetch(url: string): Promise<{
  status: number;
  headers: Map<string, string>;
  text(): Promise<string>;
  json(): Promise<unknown>;
}> {
  return new Promise((resolve, reject) => {
    httpGet(url, { agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        const headers = new Map(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
        resolve({
          status: res.statusCode ?? 0,
          headers,
          text: async () => body,
          json: async () => JSON.parse(body),
        });
      });
    }).on("error", reject);
  });
}
const wsUrl = `ws://127.0.0.1:${PORT}/ws`;

describe("the gateway's HTTP side", () => {
  it("serves the built web app with the right content types", async () => {
    await start();
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("playground");
    const script = await fetch(`${base}/assets/app-123.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toContain("immutable");
  });

  it("answers page routes with index.html and missing assets with 404", async () => {
    await start();
    expect(await (await fetch(`${base}/editor/some-route`)).text()).toContain("playground");
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
  });

  it("never serves a file outside the web root", async () => {
    await start();
    for (const path of ["/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e/%2e%2e/etc/passwd"]) {
      const res = await fetch(`${base}${path}`);
      expect(await res.text()).not.toContain("root:");
    }
  });

  it("says in plain words that the web app must be built when dist is missing", async () => {
    await start({ webRoot: join(webRoot, "nope") });
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain("not built yet");
  });

  it("reports health for scripts waiting on the gateway", async () => {
    await start();
    expect(await (await fetch(`${base}/api/health`)).json()).toEqual({
      ok: true,
      protocolVersion: 1,
    });
  });

  it("refuses to listen beyond loopback without an access token", async () => {
    await expect(start({ host: "0.0.0.0" })).rejects.toThrow(/access token/);
    server = null;
  });

  it("rejects with EADDRINUSE when the port is taken", async () => {
    const first = await start();
    await expect(start()).rejects.toMatchObject({ code: "EADDRINUSE" });
    server = first;
  });

  it("puts the token in the URL it prints when one is needed", async () => {
    const s = await start({ token: "t0ken" });
    expect(s.url).toBe(`http://127.0.0.1:${PORT}/?token=t0ken`);
  });
});

describe("the gateway's WebSocket", () => {
  it("welcomes a page and answers a ping", async () => {
    await start();
    const client = await TestClient.open(wsUrl, { origin: base });
    const welcome = await client.hello();
    expect(welcome).toMatchObject({ protocolVersion: 1, resumed: false });
    client.send({ type: "session:ping", requestId: "p" });
    expect(await client.answer("p")).toMatchObject({ type: "command:ok" });
    client.close();
  });

  it("resumes a session after the page reconnects", async () => {
    await start();
    const first = await TestClient.open(wsUrl);
    const { sessionId } = await first.hello();
    first.close();
    await first.closedWith();
    const second = await TestClient.open(wsUrl);
    expect(await second.hello({ sessionId })).toMatchObject({ sessionId, resumed: true });
    second.close();
  });

  it("refuses another site's page", async () => {
    await start();
    await expect(TestClient.open(wsUrl, { origin: "http://evil.example" })).rejects.toThrow(
      "HTTP 403",
    );
  });

  it("refuses a foreign Origin even with the right token", async () => {
    await start({ token: "t0ken" });
    await expect(
      TestClient.open(`${wsUrl}?token=t0ken`, { origin: "http://evil.example" }),
    ).rejects.toThrow("HTTP 403");
  });

  it("refuses a wrong token on the URL, and a hello without one", async () => {
    await start({ token: "t0ken" });
    await expect(TestClient.open(`${wsUrl}?token=guess`)).rejects.toThrow("HTTP 401");
    const client = await TestClient.open(wsUrl, { origin: base });
    client.send({ type: "session:hello", protocolVersion: 1 });
    expect(await client.next("session:incompatible")).toMatchObject({ reason: "forbidden" });
    expect((await client.closedWith()).code).toBe(4000);
  });

  it("accepts the token on the URL or in the hello", async () => {
    await start({ token: "t0ken" });
    const viaUrl = await TestClient.open(`${wsUrl}?token=t0ken`, { origin: base });
    expect(await viaUrl.hello()).toMatchObject({ resumed: false });
    const viaHello = await TestClient.open(wsUrl);
    expect(await viaHello.hello({ token: "t0ken" })).toMatchObject({ resumed: false });
    viaUrl.close();
    viaHello.close();
  });

  it("closes pages with 'going away' and disposes sessions on shutdown", async () => {
    const s = await start();
    const client = await TestClient.open(wsUrl);
    await client.hello();
    const started = Date.now();
    await s.close();
    server = null;
    expect(Date.now() - started).toBeLessThan(2000);
    expect((await client.closedWith()).code).toBe(1001);
    expect(s.sessions.size).toBe(0);
  });
});
