import { afterEach, describe, expect, it } from "vitest";
import type { LinkState } from "@zmq-playground/shared";
import { renderSample } from "../src/runtime/index.js";
import { TRANSPORTS, uniqueEndpoint } from "./support/endpoints.js";
import { startRuntime, sleep, waitFor, type TestRuntime } from "./support/runtime.js";
import { pushPull, topology } from "./support/topologies.js";

describe("run controls", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  const linkState = (): LinkState | undefined => rt?.runtime.snapshot().links[0]?.state;

  it.each(TRANSPORTS)(
    "kill and restart of a binder's process over %s shows the link retrying, then connected",
    async (transport) => {
      rt = startRuntime();
      // The collector binds, so killing it leaves the producer's connection dangling.
      await rt.runtime.deploy(pushPull(transport, { collectorBinds: true }).topology);
      await waitFor(() => (rt?.socket("collector").received ?? 0) > 5, "messages to flow");
      await rt.runtime.killProcess("collector");
      // inproc has no monitor: the model says the connector waits for its binder again.
      await waitFor(() => linkState() === "retrying", "the link to be retrying");
      const received = rt.socket("collector").received;
      await rt.runtime.restartProcess("collector");
      await waitFor(() => linkState() === "connected", "the link to be connected again");
      await waitFor(() => rt?.socket("collector").received !== received, "messages again");
      expect(rt.events.map((e) => e.kind)).toEqual(
        expect.arrayContaining(["process-killed", "process-restarted"]),
      );
    },
  );

  it("kill of a connector's process shows its link disconnected until restart", async () => {
    rt = startRuntime();
    await rt.runtime.deploy(pushPull("tcp").topology);
    await waitFor(() => linkState() === "connected", "connected");
    expect(rt.socket("collector")).not.toHaveProperty("killed");
    await rt.runtime.killProcess("collector");
    expect(linkState()).toBe("disconnected");
    // The counters say which sockets are down, so a page opened now can show it.
    expect(rt.socket("collector").killed).toBe(true);
    expect(rt.socket("producer")).not.toHaveProperty("killed");
    await rt.runtime.restartProcess("collector");
    expect(rt.socket("collector")).not.toHaveProperty("killed");
    await waitFor(() => linkState() === "connected", "connected again");
  });

  it("pause stops deliveries and step delivers exactly one", async () => {
    rt = startRuntime();
    await rt.runtime.deploy(pushPull("inproc", { everyMs: 5 }).topology);
    await waitFor(() => (rt?.socket("collector").received ?? 0) > 5, "messages to flow");
    rt.runtime.pause();
    const held = rt.socket("collector").received;
    await sleep(100);
    expect(rt.socket("collector").received).toBe(held);
    expect(rt.runtime.step()).toBe(true);
    await waitFor(() => rt?.socket("collector").received === held + 1, "one message");
    await sleep(50);
    expect(rt.socket("collector").received).toBe(held + 1);
    expect(rt.runtime.step()).toBe(true);
    await waitFor(() => rt?.socket("collector").received === held + 2, "one more message");
    rt.runtime.resume();
    await waitFor(() => (rt?.socket("collector").received ?? 0) > held + 5, "the flow to resume");
  });

  it("step returns false when nothing is waiting", async () => {
    rt = startRuntime();
    await rt.runtime.deploy(pushPull("inproc", { count: 1 }).topology);
    await waitFor(() => rt?.socket("collector").received === 1, "the only message");
    rt.runtime.pause();
    expect(rt.runtime.step()).toBe(false);
  });

  it("slow motion stretches the behaviour's timers", async () => {
    rt = startRuntime();
    rt.runtime.setSpeed(0.1);
    await rt.runtime.deploy(pushPull("inproc", { everyMs: 10 }).topology);
    await sleep(500);
    // 10 ms between messages at a tenth of the speed: about five in half a second.
    expect(rt.socket("producer").sent).toBeLessThanOrEqual(8);
    rt.runtime.setSpeed(1);
    await waitFor(() => (rt?.socket("producer").sent ?? 0) > 20, "real time again");
  });

  it("sends one message by hand with exactly its frames", async () => {
    rt = startRuntime();
    const ep = uniqueEndpoint("tcp");
    const frames: string[][] = [];
    rt.runtime.subscribe({
      onSample: (s) => frames.push(renderSample(s).frames.map((f) => f.text)),
    });
    await rt.runtime.deploy(
      topology([
        { id: "push", type: "PUSH", bind: [ep] },
        { id: "pull", type: "PULL", connect: [ep], behavior: { consume: {} } },
      ]),
    );
    await waitFor(() => rt?.runtime.snapshot().links[0]?.state === "connected", "connected");
    await rt.runtime.sendManual("push", ["hello", "world"]);
    await waitFor(() => frames.length === 1, "the message");
    expect(frames).toEqual([["hello", "world"]]);
    expect(rt.runtime.snapshot().links[0]).toMatchObject({ toConnector: 1, toBinder: 0 });
    await expect(rt.runtime.sendManual("pull", ["x"])).rejects.toThrow(/cannot send/);
    await expect(rt.runtime.sendManual("nope", ["x"])).rejects.toMatchObject({
      code: "unknown-socket",
    });
  });

  it("refuses a second request by hand while a REQ waits for its reply", async () => {
    rt = startRuntime();
    const ep = uniqueEndpoint("inproc");
    await rt.runtime.deploy(
      topology([
        {
          id: "rep",
          type: "REP",
          bind: [ep],
          behavior: { reply: { frames: ["re: {in}"], delayMs: 300 } },
        },
        { id: "req", type: "REQ", connect: [ep] },
      ]),
    );
    await rt.runtime.sendManual("req", ["one"]);
    await expect(rt.runtime.sendManual("req", ["two"])).rejects.toThrow(/waiting for its reply/);
    await waitFor(() => rt?.socket("req").received === 1, "the reply");
    await rt.runtime.sendManual("req", ["two"]);
    await waitFor(() => rt?.socket("req").received === 2, "the second reply");
  });

  it("explains a REQ stuck after its server died with the request", async () => {
    rt = startRuntime();
    const ep = uniqueEndpoint("tcp");
    await rt.runtime.deploy(
      topology([
        {
          id: "rep",
          type: "REP",
          bind: [ep],
          behavior: { reply: { frames: ["ok"], delayMs: 5000 } },
        },
        {
          id: "req",
          type: "REQ",
          connect: [ep],
          behavior: { send: { everyMs: 10, frames: ["q"] } },
        },
      ]),
    );
    await waitFor(() => rt?.socket("rep").received === 1, "the request");
    await rt.runtime.killProcess("rep");
    await rt.runtime.restartProcess("rep");
    // The request died with the old server; the new one never hears of it.
    await waitFor(
      () => rt?.events.some((e) => e.kind === "req-waiting") === true,
      "the warning",
      6000,
    );
    expect(rt.socket("req")).toMatchObject({ sent: 1, received: 0 });
  });

  it("holds a fast sender to the per-socket send rate and says so", async () => {
    rt = startRuntime({ maxSendsPerSecond: 50 });
    await rt.runtime.deploy(pushPull("inproc", { everyMs: 0 }).topology);
    await sleep(500);
    expect(rt.socket("producer").sent).toBeLessThanOrEqual(51);
    expect(rt.diagnostics.map((d) => [d.code, d.sockets])).toEqual([
      ["limit-exceeded", ["producer"]],
    ]);
  });
});
