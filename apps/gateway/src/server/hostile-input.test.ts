import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRuntime } from "../runtime/index.js";
import { startGatewayServer, type GatewayServer } from "./gateway-server.js";
import { TestClient } from "./test-client.js";

const PORT = 30420;
const wsUrl = `ws://127.0.0.1:${PORT}/ws`;
let server: GatewayServer;
/**
 * The rate limiter's clock. It stands still unless a test moves it, so how many messages
 * of a flood get through does not depend on how fast a loaded machine reads them.
 */
let clock = 0;

beforeAll(async () => {
  server = await startGatewayServer({
    host: "127.0.0.1",
    port: PORT,
    webRoot: "/nonexistent",
    token: null,
    createRuntime,
    now: () => clock,
  });
});
afterAll(async () => {
  await server.close();
});

/** The gateway still does its job: a new page gets a session and an answer. */
async function expectAlive(): Promise<void> {
  const client = await TestClient.open(wsUrl);
  await client.hello();
  client.send({ type: "session:ping", requestId: "alive" });
  expect(await client.answer("alive")).toMatchObject({ type: "command:ok" });
  client.close();
}

describe("a gateway fed hostile input", () => {
  it("answers each malformed message with a structured error and stays usable", async () => {
    const client = await TestClient.open(wsUrl);
    const garbage = [
      "",
      "{",
      "null",
      "[]",
      '"text"',
      "1e999",
      '{"type":"session:ping"}',
      '{"type":"no:such","requestId":"u"}',
      '{"type":"runtime:speed","requestId":"s","factor":"fast"}',
      '{"type":"socket:send","requestId":"f","socketId":"x","frames":[{"a":1}]}',
      '{"type":"topology:deploy","requestId":"t","topology":{"format":"zmq-topology","version":1,"sockets":"many"}}',
      '{"__proto__":{"admin":true},"type":"session:ping","requestId":"p"}',
    ];
    for (const text of garbage) client.send(text);
    client.send(Buffer.from([0xff, 0xfe, 0x00]));
    await client.waitFor(
      (m): m is typeof m =>
        client.received.length >= garbage.length + 1 && m.type === "command:error",
      "errors",
    );
    const codes = client.received.map((m) => (m.type === "command:error" ? m.code : m.type));
    expect(
      codes.every((c) => ["bad-message", "invalid-topology", "hello-required"].includes(c)),
    ).toBe(true);
    expect(
      client.received.find((m) => m.type === "command:error" && m.requestId === "t"),
    ).toMatchObject({ code: "invalid-topology" });
    // Same connection, after all that: the handshake still works.
    expect(await client.hello()).toMatchObject({ resumed: false });
    client.close();
    await expectAlive();
  });

  it("answers a command sent before the hello with hello-required", async () => {
    const client = await TestClient.open(wsUrl);
    client.send({ type: "topology:stop", requestId: "early" });
    expect(await client.answer("early")).toMatchObject({ code: "hello-required" });
    client.close();
  });

  it("closes a connection that sends more than maxPayload, and nothing else", async () => {
    const client = await TestClient.open(wsUrl);
    await client.hello();
    client.send("x".repeat(2 * 1024 * 1024 + 1));
    expect((await client.closedWith()).code).toBe(1009);
    await expectAlive();
  });

  it("rate-limits a flood beyond 200 messages a second without falling over", async () => {
    const client = await TestClient.open(wsUrl);
    await client.hello();
    for (let i = 0; i < 1000; i += 1) client.send({ type: "session:ping", requestId: `f${i}` });
    // The gateway has read the whole flood once it answers the last message...
    await client.answer("f999");
    // ...but refusals are answered at once and accepted commands from the session's
    // queue, so answers to earlier pings may still be on their way. A ping sent a second
    // later (by the limiter's clock: it has a token) is answered after every one of them.
    clock += 1000;
    client.send({ type: "session:ping", requestId: "after" });
    expect(await client.answer("after")).toMatchObject({ type: "command:ok" });
    const answers = client.received.filter(
      (m) => (m.type === "command:ok" || m.type === "command:error") && m.requestId !== "after",
    );
    const limited = answers.filter((m) => m.type === "command:error" && m.code === "rate-limited");
    // The hello took one of the second's 200 tokens; the clock stood still meanwhile.
    expect(limited).toHaveLength(801);
    // Every message got exactly one answer: done, rate-limited, or refused by the queue cap.
    expect(answers).toHaveLength(1000);
    const ids = answers.map((m) => ("requestId" in m ? m.requestId : null));
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: 1000 }, (_, i) => `f${i}`)));
    client.close();
    await expectAlive();
  });

  it("survives pages that connect and vanish without a word", async () => {
    for (let i = 0; i < 20; i += 1) {
      const client = await TestClient.open(wsUrl);
      client.ws.terminate();
    }
    await expectAlive();
  });

  it("refuses a deploy of a topology larger than the session may run", async () => {
    const client = await TestClient.open(wsUrl);
    await client.hello();
    const sockets = Array.from({ length: 65 }, (_, i) => ({ id: `s${i}`, type: "PULL" }));
    client.send({
      type: "topology:deploy",
      requestId: "big",
      topology: { format: "zmq-topology", version: 1, sockets },
    });
    expect(await client.answer("big")).toMatchObject({ code: "limit-exceeded" });
    client.close();
  });
});
