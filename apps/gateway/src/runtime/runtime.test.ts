import { describe, expect, it } from "vitest";
import type { Topology } from "@zmq-playground/shared";
import { FakeAdapter } from "../zmq/fake.js";
import { createRuntime } from "./index.js";

const topology: Topology = {
  format: "zmq-topology",
  version: 1,
  sockets: [
    { id: "push", type: "PUSH", bind: ["tcp://127.0.0.1:20001", "inproc://x"] },
    { id: "pull", type: "PULL", connect: ["tcp://127.0.0.1:20001"], behavior: { consume: {} } },
  ],
};

function start() {
  const adapter = new FakeAdapter();
  const runtime = createRuntime({ ipcDir: "/tmp/unused", adapter });
  return { adapter, runtime };
}

describe("the runtime, on a fake adapter", () => {
  it("refuses an invalid topology without creating a context or a socket", async () => {
    const { adapter, runtime } = start();
    const bad: Topology = { ...topology, sockets: [{ id: "a", type: "PUB", bind: ["nope"] }] };
    const diagnostics = await runtime.deploy(bad);
    expect(diagnostics.some((d) => d.severity === "error")).toBe(true);
    expect([adapter.acquired, adapter.calls]).toEqual([0, []]);
  });

  it("binds everything before it connects, with a ZAP domain per tcp/ipc endpoint", async () => {
    const { adapter, runtime } = start();
    expect(await runtime.deploy(topology)).toEqual([]);
    expect(adapter.calls.map((c) => c.replace(/zp:\d+:/, "zp:T:"))).toEqual([
      "create PUSH",
      "zap zp:T:0:b:0",
      "bind tcp://127.0.0.1:20001",
      "bind inproc://x",
      "create PULL",
      "zap zp:T:1:c:0",
      "connect tcp://127.0.0.1:20001",
    ]);
    expect(adapter.sockets.map((s) => [s.create.monitor, s.create.sendTimeout > 0])).toEqual([
      [true, true],
      [true, true],
    ]);
    await runtime.teardown();
  });

  it("enforces direction itself: a PULL never reaches send()", async () => {
    const { adapter, runtime } = start();
    await runtime.deploy(topology);
    await expect(runtime.sendManual("pull", ["x"])).rejects.toThrow("A PULL socket cannot send");
    await runtime.sendManual("push", ["a", "b"]);
    // Only the topology's PULL can be on the other end, so a trace trailer rides along
    // at the end of the last frame.
    const [sent] = adapter.sockets[0]?.sent ?? [];
    expect(sent?.map((f) => String(f.subarray(0, 1)))).toEqual(["a", "b"]);
    expect(sent?.map((f) => f.length)).toEqual([1, 17]);
    await runtime.teardown();
  });

  it("closes every socket and gives the context back on teardown", async () => {
    const { adapter, runtime } = start();
    await runtime.deploy(topology);
    await runtime.teardown();
    expect(adapter.sockets.every((s) => s.closed)).toBe(true);
    expect([adapter.released, runtime.running]).toEqual([1, false]);
    expect(runtime.snapshot()).toEqual({ sockets: [], links: [] });
  });

  it("reports unknown sockets and processes with their command error codes", async () => {
    const { runtime } = start();
    await runtime.deploy(topology);
    await expect(runtime.sendManual("ghost", ["x"])).rejects.toMatchObject({
      code: "unknown-socket",
    });
    await expect(runtime.killProcess("ghost")).rejects.toMatchObject({ code: "unknown-process" });
    await runtime.teardown();
  });

  it("rolls a first deploy back when a bind fails: every socket closed, the context given back", async () => {
    const { adapter, runtime } = start();
    adapter.taken.add("tcp://127.0.0.1:20001");
    const diagnostics = await runtime.deploy(topology);
    expect(diagnostics.map((d) => [d.severity, d.code])).toContainEqual([
      "error",
      "address-in-use",
    ]);
    expect(runtime.running).toBe(false);
    expect(runtime.snapshot()).toEqual({ sockets: [], links: [] });
    expect(adapter.sockets.length).toBeGreaterThan(0);
    expect(adapter.sockets.every((s) => s.closed)).toBe(true);
    expect([adapter.acquired, adapter.released]).toEqual([1, 1]);
  });

  it("puts the previous topology back, counters and all, when a redeploy fails at a bind", async () => {
    const { adapter, runtime } = start();
    await runtime.deploy(topology);
    await runtime.sendManual("push", ["a"]);
    adapter.taken.add("tcp://127.0.0.1:20009");
    const [push, pull] = topology.sockets;
    if (!push || !pull) throw new Error("topology changed");
    const next: Topology = {
      ...topology,
      sockets: [
        { ...push, options: { sendHighWaterMark: 5 } },
        pull,
        { id: "extra", type: "PULL", bind: ["tcp://127.0.0.1:20009"] },
      ],
    };
    const diagnostics = await runtime.deploy(next);
    expect(diagnostics.map((d) => [d.severity, d.code, d.sockets])).toEqual([
      ["error", "address-in-use", ["extra"]],
      ["warning", "runtime-error", ["push"]],
    ]);
    expect(diagnostics[1]?.message).toContain("the previous one was put back: push was reopened");
    expect(runtime.running).toBe(true);
    const { sockets } = runtime.snapshot();
    expect(sockets.map((s) => [s.id, s.sent])).toEqual([
      ["push", 1],
      ["pull", 0],
    ]);
    // The old PUSH (no option) is open again; the new one and "extra" are closed.
    const open = adapter.sockets.filter((s) => !s.closed);
    expect(open.map((s) => [s.type, s.create.options])).toEqual([
      ["PULL", {}],
      ["PUSH", {}],
    ]);
    await runtime.teardown();
  });

  it("stops everything, and says so, when the previous topology cannot be put back", async () => {
    const { adapter, runtime } = start();
    await runtime.deploy(topology);
    const [push, pull] = topology.sockets;
    if (!push || !pull) throw new Error("topology changed");
    // Another program takes the PUSH's port the moment the redeploy lets go of it.
    adapter.taken.add("tcp://127.0.0.1:20001");
    const diagnostics = await runtime.deploy({
      ...topology,
      sockets: [{ ...push, options: { sendHighWaterMark: 5 } }, pull],
    });
    expect(diagnostics.at(-1)).toMatchObject({ severity: "error", code: "runtime-error" });
    expect(diagnostics.at(-1)?.message).toContain("nothing is running now");
    expect(runtime.running).toBe(false);
    expect(adapter.sockets.every((s) => s.closed)).toBe(true);
    expect(adapter.released).toBe(1);
  });

  it("shows an inproc link connecting before its binder exists, retrying once it is gone", async () => {
    const { runtime } = start();
    const pull = { id: "pull", type: "PULL" as const, connect: ["inproc://x"] };
    const push = { id: "push", type: "PUSH" as const, bind: ["inproc://x"] };
    const only = (...sockets: Topology["sockets"]): Topology => ({
      format: "zmq-topology",
      version: 1,
      sockets,
    });
    await runtime.deploy(only(pull));
    expect(runtime.snapshot().links[0]?.state).toBe("connecting");
    await runtime.deploy(only(pull, push));
    expect(runtime.snapshot().links[0]?.state).toBe("connected");
    // Like tcp and ipc, whose connectors retry: the binder was there and went away.
    await runtime.killProcess("push");
    expect(runtime.snapshot().links[0]?.state).toBe("retrying");
    await runtime.restartProcess("push");
    expect(runtime.snapshot().links[0]?.state).toBe("connected");
    await runtime.teardown();
  });
});
