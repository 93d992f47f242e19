import { afterEach, describe, expect, it } from "vitest";
import { hasErrors, type LinkStats, type SocketSpec, type Topology } from "@zmq-playground/shared";
import { uniqueEndpoint, type Transport } from "./support/endpoints.js";
import { startRuntime, sleep, waitFor, type TestRuntime } from "./support/runtime.js";
import { topology } from "./support/topologies.js";

/** Over tcp the kernel buffers megabytes: big messages fill them in a few hundred sends. */
const payload = (transport: Transport) => (transport === "tcp" ? "x".repeat(16_000) : "m");
const sendHwm = { sendHighWaterMark: 10 };
const receiveHwm = { receiveHighWaterMark: 10 };

async function deploy(rt: TestRuntime, t: Topology): Promise<void> {
  const diagnostics = await rt.runtime.deploy(t);
  expect(hasErrors(diagnostics), JSON.stringify(diagnostics)).toBe(false);
}

describe("a send waiting at the high-water mark", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each(["tcp", "inproc"] as const)(
    "shows its PUSH blocked within a second when the consumer never reads, over %s",
    async (transport) => {
      const current = startRuntime();
      rt = current;
      const ep = uniqueEndpoint(transport);
      const push: SocketSpec = {
        id: "push",
        type: "PUSH",
        bind: [ep],
        options: sendHwm,
        behavior: { send: { everyMs: 0, frames: [payload(transport)] } },
      };
      // No behaviour: a program that never calls recv, so every queue fills.
      const pull: SocketSpec = { id: "pull", type: "PULL", connect: [ep], options: receiveHwm };
      await deploy(current, topology([push, pull]));
      const started = performance.now();
      await waitFor(() => current.socket("push").blocked === true, "push to be blocked", 1000);
      expect(performance.now() - started).toBeLessThan(1000);
      // A socket that cannot send is never blocked: the field is not there.
      expect(current.socket("pull")).not.toHaveProperty("blocked");
      // The event log still says it, once the send has timed out.
      await waitFor(() => current.events.some((e) => e.kind === "send-blocked"), "send-blocked");
      // The consumer starts reading: the send goes, and the flag clears.
      await deploy(current, topology([push, { ...pull, behavior: { consume: {} } }]));
      await waitFor(() => current.socket("push").blocked === false, "push to be unblocked");
      const sent = current.socket("push").sent;
      await waitFor(() => current.socket("push").sent > sent + 10, "sends to go on");
    },
  );

  it("never shows a PUB blocked: it drops instead", async () => {
    const current = startRuntime();
    rt = current;
    const ep = uniqueEndpoint("inproc");
    await deploy(
      current,
      topology([
        {
          id: "pub",
          type: "PUB",
          bind: [ep],
          options: sendHwm,
          behavior: { send: { everyMs: 0, frames: ["m"] } },
        },
        { id: "sub", type: "SUB", connect: [ep], options: { ...receiveHwm, subscribe: [""] } },
      ]),
    );
    await waitFor(() => current.socket("pub").sent > 2000, "the PUB to run");
    expect(current.socket("pub").blocked).toBe(false);
  });
});

describe("messages lost on a link", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  const onlyLink = (): LinkStats => {
    const link = rt?.runtime.snapshot().links[0];
    if (!link) throw new Error("no link");
    return link;
  };

  it.each(["tcp", "inproc"] as const)(
    "shows what a PUB dropped for its slow SUB, and sent = received + dropped once settled, over %s",
    async (transport) => {
      const current = startRuntime();
      rt = current;
      const ep = uniqueEndpoint(transport);
      const count = 3000;
      await deploy(
        current,
        topology([
          {
            id: "pub",
            type: "PUB",
            bind: [ep],
            options: sendHwm,
            // Let the subscription arrive first (slow joiner): these drops are the HWM's.
            behavior: {
              send: { everyMs: 0, count, startAfterMs: 300, frames: [payload(transport)] },
            },
          },
          {
            id: "sub",
            type: "SUB",
            connect: [ep],
            options: { ...receiveHwm, subscribe: [""] },
            behavior: { consume: { delayMs: 1 } },
          },
        ]),
      );
      await waitFor(() => current.socket("pub").sent === count, "every send", 15_000);
      // The SUB works through its queue, then both ends are quiet long enough to say
      // that what has not arrived never will.
      await waitFor(
        () => onlyLink().toConnector + (onlyLink().dropped ?? 0) === count,
        "received + dropped to add up to sent",
        15_000,
      );
      const link = onlyLink();
      expect(link.dropped).toBeGreaterThan(0);
      expect(link.toConnector).toBeGreaterThan(0);
      expect(current.socket("sub").received).toBe(link.toConnector);
      await sleep(600);
      expect(onlyLink()).toEqual(link);
    },
  );

  it.each(["tcp", "inproc"] as const)(
    "counts the messages lost in a killed consumer's queue, over %s",
    async (transport) => {
      const current = startRuntime();
      rt = current;
      const ep = uniqueEndpoint(transport);
      const count = 1500;
      await deploy(
        current,
        topology([
          {
            id: "producer",
            type: "PUSH",
            bind: [ep],
            options: { sendHighWaterMark: 100 },
            behavior: { send: { everyMs: 0, count, frames: ["task {seq}"] } },
          },
          {
            id: "collector",
            type: "PULL",
            connect: [ep],
            options: { receiveHighWaterMark: 100 },
            behavior: { consume: { delayMs: 1 } },
          },
        ]),
      );
      await waitFor(() => current.socket("collector").received >= 100, "the queues to fill");
      // Both queues hold about 100 messages now; they die with the collector.
      await current.runtime.killProcess("collector");
      await sleep(100);
      await current.runtime.restartProcess("collector");
      await waitFor(() => current.socket("producer").sent === count, "every send", 15_000);
      await waitFor(
        () => onlyLink().toBinder + onlyLink().toConnector + (onlyLink().dropped ?? 0) === count,
        "received + dropped to add up to sent",
        15_000,
      );
      // Over inproc the producer still had messages to send after the restart, so the
      // loss shows as a gap; over tcp the kernel took them all before the kill, and the
      // loss shows once both ends settled.
      expect(onlyLink().dropped).toBeGreaterThan(0);
      expect(current.socket("collector").received).toBe(onlyLink().toConnector);
    },
  );

  it("says nothing where it cannot tell: a PUSH round-robins over two PULLs", async () => {
    const current = startRuntime();
    rt = current;
    const ep = uniqueEndpoint("inproc");
    const pull = (id: string): SocketSpec => ({
      id,
      type: "PULL",
      connect: [ep],
      behavior: { consume: {} },
    });
    await deploy(
      current,
      topology([
        { id: "push", type: "PUSH", bind: [ep], behavior: { send: { everyMs: 1, frames: ["t"] } } },
        pull("a"),
        pull("b"),
      ]),
    );
    await waitFor(() => current.socket("a").received > 5, "messages");
    for (const link of current.runtime.snapshot().links) expect(link).not.toHaveProperty("dropped");
  });
});
