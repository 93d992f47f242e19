import { existsSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createHarness, until } from "./test-harness.js";
import { pushPull, sampleOn } from "./test-doubles.js";

beforeEach(() => {
  // setImmediate stays real: `until` uses it to let promises and file I/O run.
  vi.useFakeTimers({
    toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval", "performance"],
  });
});
afterEach(() => {
  vi.useRealTimers();
});

async function deployed(limits: Parameters<typeof createHarness>[0] = {}) {
  const h = createHarness(limits);
  const page = await h.hello();
  page.receive({ type: "topology:deploy", requestId: "d1", topology: pushPull() });
  await until(() => page.last("command:ok")?.requestId === "d1");
  const runtime = h.runtimes[0];
  if (!runtime) throw new Error("no runtime");
  return { ...h, page, runtime };
}

describe("a session", () => {
  it("greets a new page with its id, its limits and an idle state", async () => {
    const h = createHarness();
    const page = await h.hello();
    const welcome = page.last("session:welcome");
    expect(welcome).toMatchObject({
      resumed: false,
      limits: { maxSamplesPerTick: 64, tickIntervalMs: 50 },
    });
    expect(page.last("runtime:state")).toMatchObject({ running: false, paused: false, speed: 1 });
    expect(h.runtimes[0]?.options.ipcDir).toMatch(/zmqpg-/);
    await h.registry.closeAll();
  });

  it("deploys, reports the real endpoints and starts ticking", async () => {
    const { page, runtime, registry } = await deployed();
    expect(runtime.calls).toContain("deploy:2");
    expect(page.last("runtime:state")).toMatchObject({
      running: true,
      endpoints: { "ipc://a": expect.stringContaining("zmqpg-") },
    });
    runtime.sockets = [{ id: "push", sent: 1, received: 0, errors: 0 }];
    vi.advanceTimersByTime(50);
    expect(page.last("runtime:tick")?.sockets).toEqual([
      { id: "push", sent: 1, received: 0, errors: 0 },
    ]);
    await registry.closeAll();
  });

  it("batches everything the runtime reports in one interval into one tick", async () => {
    const { page, runtime, registry } = await deployed();
    const before = page.ofType("runtime:tick").length;
    for (let i = 0; i < 10; i += 1) runtime.emitSample(sampleOn("l1", i));
    runtime.emitEvent({ at: 1, level: "info", kind: "handshake", message: "up" });
    vi.advanceTimersByTime(50);
    const ticks = page.ofType("runtime:tick").slice(before);
    expect(ticks).toHaveLength(1);
    expect(ticks[0]?.samples).toHaveLength(10);
    expect(ticks[0]?.events).toHaveLength(1);
    await registry.closeAll();
  });

  it("caps the samples of a tick, counts the rest, and keeps every link represented", async () => {
    const { page, runtime, registry } = await deployed();
    for (let i = 0; i < 200; i += 1) runtime.emitSample(sampleOn("busy", i));
    for (let i = 200; i < 203; i += 1) runtime.emitSample(sampleOn("quiet", i));
    runtime.emitSample(sampleOn(null, 203));
    vi.advanceTimersByTime(50);
    const tick = page.last("runtime:tick");
    expect(tick?.samples).toHaveLength(64);
    expect(tick?.droppedSamples).toBe(204 - 64);
    expect(tick?.samples.filter((s) => s.link === "quiet")).toHaveLength(3);
    expect(tick?.samples.filter((s) => s.link === null)).toHaveLength(1);
    await registry.closeAll();
  });

  it("caps the events of a tick and counts the rest", async () => {
    const { page, runtime, registry } = await deployed({ maxEventsPerTick: 5 });
    for (let i = 0; i < 12; i += 1)
      runtime.emitEvent({ at: i, level: "warning", kind: "connect:retry", message: "retry" });
    vi.advanceTimersByTime(50);
    expect(page.last("runtime:tick")).toMatchObject({ droppedEvents: 7 });
    expect(page.last("runtime:tick")?.events).toHaveLength(5);
    await registry.closeAll();
  });

  it("drops ticks while the page reads slowly, and says how much it missed", async () => {
    const { page, runtime, registry, limits } = await deployed();
    const before = page.ofType("runtime:tick").length;
    page.bufferedAmount = limits.maxBufferedBytes + 1;
    for (let i = 0; i < 5; i += 1) runtime.emitSample(sampleOn("l1", i));
    vi.advanceTimersByTime(500);
    expect(page.ofType("runtime:tick").length).toBe(before);
    page.bufferedAmount = 0;
    runtime.emitSample(sampleOn("l1", 99));
    vi.advanceTimersByTime(50);
    expect(page.last("runtime:tick")).toMatchObject({
      droppedSamples: 5,
      samples: [expect.objectContaining({ seq: 99 })],
    });
    await registry.closeAll();
  });

  it("stays quiet while nothing changes, but ticks once a second to show it is alive", async () => {
    const { page, registry } = await deployed();
    vi.advanceTimersByTime(50);
    const before = page.ofType("runtime:tick").length;
    vi.advanceTimersByTime(1000);
    expect(page.ofType("runtime:tick").length - before).toBe(1);
    await registry.closeAll();
  });

  it("passes diagnostics the runtime raises while running on to the page", async () => {
    const { page, runtime, registry } = await deployed();
    runtime.emitDiagnostic({
      severity: "error",
      code: "runtime-error",
      message: "bind failed",
      sockets: ["push"],
    });
    vi.advanceTimersByTime(50);
    expect(page.last("topology:diagnostics")).toMatchObject({
      source: "runtime",
      diagnostics: [{ message: "bind failed" }],
    });
    await registry.closeAll();
  });

  it("sends a final tick on stop, tears down, and stops ticking", async () => {
    const { page, runtime, registry } = await deployed();
    runtime.sockets = [{ id: "push", sent: 7, received: 0, errors: 0 }];
    page.receive({ type: "topology:stop", requestId: "s1" });
    await until(() => page.last("command:ok")?.requestId === "s1");
    expect(page.last("runtime:tick")?.sockets[0]?.sent).toBe(7);
    expect(runtime.calls).toContain("teardown");
    expect(page.last("runtime:state")).toMatchObject({ running: false });
    const after = page.ofType("runtime:tick").length;
    vi.advanceTimersByTime(2000);
    expect(page.ofType("runtime:tick").length).toBe(after);
    await registry.closeAll();
  });
});

