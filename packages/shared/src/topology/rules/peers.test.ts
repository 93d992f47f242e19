import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import { tcp, topologyOf, withCode } from "../testing.js";

describe("peer rules", () => {
  it("says which types would work when two types cannot talk", () => {
    const t = topologyOf([
      { id: "pub", type: "PUB", bind: [tcp(5555)] },
      { id: "sink", type: "PULL", connect: [tcp(5555)] },
    ]);
    const [d] = withCode(checkTopology(t), "incompatible-peers");
    expect(d?.message).toContain("a PULL only works with PUSH");
    expect(d?.message).toContain("a PUB only with SUB or XSUB");
  });

  it("checks inproc links too, which libzmq itself never checks", () => {
    const t = topologyOf([
      { id: "push", type: "PUSH", bind: ["inproc://x"] },
      { id: "pair", type: "PAIR", connect: ["inproc://x"] },
    ]);
    expect(withCode(checkTopology(t), "incompatible-peers")).toHaveLength(1);
  });

  it("reports a mismatched duplicate connect once", () => {
    const t = topologyOf([
      { id: "pub", type: "PUB", bind: [tcp(5555)] },
      { id: "sink", type: "PULL", connect: [tcp(5555), tcp(5555)] },
    ]);
    expect(withCode(checkTopology(t), "incompatible-peers")).toHaveLength(1);
  });

  it("reports a PAIR with two peers, naming all three sockets", () => {
    const t = topologyOf([
      { id: "hub", type: "PAIR", bind: [tcp(5555)] },
      { id: "b", type: "PAIR", connect: [tcp(5555)] },
      { id: "c", type: "PAIR", connect: [tcp(5555)] },
    ]);
    const [d, ...rest] = withCode(checkTopology(t), "pair-multiple-peers");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: "error", sockets: ["hub", "b", "c"], path: "sockets[0]" });
    expect(d?.message).toContain('PAIR "hub" has 2 peers ("b" and "c")');
  });

  it("counts an outside program on a dangling connect as a PAIR's peer", () => {
    const t = topologyOf([
      { id: "a", type: "PAIR", bind: [tcp(5555)], connect: [tcp(5599)] },
      { id: "b", type: "PAIR", connect: [tcp(5555)] },
    ]);
    const [d] = withCode(checkTopology(t), "pair-multiple-peers");
    expect(d?.message).toContain("an outside program at tcp://127.0.0.1:5599");
  });

  it("reports a CHANNEL with two peers", () => {
    const t = topologyOf([
      { id: "a", type: "CHANNEL", bind: ["inproc://a"] },
      { id: "b", type: "CHANNEL", connect: ["inproc://a"] },
      { id: "c", type: "CHANNEL", connect: ["inproc://a"] },
    ]);
    expect(withCode(checkTopology(t), "pair-multiple-peers")).toHaveLength(1);
  });

  it("accepts a PAIR with exactly one peer", () => {
    const t = topologyOf([
      { id: "a", type: "PAIR", bind: [tcp(5555)] },
      { id: "b", type: "PAIR", connect: [tcp(5555)] },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });
});
