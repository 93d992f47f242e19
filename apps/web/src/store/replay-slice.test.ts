import type { ServerMessage } from "@zmq-playground/shared";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { AUTOSAVE_KEY, startAutosave } from "../io/autosave.js";
import { parseRecording } from "../recording/schema.js";
import { FakeGateway, LIMITS, tick } from "../test-support/fake-gateway.js";
import { fixture } from "../test-support/fixtures.js";
import { MemoryStorage } from "../test-support/memory-storage.js";
import { pipelineRecording } from "../test-support/recordings.js";
import { createAppStore, type AppStore } from "./app-store.js";

const TASKS = "tcp://127.0.0.1:5557";
const LINK = `consumer-1-in|${TASKS}`;
const running: ServerMessage = {
  type: "runtime:state",
  running: true,
  paused: false,
  speed: 1,
  endpoints: {},
};
const counts = (n: number) =>
  tick({
    seq: n,
    at: n * 100,
    sockets: [{ id: "producer", sent: n, received: 0, errors: 0 }],
    links: [
      {
        connector: "consumer-1-in",
        endpoint: TASKS,
        binder: "producer",
        state: "connected",
        toBinder: 0,
        toConnector: n,
      },
    ],
  });

let gateway: FakeGateway;
let store: AppStore;
const s = () => store.getState();

/** Run the pipeline fixture as if the gateway accepted it. */
async function startRun() {
  const run = s().runTopology();
  gateway.answer();
  await run;
  s().applyServerMessage(running);
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2025, 2, 1, 10, 0, 0));
  gateway = new FakeGateway();
  store = createAppStore(fixture("pipeline"), { gateway });
});
afterEach(() => vi.useRealTimers());

describe("recording", () => {
  it("records only while a topology runs", () => {
    s().startRecording();
    expect(s().recording).toBeNull();
  });

  it("starts from the picture on screen and keeps each message with its time", async () => {
    await startRun();
    s().applyServerMessage(counts(3));
    vi.advanceTimersByTime(1_000);
    s().startRecording();
    vi.advanceTimersByTime(250);
    s().applyServerMessage(counts(5));
    vi.advanceTimersByTime(750);
    const recording = s().stopRecording();
    expect(s().recording).toBeNull();
    expect(recording && parseRecording(recording).ok).toBe(true);
    expect(recording?.durationMs).toBe(1_000);
    expect(recording?.frames.map((f) => [f.t, f.message.type])).toEqual([
      [0, "runtime:state"],
      [0, "topology:diagnostics"],
      [0, "runtime:tick"],
      [250, "runtime:tick"],
    ]);
    expect(recording?.topology).toBe(s().deployedTopology);
    const first = recording?.frames[2]?.message;
    expect(first?.type === "runtime:tick" && first.sockets).toEqual([
      { id: "producer", sent: 3, received: 0, errors: 0 },
    ]);
  });

  it("ends when the run ends, before the message that would clear the counters", async () => {
    await startRun();
    s().startRecording();
    s().applyServerMessage(counts(5));
    s().applyServerMessage({ ...running, running: false });
    s().applyServerMessage(counts(6));
    expect(s().recording?.stoppedBy).toBe("run-ended");
    const last = s().stopRecording()?.frames.at(-1)?.message;
    expect(last?.type === "runtime:tick" && last.seq).toBe(5);
  });

  it("ends when the running topology is edited (a recording carries one topology)", async () => {
    await startRun();
    s().startRecording();
    s().updateSocket("producer", (socket) => ({ ...socket, label: "Producer" }));
    const redeploy = s().runTopology();
    gateway.answer();
    await redeploy;
    s().applyServerMessage(counts(1));
    expect(s().recording?.stoppedBy).toBe("edited");
  });
});

