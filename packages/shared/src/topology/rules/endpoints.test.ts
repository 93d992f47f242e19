import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import { tcp, topologyOf, withCode } from "../testing.js";

describe("endpoint rules", () => {
  it("reports a malformed endpoint with the parser's reason", () => {
    const t = topologyOf([{ id: "a", type: "PUSH", bind: [tcp(5555), "tcp://127.0.0.1"] }]);
    const [d] = withCode(checkTopology(t), "malformed-endpoint");
    expect(d).toMatchObject({
      sockets: ["a"],
      endpoint: "tcp://127.0.0.1",
      path: "sockets[0].bind[1]",
    });
    expect(d?.message).toContain("needs host:port");
  });

  it("accepts well-formed tcp, ipc and inproc endpoints", () => {
    const t = topologyOf([
      { id: "a", type: "PUSH", bind: [tcp(5555), "ipc://a.ipc", "inproc://a"] },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it.each(["pgm", "epgm"])(
    "explains that %s is not built in and suggests RADIO/DISH or PUB/SUB",
    (transport) => {
      const endpoint = `${transport}://eth0;239.192.1.1:5555`;
      const t = topologyOf([{ id: "pub", type: "PUB", bind: [endpoint] }]);
      const [d] = withCode(checkTopology(t), "unsupported-transport");
      expect(d).toMatchObject({ severity: "error", sockets: ["pub"], endpoint });
      expect(d?.message).toContain("not built into this libzmq");
      expect(d?.message).toContain("RADIO/DISH");
      expect(d?.message).toContain("PUB/SUB over tcp");
    },
  );

  it("reports a tcp host that is not loopback", () => {
    const t = topologyOf([{ id: "a", type: "PUSH", bind: ["tcp://*:5555"] }]);
    const [d] = withCode(checkTopology(t), "non-loopback-host");
    expect(d).toMatchObject({ severity: "error", sockets: ["a"], endpoint: "tcp://*:5555" });
    expect(d?.message).toContain("write tcp://127.0.0.1:5555 instead");
  });

  it("says nothing about a non-loopback host when the operator allows it", () => {
    const t = topologyOf([{ id: "a", type: "PUSH", connect: ["tcp://192.168.1.20:5555"] }]);
    const found = checkTopology(t, { allowNonLoopback: true });
    expect(withCode(found, "non-loopback-host")).toEqual([]);
  });

  it.each(["127.0.0.1", "127.1.2.3", "localhost", "[::1]"])(
    "accepts the loopback host %s",
    (host) => {
      const t = topologyOf([{ id: "a", type: "PUSH", bind: [`tcp://${host}:5555`] }]);
      expect(withCode(checkTopology(t), "non-loopback-host")).toEqual([]);
    },
  );
});
