import { checkTopology, deriveLinks, type Topology } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { fixture } from "../../test-support/fixtures.js";
import { fragmentOf, mergeFragment } from "./merge.js";

const pipeline = fixture("pipeline");
const ids = (t: Topology) => t.sockets.map((s) => s.id);

describe("paste and duplicate", () => {
  it("copies a whole process with the process, and a lone socket without it", () => {
    expect(fragmentOf(pipeline, new Set(["consumer-1-in", "consumer-1-out"])).processes).toEqual([
      { id: "consumer-1", label: "Consumer 1" },
    ]);
    expect(fragmentOf(pipeline, new Set(["consumer-1-in"])).processes).toBeUndefined();
  });

  it("makes pasted ids unique and keeps the copy's links to the original binders", () => {
    const fragment = fragmentOf(pipeline, new Set(["consumer-1-in", "consumer-1-out"]));
    const { topology, socketIds } = mergeFragment(pipeline, fragment, { x: 40, y: 40 });
    expect(socketIds).toEqual(["consumer-1-in-2", "consumer-1-out-2"]);
    expect(new Set(ids(topology)).size).toBe(topology.sockets.length);
    const copy = topology.sockets.find((s) => s.id === "consumer-1-in-2");
    expect(copy?.process).toBe("consumer-3");
    expect(topology.processes?.map((p) => p.id)).toEqual([
      "consumer-1",
      "consumer-2",
      "consumer-3",
    ]);
    expect(copy?.behavior?.forward?.to).toBe("consumer-1-out-2");
    expect(deriveLinks(topology).filter((l) => l.binder === "producer")).toHaveLength(3);
  });

  it("renumbers endpoints that would be bound twice, and links inside the copy follow", () => {
    const all = new Set(ids(pipeline));
    const { topology } = mergeFragment(pipeline, fragmentOf(pipeline, all), { x: 0, y: 300 });
    expect(checkTopology(topology).filter((d) => d.code === "address-in-use")).toEqual([]);
    const producer2 = topology.sockets.find((s) => s.id === "producer-2");
    expect(producer2?.bind).toEqual(["tcp://127.0.0.1:5559"]);
    const in2 = topology.sockets.find((s) => s.id === "consumer-1-in-2");
    expect(in2?.connect).toEqual(producer2?.bind);
    expect(in2?.position).toEqual({ x: 320, y: 300 });
  });

  it("gives copies labels people can tell apart", () => {
    const fragment = fragmentOf(pipeline, new Set(["consumer-1-in", "consumer-1-out"]));
    const once = mergeFragment(pipeline, fragment, { x: 0, y: 0 }).topology;
    const twice = mergeFragment(once, fragment, { x: 0, y: 0 }).topology;
    expect(twice.processes?.map((p) => p.label)).toEqual([
      "Consumer 1",
      "Consumer 2",
      "Consumer 1 (2)",
      "Consumer 1 (3)",
    ]);
    expect(
      twice.sockets.filter((s) => s.id.startsWith("consumer-1-in")).map((s) => s.label),
    ).toEqual(["Consumer 1 in", "Consumer 1 in (2)", "Consumer 1 in (3)"]);
  });
});
