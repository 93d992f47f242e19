import { describe, expect, it } from "vitest";
import { pipelineRecording } from "../test-support/recordings.js";
import {
  looksLikeRecording,
  parseRecording,
  parseRecordingText,
  serializeRecording,
} from "./schema.js";

const good = pipelineRecording({ seconds: 1 });

describe("the recording format", () => {
  it("round-trips through its saved text", () => {
    const text = serializeRecording(good);
    const parsed = parseRecordingText(text);
    expect(parsed).toEqual({ ok: true, recording: good });
    expect(text.startsWith('{\n  "format": "zmq-recording",\n  "version": 1,')).toBe(true);
    // One frame per line: a diff or grep reads it.
    expect(text.split("\n").filter((l) => l.startsWith('    {"t":'))).toHaveLength(
      good.frames.length,
    );
  });

  it("round-trips a recording with no frames", () => {
    const empty = { ...good, frames: [], durationMs: 0 };
    expect(parseRecordingText(serializeRecording(empty))).toEqual({ ok: true, recording: empty });
  });

  const cases: [string, unknown, string][] = [
    ["another format", { ...good, format: "zmq-topology" }, "format"],
    ["a newer version", { ...good, version: 2 }, "version"],
    ["an unknown key (the format is strict)", { ...good, $schema: "x" }, ""],
    [
      "a bad topology",
      { ...good, topology: { ...good.topology, sockets: "no" } },
      "topology.sockets",
    ],
    ["a bad start time", { ...good, startedAt: "yesterday" }, "startedAt"],
    [
      "a frame that is not a server message",
      { ...good, frames: [{ t: 0, message: { type: "socket:send" } }] },
      "frames.0.message.type",
    ],
    [
      "frames out of time order",
      { ...good, frames: [good.frames[2], good.frames[1]] },
      "frames.1.t",
    ],
    [
      "a frame after the end",
      { ...good, durationMs: 50, frames: good.frames.slice(0, 3) },
      "frames.2.t",
    ],
    ["a negative time", { ...good, frames: [{ ...good.frames[0], t: -1 }] }, "frames.0.t"],
  ];

  it.each(cases)("refuses %s and says where", (_, value, path) => {
    const result = parseRecording(value);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.map((p) => p.path ?? "")).toContain(path);
  });

  it("refuses text that is not JSON, in words", () => {
    const result = parseRecordingText("{ nope");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]?.message).toMatch(/not valid JSON/);
  });

  it("is told apart from a topology by its format field", () => {
    expect(looksLikeRecording(good)).toBe(true);
    expect(looksLikeRecording(good.topology)).toBe(false);
    expect(looksLikeRecording(null)).toBe(false);
    expect(looksLikeRecording([good])).toBe(false);
  });
});
