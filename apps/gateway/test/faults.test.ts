/**
 * Faults, on real sockets behind a real gateway server and a real WebSocket: processes
 * killed and restarted mid-run, the page's connection dropped and resumed, a PUSH held
 * at its high-water mark by a consumer that never reads, a PUB dropping for a slow SUB.
 * tcp ports come from 40000-43999 (checked free: Linux hands out ports in that range
 * to outgoing connections too).
 */
import type { LinkStats, RuntimeTick, SocketSpec, Topology } from "@zmq-playground/shared";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startBenchGateway, type BenchGateway } from "../bench/gateway.js";
import { PortRange } from "../bench/ports.js";
import { filesIn } from "../bench/proc.js";
import { sleep } from "../bench/stats.js";
import { BenchClient, socketCount } from "../bench/ws-client.js";

const ports = new PortRange(40000, 43999);
let gateway: BenchGateway;
const clients: BenchClient[] = [];

beforeAll(async () => {
  gateway = await startBenchGateway();
});
afterAll(async () => {
  await gateway.close();
});
afterEach(() => {
  for (const c of clients.splice(0)) c.close();
});

async function connect(g: BenchGateway = gateway, sessionId?: string): Promise<BenchClient> {
  const client = await BenchClient.open(g.wsUrl, { keep: true });
  clients.push(client);
  await client.hello(sessionId);
  return client;
}

/** A fresh endpoint of `transport`: a free tcp port, or a unique ipc/inproc name. */
let names = 0;
async function endpoint(transport: "tcp" | "ipc" | "inproc"): Promise<string> {
  names += 1;
  if (transport === "tcp") return ports.endpoint();
  return transport === "ipc" ? `ipc://f${names}.ipc` : `inproc://f${names}`;
}

function topology(sockets: SocketSpec[]): Topology {
  const processes = [...new Set(sockets.flatMap((s) => (s.process ? [s.process] : [])))];
  return {
    format: "zmq-topology",
    version: 1,
    ...(processes.length > 0 ? { processes: processes.map((id) => ({ id })) } : {}),
    sockets,
  };
}

async function deploy(client: BenchClient, t: Topology): Promise<void> {
  const answer = await client.request({ type: "topology:deploy", topology: t });
  expect(answer, JSON.stringify(answer)).toMatchObject({ type: "command:ok" });
}

async function stop(client: BenchClient): Promise<void> {
  expect(await client.request({ type: "topology:stop" }, 5000)).toMatchObject({
    type: "command:ok",
  });
}

const linkOf = (tick: RuntimeTick, connector: string): LinkStats | undefined =>
  tick.links.find((l) => l.connector === connector);
const received = (tick: RuntimeTick, id: string): number => socketCount(tick, id, "received");
const sent = (tick: RuntimeTick, id: string): number => socketCount(tick, id, "sent");

/** Nothing of a stopped topology is left: no zmq socket, no ipc file. */
async function expectClean(): Promise<void> {
  const deadline = Date.now() + 3000;
  while (gateway.adapter.live > 0 && Date.now() < deadline) await sleep(50);
  expect(gateway.adapter.live).toBe(0);
  for (const probe of gateway.runtimes) expect(filesIn(probe.ipcDir)).toBe(0);
}

/** Two pipelines, each end a process of its own: A keeps running while B's binder dies. */
function twoPipelines(a: string, b: string): Topology {
  const pipeline = (name: string, ep: string): SocketSpec[] => [
    {
      id: `${name}-prod`,
      type: "PUSH",
      process: `${name}-src`,
      bind: [ep],
      behavior: { send: { everyMs: 2, frames: [`${name} {seq}`] } },
    },
    {
      id: `${name}-sink`,
      type: "PULL",
      process: `${name}-dst`,
      connect: [ep],
      behavior: { consume: {} },
    },
  ];
  return topology([...pipeline("a", a), ...pipeline("b", b)]);
}

