import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import { tcp, topologyOf, withCode } from "../testing.js";

describe("bind and connect rules", () => {
  it('reports one endpoint bound by two sockets as "Address already in use"', () => {
    const t = topologyOf([
      { id: "a", type: "PUB", bind: [tcp(5555)] },
      { id: "b", type: "PUB", bind: [tcp(5555)] },
    ]);
    const [d] = withCode(checkTopology(t), "address-in-use");
    expect(d).toMatchObject({
      sockets: ["a", "b"],
      endpoint: tcp(5555),
      path: "sockets[1].bind[0]",
    });
    expect(d?.message).toContain("Address already in use");
  });

  it("reports one socket binding the same endpoint twice", () => {
    const t = topologyOf([{ id: "a", type: "PUB", bind: [tcp(5555), tcp(5555)] }]);
    const [d] = withCode(checkTopology(t), "address-in-use");
    expect(d).toMatchObject({ sockets: ["a"], path: "sockets[0].bind[1]" });
    expect(d?.message).toContain('Socket "a" binds tcp://127.0.0.1:5555 twice');
  });

  it("sees localhost and 127.0.0.1 as the same address", () => {
    const t = topologyOf([
      { id: "a", type: "PUB", bind: [tcp(5555)] },
      { id: "b", type: "PUB", bind: ["tcp://localhost:5555"] },
    ]);
    expect(withCode(checkTopology(t), "address-in-use")).toHaveLength(1);
  });

  it("warns that a second ipc bind would silently steal the file", () => {
    const t = topologyOf([
      { id: "a", type: "PUB", bind: ["ipc://x.ipc"] },
      { id: "b", type: "PUB", bind: ["ipc://x.ipc"] },
    ]);
    expect(withCode(checkTopology(t), "address-in-use")[0]?.message).toContain(
      "take the file over",
    );
  });

  it("accepts one socket binding several endpoints, as the seed's PUB does", () => {
    const t = topologyOf([
      { id: "a", type: "PUB", bind: [tcp(5555), tcp(5556), "ipc://myserver.ipc"] },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("reports a socket connecting twice to one endpoint", () => {
    const t = topologyOf([
      { id: "a", type: "PUSH", bind: [tcp(5555)] },
      { id: "b", type: "PULL", connect: [tcp(5555), tcp(5555)] },
    ]);
    const found = withCode(checkTopology(t), "duplicate-connect");
    expect(found).toEqual([
      expect.objectContaining({ sockets: ["b"], path: "sockets[1].connect[1]" }),
    ]);
  });

  it("accepts two sockets connecting to one endpoint", () => {
    const t = topologyOf([
      { id: "a", type: "PUSH", bind: [tcp(5555)] },
      { id: "b", type: "PULL", connect: [tcp(5555)] },
      { id: "c", type: "PULL", connect: [tcp(5555)] },
    ]);
    expect(checkTopology(t)).toEqual([]);
  });

  it("reports a socket connecting to its own bound endpoint", () => {
    const t = topologyOf([
      { id: "a", type: "PAIR", bind: ["inproc://x"], connect: ["inproc://x"] },
    ]);
    const found = withCode(checkTopology(t), "connect-to-self");
    expect(found).toEqual([expect.objectContaining({ sockets: ["a"], endpoint: "inproc://x" })]);
  });

  it("gives a connect nobody binds as info: an outside program may bind it", () => {
    const t = topologyOf([{ id: "a", type: "PUSH", connect: [tcp(5599)] }]);
    const [d] = withCode(checkTopology(t), "dangling-connect");
    expect(d).toMatchObject({ severity: "info", sockets: ["a"], endpoint: tcp(5599) });
    expect(d?.message).toContain("outside program");
  });

  it("warns about an inproc connect nobody binds, since nothing outside can bind inproc", () => {
    const t = topologyOf([{ id: "a", type: "PUSH", connect: ["inproc://nobody"] }]);
    expect(withCode(checkTopology(t), "dangling-connect")[0]?.severity).toBe("warning");
  });

  it("warns when a connect names a bound address in other words", () => {
    const t = topologyOf([
      { id: "a", type: "PUSH", bind: [tcp(5555)] },
      { id: "b", type: "PULL", connect: ["tcp://localhost:5555"] },
    ]);
    const [d] = withCode(checkTopology(t), "dangling-connect");
    expect(d).toMatchObject({ severity: "warning", sockets: ["b", "a"] });
    expect(d?.message).toContain("write it exactly as bound");
  });

  it("does not call a connect dangling when a socket binds it", () => {
    const t = topologyOf([
      { id: "a", type: "PUSH", bind: [tcp(5555)] },
      { id: "b", type: "PULL", connect: [tcp(5555)] },
    ]);
    expect(withCode(checkTopology(t), "dangling-connect")).toEqual([]);
  });
});
