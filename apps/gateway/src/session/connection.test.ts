import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHarness, until } from "./test-harness.js";
import { pushPull } from "./test-doubles.js";

beforeEach(() => {
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "performance"],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

describe("a connection", () => {
  it("answers a command sent before the handshake with hello-required", () => {
    const h = createHarness();
    const page = h.connect();
    page.receive({ type: "runtime:pause", requestId: "p" });
    expect(page.sent).toEqual([
      expect.objectContaining({ type: "command:error", requestId: "p", code: "hello-required" }),
    ]);
  });

  it("answers garbage with bad-message and keeps listening", async () => {
    const h = createHarness();
    const page = h.connect();
    page.receive("{{{");
    page.receive({ type: "nope" });
    expect(page.ofType("command:error").map((e) => e.code)).toEqual(["bad-message", "bad-message"]);
    page.receive({ type: "session:hello", protocolVersion: 1 });
    await until(() => page.last("session:welcome") !== undefined);
    await h.registry.closeAll();
  });

  it.each([
    [0, "client-too-old"],
    [2, "server-too-old"],
  ])("refuses protocol version %i as %s and closes", (protocolVersion, reason) => {
    const h = createHarness();
    const page = h.connect();
    page.receive({ type: "session:hello", protocolVersion });
    expect(page.last("session:incompatible")).toMatchObject({ reason, protocolVersion: 1 });
    expect(page.closed?.code).toBe(4000);
    expect(h.registry.size).toBe(0);
  });

  it("refuses a hello without the access token when one is needed", () => {
    const h = createHarness({}, "s3cret");
    const page = h.connect();
    page.receive({ type: "session:hello", protocolVersion: 1, token: "guess" });
    expect(page.last("session:incompatible")).toMatchObject({ reason: "forbidden" });
    expect(page.closed).not.toBeNull();
  });

  it("accepts a hello that carries the access token", async () => {
    const h = createHarness({}, "s3cret");
    const page = await h.hello({ token: "s3cret" });
    expect(page.last("session:welcome")).toBeDefined();
    await h.registry.closeAll();
  });

  it("refuses a second hello on the same connection", async () => {
    const h = createHarness();
    const page = await h.hello();
    page.receive({ type: "session:hello", protocolVersion: 1 });
    expect(page.last("command:error")).toMatchObject({ code: "bad-message", requestId: null });
    expect(h.registry.size).toBe(1);
    await h.registry.closeAll();
  });

  it("refuses a session beyond the cap while every session has a page", async () => {
    const h = createHarness({ maxSessions: 2 });
    await h.hello();
    await h.hello();
    const third = h.connect();
    third.receive({ type: "session:hello", protocolVersion: 1 });
    await until(() => third.sent.length > 0);
    expect(third.last("session:incompatible")).toMatchObject({ reason: "too-many-sessions" });
    await h.registry.closeAll();
  });

  it("makes room at the cap by ending a session whose page is gone", async () => {
    const h = createHarness({ maxSessions: 1 });
    const first = await h.hello();
    first.drop();
    const second = await h.hello();
    expect(second.last("session:welcome")).toBeDefined();
    await until(() => h.runtimes[0]?.tornDown === 1);
    await h.registry.closeAll();
  });

  it("rate-limits a flood, answering rate-limited with the request id, then recovers", async () => {
    const h = createHarness({ maxClientMessagesPerSecond: 10 });
    const page = await h.hello();
    for (let i = 0; i < 30; i += 1) page.receive({ type: "session:ping", requestId: `p${i}` });
    const limited = page.ofType("command:error").filter((e) => e.code === "rate-limited");
    // The hello took one of the ten tokens of the first second.
    expect(limited).toHaveLength(21);
    expect(limited[0]?.requestId).toBe("p9");
    vi.advanceTimersByTime(1000);
    page.receive({ type: "session:ping", requestId: "after" });
    await until(() => page.last("command:ok")?.requestId === "after");
    await h.registry.closeAll();
  });

  it("answers a rate-limited deploy with its requestId, written after a long topology", async () => {
    const h = createHarness({ maxClientMessagesPerSecond: 2 });
    const page = await h.hello();
    const topology = { ...pushPull(), description: "d".repeat(2000) };
    for (let i = 0; i < 5; i += 1) {
      page.receive(JSON.stringify({ type: "topology:deploy", topology, requestId: `d${i}` }));
    }
    const limited = page.ofType("command:error").filter((e) => e.code === "rate-limited");
    expect(limited.map((e) => e.requestId)).toEqual(["d1", "d2", "d3", "d4"]);
    await h.registry.closeAll();
  });

  it("closes a connection that never says hello", () => {
    const h = createHarness();
    const page = h.connect();
    vi.advanceTimersByTime(10_000);
    expect(page.closed?.code).toBe(4002);
  });
});

describe("commands sent right behind the hello", () => {
  it("run once the session is open, in order", async () => {
    const h = createHarness();
    const page = h.connect();
    page.receive({ type: "session:hello", protocolVersion: 1 });
    page.receive({ type: "session:ping", requestId: "first" });
    page.receive({ type: "session:ping", requestId: "second" });
    await until(() => page.ofType("command:ok").length === 2);
    expect(page.sent.map((m) => m.type)).toEqual([
      "session:welcome",
      "runtime:state",
      "command:ok",
      "command:ok",
    ]);
    expect(page.ofType("command:ok").map((m) => m.requestId)).toEqual(["first", "second"]);
    await h.registry.closeAll();
  });

  it("are refused with hello-required when the handshake fails", async () => {
    const h = createHarness({ maxSessions: 0 });
    const page = h.connect();
    page.receive({ type: "session:hello", protocolVersion: 1 });
    page.receive({ type: "session:ping", requestId: "early" });
    await until(() => page.closed !== null);
    expect(page.last("session:incompatible")).toMatchObject({ reason: "too-many-sessions" });
  });
});