describe.each(["tcp", "ipc", "inproc"] as const)("killing a process over %s", (transport) => {
  it("keeps the other counters going, shows the link down, and reconnects on restart", async () => {
    const client = await connect();
    await deploy(client, twoPipelines(await endpoint(transport), await endpoint(transport)));
    await client.nextTick(
      (t) =>
        t.links.every((l) => l.state === "connected") &&
        received(t, "a-sink") > 0 &&
        received(t, "b-sink") > 0,
    );
    expect(await client.request({ type: "process:kill", processId: "b-src" })).toMatchObject({
      type: "command:ok",
    });
    // tcp and ipc connectors retry (monitor: disconnect, connect:retry); inproc has no
    // monitor, and the runtime shows its link waiting for its binder the same way.
    const down = "retrying";
    const killed = await client.nextTick((t) => linkOf(t, "b-sink")?.state === down);
    await sleep(500);
    const later = await client.nextTick(() => true);
    expect(received(later, "a-sink")).toBeGreaterThan(received(killed, "a-sink"));
    expect(linkOf(later, "a-sink")?.state).toBe("connected");
    expect(linkOf(later, "b-sink")?.state).toBe(down);
    expect(received(later, "b-sink")).toBe(received(killed, "b-sink"));
    expect(client.events.some((e) => e.kind === "process-killed")).toBe(true);

    expect(await client.request({ type: "process:restart", processId: "b-src" })).toMatchObject({
      type: "command:ok",
    });
    const back = await client.nextTick(
      (t) =>
        linkOf(t, "b-sink")?.state === "connected" &&
        received(t, "b-sink") > received(later, "b-sink"),
    );
    expect(received(back, "a-sink")).toBeGreaterThan(received(later, "a-sink"));
    // Counters are per socket across its lives: the restarted producer counts on.
    expect(sent(back, "b-prod")).toBeGreaterThan(sent(killed, "b-prod"));
    await stop(client);
    await expectClean();
  });
});

describe("a page whose WebSocket drops", () => {
  it("resumes its session by id within the grace period, counters continuing", async () => {
    const first = await connect();
    const ep = await endpoint("tcp");
    await deploy(
      first,
      topology([
        {
          id: "prod",
          type: "PUSH",
          bind: [ep],
          behavior: { send: { everyMs: 2, frames: ["m {seq}"] } },
        },
        { id: "sink", type: "PULL", connect: [ep], behavior: { consume: {} } },
      ]),
    );
    const before = await first.nextTick((t) => received(t, "sink") > 50);
    first.terminate();
    await sleep(300);
    const second = await connect(gateway, first.sessionId ?? "none");
    const resumedState = await waitFor(() => second.lastState, "runtime:state");
    expect(resumedState.running).toBe(true);
    const after = await second.nextTick((t) => t.seq > before.seq);
    // The same runtime kept running while nobody watched: nothing restarted from zero.
    expect(received(after, "sink")).toBeGreaterThan(received(before, "sink"));
    expect(after.at).toBeGreaterThan(before.at);
    const later = await second.nextTick((t) => received(t, "sink") > received(after, "sink"));
    expect(sent(later, "prod")).toBeGreaterThanOrEqual(received(later, "sink"));
    await stop(second);
    await expectClean();
  });

  it("gets a fresh session after the grace period, the old one torn down", async () => {
    const short = await startBenchGateway({ limits: { resumeGraceMs: 300 } });
    try {
      const first = await connect(short);
      await deploy(
        first,
        topology([
          {
            id: "prod",
            type: "PUSH",
            bind: ["ipc://grace.ipc"],
            behavior: { send: { everyMs: 5, frames: ["m"] } },
          },
          { id: "sink", type: "PULL", connect: ["ipc://grace.ipc"], behavior: { consume: {} } },
        ]),
      );
      await first.nextTick((t) => received(t, "sink") > 0);
      first.terminate();
      await waitFor(() => (short.adapter.live === 0 ? true : null), "the old runtime torn down");
      const second = await connect(short, first.sessionId ?? "none");
      const state = await waitFor(() => second.lastState, "runtime:state");
      expect(state.running).toBe(false);
      expect(short.runtimes[0] && filesIn(short.runtimes[0].ipcDir)).toBe(0);
    } finally {
      await short.close();
    }
  });
});

