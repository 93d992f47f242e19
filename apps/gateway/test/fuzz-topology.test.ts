/**
 * Topology import under fire. First the pure path (parseTopologyText / parseTopology and
 * checkTopology) on thousands of damaged fixtures; then the gateway's deploy path: a real
 * server and runtime get `topology:deploy` with damaged fixtures and must answer
 * command:ok or a structured command:error, never fail, and never leave a refused
 * topology half-deployed. Run counts are in the test names. tcp ports in the damaged
 * documents are moved to free ports of 40000-43999 before they are sent.
 */
import { createServer } from "node:net";
import fc from "fast-check";
import {
  COMMAND_ERROR_CODES,
  SOCKET_TYPES,
  TOPOLOGY_FIXTURES,
  checkTopology,
  diagnosticSchema,
  parseTopology,
  parseTopologyText,
  serializeTopology,
  type SocketSpec,
  type Topology,
  type TopologyParseResult,
} from "@zmq-playground/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startBenchGateway, type BenchGateway } from "../bench/gateway.js";
import { PortRange } from "../bench/ports.js";
import { fdsSettledTo, filesIn, memoryAfterGc, openFds } from "../bench/proc.js";
import { sleep } from "../bench/stats.js";
import { BenchClient } from "../bench/ws-client.js";

const PURE_RUNS = 3000;
const DEPLOY_RUNS = 3000;

const docs: unknown[] = TOPOLOGY_FIXTURES.map((f) => JSON.parse(serializeTopology(f.topology)));
const texts = TOPOLOGY_FIXTURES.map((f) => serializeTopology(f.topology));

const endpointLike = fc.oneof(
  fc.nat({ max: 70_000 }).map((p) => `tcp://127.0.0.1:${p}`),
  fc.constantFrom(
    "tcp://localhost:5555",
    "tcp://0.0.0.0:5555",
    "tcp://[::1]:5555",
    "tcp://10.0.0.1:5555",
    "tcp://127.0.0.1:*",
    "tcp://127.0.0.1",
    "tcp://:5555",
    "ipc://a.ipc",
    "ipc://../../etc/passwd",
    `ipc://${"a".repeat(64)}`,
    `ipc://${"a".repeat(65)}`,
    "inproc://a",
    "inproc://",
    "inproc://*",
    "pgm://eth0;239.192.1.1:5555",
    "epgm://eth0;239.192.1.1:5555",
    "udp://127.0.0.1:5555",
    "ws://127.0.0.1:5555",
    "tcp//127.0.0.1:5555",
    "",
  ),
  fc.string({ maxLength: 20 }).map((s) => `inproc://${s}`),
  fc.string({ maxLength: 20 }).map((s) => `ipc://${s}`),
);

/** Values that hit the format where it is picky, plus anything JSON. */
const interestingValue = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(...SOCKET_TYPES, "PEER", "CHANNEL", "push", "STREAM", "DGRAM"),
  endpointLike,
  endpointLike.map((e) => [e]),
  fc.constantFrom(-1, 0, 1, 2 ** 31, 1e12, 0.5, "", "x".repeat(5000), null, true, [], {}),
  fc.constantFrom(
    { send: { everyMs: 0, frames: ["{seq}"] } },
    { reply: { frames: ["{in}"] } },
    { forward: { to: "producer" } },
    { consume: { delayMs: 1 } },
    { send: { everyMs: 1, frames: [] } },
    { subscribe: [""] },
    { routingId: "r" },
    { conflate: true },
    { sendHighWaterMark: 0 },
  ),
);

type Op =
  | { kind: "set"; pick: number; value: unknown }
  | { kind: "delete"; pick: number }
  | { kind: "duplicate"; pick: number }
  | { kind: "retype"; pick: number; type: string }
  | { kind: "link"; from: number; to: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), value: interestingValue }),
  fc.record({ kind: fc.constant("delete" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("duplicate" as const), pick: fc.nat() }),
  fc.record({
    kind: fc.constant("retype" as const),
    pick: fc.nat(),
    type: fc.constantFrom(...SOCKET_TYPES),
  }),
  fc.record({ kind: fc.constant("link" as const), from: fc.nat(), to: fc.nat() }),
);

