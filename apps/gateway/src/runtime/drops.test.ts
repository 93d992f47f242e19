import { describe, expect, it } from "vitest";
import type { SocketSpec } from "@zmq-playground/shared";
import { DropCounter, dropsMeasurable, SETTLE_MS } from "./drops.js";
import { Emitter } from "./emitter.js";
import { Gate } from "./gate.js";
import { DEFAULT_LIMITS } from "./limits.js";
import { SocketNode, type NodeEnv } from "./socket-node.js";

const env: NodeEnv = {
  token: 1,
  gate: new Gate(),
  emitter: new Emitter(() => 0),
  limits: DEFAULT_LIMITS,
  now: () => 0,
  node: () => undefined,
  nodeByHandle: () => undefined,
};
let handles = 0;
const node = (spec: Omit<SocketSpec, "id"> & { id?: string }) =>
  new SocketNode({ id: `s${handles}`, ...spec }, (handles += 1), env);

/** The sender sends `n` messages (their trailer ids are committed). */
function send(sender: SocketNode, n: number, at = 0): void {
  for (let i = 0; i < n; i += 1) sender.trailer.commit();
  sender.lastSentAt = at;
}

describe("counting lost messages from trailer ids", () => {
  it("counts the ids the receiver skipped", () => {
    const [push, pull] = [node({ type: "PUSH" }), node({ type: "PULL" })];
    const drops = new DropCounter(push, pull);
    for (const id of [1, 2, 5, 6, 10]) drops.saw(id);
    expect(drops.count(0)).toBe(2 + 3);
  });

  it("ignores a repeated or an older id, and goes on across the 2^32 wrap", () => {
    const [push, pull] = [node({ type: "PUSH" }), node({ type: "PULL" })];
    const drops = new DropCounter(push, pull);
    for (const id of [3, 3, 2, 4]) drops.saw(id);
    expect(drops.count(0)).toBe(2);
    const wrapped = new DropCounter(push, pull);
    for (const id of [2 ** 30, 2 ** 31, 3 * 2 ** 30, 2 ** 32 - 2]) wrapped.saw(id);
    const before = wrapped.count(0);
    // After 2^32 - 1 comes 0: two ids were skipped.
    wrapped.saw(1);
    expect(wrapped.count(0) - before).toBe(2);
  });

  it("counts from the sender's current id: what it sent before the link existed is not lost", () => {
    const [pub, sub] = [node({ type: "PUB" }), node({ type: "SUB" })];
    send(pub, 100);
    const drops = new DropCounter(pub, sub);
    drops.saw(101);
    expect(drops.count(0)).toBe(0);
  });

  it("counts losses after the last arrival once both ends are quiet, and takes back a straggler", () => {
    const [pub, sub] = [node({ type: "PUB" }), node({ type: "SUB" })];
    const drops = new DropCounter(pub, sub);
    send(pub, 10, 1000);
    drops.saw(1);
    sub.lastReceivedAt = 1000;
    sub.receiving = true;
    // Too early: the other nine may still be on their way.
    expect(drops.count(1000 + SETTLE_MS - 1)).toBe(0);
    expect(drops.count(1000 + SETTLE_MS)).toBe(9);
    // Not while the receiver is busy with a message either.
    const busy = new DropCounter(pub, sub);
    sub.receiving = false;
    expect(busy.count(5000)).toBe(0);
    // One of the nine turns up after all; the sender sends again, the next one arrives.
    drops.saw(2);
    expect(drops.count(1000 + SETTLE_MS)).toBe(8);
    send(pub, 5, 2000);
    drops.saw(15);
    expect(drops.count(2000)).toBe(12);
  });
});

describe("where lost messages can be counted", () => {
  const pushType = { type: "PUSH" } as const;
  it.each([
    ["a PUSH with one link", node(pushType), node({ type: "PULL" }), 1, 1, true],
    ["a PUSH with two links (round robin)", node(pushType), node({ type: "PULL" }), 2, 1, false],
    ["two links between the same two sockets", node(pushType), node({ type: "PULL" }), 1, 2, false],
    [
      "a PUB to a SUB taking everything",
      node({ type: "PUB" }),
      node({ type: "SUB", options: { subscribe: [""] } }),
      4,
      1,
      true,
    ],
    [
      "a PUB to a SUB taking one topic",
      node({ type: "PUB" }),
      node({ type: "SUB", options: { subscribe: ["news"] } }),
      1,
      1,
      false,
    ],
    [
      "a PUB to a SUB inverting its match",
      node({ type: "PUB" }),
      node({ type: "SUB", options: { subscribe: [""], invertMatching: true } }),
      1,
      1,
      false,
    ],
    ["a PUB to an XSUB", node({ type: "XPUB" }), node({ type: "XSUB" }), 1, 1, false],
    ["a ROUTER", node({ type: "ROUTER" }), node({ type: "DEALER" }), 1, 1, false],
    ["an XSUB's subscriptions", node({ type: "XSUB" }), node({ type: "XPUB" }), 1, 1, false],
    ["a REQ with one REP", node({ type: "REQ" }), node({ type: "REP" }), 1, 1, true],
  ])("%s: %s", (_what, sender, receiver, senderLinks, pairLinks, expected) => {
    expect(dropsMeasurable(sender, receiver, senderLinks, pairLinks)).toBe(expected);
  });
});
