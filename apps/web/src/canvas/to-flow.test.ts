import { checkTopology, deriveLinks, TOPOLOGY_FIXTURES } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { doc, fixture } from "../test-support/fixtures.js";
import { fromFlow } from "./from-flow.js";
import { toFlow } from "./to-flow.js";

describe("toFlow and fromFlow", () => {
  it.each(TOPOLOGY_FIXTURES.map((f) => [f.id, f.topology] as const))(
    "round-trips the %s fixture",
    (_, topology) => {
      const { nodes, edges } = toFlow(topology, { diagnostics: checkTopology(topology) });
      expect(fromFlow(nodes, topology)).toEqual(topology);
      expect(edges.map((e) => e.data?.link)).toEqual(deriveLinks(topology));
    },
  );

  it("puts each process box before its sockets, whose positions become relative to it", () => {
    const { nodes } = toFlow(fixture("pipeline"));
    const box = nodes.findIndex((n) => n.id === "process:consumer-1");
    const child = nodes.findIndex((n) => n.id === "socket:consumer-1-in");
    expect(box).toBeGreaterThanOrEqual(0);
    expect(box).toBeLessThan(child);
    const parent = nodes[box];
    const node = nodes[child];
    expect(node?.parentId).toBe("process:consumer-1");
    expect(
      parent &&
        node && { x: parent.position.x + node.position.x, y: parent.position.y + node.position.y },
    ).toEqual({
      x: 320,
      y: 0,
    });
  });

  it("draws a link from the connector's connect handle to the binder's endpoint handle", () => {
    const { edges } = toFlow(fixture("pipeline"));
    expect(edges[0]).toMatchObject({
      source: "socket:consumer-1-in",
      sourceHandle: "connect",
      target: "socket:producer",
      targetHandle: "bind:tcp://127.0.0.1:5557",
    });
  });

  it("marks an incompatible link and both its sockets as errors", () => {
    const t = doc(
      { id: "pub", type: "PUB", bind: ["tcp://127.0.0.1:5555"] },
      { id: "pull", type: "PULL", connect: ["tcp://127.0.0.1:5555"] },
    );
    const { nodes, edges } = toFlow(t, { diagnostics: checkTopology(t) });
    expect(edges[0]?.data?.severity).toBe("error");
    expect(edges[0]?.data?.diagnostic?.message).toMatch(/PUB|PULL/);
    for (const n of nodes)
      if (n.type === "socket") expect(n.data.problems.errors).toBeGreaterThan(0);
  });

  it("shows a connect nobody binds as a link to an outside endpoint", () => {
    const t = doc({ id: "sub", type: "SUB", connect: ["tcp://127.0.0.1:6000"] });
    const { nodes, edges } = toFlow(t);
    expect(nodes.map((n) => n.type)).toEqual(["socket", "endpoint"]);
    expect(edges[0]).toMatchObject({ target: "endpoint:tcp://127.0.0.1:6000", targetHandle: "in" });
  });

  it("lays out sockets the document does not place, and keeps them unplaced on the way back", () => {
    const t = doc(
      { id: "a", type: "PUSH", bind: ["inproc://a"] },
      { id: "b", type: "PULL", connect: ["inproc://a"] },
    );
    const { nodes } = toFlow(t);
    const [a, b] = nodes;
    expect(a && b && a.position.x < b.position.x).toBe(true);
    expect(fromFlow(nodes, t)).toEqual(t);
    const moved = nodes.map((n) =>
      n.id === "socket:a" ? { ...n, position: { x: -500, y: 7 } } : n,
    );
    expect(fromFlow(moved, t).sockets[0]?.position).toEqual({ x: -500, y: 7 });
  });

  it("reflects the selection on nodes and edges", () => {
    const t = fixture("pipeline");
    const { nodes, edges } = toFlow(t, {
      selection: {
        sockets: ["producer"],
        links: ["consumer-1-in|tcp://127.0.0.1:5557"],
        processes: ["consumer-2"],
      },
    });
    expect(nodes.filter((n) => n.selected).map((n) => n.id)).toEqual([
      "process:consumer-2",
      "socket:producer",
    ]);
    expect(edges.filter((e) => e.selected).map((e) => e.id)).toEqual([
      "link:consumer-1-in|tcp://127.0.0.1:5557",
    ]);
  });
});