interface Slot {
  readonly holder: object;
  readonly key: string;
}

function slotsOf(doc: unknown): Slot[] {
  const slots: Slot[] = [];
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== "object") return;
    for (const [key, child] of Object.entries(node)) {
      slots.push({ holder: node, key });
      walk(child);
    }
  };
  walk(doc);
  return slots;
}

function socketsOf(doc: unknown): object[] {
  const sockets: unknown =
    typeof doc === "object" && doc !== null ? Reflect.get(doc, "sockets") : undefined;
  return Array.isArray(sockets)
    ? sockets.filter((s): s is object => typeof s === "object" && s !== null)
    : [];
}

function apply(doc: unknown, o: Op): void {
  const sockets = socketsOf(doc);
  const slots = slotsOf(doc);
  switch (o.kind) {
    case "set": {
      const slot = slots[o.pick % Math.max(1, slots.length)];
      // A copy: fast-check hands out the same constant objects again in later runs.
      if (slot) Reflect.set(slot.holder, slot.key, structuredClone(o.value));
      return;
    }
    case "delete": {
      const slot = slots[o.pick % Math.max(1, slots.length)];
      if (!slot) return;
      if (Array.isArray(slot.holder)) slot.holder.splice(Number(slot.key), 1);
      else Reflect.deleteProperty(slot.holder, slot.key);
      return;
    }
    case "duplicate": {
      const s = sockets[o.pick % Math.max(1, sockets.length)];
      const list: unknown =
        typeof doc === "object" && doc !== null ? Reflect.get(doc, "sockets") : undefined;
      if (s && Array.isArray(list)) list.push(structuredClone(s));
      return;
    }
    case "retype": {
      const s = sockets[o.pick % Math.max(1, sockets.length)];
      if (s) Reflect.set(s, "type", o.type);
      return;
    }
    case "link": {
      const from = sockets[o.from % Math.max(1, sockets.length)];
      const to = sockets[o.to % Math.max(1, sockets.length)];
      const bind: unknown = to ? Reflect.get(to, "bind") : undefined;
      const target = Array.isArray(bind) ? bind[0] : undefined;
      if (from && typeof target === "string") {
        const connect: unknown = Reflect.get(from, "connect");
        Reflect.set(from, "connect", [...(Array.isArray(connect) ? connect : []), target]);
      }
      return;
    }
  }
}

/** A fixture (as plain JSON) damaged by one to four operations. */
const damagedDoc = fc
  .record({ fixture: fc.nat(), ops: fc.array(op, { minLength: 1, maxLength: 4 }) })
  .map(({ fixture, ops }) => {
    const doc = structuredClone(docs[fixture % docs.length]);
    for (const o of ops) apply(doc, o);
    return doc;
  });

