import type { MessageSample, ServerMessage } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { fixture } from "../test-support/fixtures.js";
import { tick } from "../test-support/fake-gateway.js";
import { Recorder, RECORDER_LIMITS } from "./recorder.js";
import { parseRecording } from "./schema.js";

const START = Date.UTC(2025, 2, 1, 10, 0, 0);
const topology = fixture("pipeline");
const state: ServerMessage = {
  type: "runtime:state",
  running: true,
  paused: false,
  speed: 1,
  endpoints: {},
};
const sample = (seq: number): MessageSample => ({
  seq,
  at: seq,
  from: "producer",
  to: "collector",
  link: null,
  direction: null,
  frames: [{ text: `m${seq}`, hex: "", size: 2, truncated: false }],
});

describe("Recorder", () => {
  it("keeps the run's telemetry with the time it came, and nothing else", () => {
    const r = new Recorder(topology, START);
    r.add(state, START);
    r.add({ type: "command:ok", requestId: "r1" }, START + 5);
    r.add(tick({ seq: 3, at: 900 }), START + 120.4);
    r.add({ type: "topology:diagnostics", source: "runtime", diagnostics: [] }, START + 130);
    const recording = r.finish(START + 2_000);
    expect(recording.frames.map((f) => [f.t, f.message.type])).toEqual([
      [0, "runtime:state"],
      [120, "runtime:tick"],
      [130, "topology:diagnostics"],
    ]);
    expect(recording).toMatchObject({
      format: "zmq-recording",
      version: 1,
      startedAt: "2025-03-01T10:00:00.000Z",
      durationMs: 2_000,
    });
    expect(parseRecording(recording).ok).toBe(true);
  });

  it("stops at the duration limit and says so; the recording ends at the limit", () => {
    const limits = { ...RECORDER_LIMITS, maxDurationMs: 1_000 };
    const r = new Recorder(topology, START, limits);
    expect(r.add(tick({ seq: 1 }), START + 999)).toBeNull();
    expect(r.add(tick({ seq: 2 }), START + 1_001)).toBe("duration");
    expect(r.add(tick({ seq: 3 }), START + 1_002)).toBe("duration");
    expect(r.stoppedBy).toBe("duration");
    const recording = r.finish(START + 5_000);
    expect(recording.frames).toHaveLength(1);
    expect(recording.durationMs).toBe(1_000);
  });

  it("stops at the frame limit", () => {
    const r = new Recorder(topology, START, { ...RECORDER_LIMITS, maxFrames: 3 });
    const results = [1, 2, 3, 4].map((seq) => r.add(tick({ seq }), START + seq));
    expect(results).toEqual([null, null, null, "frames"]);
    expect(r.frameCount).toBe(3);
  });

  it("stops before the file would grow past the byte limit", () => {
    const r = new Recorder(topology, START, { ...RECORDER_LIMITS, maxBytes: 1_000 });
    let stopped = null;
    for (let seq = 0; stopped === null && seq < 100; seq += 1) {
      stopped = r.add(tick({ seq, samples: [sample(seq)] }), START + seq);
    }
    expect(stopped).toBe("size");
    expect(r.bytes).toBeLessThanOrEqual(1_000);
    expect(r.frameCount).toBeGreaterThan(1);
  });

  it("keeps a bounded, evenly spread share of a busy tick's samples and counts the rest as dropped", () => {
    const r = new Recorder(topology, START, { ...RECORDER_LIMITS, maxSamplesPerFrame: 4 });
    const samples = Array.from({ length: 10 }, (_, i) => sample(i));
    r.add(tick({ samples, droppedSamples: 5 }), START);
    const kept = r.finish(START + 10).frames[0]?.message;
    expect(kept?.type === "runtime:tick" && kept.samples.map((s) => s.seq)).toEqual([0, 2, 5, 7]);
    expect(kept?.type === "runtime:tick" && kept.droppedSamples).toBe(11);
  });

  it("estimates the saved size close to the real one", () => {
    const r = new Recorder(topology, START);
    for (let seq = 0; seq < 50; seq += 1) {
      r.add(tick({ seq, samples: [sample(seq)] }), START + seq * 100);
    }
    const frames = JSON.stringify(r.finish(START + 5_000).frames);
    expect(Math.abs(r.bytes - frames.length) / frames.length).toBeLessThan(0.25);
  });
});
