import type { SocketSpec, Topology } from "@zmq-playground/shared";
import { PAYLOAD } from "./raw.js";

function topology(title: string, sockets: SocketSpec[]): Topology {
  return { format: "zmq-topology", version: 1, title, sockets };
}

/**
 * The traced twin of rawPushPull: the PUSH sends the 32-byte payload as fast as the
 * runtime lets it (everyMs 0, a count it never reaches in a round), the PULL consumes.
 * Each socket is a process of its own, as two programs would be.
 */
export function pushPullTopology(endpoint: string, everyMs = 0): Topology {
  return topology("bench: PUSH -> PULL", [
    {
      id: "push",
      type: "PUSH",
      bind: [endpoint],
      behavior: { send: { everyMs, frames: [PAYLOAD], count: 1_000_000_000 } },
    },
    { id: "pull", type: "PULL", connect: [endpoint], behavior: { consume: {} } },
  ]);
}

/** The traced twin of rawFanout: one PUB, `subscribers` SUBs ("sub-1"...) taking everything. */
export function fanoutTopology(endpoint: string, subscribers: number): Topology {
  const subs: SocketSpec[] = Array.from({ length: subscribers }, (_, i) => ({
    id: `sub-${i + 1}`,
    type: "SUB",
    connect: [endpoint],
    options: { subscribe: [""] },
    behavior: { consume: {} },
  }));
  return topology("bench: PUB -> 4 SUB", [
    {
      id: "pub",
      type: "PUB",
      bind: [endpoint],
      // Slow joiner: the first messages would be lost anyway; the count starts later.
      behavior: {
        send: { everyMs: 0, frames: [PAYLOAD], count: 1_000_000_000, startAfterMs: 200 },
      },
    },
    ...subs,
  ]);
}

/** `pairs` PUSH -> PULL pairs over tcp (2 x pairs sockets), each PUSH binding its own port. */
export function manyPairsTopology(endpoints: readonly string[]): Topology {
  return topology(
    `bench: ${endpoints.length * 2} sockets`,
    endpoints.flatMap((endpoint, i): SocketSpec[] => [
      { id: `push-${i}`, type: "PUSH", bind: [endpoint] },
      { id: `pull-${i}`, type: "PULL", connect: [endpoint] },
    ]),
  );
}
