import type { MessageSample } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { linkTarget } from "./live-target.js";
import { messagesFor } from "./message-filter.js";

const LINK = "client|tcp://127.0.0.1:5555";
let seq = 0;
const sample = (from: string | null, to: string, link: string | null): MessageSample => ({
  seq: seq++,
  at: seq * 10,
  from,
  to,
  link,
  direction: link ? "toBinder" : null,
  frames: [],
});

// Oldest first, as the store keeps them.
const samples = [
  sample("client", "server", LINK),
  sample("server", "client", LINK),
  sample(null, "server", null),
  sample("other", "sink", "other|tcp://127.0.0.1:6000"),
  sample("client", "server", LINK),
];

describe("messagesFor", () => {
  it("lists what a socket received and sent, newest first", () => {
    const found = messagesFor(samples, { kind: "socket", id: "server" });
    expect(found.map((s) => s.seq)).toEqual([4, 2, 1, 0]);
  });

  it("includes an outside program's messages on the receiving socket", () => {
    const found = messagesFor(samples, { kind: "socket", id: "server" });
    expect(found.some((s) => s.from === null)).toBe(true);
  });

  it("lists what crossed a link in either direction", () => {
    const target = linkTarget(LINK, "server");
    if (!target) throw new Error("link id should parse");
    expect(messagesFor(samples, target).map((s) => s.seq)).toEqual([4, 1, 0]);
  });

  it("lists a process's sockets' messages", () => {
    const found = messagesFor(samples, { kind: "process", id: "p", sockets: ["sink"] });
    expect(found.map((s) => s.seq)).toEqual([3]);
  });

  it("stops at the limit, keeping the newest", () => {
    expect(messagesFor(samples, { kind: "all" }, 2).map((s) => s.seq)).toEqual([4, 3]);
    expect(messagesFor([], { kind: "all" })).toEqual([]);
  });
});
