import { describe, expect, it } from "vitest";
import { splitEnvelope } from "./envelope.js";

const frames = (...texts: string[]) => texts.map((t) => Buffer.from(t));
const texts = (buffers: Buffer[]) => buffers.map(String);

describe("routing envelopes", () => {
  it("keeps a REQ peer's identity and delimiter in front of a ROUTER's reply", () => {
    const { envelope, body } = splitEnvelope(frames("id", "", "hello"), 1);
    expect([texts(envelope), texts(body)]).toEqual([["id", ""], ["hello"]]);
  });

  it("keeps only the identity for a DEALER peer", () => {
    const { envelope, body } = splitEnvelope(frames("id", "a", "b"), 1);
    expect([texts(envelope), texts(body)]).toEqual([["id"], ["a", "b"]]);
  });

  it("keeps a broker's stacked identities", () => {
    const { envelope, body } = splitEnvelope(frames("worker", "client", "", "job"), 1);
    expect([texts(envelope), texts(body)]).toEqual([["worker", "client", ""], ["job"]]);
  });

  it("gives a DEALER the whole message as body when there is no envelope", () => {
    const { envelope, body } = splitEnvelope(frames("a", "b"), 0);
    expect([texts(envelope), texts(body)]).toEqual([[], ["a", "b"]]);
  });
});
