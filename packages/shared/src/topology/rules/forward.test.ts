import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import type { SocketSpec } from "../schema.js";
import { topologyOf, withCode } from "../testing.js";

const worker = (to: string): SocketSpec => ({
  id: "in",
  type: "PULL",
  process: "w",
  behavior: { forward: { to } },
});

describe("forward rules", () => {
  it("accepts a forward to a sending socket of the same process", () => {
    const t = topologyOf([worker("out"), { id: "out", type: "PUSH", process: "w" }], [{ id: "w" }]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("reports a forward to an unknown socket and suggests the ones that would do", () => {
    const t = topologyOf([worker("ouy"), { id: "out", type: "PUSH", process: "w" }], [{ id: "w" }]);
    const [d] = withCode(checkTopology(t), "unknown-socket");
    expect(d).toMatchObject({
      severity: "error",
      sockets: ["in"],
      path: "sockets[0].behavior.forward.to",
    });
    expect(d?.message).toContain('Sockets it could forward to: "out"');
  });

  it("reports a forward to the socket itself", () => {
    const t = topologyOf([worker("in")], [{ id: "w" }]);
    expect(withCode(checkTopology(t), "forward-to-self")).toEqual([
      expect.objectContaining({ sockets: ["in"] }),
    ]);
  });

  it("reports a forward to a socket of another process", () => {
    const t = topologyOf([worker("out"), { id: "out", type: "PUSH" }], [{ id: "w" }]);
    const [d] = withCode(checkTopology(t), "forward-across-processes");
    expect(d).toMatchObject({ sockets: ["in", "out"] });
    expect(d?.message).toContain('("out", not "w")');
  });

  it("reports a forward to a socket that cannot send", () => {
    const t = topologyOf(
      [worker("out"), { id: "out", type: "SUB", process: "w", options: { subscribe: [""] } }],
      [{ id: "w" }],
    );
    const [d] = withCode(checkTopology(t), "forward-target-cannot-send");
    expect(d).toMatchObject({ sockets: ["in", "out"] });
    expect(d?.message).toContain("a SUB only receives");
  });

  it("reports a forward to a REP, which may only answer requests", () => {
    const t = topologyOf([worker("out"), { id: "out", type: "REP", process: "w" }], [{ id: "w" }]);
    expect(withCode(checkTopology(t), "forward-target-cannot-send")[0]?.message).toContain(
      "only sends replies",
    );
  });

  it("accepts an XPUB forwarding subscriptions to an XSUB, as a proxy does", () => {
    const t = topologyOf(
      [
        { id: "front", type: "XSUB", process: "proxy", behavior: { forward: { to: "back" } } },
        { id: "back", type: "XPUB", process: "proxy", behavior: { forward: { to: "front" } } },
      ],
      [{ id: "proxy" }],
    );
    expect(checkTopology(t)).toEqual([]);
  });
});
