import { checkTopology, type SocketSpec, type Topology } from "@zmq-playground/shared";

/** Sends "forever" at full speed: only the session's own send-rate cap holds it back. */
const FOREVER = 1_000_000_000;
export const SUBSCRIBERS = 4;

/**
 * PUSH -> PULL and PUB -> 4 SUB, both sending with `everyMs: 0` (as fast as the runtime
 * lets them). The endpoints are two tcp ports free when the bench starts.
 */
export function fullSpeedTopology(pushPort: number, pubPort: number): Topology {
  const push = `tcp://127.0.0.1:${pushPort}`;
  const pub = `tcp://127.0.0.1:${pubPort}`;
  const subs: SocketSpec[] = Array.from({ length: SUBSCRIBERS }, (_, i) => ({
    id: `sub-${i + 1}`,
    type: "SUB",
    connect: [pub],
    options: { subscribe: [""] },
    behavior: { consume: {} },
    position: { x: 420, y: 260 + i * 180 },
  }));
  return {
    format: "zmq-topology",
    version: 1,
    title: "UI bench: full speed",
    description: "PUSH -> PULL and PUB -> 4 SUB, each sender with everyMs 0.",
    sockets: [
      {
        id: "pusher",
        type: "PUSH",
        bind: [push],
        behavior: { send: { everyMs: 0, frames: ["task {seq}"], count: FOREVER } },
        position: { x: 0, y: 0 },
      },
      {
        id: "puller",
        type: "PULL",
        connect: [push],
        behavior: { consume: {} },
        position: { x: 420, y: 0 },
      },
      {
        id: "publisher",
        type: "PUB",
        bind: [pub],
        behavior: { send: { everyMs: 0, frames: ["news {seq}"], count: FOREVER } },
        position: { x: 0, y: 420 },
      },
      ...subs,
    ],
  };
}

/** Columns of PUSH -> PULL pairs in the big diagram (each pair takes two grid cells). */
const PAIR_COLUMNS = 10;
const CELL_X = 280;
const PAIR_X = 2 * CELL_X + 60;
const ROW_Y = 200;

/**
 * `pairs` PUSH -> PULL pairs in a grid (10 pairs a row): 2 x `pairs` sockets, each PUSH
 * binding its own port, each PULL connecting to it. It is edited, never run.
 */
export function gridTopology(pairs: number, firstPort = 46000): Topology {
  const sockets: SocketSpec[] = [];
  for (let i = 0; i < pairs; i += 1) {
    const endpoint = `tcp://127.0.0.1:${firstPort + i}`;
    const x = (i % PAIR_COLUMNS) * PAIR_X;
    const y = Math.floor(i / PAIR_COLUMNS) * ROW_Y;
    sockets.push(
      { id: `push-${i + 1}`, type: "PUSH", bind: [endpoint], position: { x, y } },
      {
        id: `pull-${i + 1}`,
        type: "PULL",
        connect: [endpoint],
        position: { x: x + CELL_X, y },
      },
    );
  }
  return {
    format: "zmq-topology",
    version: 1,
    title: `UI bench: ${2 * pairs} sockets`,
    sockets,
  };
}

/** The bench measures valid diagrams only: a problem badge on every node is another page. */
export function assertValid(topology: Topology): Topology {
  const problems = checkTopology(topology).filter((d) => d.severity === "error");
  if (problems.length > 0)
    throw new Error(
      `${topology.title ?? "topology"} is invalid: ${problems.map((d) => d.message).join("; ")}`,
    );
  return topology;
}