/** A fixture's text with characters cut, inserted or replaced. */
const damagedText = fc
  .record({
    text: fc.constantFrom(...texts),
    edits: fc.array(
      fc.record({
        at: fc.nat(),
        cut: fc.nat({ max: 30 }),
        insert: fc.string({
          maxLength: 6,
          unit: fc.constantFrom(
            "{",
            "}",
            "[",
            "]",
            '"',
            ",",
            ":",
            "0",
            "-",
            "a",
            " ",
            "\\",
            "\u0000",
          ),
        }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map(({ text, edits }) =>
    edits.reduce((t, e) => {
      const i = e.at % (t.length + 1);
      return t.slice(0, i) + e.insert + t.slice(i + e.cut);
    }, text),
  );

function expectWellFormed(result: TopologyParseResult): void {
  if (result.ok) {
    expect(result.diagnostics).toEqual([]);
    for (const d of checkTopology(result.topology)) diagnosticSchema.parse(d);
  } else {
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const d of result.diagnostics) diagnosticSchema.parse(d);
  }
}

describe("importing damaged topologies", () => {
  it(`never throws on ${PURE_RUNS} fixture texts with characters cut or inserted`, () => {
    fc.assert(
      fc.property(damagedText, (text) => expectWellFormed(parseTopologyText(text))),
      { numRuns: PURE_RUNS },
    );
  });

  it(`never throws on ${PURE_RUNS} fixture documents with values replaced, removed or duplicated`, () => {
    fc.assert(
      fc.property(damagedDoc, (doc) => expectWellFormed(parseTopology(doc))),
      { numRuns: PURE_RUNS },
    );
  });
});

describe("deploying damaged topologies through the gateway", () => {
  const ports = new PortRange(40000, 43999);
  let gateway: BenchGateway;
  let client: BenchClient;

  beforeAll(async () => {
    // The client-message rate cap (200/s, tested in hostile-input.test.ts) is raised:
    // refused deploys are answered in well under a millisecond, and this test is about
    // what a deploy does, not about the limiter.
    gateway = await startBenchGateway({ limits: { maxClientMessagesPerSecond: 100_000 } });
    client = await BenchClient.open(gateway.wsUrl);
    await client.hello();
  });
  afterAll(async () => {
    client.close();
    await gateway.close();
  });

  /** Every tcp port in the document becomes a free one of ours (the rest is untouched). */
  async function onOurPorts(doc: unknown): Promise<unknown> {
    const moved = new Map<string, number>();
    const visit = async (node: unknown): Promise<unknown> => {
      if (typeof node === "string") {
        const m = /^tcp:\/\/(.*):(\d+)$/.exec(node);
        if (!m) return node;
        const port = m[2] ?? "";
        let fresh = moved.get(port);
        if (fresh === undefined) {
          fresh = await ports.free();
          moved.set(port, fresh);
        }
        return `tcp://${m[1] ?? ""}:${fresh}`;
      }
      if (Array.isArray(node)) {
        const out: unknown[] = [];
        for (const child of node) out.push(await visit(child));
        return out;
      }
      if (node !== null && typeof node === "object") {
        const out: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(node)) out[k] = await visit(v);
        return out;
      }
      return node;
    };
    return visit(doc);
  }

  async function liveSocketsSettle(): Promise<number> {
    for (let i = 0; i < 20 && gateway.adapter.live > 0; i += 1) await sleep(50);
    return gateway.adapter.live;
  }

  it(`answers ${DEPLOY_RUNS} damaged deploys with ok or a structured error, leaving nothing half-deployed`, async () => {
    // Warm up first: the first deploy makes the session's zmq Context (threads, fds).
    const warm = await onOurPorts(docs[0]);
    await client.requestUnchecked({ type: "topology:deploy", topology: warm });
    await client.request({ type: "topology:stop" });
    const fds = openFds();
    const heap = memoryAfterGc().heapUsedMb;
    const outcomes = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(damagedDoc, async (damaged) => {
        const topology = await onOurPorts(damaged);
        const answer = await client.requestUnchecked({ type: "topology:deploy", topology });
        const key = answer.type === "command:ok" ? "ok" : answer.code;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
        if (answer.type === "command:error") {
          expect(COMMAND_ERROR_CODES).toContain(answer.code);
          expect(answer.code, answer.message).not.toBe("internal");
          expect(client.lastState?.running ?? false).toBe(false);
          // Refused means nothing was created, or all of it was closed again.
          expect(await liveSocketsSettle(), `${answer.code}: ${answer.message}`).toBe(0);
        } else {
          expect(client.lastState?.running).toBe(true);
          expect(await client.request({ type: "topology:stop" })).toMatchObject({
            type: "command:ok",
          });
          expect(await liveSocketsSettle()).toBe(0);
        }
        for (const probe of gateway.runtimes) expect(filesIn(probe.ipcDir)).toBe(0);
      }),
      { numRuns: DEPLOY_RUNS },
    );
    expect(client.invalid).toBe(0);
    console.info(`damaged deploys: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    // Both outcomes really happened: the damage is not all caught by the schema.
    expect(outcomes.get("ok") ?? 0).toBeGreaterThan(5);
    expect(outcomes.get("invalid-topology") ?? 0).toBeGreaterThan(5);
    // A fresh page is still served, and the process did not swell.
    const fresh = await BenchClient.open(gateway.wsUrl);
    await fresh.hello();
    expect(await fresh.request({ type: "session:ping" })).toMatchObject({ type: "command:ok" });
    fresh.close();
    await sleep(200);
    expect(await fdsSettledTo(fds + 4)).toBeLessThanOrEqual(fds + 4);
    expect(memoryAfterGc().heapUsedMb).toBeLessThan(heap + 30);
  }, 60_000);

  // A deploy that passes validation but whose bind fails at run time (here an outside
  // program holds the port) is answered invalid-topology and the session says running:
  // false, so the runtime must not keep what it made: topology:stop would not close it.
  it("leaves no socket behind when a deploy is refused because a bind failed", async () => {
    const port = await ports.free();
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(port, "127.0.0.1", () => resolve()));
    try {
      const answer = await client.request({
        type: "topology:deploy",
        topology: {
          format: "zmq-topology",
          version: 1,
          sockets: [
            { id: "taken", type: "PUSH", bind: [`tcp://127.0.0.1:${port}`] },
            { id: "fine", type: "PULL", bind: ["inproc://fine"] },
          ],
        },
      });
      expect(answer).toMatchObject({ type: "command:error", code: "invalid-topology" });
      expect(client.lastState?.running).toBe(false);
      // Nothing left even before the stop: the failed deploy was undone.
      expect(await liveSocketsSettle()).toBe(0);
      expect(await client.request({ type: "topology:stop" })).toMatchObject({ type: "command:ok" });
      expect(await liveSocketsSettle()).toBe(0);
    } finally {
      holder.close();
      // Heal the session for whatever runs next: an empty deploy closes what was left.
      await client.request({
        type: "topology:deploy",
        topology: { format: "zmq-topology", version: 1, sockets: [] },
      });
      await client.request({ type: "topology:stop" });
    }
  });

  it("keeps the previous topology running, and says so, when a redeploy fails at a bind", async () => {
    const [port, taken] = [await ports.free(), await ports.free()];
    const endpoint = `tcp://127.0.0.1:${port}`;
    const producer: SocketSpec = {
      id: "producer",
      type: "PUSH",
      bind: [endpoint],
      behavior: { send: { everyMs: 5, frames: ["task {seq}"] } },
    };
    const collector: SocketSpec = {
      id: "collector",
      type: "PULL",
      connect: [endpoint],
      behavior: { consume: {} },
    };
    const first: Topology = { format: "zmq-topology", version: 1, sockets: [producer, collector] };
    expect(await client.request({ type: "topology:deploy", topology: first })).toMatchObject({
      type: "command:ok",
    });
    const received = () =>
      client.lastTick?.sockets.find((s) => s.id === "collector")?.received ?? 0;
    for (let i = 0; i < 100 && received() < 10; i += 1) await sleep(20);
    const before = received();
    expect(before).toBeGreaterThanOrEqual(10);
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(taken, "127.0.0.1", () => resolve()));
    try {
      const answer = await client.request({
        type: "topology:deploy",
        topology: {
          ...first,
          sockets: [
            producer,
            { ...collector, behavior: { consume: { delayMs: 1 } } },
            { id: "late", type: "PULL", bind: [`tcp://127.0.0.1:${taken}`] },
          ],
        },
      });
      expect(answer).toMatchObject({ type: "command:error", code: "invalid-topology" });
      expect(answer.type === "command:error" ? answer.message : "").toContain(
        "The previous topology is still running.",
      );
      expect(client.lastState?.running).toBe(true);
      // The collector the redeploy had replaced is back, with its counters, and receiving.
      for (let i = 0; i < 100 && received() < before + 10; i += 1) await sleep(20);
      expect(received()).toBeGreaterThanOrEqual(before + 10);
      expect(client.lastTick?.sockets.map((s) => s.id)).toEqual(["producer", "collector"]);
    } finally {
      holder.close();
    }
    expect(await client.request({ type: "topology:stop" })).toMatchObject({ type: "command:ok" });
    expect(await liveSocketsSettle()).toBe(0);
  });
});
