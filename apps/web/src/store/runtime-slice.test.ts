import { PROTOCOL_VERSION, type Diagnostic, type MessageSample } from "@zmq-playground/shared";
import { beforeEach, describe, expect, it } from "vitest";
import { FakeGateway, LIMITS, tick } from "../test-support/fake-gateway.js";
import { fixture } from "../test-support/fixtures.js";
import { createAppStore, type AppStore } from "./app-store.js";
import { EVENT_LIMIT, SAMPLE_LIMIT } from "./runtime-slice.js";

let gateway: FakeGateway;
let store: AppStore;
const s = () => store.getState();

const ep = "tcp://127.0.0.1:5557";
const state = (running: boolean, paused = false) =>
  ({ type: "runtime:state", running, paused, speed: 1, endpoints: {} }) as const;
const sample = (seq: number): MessageSample => ({
  seq,
  at: seq,
  from: "producer",
  to: "consumer-1-in",
  link: `consumer-1-in|${ep}`,
  direction: "toConnector",
  frames: [{ text: `task ${seq}`, hex: "", size: 6, truncated: false }],
});
const diagnostic = (message: string): Diagnostic => ({
  severity: "error",
  code: "runtime-error",
  message,
  sockets: ["producer"],
});

beforeEach(() => {
  gateway = new FakeGateway();
  store = createAppStore(fixture("pipeline"), { gateway });
});

describe("applyServerMessage", () => {
  it("opens the connection on session:welcome and keeps the session id and limits", () => {
    s().applyServerMessage({
      type: "session:welcome",
      protocolVersion: 1,
      sessionId: "abc",
      resumed: false,
      limits: LIMITS,
    });
    expect(s().connection).toMatchObject({ status: "open", sessionId: "abc", retryInMs: null });
    expect(s().limits).toEqual(LIMITS);
  });

  it("closes the connection with the gateway's words on session:incompatible", () => {
    s().applyServerMessage({
      type: "session:incompatible",
      reason: "server-too-old",
      protocolVersion: 2,
      message: "Restart the gateway.",
    });
    expect(s().connection).toMatchObject({
      status: "closed",
      message: "Restart the gateway.",
      closeReason: "incompatible",
    });
    expect(s().lastError).toEqual({
      code: "server-too-old",
      message: "Restart the gateway.",
      params: { page: PROTOCOL_VERSION, gateway: 2 },
    });
  });

  it("ignores command:ok and records command:error with its diagnostics", () => {
    s().applyServerMessage({ type: "command:ok", requestId: "r1" });
    expect(s().lastError).toBeNull();
    s().applyServerMessage({
      type: "command:error",
      requestId: "r2",
      code: "socket-error",
      message: "No peer.",
      diagnostics: [diagnostic("No peer.")],
    });
    expect(s().lastError).toEqual({
      code: "socket-error",
      message: "No peer.",
      diagnostics: [diagnostic("No peer.")],
    });
    expect(s().runtimeDiagnostics).toHaveLength(1);
  });

  it("follows runtime:state: running, paused, speed and the real endpoints", () => {
    s().applyServerMessage({
      type: "runtime:state",
      running: true,
      paused: true,
      speed: 0.25,
      endpoints: { "ipc://x": "/tmp/zmqpg-1/x" },
    });
    expect(s().run).toEqual({
      status: "running",
      paused: true,
      speed: 0.25,
      endpoints: { "ipc://x": "/tmp/zmqpg-1/x" },
    });
    s().applyServerMessage(tick({ sockets: [{ id: "a", sent: 1, received: 0, errors: 0 }] }));
    s().applyServerMessage(state(false));
    expect(s().run.status).toBe("stopped");
    expect(s().live.sockets).toEqual({});
  });

  it("copies exact counters from runtime:tick, keyed by socket and link id", () => {
    s().applyServerMessage(
      tick({
        seq: 7,
        at: 1000,
        sockets: [{ id: "producer", sent: 10, received: 0, errors: 0 }],
        links: [
          {
            connector: "consumer-1-in",
            endpoint: ep,
            binder: "producer",
            state: "connected",
            toBinder: 0,
            toConnector: 5,
          },
        ],
      }),
    );
    expect(s().live.tickSeq).toBe(7);
    expect(s().live.sockets.producer).toMatchObject({ sent: 10, received: 0 });
    expect(s().live.links[`consumer-1-in|${ep}`]).toMatchObject({
      state: "connected",
      toConnector: 5,
    });
  });

  it("replaces diagnostics from a deploy and adds those found while running, once each", () => {
    s().applyServerMessage({
      type: "topology:diagnostics",
      source: "deploy",
      diagnostics: [diagnostic("a")],
    });
    s().applyServerMessage({
      type: "topology:diagnostics",
      source: "runtime",
      diagnostics: [diagnostic("b"), diagnostic("a")],
    });
    expect(s().runtimeDiagnostics.map((d) => d.message)).toEqual(["a", "b"]);
    s().applyServerMessage({
      type: "topology:diagnostics",
      source: "deploy",
      diagnostics: [],
    });
    expect(s().runtimeDiagnostics).toEqual([]);
  });
});

