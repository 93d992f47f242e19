import { readdirSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { fixtureById, type Topology } from "@zmq-playground/shared";
import { onFreshEndpoints, TRANSPORTS, uniqueTcpPort } from "./support/endpoints.js";
import { startRuntime, sleep, waitFor, type TestRuntime } from "./support/runtime.js";
import { pushPull, topology } from "./support/topologies.js";

function openDescriptors(): number {
  return readdirSync("/proc/self/fd").length;
}

function timers(): number {
  return process.getActiveResourcesInfo().filter((r) => r === "Timeout").length;
}

describe("deploy, redeploy and teardown", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each(TRANSPORTS)("redeploy over %s recreates only what changed", async (transport) => {
    rt = startRuntime();
    const { runtime } = rt;
    const { topology: first } = pushPull(transport);
    await runtime.deploy(first);
    await waitFor(() => (rt?.socket("collector").received ?? 0) >= 20, "20 messages");
    const binds = () =>
      rt?.events.filter((e) => e.kind === "bind" && e.socket === "producer").length;
    const bindsBefore = binds();
    const [producer, collector] = first.sockets;
    if (!producer || !collector) throw new Error("pushPull changed");
    // A new label moves nothing; a consume delay is a new definition.
    const second: Topology = {
      ...first,
      sockets: [
        { ...producer, label: "Producer" },
        { ...collector, behavior: { consume: { delayMs: 1 } } },
      ],
    };
    const sentBefore = rt.socket("producer").sent;
    expect(await runtime.deploy(second)).toEqual([]);
    expect(rt.socket("producer").sent).toBeGreaterThanOrEqual(sentBefore);
    expect(rt.socket("collector").received).toBeLessThan(20);
    await waitFor(
      () => (rt?.socket("collector").received ?? 0) >= 10,
      "the new collector to receive",
    );
    expect(binds()).toBe(bindsBefore);
    expect(runtime.snapshot().links[0]?.state).toBe("connected");
  });

  it("teardown leaves no socket, descriptor, timer or ipc file behind", async () => {
    const pipeline = fixtureById("pipeline")?.topology;
    if (!pipeline) throw new Error("fixture pipeline is missing");
    // zeromq.js never terminates a Context before exit, so the runtime pools them: warm
    // the pool once, then a whole deploy/teardown cycle must return to the same count.
    rt = startRuntime();
    await rt.runtime.deploy(onFreshEndpoints(pipeline, "ipc"));
    await rt.dispose();
    await sleep(300);
    const fdsBefore = openDescriptors();
    const timersBefore = timers();
    rt = startRuntime();
    rt.runtime.setSpeed(4);
    await rt.runtime.deploy(onFreshEndpoints(pipeline, "ipc"));
    await waitFor(() => rt?.socket("collector").received === 100, "the pipeline to finish");
    expect(readdirSync(rt.ipcDir).sort()).toHaveLength(2);
    expect(openDescriptors()).toBeGreaterThan(fdsBefore);
    await rt.runtime.teardown();
    expect(rt.runtime.running).toBe(false);
    expect(readdirSync(rt.ipcDir)).toEqual([]);
    // libzmq's reaper closes descriptors a moment after close(); the ZAP loop's last
    // poll ends within its timeout.
    await waitFor(() => openDescriptors() <= fdsBefore, "descriptors to be closed", 3000);
    expect(openDescriptors()).toBe(fdsBefore);
    await waitFor(() => timers() <= timersBefore, "timers to end", 3000);
  });

  it("refuses an illegal pair before any socket exists", async () => {
    rt = startRuntime();
    const fds = openDescriptors();
    const ep = `tcp://127.0.0.1:${uniqueTcpPort()}`;
    const diagnostics = await rt.runtime.deploy(
      topology([
        { id: "pub", type: "PUB", bind: [ep] },
        { id: "pull", type: "PULL", connect: [ep] },
      ]),
    );
    expect(diagnostics.map((d) => [d.severity, d.code, d.sockets])).toEqual([
      ["error", "incompatible-peers", ["pull", "pub"]],
    ]);
    expect(rt.runtime.running).toBe(false);
    expect(rt.runtime.snapshot()).toEqual({ sockets: [], links: [] });
    expect(openDescriptors()).toBe(fds);
  });

  it("refuses a double bind before any socket exists", async () => {
    rt = startRuntime();
    const ep = `tcp://127.0.0.1:${uniqueTcpPort()}`;
    const diagnostics = await rt.runtime.deploy(
      topology([
        { id: "a", type: "PUSH", bind: [ep] },
        { id: "b", type: "PUSH", bind: [ep] },
      ]),
    );
    expect(diagnostics.some((d) => d.code === "address-in-use" && d.severity === "error")).toBe(
      true,
    );
    expect(rt.runtime.running).toBe(false);
  });

  it("says in plain words when another program holds a port, and undoes the deploy", async () => {
    const port = uniqueTcpPort();
    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(port, "127.0.0.1", r));
    try {
      rt = startRuntime();
      const fds = openDescriptors();
      const diagnostics = await rt.runtime.deploy(
        topology([
          { id: "pub", type: "PUB", bind: [`tcp://127.0.0.1:${port}`] },
          { id: "fine", type: "PULL", bind: ["inproc://fine"] },
        ]),
      );
      const [d] = diagnostics;
      expect(d?.code).toBe("address-in-use");
      expect(d?.sockets).toEqual(["pub"]);
      expect(d?.message).toContain("already in use");
      // Nothing half-deployed: the PULL that did bind was closed again.
      expect(rt.runtime.running).toBe(false);
      expect(rt.runtime.snapshot()).toEqual({ sockets: [], links: [] });
      await waitFor(() => openDescriptors() <= fds, "the sockets' descriptors to close", 3000);
    } finally {
      holder.close();
    }
  });

  it("puts the previous topology back when a redeploy fails at a port another program holds", async () => {
    const port = uniqueTcpPort();
    const holder: Server = createServer();
    await new Promise<void>((r) => holder.listen(port, "127.0.0.1", r));
    try {
      rt = startRuntime();
      const { topology: first } = pushPull("tcp");
      await rt.runtime.deploy(first);
      await waitFor(() => (rt?.socket("collector").received ?? 0) >= 20, "20 messages");
      const [producer, collector] = first.sockets;
      if (!producer || !collector) throw new Error("pushPull changed");
      const diagnostics = await rt.runtime.deploy({
        ...first,
        sockets: [
          producer,
          { ...collector, behavior: { consume: { delayMs: 1 } } },
          { id: "late", type: "PULL", bind: [`tcp://127.0.0.1:${port}`] },
        ],
      });
      expect(diagnostics.map((d) => [d.severity, d.code, d.sockets])).toEqual([
        ["error", "address-in-use", ["late"]],
        ["warning", "runtime-error", ["collector"]],
      ]);
      expect(rt.runtime.running).toBe(true);
      expect(rt.runtime.snapshot().sockets.map((s) => s.id)).toEqual(["producer", "collector"]);
      // The same collector, reopened: its count goes on from where it was.
      const received = rt.socket("collector").received;
      expect(received).toBeGreaterThanOrEqual(20);
      await waitFor(() => (rt?.socket("collector").received ?? 0) >= received + 20, "more");
      await waitFor(() => rt?.runtime.snapshot().links[0]?.state === "connected", "connected");
    } finally {
      holder.close();
    }
  });

  it("caps the number of sockets with a diagnostic naming the socket", async () => {
    rt = startRuntime({ maxSockets: 1 });
    const diagnostics = await rt.runtime.deploy(
      topology([
        { id: "a", type: "PUSH" },
        { id: "b", type: "PULL" },
      ]),
    );
    expect(diagnostics.map((d) => [d.code, d.sockets])).toEqual([["limit-exceeded", ["b"]]]);
    expect(rt.runtime.running).toBe(false);
  });
});
