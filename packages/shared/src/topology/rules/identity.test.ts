import { describe, expect, it } from "vitest";
import { checkTopology } from "../check.js";
import { topologyOf, withCode } from "../testing.js";

describe("identity rules", () => {
  it("reports a socket id used twice, pointing at the second one", () => {
    const t = topologyOf([
      { id: "a", type: "PUSH" },
      { id: "a", type: "PULL" },
    ]);
    const [d, ...rest] = withCode(checkTopology(t), "duplicate-id");
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ severity: "error", sockets: ["a"], path: "sockets[1].id" });
    expect(d?.message).toContain('Two sockets are called "a"');
  });

  it("accepts ids that differ only in case", () => {
    const t = topologyOf([
      { id: "a", type: "PUSH" },
      { id: "A", type: "PULL" },
    ]);
    expect(withCode(checkTopology(t), "duplicate-id")).toEqual([]);
  });

  it("reports a process id used twice, naming the sockets in it", () => {
    const t = topologyOf([{ id: "in", type: "PULL", process: "w" }], [{ id: "w" }, { id: "w" }]);
    expect(withCode(checkTopology(t), "duplicate-id")).toEqual([
      expect.objectContaining({ sockets: ["in"], path: "processes[1].id" }),
    ]);
  });

  it("reports a socket whose process is not declared", () => {
    const t = topologyOf([{ id: "in", type: "PULL", process: "worker-9" }], [{ id: "worker-1" }]);
    const [d] = withCode(checkTopology(t), "unknown-process");
    expect(d).toMatchObject({ severity: "error", sockets: ["in"], path: "sockets[0].process" });
    expect(d?.message).toContain('process "worker-9"');
  });

  it("accepts a socket whose process is declared", () => {
    const t = topologyOf([{ id: "in", type: "PULL", process: "worker-1" }], [{ id: "worker-1" }]);
    expect(withCode(checkTopology(t), "unknown-process")).toEqual([]);
  });

  it("reports a process named like a standalone socket, since the two would merge", () => {
    const t = topologyOf(
      [
        { id: "w", type: "PUSH" },
        { id: "in", type: "PULL", process: "w" },
      ],
      [{ id: "w" }],
    );
    const [d] = withCode(checkTopology(t), "process-id-clash");
    expect(d).toMatchObject({ severity: "error", sockets: ["w", "in"], path: "processes[0].id" });
    expect(d?.message).toContain('together with "in"');
  });

  it("accepts a process named like a socket that lives in it", () => {
    const t = topologyOf([{ id: "w", type: "PUSH", process: "w" }], [{ id: "w" }]);
    expect(withCode(checkTopology(t), "process-id-clash")).toEqual([]);
  });
});
