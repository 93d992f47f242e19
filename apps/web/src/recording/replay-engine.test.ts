import { describe, expect, it } from "vitest";
import { pipelineRecording } from "../test-support/recordings.js";
import { SAMPLE_LIMIT } from "../store/server-messages.js";
import { applyFrames, frameIndexAfter, replayStart, stateAt } from "./replay-engine.js";
import type { Recording } from "./schema.js";

/** Every frame up to `t`, one after another, as a live page would have applied them. */
function straightPlay(recording: Recording, t: number) {
  const end = frameIndexAfter(recording.frames, t);
  return applyFrames(replayStart(recording), recording.frames, 0, end);
}

describe("frameIndexAfter", () => {
  it("finds the first frame later than t, frames at t included before it", () => {
    const frames = [0, 0, 100, 200, 200, 300].map((t) => ({
      t,
      message: { type: "command:ok" as const, requestId: "r" },
    }));
    expect(frameIndexAfter(frames, -1)).toBe(0);
    expect(frameIndexAfter(frames, 0)).toBe(2);
    expect(frameIndexAfter(frames, 199)).toBe(3);
    expect(frameIndexAfter(frames, 200)).toBe(5);
    expect(frameIndexAfter(frames, 1e9)).toBe(6);
  });
});

describe("stateAt (seeking)", () => {
  // 40 samples a tick: the store's sample list (500) is full after 13 ticks, so most
  // ticks' samples are left out of the quick seek.
  const recording = pipelineRecording({ seconds: 30, samplesPerTick: 40 });

  it.each([0, 1, 99, 103, 2_503, 15_000, 29_999, 30_003])(
    "gives the same runtime data at %i ms as playing every frame",
    (t) => {
      expect(stateAt(recording, t)).toEqual(straightPlay(recording, t));
    },
  );

  it("shows exact cumulative counters and the last samples, with rates", () => {
    const data = stateAt(recording, 15_003);
    expect(data.run.status).toBe("running");
    expect(data.live.sockets["producer"]?.sent).toBe(150);
    expect(data.live.sockets["producer"]?.sendRate).toBeCloseTo(10, 5);
    expect(data.samples).toHaveLength(SAMPLE_LIMIT);
    expect(data.samples.at(-1)?.seq).toBe(150 * 40 - 1);
    expect(data.events.at(-1)?.message).toBe("tick 150");
    expect(data.droppedSamples).toBe(Math.floor(150 / 7) * 2);
  });

  it("shows smaller counters earlier in the recording", () => {
    const early = stateAt(recording, 5_003).live.links;
    const late = stateAt(recording, 25_003).live.links;
    const id = "consumer-1-in|tcp://127.0.0.1:5557";
    expect(early[id]?.toConnector).toBe(25);
    expect(late[id]?.toConnector).toBe(125);
  });

  it("starts from nothing running before the first frame", () => {
    const before = stateAt({ ...recording, frames: recording.frames.slice(2) }, 0);
    expect(before.run.status).toBe("stopped");
    expect(before.live.sockets).toEqual({});
    expect(before.deployedTopology).toBe(recording.topology);
  });
});
