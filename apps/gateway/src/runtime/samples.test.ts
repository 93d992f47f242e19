import { describe, expect, it } from "vitest";
import type { Attribution } from "./link-record.js";
import { messageSample, renderSample, SAMPLE_BYTES } from "./samples.js";

/** The rendering the inspector always had: one character at a time. */
function printableByHand(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = (code < 32 && ch !== "\t" && ch !== "\n" && ch !== "\r") || code === 127;
    out += control ? "\ufffd" : ch;
  }
  return out;
}

const via = { link: { id: "a->tcp://x" }, toBinder: true, from: "a" } as unknown as Attribution;

describe("message samples", () => {
  it("keep a short frame as received and copy only the first bytes of a long one", () => {
    const short = Buffer.from("task 1");
    const long = Buffer.alloc(10_000, "y");
    const sample = messageSample(0, 5, "a", "b", via, [short, long]);
    expect(sample.heads[0]).toBe(short);
    expect(sample.heads[1]).toHaveLength(SAMPLE_BYTES);
    // A copy: the sample must not keep the 10 kB payload alive until the tick.
    expect(sample.heads[1]?.buffer).not.toBe(long.buffer);
    expect(sample.sizes).toEqual([6, 10_000]);
    expect(sample).toMatchObject({ link: "a->tcp://x", direction: "toBinder", from: "a" });
  });

  it("have arrays of their own: a behaviour changing the received frames leaves them alone", () => {
    const frames = [Buffer.alloc(0), Buffer.from("reply")];
    const sample = messageSample(0, 0, null, "dealer", undefined, frames);
    frames.shift();
    expect(renderSample(sample).frames.map((f) => f.text)).toEqual(["", "reply"]);
  });

  it("render as text and hex with the real size, truncated past the first bytes", () => {
    const sample = messageSample(7, 1, "a", "b", via, [Buffer.from("hi"), Buffer.alloc(100, 0x41)]);
    expect(renderSample(sample)).toEqual({
      seq: 7,
      at: 1,
      from: "a",
      to: "b",
      link: "a->tcp://x",
      direction: "toBinder",
      frames: [
        { text: "hi", hex: "6869", size: 2, truncated: false },
        { text: "A".repeat(64), hex: "41".repeat(64), size: 100, truncated: true },
      ],
    });
  });

  it("render control characters but tab and newlines as U+FFFD, as the character loop did", () => {
    const bytes = Buffer.from(Array.from({ length: 128 }, (_, i) => i));
    const mixed = Buffer.concat([Buffer.from("é→😀 \t\r\n"), Buffer.from([0, 0xff, 0x7f])]);
    for (const frame of [bytes.subarray(0, 64), bytes.subarray(64), mixed]) {
      const [rendered] = renderSample(messageSample(0, 0, null, "b", undefined, [frame])).frames;
      expect(rendered?.text).toBe(printableByHand(frame.toString("utf8")));
    }
  });
});
