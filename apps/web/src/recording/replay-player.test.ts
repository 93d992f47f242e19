import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { RuntimeData } from "../store/server-messages.js";
import { pipelineRecording } from "../test-support/recordings.js";
import { stateAt } from "./replay-engine.js";
import { ReplayPlayer, type PlayerView } from "./replay-player.js";

const recording = pipelineRecording({ seconds: 10 }); // durationMs 10_003
const LINK = "consumer-1-in|tcp://127.0.0.1:5557";

let last: { data: RuntimeData; view: PlayerView } | null = null;
let changes = 0;
const player = () =>
  new ReplayPlayer(recording, (data, view) => {
    last = { data, view };
    changes += 1;
  });

beforeEach(() => {
  vi.useFakeTimers();
  last = null;
  changes = 0;
});
afterEach(() => vi.useRealTimers());

describe("ReplayPlayer", () => {
  it("opens at the start, paused, with the recorded run already shown", () => {
    const p = player();
    expect(p.view).toEqual({ position: 0, playing: false, speed: 1 });
    expect(p.data.run.status).toBe("running");
    expect(p.data.live.sockets).toEqual({});
  });

  it("plays in real time at 1x: half the recording after half its length", () => {
    const p = player();
    p.play();
    vi.advanceTimersByTime(5_000);
    expect(last?.view.playing).toBe(true);
    expect(last?.view.position).toBe(5_000);
    expect(last?.data.live.sockets["producer"]?.sent).toBe(49); // the tick at 4_903 ms
    vi.advanceTimersByTime(5_100);
    expect(last?.view).toEqual({ position: 10_003, playing: false, speed: 1 });
  });

  it("takes half the wall time at 2x", () => {
    const p = player();
    p.setSpeed(2);
    p.play();
    vi.advanceTimersByTime(4_900);
    expect(last?.view.playing).toBe(true);
    expect(last?.view.position).toBe(9_800);
    vi.advanceTimersByTime(200); // 5_100 ms of wall time for 10_003 ms of recording

    expect(last?.view).toEqual({ position: 10_003, playing: false, speed: 2 });
  });

  it("plays to the same counters as seeking straight to the end", () => {
    const p = player();
    p.setSpeed(4);
    p.play();
    vi.advanceTimersByTime(3_000);
    expect(p.view.playing).toBe(false);
    expect(p.data).toEqual(stateAt(recording, recording.durationMs));
    expect(p.data.live.links[LINK]?.toConnector).toBe(50);
  });

  it("scrubs back to smaller counters, and forward again to the same ones as playing", () => {
    const p = player();
    p.seek(recording.durationMs);
    const end = p.data;
    p.seek(5_003);
    expect(p.data.live.links[LINK]?.toConnector).toBe(25);
    expect(p.data).toEqual(stateAt(recording, 5_003));
    p.play();
    vi.advanceTimersByTime(6_000);
    expect(p.data).toEqual(end);
  });

  it("pauses where it is and resumes from there; changing speed while playing keeps the position", () => {
    const p = player();
    p.play();
    vi.advanceTimersByTime(2_000);
    p.pause();
    vi.advanceTimersByTime(3_000);
    expect(p.view).toEqual({ position: 2_000, playing: false, speed: 1 });
    p.play();
    vi.advanceTimersByTime(1_000);
    p.setSpeed(0.5);
    vi.advanceTimersByTime(1_000);
    expect(p.view.position).toBe(3_500);
  });

  it("starts again from the beginning when Play is pressed at the end", () => {
    const p = player();
    p.seek(1e9);
    expect(p.view.position).toBe(recording.durationMs);
    p.play();
    expect(p.view.position).toBe(0);
    expect(p.view.playing).toBe(true);
    p.dispose();
  });

  it("hands the store at most ten updates a second while playing", () => {
    const p = player();
    p.setSpeed(4);
    p.play();
    const before = changes;
    vi.advanceTimersByTime(1_000);
    expect(changes - before).toBeLessThanOrEqual(10);
    p.dispose();
  });
});