describe("rates and bounds", () => {
  const producerAt = (at: number, sent: number) =>
    tick({ at, sockets: [{ id: "producer", sent, received: 0, errors: 0 }] });

  it("measures the send rate over the last two seconds and reads zero once nothing moves", () => {
    // 50 messages a second, ticked every 100 ms for three seconds.
    for (let i = 1; i <= 30; i++) s().applyServerMessage(producerAt(i * 100, i * 5));
    expect(s().live.sockets.producer?.sendRate).toBeCloseTo(50);
    // Paused: the counter stands still. One second in, half the window was busy.
    for (let i = 31; i <= 40; i++) s().applyServerMessage(producerAt(i * 100, 150));
    expect(s().live.sockets.producer?.sendRate).toBeCloseTo(25);
    for (let i = 41; i <= 50; i++) s().applyServerMessage(producerAt(i * 100, 150));
    expect(s().live.sockets.producer?.sendRate).toBe(0);
    expect(s().live.sockets.producer?.sent).toBe(150);
    expect(s().live.history.length).toBeLessThanOrEqual(22);
  });

  it("smooths bursty ticks: the rate does not jump with each tick's count", () => {
    // 10 messages every 200 ms (50/s), ticks every 100 ms: every other tick brings nothing.
    for (let i = 1; i <= 40; i++)
      s().applyServerMessage(producerAt(i * 100, Math.floor(i / 2) * 10));
    const rates: number[] = [];
    for (let i = 41; i <= 44; i++) {
      s().applyServerMessage(producerAt(i * 100, Math.floor(i / 2) * 10));
      rates.push(s().live.sockets.producer?.sendRate ?? 0);
    }
    for (const r of rates) expect(r).toBeGreaterThan(45);
    for (const r of rates) expect(r).toBeLessThan(55);
  });

  it("keeps a quiet socket's entry, so its node does not re-render", () => {
    s().applyServerMessage(producerAt(100, 5));
    for (let i = 2; i <= 30; i++) s().applyServerMessage(producerAt(i * 100, 5));
    const quiet = s().live.sockets.producer;
    s().applyServerMessage(producerAt(3100, 5));
    expect(s().live.sockets.producer).toBe(quiet);
    s().applyServerMessage(producerAt(3200, 6));
    expect(s().live.sockets.producer).not.toBe(quiet);
  });

  it("keeps the newest 500 samples and events, and counts dropped samples", () => {
    const many = Array.from({ length: 300 }, (_, i) => sample(i));
    s().applyServerMessage(tick({ samples: many, droppedSamples: 3 }));
    s().applyServerMessage(
      tick({ samples: many.map((x) => ({ ...x, seq: x.seq + 300 })), droppedSamples: 4 }),
    );
    expect(s().samples).toHaveLength(SAMPLE_LIMIT);
    expect(s().samples[0]?.seq).toBe(100);
    expect(s().samples.at(-1)?.seq).toBe(599);
    expect(s().droppedSamples).toBe(7);
    const event = { at: 0, level: "info", kind: "handshake", message: "up" } as const;
    for (let i = 0; i < 6; i++)
      s().applyServerMessage(tick({ events: Array.from({ length: 100 }, () => event) }));
    expect(s().events).toHaveLength(EVENT_LIMIT);
  });
});

