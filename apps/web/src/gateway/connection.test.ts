import type { ServerMessage } from "@zmq-playground/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { LIMITS, tick } from "../test-support/fake-gateway.js";
import { MemoryStorage } from "../test-support/memory-storage.js";
import type { ConnectionView } from "../store/runtime-slice.js";
import { backoffDelay, BACKOFF_MAX_MS } from "./backoff.js";
import { GatewayConnection, SESSION_KEY } from "./connection.js";
import type { Transport, TransportHandlers } from "./transport.js";

/** A WebSocket the test drives: it records what the page sent and plays the gateway. */
class FakeTransport implements Transport {
  readonly sent: Record<string, unknown>[] = [];
  closedWith: number | null = null;
  constructor(readonly handlers: TransportHandlers) {}
  send(text: string) {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed === "object" && parsed !== null) this.sent.push({ ...parsed });
  }
  close(code?: number) {
    this.closedWith = code ?? 1000;
  }
  receive(message: ServerMessage) {
    this.handlers.onMessage(JSON.stringify(message));
  }
  welcome(sessionId = "s1", resumed = false) {
    this.receive({
      type: "session:welcome",
      protocolVersion: 1,
      sessionId,
      resumed,
      limits: LIMITS,
    });
  }
}

let transports: FakeTransport[];
let received: ServerMessage[];
let statuses: Partial<ConnectionView>[];
let storage: MemoryStorage;
let connection: GatewayConnection;
const last = () => {
  const t = transports.at(-1);
  if (!t) throw new Error("no transport was opened");
  return t;
};

beforeEach(() => {
  vi.useFakeTimers();
  transports = [];
  received = [];
  statuses = [];
  storage = new MemoryStorage();
  connection = new GatewayConnection({
    url: "ws://localhost/ws",
    token: "secret",
    storage,
    open: (_url, handlers) => {
      const t = new FakeTransport(handlers);
      transports.push(t);
      return t;
    },
    onMessage: (m) => received.push(m),
    onConnection: (c) => statuses.push(c),
    random: () => 1,
  });
  connection.start();
});
afterEach(() => {
  connection.stop();
  vi.useRealTimers();
});

