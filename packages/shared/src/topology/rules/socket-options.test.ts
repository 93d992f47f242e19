import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import { topologyOf, withCode } from "../testing.js";

describe("option rules", () => {
  it("reports an option the type does not take, and which types take it", () => {
    const t = topologyOf([{ id: "p", type: "PUSH", options: { routingId: "x" } }]);
    const [d] = withCode(checkTopology(t), "option-not-supported");
    expect(d).toMatchObject({
      severity: "error",
      sockets: ["p"],
      path: "sockets[0].options.routingId",
    });
    expect(d?.message).toContain('"routingId" is for REQ, REP, DEALER or ROUTER');
  });

  it("accepts an option the type takes", () => {
    const t = topologyOf([
      { id: "d", type: "DEALER", options: { routingId: "x", sendHighWaterMark: 5 } },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("warns that a SUB without a subscription receives nothing", () => {
    const t = topologyOf([{ id: "s", type: "SUB" }]);
    const [d] = withCode(checkTopology(t), "sub-no-subscription");
    expect(d).toMatchObject({ severity: "warning", sockets: ["s"] });
    expect(d?.message).toContain("it will receive nothing");
  });

  it("treats an empty subscription list as no subscription", () => {
    const t = topologyOf([{ id: "s", type: "SUB", options: { subscribe: [] } }]);
    expect(withCode(checkTopology(t), "sub-no-subscription")).toHaveLength(1);
  });

  it('accepts a SUB subscribed to everything with ""', () => {
    const t = topologyOf([{ id: "s", type: "SUB", options: { subscribe: [""] } }]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("accepts subscribe on an XSUB, and does not ask an XSUB for one", () => {
    expect(
      checkTopology(topologyOf([{ id: "x", type: "XSUB", options: { subscribe: ["a"] } }])),
    ).toEqual([]);
    expect(checkTopology(topologyOf([{ id: "x", type: "XSUB" }]))).toEqual([]);
  });

  it("warns that a DISH which joined no group receives nothing", () => {
    const t = topologyOf([{ id: "d", type: "DISH" }]);
    expect(withCode(checkTopology(t), "dish-no-join")).toHaveLength(1);
    const joined = topologyOf([{ id: "d", type: "DISH", options: { join: ["g"] } }]);
    expect(checkTopology(joined)).toEqual([]);
  });
});
