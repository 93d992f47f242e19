/**
 * The caps and doors of a real gateway server, beyond what src/server/*.test.ts already
 * covers (text over maxPayload, a ping flood over the rate cap, a foreign Origin, 0.0.0.0
 * without a token, the queue and session caps on fakes): binary and boundary frames,
 * the connection cap, the session cap and the hello timeout over real WebSockets, a
 * burst of deploys beyond the command queue on the real runtime, a DNS-rebinding page,
 * and other non-loopback hosts without a token.
 */
import { request } from "node:http";
import type { Topology } from "@zmq-playground/shared";
import { afterEach, describe, expect, it } from "vitest";
import { startBenchGateway, type BenchGateway } from "../bench/gateway.js";
import { sleep } from "../bench/stats.js";
import { startGatewayServer } from "../src/server/gateway-server.js";
import { TestClient } from "../src/server/test-client.js";
import type { GatewayLimits } from "../src/session/limits.js";
import { FakeRuntime } from "../src/session/test-doubles.js";

const opened: BenchGateway[] = [];
const clients: TestClient[] = [];
afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  for (const g of opened.splice(0)) await g.close();
});

async function gatewayWith(limits: Partial<GatewayLimits>): Promise<BenchGateway> {
  const g = await startBenchGateway({ limits });
  opened.push(g);
  return g;
}

async function open(g: BenchGateway, headers: Record<string, string> = {}): Promise<TestClient> {
  const c = await TestClient.open(g.wsUrl, headers);
  clients.push(c);
  return c;
}

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The HTTP status of a WebSocket upgrade sent with exactly these headers. */
function upgradeStatus(port: number, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: "127.0.0.1",
      port,
      path: "/ws",
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==",
        ...headers,
      },
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("upgrade", (_res, socket) => {
      socket.destroy();
      resolve(101);
    });
    req.on("error", reject);
    req.end();
  });
}

const inprocPipeline = (name: string): Topology => ({
  format: "zmq-topology",
  version: 1,
  sockets: [
    {
      id: "prod",
      type: "PUSH",
      bind: [`inproc://${name}`],
      behavior: { send: { everyMs: 10, frames: ["t {seq}"] } },
    },
    { id: "sink", type: "PULL", connect: [`inproc://${name}`], behavior: { consume: {} } },
  ],
});

describe("frames at and beyond maxPayload", () => {
  it("answers a text frame of exactly maxPayload bytes, and closes on a binary one byte over", async () => {
    const g = await gatewayWith({ maxPayloadBytes: 64 * 1024 });
    const c = await open(g);
    await c.hello();
    c.send("x".repeat(64 * 1024));
    expect(await c.next("command:error")).toMatchObject({ code: "bad-message", requestId: null });
    expect(c.closed).toBeNull();
    c.ws.send(Buffer.alloc(64 * 1024 + 1, 0x7b));
    expect((await c.closedWith()).code).toBe(1009);
    const next = await open(g);
    await next.hello();
  });
});

describe("connection and session caps over real WebSockets", () => {
  it("refuses upgrades beyond four connections per allowed session with 503", async () => {
    const g = await gatewayWith({ maxSessions: 1 });
    for (let i = 0; i < 4; i += 1) await open(g);
    await expect(open(g)).rejects.toThrow("HTTP 503");
  });

  it("refuses a session beyond the cap with too-many-sessions while every page is there", async () => {
    const g = await gatewayWith({ maxSessions: 1 });
    await (await open(g)).hello();
    const second = await open(g);
    second.send({ type: "session:hello", protocolVersion: 1 });
    expect(await second.next("session:incompatible")).toMatchObject({
      reason: "too-many-sessions",
    });
    expect((await second.closedWith()).code).toBe(4000);
  });

  it("closes a connection that never says hello", async () => {
    const g = await gatewayWith({ helloTimeoutMs: 200 });
    const c = await open(g);
    expect((await c.closedWith(3000)).code).toBe(4002);
  });
});

describe("a burst of commands beyond the queue cap", () => {
  it("answers 150 deploys sent at once exactly once each, refusing the overflow, and stays consistent", async () => {
    // The rate cap would refuse most of them first; here the queue cap is what bites.
    const g = await gatewayWith({ maxClientMessagesPerSecond: 100_000 });
    const c = await open(g);
    await c.hello();
    for (let i = 0; i < 150; i += 1)
      c.send({
        type: "topology:deploy",
        requestId: `d${i}`,
        topology: inprocPipeline(`q${i % 3}`),
      });
    await until(
      () =>
        c.received.filter((x) => x.type === "command:ok" || x.type === "command:error").length >=
        150,
      "150 answers",
    );
    const answers = c.received.flatMap((m) =>
      m.type === "command:ok" || m.type === "command:error" ? [m] : [],
    );
    expect(new Set(answers.map((a) => a.requestId)).size).toBe(150);
    const refused = answers.filter((a) => a.type === "command:error");
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((a) => a.type === "command:error" && a.code === "limit-exceeded")).toBe(
      true,
    );
    c.send({ type: "topology:stop", requestId: "stop" });
    expect(await c.answer("stop")).toMatchObject({ type: "command:ok" });
    for (let i = 0; i < 40 && g.adapter.live > 0; i += 1) await sleep(50);
    expect(g.adapter.live).toBe(0);
  });
});

describe("pages and hosts that must be refused", () => {
  it("refuses a DNS-rebinding page: a foreign Host on loopback, even with a matching Origin", async () => {
    const g = await gatewayWith({});
    const port = g.server.port;
    expect(
      await upgradeStatus(port, {
        Host: `evil.example:${port}`,
        Origin: `http://evil.example:${port}`,
      }),
    ).toBe(403);
    expect(await upgradeStatus(port, { Host: `127.0.0.1:${port}`, Origin: "null" })).toBe(403);
    expect(await upgradeStatus(port, { Host: `127.0.0.1:${port}` })).toBe(101);
  });

  it.each(["::", "192.0.2.10", "example.com"])(
    "refuses to listen on %s without an access token",
    async (host) => {
      await expect(
        startGatewayServer({
          host,
          port: 0,
          webRoot: "/nonexistent",
          token: null,
          createRuntime: (o) => new FakeRuntime(o),
        }),
      ).rejects.toThrow(/access token/);
    },
  );

  // The web app writes `{...command, requestId}`, so for a deploy the id comes after the
  // topology: a refusal without it would leave the page's deploy waiting for its timeout.
  it("answers a rate-limited deploy with its requestId when the topology comes first", async () => {
    const g = await gatewayWith({});
    const c = await open(g);
    await c.hello();
    const topology = { ...inprocPipeline("late"), description: "d".repeat(600) };
    for (let i = 0; i < 300; i += 1)
      c.send(JSON.stringify({ type: "topology:deploy", topology, requestId: `r${i}` }));
    await until(
      () =>
        c.received.filter((x) => x.type === "command:error" && x.code === "rate-limited").length >
        50,
      "rate-limited answers",
    );
    const limited = c.received.filter(
      (m) => m.type === "command:error" && m.code === "rate-limited",
    );
    expect(limited.every((m) => m.type === "command:error" && m.requestId !== null)).toBe(true);
  });
});