describe("the gateway connection", () => {
  it("says hello with the protocol version and the token, and keeps the session id", () => {
    last().handlers.onOpen();
    expect(last().sent[0]).toEqual({ type: "session:hello", protocolVersion: 1, token: "secret" });
    last().welcome("s1");
    expect(storage.getItem(SESSION_KEY)).toBe("s1");
    expect(received[0]?.type).toBe("session:welcome");
  });

  it("resumes the stored session after a reload", () => {
    storage.setItem(SESSION_KEY, "old");
    connection.stop();
    connection.start();
    last().handlers.onOpen();
    expect(last().sent[0]).toMatchObject({ type: "session:hello", sessionId: "old" });
  });

  it("answers each command by its requestId", async () => {
    last().handlers.onOpen();
    last().welcome();
    const stop = connection.request({ type: "topology:stop" });
    const step = connection.request({ type: "runtime:step" });
    const [stopSent, stepSent] = last().sent.slice(1);
    expect(stopSent).toMatchObject({ type: "topology:stop" });
    last().receive({ type: "command:ok", requestId: String(stepSent?.requestId), stepped: true });
    last().receive({
      type: "command:error",
      requestId: String(stopSent?.requestId),
      code: "not-running",
      message: "No topology is running.",
    });
    await expect(step).resolves.toEqual({ ok: true, stepped: true });
    await expect(stop).resolves.toMatchObject({ ok: false, code: "not-running" });
  });

  it("answers disconnected at once when not connected, and when the connection drops", async () => {
    await expect(connection.request({ type: "runtime:pause" })).resolves.toMatchObject({
      ok: false,
      code: "disconnected",
    });
    last().handlers.onOpen();
    last().welcome();
    const pause = connection.request({ type: "runtime:pause" });
    last().handlers.onClose(1006, "");
    await expect(pause).resolves.toMatchObject({ ok: false, code: "disconnected" });
  });

  it("reconnects with a growing delay, 0.5 s to 10 s, and starts over after a welcome", () => {
    const delays: number[] = [];
    for (let i = 0; i < 7; i++) {
      last().handlers.onClose(1006, "");
      const status = statuses.at(-1);
      expect(status).toMatchObject({ status: "closed", closeReason: "lost" });
      delays.push(status?.retryInMs ?? -1);
      const before = transports.length;
      vi.advanceTimersByTime((status?.retryInMs ?? 0) - 1);
      expect(transports.length).toBe(before);
      vi.advanceTimersByTime(1);
      expect(transports.length).toBe(before + 1);
      expect(statuses.at(-1)).toMatchObject({ status: "connecting" });
    }
    expect(delays).toEqual([500, 1000, 2000, 4000, 8000, 10_000, 10_000]);
    last().handlers.onOpen();
    last().welcome();
    last().handlers.onClose(1001, "");
    expect(statuses.at(-1)).toMatchObject({ retryInMs: 500, closeReason: "shutdown" });
  });

  it("adds jitter: between half and all of the step", () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(3, () => 0)).toBe(2000);
    expect(backoffDelay(3, () => 0.5)).toBe(3000);
    expect(backoffDelay(20, () => 1)).toBe(BACKOFF_MAX_MS);
  });

  it("does not fight another tab that took the session over, until asked", () => {
    last().handlers.onOpen();
    last().welcome();
    last().handlers.onClose(4001, "Another tab resumed this session.");
    expect(statuses.at(-1)).toEqual({
      status: "closed",
      retryInMs: null,
      retryAt: null,
      closeReason: "taken-over",
    });
    vi.advanceTimersByTime(60_000);
    expect(transports).toHaveLength(1);
    connection.reconnect();
    expect(transports).toHaveLength(2);
  });

  it("stops after a refused handshake, but retries when the gateway was only full", () => {
    last().handlers.onOpen();
    last().receive({
      type: "session:incompatible",
      reason: "too-many-sessions",
      protocolVersion: 1,
      message: "Full.",
    });
    last().handlers.onClose(4000, "");
    expect(statuses.at(-1)).toMatchObject({ status: "closed", retryInMs: 500 });
    vi.advanceTimersByTime(500);
    last().handlers.onOpen();
    last().receive({
      type: "session:incompatible",
      reason: "server-too-old",
      protocolVersion: 2,
      message: "Restart.",
    });
    last().handlers.onClose(4000, "");
    expect(statuses.at(-1)).toEqual({
      status: "closed",
      retryInMs: null,
      retryAt: null,
      closeReason: "incompatible",
    });
  });

  it("pings while open and drops a connection that stops answering", async () => {
    last().handlers.onOpen();
    last().welcome();
    vi.advanceTimersByTime(15_000);
    expect(last().sent.at(-1)).toMatchObject({ type: "session:ping" });
    await vi.advanceTimersByTimeAsync(30_000);
    expect(transports[0]?.closedWith).toBe(4999);
    expect(statuses.at(-1)).toMatchObject({ status: "closed", closeReason: "no-answer" });
  });

  it("ignores what a closed transport still reports", () => {
    last().handlers.onOpen();
    last().welcome();
    const old = last();
    old.handlers.onClose(1006, "");
    vi.advanceTimersByTime(500);
    old.receive({ type: "command:ok", requestId: "x" });
    old.handlers.onClose(1006, "");
    expect(received.filter((m) => m.type === "command:ok")).toHaveLength(0);
    expect(transports).toHaveLength(2);
  });

  it("merges ticks that arrive within 100 ms and keeps their order with other messages", () => {
    last().handlers.onOpen();
    last().welcome();
    const sockets = (sent: number) => [{ id: "p", sent, received: 0, errors: 0 }];
    last().receive(tick({ seq: 1, sockets: sockets(1), droppedSamples: 1 }));
    last().receive(tick({ seq: 2, sockets: sockets(2), droppedSamples: 2 }));
    last().receive(tick({ seq: 3, sockets: sockets(3), droppedSamples: 3 }));
    expect(received.map((m) => m.type)).toEqual(["session:welcome", "runtime:tick"]);
    last().receive({
      type: "runtime:state",
      running: true,
      paused: false,
      speed: 1,
      endpoints: {},
    });
    const types = received.map((m) => m.type);
    expect(types).toEqual(["session:welcome", "runtime:tick", "runtime:tick", "runtime:state"]);
    const merged = received[2];
    expect(merged?.type === "runtime:tick" && merged.seq).toBe(3);
    expect(merged?.type === "runtime:tick" && merged.droppedSamples).toBe(5);
  });
});