describe("resuming", () => {
  it("gives a reloaded page its running session back within the grace period", async () => {
    const { page, runtime, hello, registry } = await deployed();
    const sessionId = page.last("session:welcome")?.sessionId;
    page.drop();
    vi.advanceTimersByTime(29_000);
    const again = await hello(sessionId === undefined ? {} : { sessionId });
    expect(again.last("session:welcome")).toMatchObject({ sessionId, resumed: true });
    expect(again.last("runtime:state")).toMatchObject({ running: true });
    expect(runtime.tornDown).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(runtime.tornDown).toBe(0);
    await registry.closeAll();
  });

  it("tears the session down and removes its ipc folder when nobody resumes it", async () => {
    const { page, runtime, registry } = await deployed();
    page.drop();
    vi.advanceTimersByTime(30_000);
    await until(() => runtime.tornDown === 1 && !existsSync(runtime.options.ipcDir));
    expect(registry.size).toBe(0);
  });

  it("starts a fresh session for an id that expired", async () => {
    const h = createHarness();
    const page = await h.hello({ sessionId: "gone" });
    expect(page.last("session:welcome")).toMatchObject({ resumed: false });
    expect(page.last("session:welcome")?.sessionId).not.toBe("gone");
    await h.registry.closeAll();
  });

  it("moves a session to the tab that resumed it and closes the other", async () => {
    const h = createHarness();
    const first = await h.hello();
    const sessionId = first.last("session:welcome")?.sessionId ?? "";
    const second = await h.hello({ sessionId });
    expect(second.last("session:welcome")).toMatchObject({ resumed: true });
    expect(first.closed?.code).toBe(4001);
    await h.registry.closeAll();
  });
});