describe("commands", () => {
  it("deploys the document: deploying, then running on command:ok", async () => {
    const run = s().runTopology();
    expect(s().run.status).toBe("deploying");
    expect(gateway.sent[0]).toEqual({ type: "topology:deploy", topology: s().topology });
    gateway.answer();
    await expect(run).resolves.toEqual({ ok: true });
    expect(s().run.status).toBe("running");
    expect(s().deployedTopology).toBe(s().topology);
  });

  it("goes back to stopped when the deploy is refused, with the gateway's diagnostics", async () => {
    const run = s().runTopology();
    s().applyServerMessage({
      type: "command:error",
      requestId: "r1",
      code: "invalid-topology",
      message: "Address already in use",
      diagnostics: [diagnostic("Address already in use")],
    });
    gateway.answer({ ok: false, code: "invalid-topology", message: "Address already in use" });
    await expect(run).resolves.toMatchObject({ ok: false, code: "invalid-topology" });
    expect(s().run.status).toBe("stopped");
    expect(s().runtimeDiagnostics[0]?.message).toBe("Address already in use");
    expect(s().lastError?.code).toBe("invalid-topology");
  });

  it("reports a command that never reached the gateway", async () => {
    const run = s().runTopology();
    gateway.answer({ ok: false, code: "disconnected", message: "Not connected." });
    await run;
    expect(s().run.status).toBe("stopped");
    expect(s().lastError).toEqual({ code: "disconnected", message: "Not connected." });
  });

  it("stops: stopping, then stopped with the counters cleared", async () => {
    s().applyServerMessage(state(true));
    s().applyServerMessage(tick({ sockets: [{ id: "a", sent: 1, received: 0, errors: 0 }] }));
    const stop = s().stopTopology();
    expect(s().run.status).toBe("stopping");
    // The gateway's runtime:state may still say running before it answers.
    s().applyServerMessage(state(true));
    expect(s().run.status).toBe("stopping");
    gateway.answer();
    await stop;
    expect(s().run.status).toBe("stopped");
    expect(s().live.sockets).toEqual({});
  });

  it("sends pause, resume, step, speed, manual sends, kill and restart as commands", async () => {
    const results = [
      s().pause(),
      s().resume(),
      s().step(),
      s().setSpeed(0.1),
      s().sendManual("producer", ["hi"]),
      s().killProcess("consumer-1"),
      s().restartProcess("consumer-1"),
    ];
    expect(s().run.speed).toBe(0.1);
    expect(gateway.sent).toEqual([
      { type: "runtime:pause" },
      { type: "runtime:resume" },
      { type: "runtime:step" },
      { type: "runtime:speed", factor: 0.1 },
      { type: "socket:send", socketId: "producer", frames: ["hi"] },
      { type: "process:kill", processId: "consumer-1" },
      { type: "process:restart", processId: "consumer-1" },
    ]);
    for (let i = 0; i < 6; i++) gateway.answer();
    gateway.answer({ ok: false, code: "not-running", message: "Press Run first." });
    const answers = await Promise.all(results);
    expect(answers.slice(0, 6).every((a) => a.ok)).toBe(true);
    expect(answers[6]).toEqual({ ok: false, code: "not-running", message: "Press Run first." });
  });
});
