import { TOPOLOGY_FORMAT, TOPOLOGY_VERSION, type Topology } from "@zmq-playground/shared";
import { describe, expect, it } from "vitest";
import { groupIntoProcess, ungroupProcess } from "./processes.js";
import { moveSockets, removeSockets, renameSocketId, retypeSocket } from "./sockets.js";

const worker: Topology = {
  format: TOPOLOGY_FORMAT,
  version: TOPOLOGY_VERSION,
  processes: [{ id: "w", label: "Worker" }],
  sockets: [
    {
      id: "source",
      type: "PUSH",
      bind: ["tcp://127.0.0.1:5557"],
      behavior: { send: { everyMs: 10, frames: ["x"] } },
    },
    {
      id: "in",
      type: "PULL",
      process: "w",
      connect: ["tcp://127.0.0.1:5557"],
      behavior: { forward: { to: "out" } },
    },
    { id: "out", type: "PUSH", process: "w", options: { sendHighWaterMark: 5 } },
  ],
};

describe("socket operations", () => {
  it("retyping drops the options and behaviours the new type cannot have", () => {
    const t = retypeSocket(worker, "source", "PULL");
    expect(t.sockets[0]).toEqual({ id: "source", type: "PULL", bind: ["tcp://127.0.0.1:5557"] });
    const u = retypeSocket(worker, "out", "PUB");
    expect(u.sockets[2]?.options).toEqual({ sendHighWaterMark: 5 });
  });

  it("renaming a socket's id follows its forward references", () => {
    const t = renameSocketId(worker, "out", "w-out");
    expect(t.sockets[1]?.behavior?.forward?.to).toBe("w-out");
    expect(t.sockets[2]?.id).toBe("w-out");
  });

  it("deleting a socket deletes its links, the forwards to it and processes left empty", () => {
    const t = removeSockets(worker, new Set(["source", "out"]));
    expect(t.sockets).toEqual([{ id: "in", type: "PULL", process: "w" }]);
    expect(t.processes).toEqual([{ id: "w", label: "Worker" }]);
    expect(removeSockets(t, new Set(["in"])).processes).toBeUndefined();
  });

  it("writes rounded positions back and changes nothing when nothing moved", () => {
    const t = moveSockets(worker, new Map([["in", { x: 10.4, y: 20.6 }]]));
    expect(t.sockets[1]?.position).toEqual({ x: 10, y: 21 });
    expect(moveSockets(t, new Map([["in", { x: 10, y: 21 }]]))).toBe(t);
  });

  it("groups sockets into a new process and ungroups them again", () => {
    const grouped = groupIntoProcess(worker, new Set(["source"]));
    expect(grouped.processId).toBe("process-1");
    expect(grouped.topology.sockets[0]?.process).toBe("process-1");
    const back = ungroupProcess(grouped.topology, "process-1");
    expect(back).toEqual(worker);
  });
});
