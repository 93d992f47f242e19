import { afterEach, describe, expect, it, vi } from "vitest";
import { renderSample, type RuntimeSample } from "../runtime/index.js";
import { SampleBuffer, sampleBytes } from "./sample-buffer.js";

function sample(link: string | null, seq: number, frames = 1, text = "task"): RuntimeSample {
  const head = Buffer.from(text);
  return {
    seq,
    at: seq,
    from: "a",
    to: "b",
    link,
    direction: "toBinder",
    heads: Array.from({ length: frames }, () => head),
    sizes: Array.from({ length: frames }, () => head.length),
  };
}

/** Offer `count` messages on `link` the way the runtime does: ask, then build if wanted. */
function offer(buffer: SampleBuffer, link: string | null, count: number, seq = 0): number {
  let wanted = 0;
  for (let i = 0; i < count; i += 1) {
    if (!buffer.wants(link, "b")) continue;
    buffer.add(sample(link, seq + i));
    wanted += 1;
  }
  return wanted;
}

describe("the sample buffer", () => {
  it("hands out everything when under the caps, oldest first", () => {
    const buffer = new SampleBuffer(64, 1_000_000);
    for (const seq of [3, 1, 2]) buffer.add(sample("l", seq));
    expect(buffer.drain()).toEqual({
      samples: [1, 2, 3].map((seq) => renderSample(sample("l", seq))),
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
    const big = renderSample(sample("l", 0, 16, "x".repeat(64)));
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
  it("refuses a busy link once it holds a tick's worth, and counts every refusal", () => {
    const buffer = new SampleBuffer(4, 1_000_000);
    // One busy link used to be asked forever: its extra samples were thrown away uncounted.
    expect(offer(buffer, "busy", 100)).toBe(4);
    const { samples, dropped } = buffer.drain();
    expect(samples).toHaveLength(4);
    expect(dropped).toBe(96);
    expect(buffer.wants("busy", "b")).toBe(true);
  });

  it("keeps taking samples of quiet links while a busy link has its share", () => {
    const buffer = new SampleBuffer(8, 1_000_000);
    expect(offer(buffer, "busy", 100)).toBe(8);
    expect(offer(buffer, "quiet", 2, 100)).toBe(2);
    expect(offer(buffer, null, 1, 200)).toBe(1);
    const seqs = buffer.drain().samples.map((s) => s.seq);
    expect(seqs).toEqual(expect.arrayContaining([100, 101, 200]));
  });

  it("holds four caps' worth in all, then a few more from each link it has not seen", () => {
    const buffer = new SampleBuffer(8, 1_000_000);
    for (const link of ["a", "b", "c", "d"]) expect(offer(buffer, link, 20)).toBe(8);
    // The budget (32) is spent: a fifth busy link still shows up, with four samples.
    expect(offer(buffer, "e", 20)).toBe(4);
    const { samples, dropped } = buffer.drain();
    expect(new Set(samples.map((s) => s.link))).toEqual(new Set(["a", "b", "c", "d", "e"]));
    expect(samples.length + dropped).toBe(100);
  });

  it("counts a refused sample once when another listener made the runtime build it anyway", () => {
    const buffer = new SampleBuffer(1, 1_000_000);
    buffer.add(sample("l", 0));
    expect(buffer.wants("l", "b")).toBe(false);
    buffer.add(sample("l", 1));
    // Two samples arrived, one is sent.
    expect(buffer.drain()).toMatchObject({ dropped: 1 });
  });
});

describe("rendering", () => {
  afterEach(() => vi.restoreAllMocks());

  it("makes text and hex only for the samples a tick sends", () => {
    const buffer = new SampleBuffer(4, 1_000_000);
    const toString = vi.spyOn(Buffer.prototype, "toString");
    for (let i = 0; i < 50; i += 1) buffer.add(sample(`l${i % 10}`, i));
    expect(toString).not.toHaveBeenCalled();
    const { samples } = buffer.drain();
    expect(samples).toHaveLength(4);
    expect(toString.mock.calls.filter(([encoding]) => encoding === "hex")).toHaveLength(4);
  });
});
