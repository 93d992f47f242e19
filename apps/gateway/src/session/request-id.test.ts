import { describe, expect, it } from "vitest";
import { findRequestId } from "./request-id.js";

const topology = { format: "zmq-topology", version: 1, description: "d".repeat(5000) };

describe("finding the requestId of a message that will not be handled", () => {
  it.each([
    ["first", JSON.stringify({ requestId: "r1", type: "topology:deploy", topology }), "r1"],
    ["last", JSON.stringify({ type: "topology:deploy", topology, requestId: "r2" }), "r2"],
    ["spaced", '{ "type" : "session:ping" ,\n "requestId" : "r3" }', "r3"],
    ["escaped", JSON.stringify({ type: "x", requestId: 'a"b' }), 'a"b'],
  ])("finds it in valid JSON, %s", (_where, text, id) => {
    expect(findRequestId(text)).toBe(id);
  });

  it("takes the top-level one, not a look-alike inside the topology", () => {
    const text = JSON.stringify({
      type: "topology:deploy",
      topology: { ...topology, description: '"requestId":"inner"', sockets: [{ requestId: "x" }] },
      requestId: "outer",
    });
    expect(findRequestId(text)).toBe("outer");
  });

  it("scans the whole text when it is not JSON, and takes the last id", () => {
    const cut = JSON.stringify({ requestId: "early", type: "topology:deploy", topology });
    expect(findRequestId(`${cut.slice(0, -1)}, "requestId": "late"`)).toBe("late");
    expect(findRequestId(`${"x".repeat(10_000)} "requestId":"deep" {`)).toBe("deep");
  });

  it.each([
    ["no id", JSON.stringify({ type: "session:ping" })],
    ["a number", JSON.stringify({ type: "session:ping", requestId: 7 })],
    ["too long", JSON.stringify({ type: "session:ping", requestId: "r".repeat(65) })],
    ["an array", JSON.stringify([{ requestId: "r" }])],
    ["garbage", "{{{"],
    ["empty", ""],
  ])("gives null for %s", (_what, text) => {
    expect(findRequestId(text)).toBeNull();
  });
});
