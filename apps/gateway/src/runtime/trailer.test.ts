import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FOREIGN_SOURCE,
  NO_SOURCE,
  stripTrailer,
  TRAILER_BYTES,
  TrailerWriter,
} from "./trailer.js";

const TOKEN = 0xdeadbeef;
const MAGIC = Buffer.from("zpt\x01", "latin1");

describe("the trace trailer", () => {
  it("round-trips as an extra last frame and leaves the frames as they were", () => {
    fc.assert(
      fc.property(
        fc.array(fc.uint8Array({ maxLength: 64 }), { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (parts, source) => {
          const frames = parts.map((p) => Buffer.from(p));
          const writer = new TrailerWriter(TOKEN, source);
          const sent = [...frames, Buffer.from(writer.next())];
          expect(stripTrailer(sent, TOKEN)).toBe(source);
          expect(sent).toEqual(frames);
        },
      ),
    );
  });

  it("round-trips inside a single-part payload", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.nat(1000), (payload, source) => {
        const sent = [new TrailerWriter(TOKEN, source).append(Buffer.from(payload))];
        expect(stripTrailer(sent, TOKEN)).toBe(source);
        expect(sent).toEqual([Buffer.from(payload)]);
      }),
    );
  });

  it("leaves ordinary messages alone", () => {
    fc.assert(
      fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 5 }), (parts) => {
        const frames = parts.map((p) => Buffer.from(p));
        const copy = frames.map((f) => Buffer.from(f));
        // Random bytes carry the magic one time in four billion; skip that case.
        fc.pre(!frames.some((f) => f.includes(MAGIC)));
        expect(stripTrailer(frames, TOKEN)).toBe(NO_SOURCE);
        expect(frames).toEqual(copy);
      }),
    );
  });

  it("strips a trailer from another runtime without trusting its source", () => {
    const frames = [Buffer.from("x"), Buffer.from(new TrailerWriter(1234, 7).next())];
    expect(stripTrailer(frames, TOKEN)).toBe(FOREIGN_SOURCE);
    expect(frames).toEqual([Buffer.from("x")]);
  });

  it("numbers messages and reuses one buffer per socket", () => {
    const writer = new TrailerWriter(TOKEN, 3);
    const first = writer.next();
    expect(first.readUInt32BE(12)).toBe(1);
    expect(writer.next()).toBe(first);
    expect(first.readUInt32BE(12)).toBe(2);
    expect(first).toHaveLength(TRAILER_BYTES);
  });
});