describe("replay", () => {
  const recording = pipelineRecording({ seconds: 10 });

  beforeEach(() => {
    store = createAppStore(fixture("req-rep"), { gateway });
    s().select({ sockets: ["client"] });
    s().openReplay(recording, "pipeline.zmqrec.json");
  });

  it("shows the recorded topology, paused at the start", () => {
    expect(s().topology).toBe(recording.topology);
    expect(s().selection.sockets).toEqual([]);
    expect(s().replay).toMatchObject({ name: "pipeline.zmqrec.json", position: 0, playing: false });
    expect(s().run.status).toBe("running");
  });

  it("plays the counters through the live reducer, and scrubs back", () => {
    s().playReplay();
    vi.advanceTimersByTime(11_000);
    expect(s().replay?.playing).toBe(false);
    expect(s().live.links[LINK]?.toConnector).toBe(50);
    expect(s().live.sockets["producer"]?.sent).toBe(100);
    s().seekReplay(5_003);
    expect(s().live.links[LINK]?.toConnector).toBe(25);
  });

  it("turns editing off: edits, undo and redo change nothing", () => {
    s().updateSocket("producer", (socket) => ({ ...socket, label: "changed" }));
    s().select({ sockets: ["producer"] });
    s().deleteSelection();
    s().autoLayout();
    s().undo();
    expect(s().topology).toBe(recording.topology);
  });

  it("leaves the replay when another document is opened (New, a template, Import)", () => {
    s().newDocument();
    expect(s().replay).toBeNull();
    expect(s().topology.sockets).toEqual([]);
    s().undo();
    expect(s().topology).toEqual(fixture("req-rep"));
  });

  it("sends no command to the gateway and leaves the replayed run as it is", async () => {
    for (const result of await Promise.all([
      s().runTopology(),
      s().stopTopology(),
      s().pause(),
      s().sendManual("producer", ["x"]),
      s().killProcess("worker-1"),
    ])) {
      expect(result).toMatchObject({ ok: false, code: "replay" });
    }
    expect(gateway.sent).toEqual([]);
    expect(s().run.status).toBe("running");
  });

  it("takes the gateway's connection news but not its run data", () => {
    s().seekReplay(5_003);
    s().applyServerMessage({
      type: "session:welcome",
      protocolVersion: 1,
      sessionId: "s1",
      resumed: false,
      limits: LIMITS,
    });
    s().applyServerMessage({ ...running, running: false });
    s().applyServerMessage(counts(1));
    expect(s().connection.status).toBe("open");
    expect(s().live.links[LINK]?.toConnector).toBe(25);
    expect(s().run.status).toBe("running");
  });

  it("gives the document and its undo history back on exit, with nothing running", () => {
    s().exitReplay();
    expect(s().replay).toBeNull();
    expect(s().topology).toEqual(fixture("req-rep"));
    expect(s().selection.sockets).toEqual(["client"]);
    expect(s().run.status).toBe("stopped");
    expect(s().live.sockets).toEqual({});
    expect(s().samples).toEqual([]);
    s().updateSocket("client", (socket) => ({ ...socket, label: "works" }));
    expect(s().topology.sockets.find((x) => x.id === "client")?.label).toBe("works");
  });
});

describe("a recorded run, replayed", () => {
  it("ends on the counters, samples and events the live page showed", async () => {
    const live = pipelineRecording({ seconds: 3, samplesPerTick: 30 });
    await startRun();
    s().startRecording();
    let at = 0;
    for (const frame of live.frames.slice(1)) {
      vi.advanceTimersByTime(frame.t - at);
      at = frame.t;
      s().applyServerMessage(frame.message);
    }
    const seen = { live: s().live, samples: s().samples, events: s().events };
    const recording = s().stopRecording();
    if (!recording) throw new Error("nothing recorded");

    const other = createAppStore(undefined, { gateway: new FakeGateway() });
    other.getState().openReplay(recording, "run");
    other.getState().playReplay();
    vi.advanceTimersByTime(recording.durationMs + 200);
    const { live: replayed, samples, events } = other.getState();
    expect(replayed.sockets).toEqual(seen.live.sockets);
    expect(replayed.links).toEqual(seen.live.links);
    expect(samples).toEqual(seen.samples);
    expect(events).toEqual(seen.events);
  });
});

describe("autosave during a replay", () => {
  it("never saves the replayed topology, even when the page is hidden", () => {
    const storage = new MemoryStorage();
    const page = new EventTarget();
    const stop = startAutosave(store, { storage, page, delayMs: 10 });
    s().openReplay(pipelineRecording({ seconds: 1 }), "run");
    vi.advanceTimersByTime(100);
    page.dispatchEvent(new Event("pagehide"));
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    s().exitReplay();
    vi.advanceTimersByTime(100);
    stop();
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
  });
});