describe("a PUSH whose consumer never reads", () => {
  // A PULL without behaviour is a program that never calls recv. inproc: the HWMs add
  // up (5 + 5). tcp: kernel buffers take more first, so messages are big (8 x 4 KiB).
  const cases = [
    { transport: "inproc" as const, frames: ["task {seq}"] },
    { transport: "tcp" as const, frames: Array.from({ length: 8 }, () => "x".repeat(4096)) },
  ];
  it.each(cases)(
    "over $transport: sends block at the high-water mark, visibly, and nothing hangs",
    async ({ transport, frames }) => {
      const client = await connect();
      const ep = await endpoint(transport);
      await deploy(
        client,
        topology([
          {
            id: "push",
            type: "PUSH",
            bind: [ep],
            options: { sendHighWaterMark: 5 },
            behavior: { send: { everyMs: 0, frames } },
          },
          { id: "deaf", type: "PULL", connect: [ep], options: { receiveHighWaterMark: 5 } },
        ]),
      );
      // The runtime's send times out after 1 s and says so: an event, then it retries.
      await waitFor(
        () => client.events.find((e) => e.kind === "send-blocked" && e.socket === "push"),
        "a send-blocked event",
        8000,
      );
      const a = await client.nextTick(() => true);
      await sleep(700);
      const b = await client.nextTick((t) => t.seq > a.seq);
      expect(sent(a, "push")).toBeGreaterThan(0);
      expect(sent(b, "push")).toBe(sent(a, "push"));
      expect(received(b, "deaf")).toBe(0);
      expect(b.sockets.find((s) => s.id === "push")?.blocked).toBe(true);
      if (transport === "inproc") expect(sent(b, "push")).toBeLessThanOrEqual(12);
      // The session still answers at once, and a stop tears everything down.
      const pingAt = Date.now();
      expect(await client.request({ type: "session:ping" }, 2000)).toMatchObject({
        type: "command:ok",
      });
      expect(Date.now() - pingAt).toBeLessThan(1000);
      const stopAt = Date.now();
      await stop(client);
      expect(Date.now() - stopAt).toBeLessThan(3000);
      await expectClean();
    },
  );
});

describe("a PUB faster than its SUB", () => {
  it("never blocks: it keeps sending, the SUB gets fewer, and the link counts the drops", async () => {
    const client = await connect();
    const ep = await endpoint("tcp");
    await deploy(
      client,
      topology([
        {
          id: "pub",
          type: "PUB",
          bind: [ep],
          options: { sendHighWaterMark: 10 },
          behavior: { send: { everyMs: 0, frames: ["news", "n {seq}"] } },
        },
        {
          id: "slow",
          type: "SUB",
          connect: [ep],
          options: { subscribe: [""], receiveHighWaterMark: 10 },
          behavior: { consume: { delayMs: 20 } },
        },
      ]),
    );
    const a = await client.nextTick((t) => received(t, "slow") > 0);
    await sleep(1500);
    const b = await client.nextTick((t) => t.seq > a.seq);
    // PUB went on at full speed (the send-rate cap is 10,000/s) while the SUB took ~50/s.
    expect(sent(b, "pub") - sent(a, "pub")).toBeGreaterThan(2000);
    expect(received(b, "slow") - received(a, "slow")).toBeLessThan(200);
    expect(sent(b, "pub")).toBeGreaterThan(received(b, "slow") + 2000);
    expect(client.events.some((e) => e.kind === "send-blocked")).toBe(false);
    expect(b.sockets.find((s) => s.id === "pub")?.blocked).toBe(false);
    // The link counts what arrived, exactly, and what the PUB dropped for this SUB (the
    // rest of the difference is still on its way, or lost at the tail: not yet known).
    const link = b.links.find((l) => l.connector === "slow");
    expect(link?.toConnector).toBe(received(b, "slow"));
    expect(link?.dropped).toBeGreaterThan(0);
    expect((link?.toConnector ?? 0) + (link?.dropped ?? 0)).toBeLessThanOrEqual(sent(b, "pub"));
    await stop(client);
    await expectClean();
  });
});

async function waitFor<T>(read: () => T | null | undefined, what: string, ms = 5000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}
