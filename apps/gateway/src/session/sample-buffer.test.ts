import type { MessageSample } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { SampleBuffer, sampleBytes } from "./sample-buffer.js";

function sample(link: string | null, seq: number, frames = 1, text = "task"): MessageSample {
  const frame = {
    text,
    hex: Buffer.from(text).toString("hex"),
    size: text.length,
    truncated: false,
  };
  return {
    seq,
    at: seq,
    from: "a",
    to: "b",
    link,
    direction: "toBinder",
    frames: Array.from({ length: frames }, () => frame),
  };
}

describe("the sample buffer", () => {
  it("hands out everything when under the caps, oldest first", () => {
    const buffer = new SampleBuffer(64, 1_000_000);
    for (const seq of [3, 1, 2]) buffer.add(sample("l", seq));
    expect(buffer.drain()).toEqual({
      samples: [sample("l", 1), sample("l", 2), sample("l", 3)],
      dropped: 0,
    });
  });

  it("takes samples in turn from each link", () => {
    const buffer = new SampleBuffer(4, 1_000_000);
    for (let i = 0; i < 10; i += 1) buffer.add(sample("busy", i));
    buffer.add(sample("quiet", 100));
    buffer.add(sample(null, 200));
    const { samples, dropped } = buffer.drain();
    expect(samples.map((s) => s.seq)).toEqual([0, 1, 100, 200]);
    expect(dropped).toBe(8);
  });

  it("stops at the byte budget, however many samples are allowed", () => {
    const big = sample("l", 0, 16, "x".repeat(64));
    const buffer = new SampleBuffer(64, sampleBytes(big) * 3);
    for (let i = 0; i < 64; i += 1) buffer.add(sample("l", i, 16, "x".repeat(64)));
    const { samples, dropped } = buffer.drain();
    expect(samples).toHaveLength(3);
    expect(dropped).toBe(61);
  });

  it("always sends at least one sample, even one above the budget", () => {
    const buffer = new SampleBuffer(64, 10);
    buffer.add(sample("l", 0, 16, "x".repeat(64)));
    expect(buffer.drain().samples).toHaveLength(1);
  });

  it("is empty after a drain", () => {
    const buffer = new SampleBuffer(2, 1_000_000);
    for (let i = 0; i < 5; i += 1) buffer.add(sample("l", i));
    buffer.drain();
    expect(buffer.drain()).toEqual({ samples: [], dropped: 0 });
  });
});

describe("asking before sampling", () => {
  it("wants samples until it holds four caps' worth, then refuses and counts", () => {
    const buffer = new SampleBuffer(2, 1_000_000);
    let wanted = 0;
    for (let i = 0; i < 20; i += 1) {
      if (buffer.wants()) {
        buffer.add(sample(`l${i}`, i));
        wanted += 1;
      }
    }
    expect(wanted).toBe(8);
    const { samples, dropped } = buffer.drain();
    expect(samples).toHaveLength(2);
    expect(dropped).toBe(18);
    expect(buffer.wants()).toBe(true);
  });

  it("counts a refused sample once when another listener made the runtime build it anyway", () => {
    const buffer = new SampleBuffer(1, 1_000_000);
    for (let i = 0; i < 4; i += 1) buffer.add(sample(`l${i}`, i));
    expect(buffer.wants()).toBe(false);
    buffer.add(sample("n", 10));
    // Five samples arrived, one is sent.
    expect(buffer.drain().dropped).toBe(4);
  });
});
