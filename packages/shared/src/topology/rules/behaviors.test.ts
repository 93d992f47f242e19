import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import type { SendBehavior } from "../schema.js";
import { topologyOf, withCode } from "../testing.js";

const send = (frames: string[], extra: Partial<SendBehavior> = {}): SendBehavior => ({
  everyMs: 100,
  frames,
  ...extra,
});

describe("behaviour rules", () => {
  it("reports that a PULL cannot send, and lists the types that can", () => {
    const t = topologyOf([{ id: "sink", type: "PULL", behavior: { send: send(["x"]) } }]);
    const [d] = withCode(checkTopology(t), "behavior-not-supported");
    expect(d).toMatchObject({
      severity: "error",
      sockets: ["sink"],
      path: "sockets[0].behavior.send",
    });
    expect(d?.message).toContain("a PULL only receives");
    expect(d?.message).toContain("Types that can: REQ, DEALER");
  });

  it("tells a REP to reply rather than send", () => {
    const t = topologyOf([{ id: "rep", type: "REP", behavior: { send: send(["x"]) } }]);
    expect(withCode(checkTopology(t), "behavior-not-supported")[0]?.message).toContain(
      'use "reply"',
    );
  });

  it("reports that a PUB cannot consume", () => {
    const t = topologyOf([{ id: "pub", type: "PUB", behavior: { consume: {} } }]);
    expect(withCode(checkTopology(t), "behavior-not-supported")[0]?.message).toContain(
      "a PUB only sends",
    );
  });

  it("accepts a behaviour the type can do", () => {
    const t = topologyOf([
      { id: "push", type: "PUSH", behavior: { send: send(["task {seq}"], { count: 3 }) } },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("reports two ways of handling what arrives on one socket", () => {
    const t = topologyOf([
      { id: "d", type: "DEALER", behavior: { reply: { frames: ["x"] }, consume: {} } },
    ]);
    const [d] = withCode(checkTopology(t), "conflicting-behaviors");
    expect(d).toMatchObject({ sockets: ["d"], path: "sockets[0].behavior" });
    expect(d?.message).toContain('"reply" and "consume"');
  });

  it("accepts send together with one way of receiving", () => {
    const t = topologyOf([
      { id: "d", type: "DEALER", behavior: { send: send(["x"]), consume: {} } },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("reports a multi-frame send on a single-part draft type", () => {
    const t = topologyOf([{ id: "c", type: "CLIENT", behavior: { send: send(["a", "b"]) } }]);
    const [d] = withCode(checkTopology(t), "single-part-only");
    expect(d).toMatchObject({ sockets: ["c"], path: "sockets[0].behavior.send.frames" });
    expect(d?.message).toContain("single-frame messages");
  });

  it("reports a multi-frame reply on a single-part draft type", () => {
    const t = topologyOf([
      { id: "s", type: "SERVER", behavior: { reply: { frames: ["a", "b"] } } },
    ]);
    expect(withCode(checkTopology(t), "single-part-only")).toHaveLength(1);
  });

  it("accepts a single-frame send on a draft type and a multi-frame send on a classic one", () => {
    const t = topologyOf([
      { id: "c", type: "SCATTER", behavior: { send: send(["a"]) } },
      { id: "p", type: "PUSH", behavior: { send: send(["a", "b"]) } },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("reports a RADIO send without a group", () => {
    const t = topologyOf([{ id: "r", type: "RADIO", behavior: { send: send(["x"]) } }]);
    expect(withCode(checkTopology(t), "radio-needs-group")).toEqual([
      expect.objectContaining({
        severity: "error",
        sockets: ["r"],
        path: "sockets[0].behavior.send",
      }),
    ]);
  });

  it("accepts a RADIO send with a group", () => {
    const t = topologyOf([
      { id: "r", type: "RADIO", behavior: { send: send(["x"], { group: "news" }) } },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("warns that a group on anything but a RADIO is ignored", () => {
    const t = topologyOf([
      { id: "p", type: "PUB", behavior: { send: send(["x"], { group: "news" }) } },
    ]);
    expect(withCode(checkTopology(t), "behavior-not-supported")).toEqual([
      expect.objectContaining({ severity: "warning", path: "sockets[0].behavior.send.group" }),
    ]);
  });

  it("reports a ROUTER send with nothing after the routing id", () => {
    const t = topologyOf([{ id: "r", type: "ROUTER", behavior: { send: send(["hello"]) } }]);
    const [d] = withCode(checkTopology(t), "router-send-needs-id");
    expect(d?.message).toContain("routing id");
  });

  it("accepts a ROUTER send that names its destination first", () => {
    const t = topologyOf([
      { id: "r", type: "ROUTER", behavior: { send: send(["server", "hello"]) } },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });
});
