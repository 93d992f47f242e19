import type { MessageSample } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { initialFrames, recentPeers } from "./send-frames.js";

const frame = (text: string) => ({ text, hex: "", size: text.length, truncated: false });
const sample = (to: string, first: string): MessageSample => ({
  seq: 0,
  at: 0,
  from: null,
  to,
  link: null,
  direction: null,
  frames: [frame(first), frame("body")],
});

describe("recentPeers", () => {
  it("lists the identities a ROUTER heard from, newest first, once each", () => {
    const samples = [
      sample("server", "dealer-a"),
      sample("server", "dealer-b"),
      sample("other", "x"),
      sample("server", "dealer-a"),
    ];
    expect(recentPeers(samples, "server")).toEqual(["dealer-a", "dealer-b"]);
  });

  it("leaves out identities that cannot be typed", () => {
    const samples = [sample("server", "\ufffd\ufffd\ufffd\ufffd"), sample("server", "")];
    expect(recentPeers(samples, "server")).toEqual([]);
  });
});

describe("initialFrames", () => {
  it("starts a ROUTER's message with a peer it knows", () => {
    expect(initialFrames({ id: "r", type: "ROUTER" }, ["dealer-a"], "hello")).toEqual([
      "dealer-a",
      "hello",
    ]);
    expect(initialFrames({ id: "r", type: "ROUTER" }, [], "hello")).toEqual(["", "hello"]);
  });

  it("starts a PUB's message with its topic", () => {
    const pub = {
      id: "p",
      type: "PUB" as const,
      behavior: { send: { everyMs: 1, frames: ["weather {seq}"] } },
    };
    expect(initialFrames(pub, [], "hello")).toEqual(["weather ", "hello"]);
  });

  it("starts other types with one frame", () => {
    expect(initialFrames({ id: "d", type: "DEALER" }, [], "hello")).toEqual(["hello"]);
  });
});
