import { afterEach, describe, expect, it } from "vitest";
import { fixtureById } from "@zmq-playground/shared";
import type { RuntimeSnapshot } from "../src/runtime/types.js";
import { onFreshEndpoints, TRANSPORTS, type Transport } from "./support/endpoints.js";
import { startRuntime, sleep, waitFor, type TestRuntime } from "./support/runtime.js";

/** [sent, received] per socket, from each fixture's "Expected:" sentence. */
const EXPECTED: Record<string, Record<string, [number, number]>> = {
  pair: { server: [5, 5], client: [5, 5] },
  "req-rep": { server: [10, 10], client: [10, 10] },
  "req-two-reps": { client: [10, 10], "server-1": [5, 5], "server-2": [5, 5] },
  "pub-sub": { "pub-5546": [10, 0], "pub-5556": [10, 0], "sub-1": [0, 10], "sub-2": [0, 20] },
  pipeline: {
    producer: [100, 0],
    "consumer-1-in": [0, 50],
    "consumer-1-out": [50, 0],
    "consumer-2-in": [0, 50],
    "consumer-2-out": [50, 0],
    collector: [0, 100],
  },
  "pub-tcp-ipc": { server: [10, 0], "sub-tcp": [0, 10], "sub-ipc": [0, 10] },
  "req-router": { server: [10, 10], "client-1": [5, 5], "client-2": [5, 5] },
  "dealer-rep": { server: [10, 10], client: [10, 10] },
  "dealer-router": { server: [8, 8], "dealer-a": [5, 5], "dealer-b": [3, 3] },
  "dealer-dealer": { worker: [10, 10], client: [10, 10] },
  "router-router": { server: [5, 5], client: [5, 5] },
};

/** The fixtures' timers, four times faster: the waits for connections stay ample. */
const SPEED = 4;

const cases = Object.keys(EXPECTED).flatMap((id): [string, Transport | "keep"][] =>
  // The tcp+ipc publisher keeps its two transports.
  id === "pub-tcp-ipc" ? [[id, "keep"]] : TRANSPORTS.map((t) => [id, t]),
);

function counts(snapshot: RuntimeSnapshot): Record<string, [number, number]> {
  const sorted = [...snapshot.sockets].sort((a, b) => a.id.localeCompare(b.id));
  return Object.fromEntries(sorted.map((s) => [s.id, [s.sent, s.received]]));
}

function sortedJson(record: Record<string, unknown> | undefined): string {
  return JSON.stringify(Object.entries(record ?? {}).sort(([a], [b]) => a.localeCompare(b)));
}

/** What each socket received, summed over the links it is on, by direction. */
function receivedOverLinks(snapshot: RuntimeSnapshot): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const s of snapshot.sockets) sums[s.id] = 0;
  for (const l of snapshot.links) {
    if (l.binder !== null) sums[l.binder] = (sums[l.binder] ?? 0) + l.toBinder;
    sums[l.connector] = (sums[l.connector] ?? 0) + l.toConnector;
  }
  return sums;
}

describe("every tutorial example", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  it.each(cases)(
    "%s over %s delivers what it should, counted on the links it took",
    async (id, transport) => {
      const fixture = fixtureById(id);
      if (!fixture) throw new Error(`fixture ${id} is missing`);
      rt = startRuntime();
      const { runtime } = rt;
      runtime.setSpeed(SPEED);
      expect(await runtime.deploy(onFreshEndpoints(fixture.topology, transport))).toEqual([]);
      const expected = EXPECTED[id];
      await waitFor(
        () => sortedJson(counts(runtime.snapshot())) === sortedJson(expected),
        `${id}: ${JSON.stringify(expected)} (now ${JSON.stringify(counts(runtime.snapshot()))})`,
        15_000,
      );
      // Nothing more arrives afterwards: the counts are exact, not a lower bound.
      await sleep(150);
      const snapshot = runtime.snapshot();
      expect(counts(snapshot)).toEqual(expected);
      const received = Object.fromEntries(snapshot.sockets.map((s) => [s.id, s.received]));
      expect(receivedOverLinks(snapshot)).toEqual(received);
      expect(snapshot.links.every((l) => l.state === "connected")).toBe(true);
      expect(rt.diagnostics).toEqual([]);
    },
  );

  it("gives each subscriber both publishers, split by link", async () => {
    const fixture = fixtureById("pub-sub");
    if (!fixture) throw new Error("fixture pub-sub is missing");
    rt = startRuntime();
    rt.runtime.setSpeed(SPEED);
    await rt.runtime.deploy(onFreshEndpoints(fixture.topology, "tcp"));
    const runtime = rt.runtime;
    await waitFor(() => rt?.socket("sub-2").received === 20, "sub-2 to hear 20");
    const byLink = runtime.snapshot().links.map((l) => [l.connector, l.binder, l.toConnector]);
    expect(byLink).toEqual([
      ["sub-1", "pub-5546", 10],
      ["sub-1", "pub-5556", 0],
      ["sub-2", "pub-5546", 10],
      ["sub-2", "pub-5556", 10],
    ]);
  });
});
