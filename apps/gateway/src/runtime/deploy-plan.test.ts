import { describe, expect, it } from "vitest";
import type { SocketSpec, Topology } from "@zmq-playground/shared";
import { planDeploy } from "./deploy-plan.js";

const topology = (...sockets: SocketSpec[]): Topology => ({
  format: "zmq-topology",
  version: 1,
  sockets,
});
const push: SocketSpec = { id: "a", type: "PUSH", bind: ["tcp://127.0.0.1:20001"] };
const pull: SocketSpec = { id: "b", type: "PULL", connect: ["tcp://127.0.0.1:20001"] };

describe("the redeploy plan", () => {
  it("creates everything on a first deploy", () => {
    expect(planDeploy(null, topology(push, pull))).toEqual({
      remove: [],
      recreate: [],
      create: ["a", "b"],
      keep: [],
    });
  });

  it("keeps sockets whose label or position moved", () => {
    const moved = { ...push, label: "A", position: { x: 1, y: 2 } };
    expect(planDeploy(topology(push, pull), topology(moved, pull)).keep).toEqual(["a", "b"]);
  });

  it("recreates a socket whose options, behaviour, endpoints or process changed", () => {
    const before = topology(push, pull);
    for (const changed of [
      { ...pull, options: { receiveHighWaterMark: 5 } },
      { ...pull, behavior: { consume: {} } },
      { ...pull, connect: ["tcp://127.0.0.1:20002"] },
      { ...pull, process: "worker" },
    ]) {
      expect(planDeploy(before, topology(push, changed))).toEqual({
        remove: [],
        recreate: ["b"],
        create: [],
        keep: ["a"],
      });
    }
  });

  it("does not mistake reordered option keys for a change", () => {
    const one = { ...pull, options: { immediate: true, receiveHighWaterMark: 5 } };
    const other = { ...pull, options: { receiveHighWaterMark: 5, immediate: true } };
    expect(planDeploy(topology(one), topology(other)).keep).toEqual(["b"]);
  });

  it("removes sockets that are gone", () => {
    expect(planDeploy(topology(push, pull), topology(push)).remove).toEqual(["b"]);
  });
});
