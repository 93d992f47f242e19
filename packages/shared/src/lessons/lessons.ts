import {
  atLeast,
  connected,
  atMost,
  between,
  delivered,
  exactly,
  heard,
  received,
  refused,
  sent,
} from "./expect.js";
import type { Lesson } from "./schema.js";
import type { TopologyRef } from "./topologies.js";

const seed = (id: string): TopologyRef => ({ source: "seed", id });
const file = (id: string): TopologyRef => ({ source: "lesson", id });
const each = (ids: string[], expect: (id: string) => Lesson["expected"][number]) => ids.map(expect);

/**
 * The course, in order. Together the lessons cover every topic of both seed tutorials
 * (seed-topics.ts); each one's `expected` is what its text says a run shows, and the
 * gateway's lessons integration test checks it on real sockets.
 */
export const LESSONS: readonly Lesson[] = [
  {
    id: "zmq-sockets",
    topology: file("many-peers"),
    covers: ["plain-sockets", "many-connections", "n-to-n"],
    expected: [
      sent("news", exactly(10)),
      ...each(["reader-1", "reader-2", "reader-3"], (r) => received(r, exactly(10))),
    ],
  },
  {
    id: "context-and-types",
    topology: file("one-program"),
    covers: ["context", "socket-types", "socket-life-cycle", "patterns"],
    expected: [
      sent("asker", exactly(8)),
      received("asker", exactly(8)),
      received("listener", exactly(8)),
    ],
  },
  {
    id: "pair",
    topology: seed("pair"),
    covers: ["pair"],
    expected: [
      sent("server", exactly(5)),
      received("server", exactly(5)),
      received("client", exactly(5)),
    ],
  },
  {
    id: "req-rep",
    topology: file("slow-server"),
    covers: ["req-rep", "req-blocks"],
    expected: [
      sent("client", atLeast(3)),
      // It would like ten a second; each answer takes one.
      { kind: "perSecond", socket: "client", counter: "sent", bound: atMost(1.5) },
      {
        kind: "compare",
        left: { socket: "client", counter: "sent" },
        op: "<=",
        right: { socket: "client", counter: "received", plus: 1 },
      },
    ],
  },
  {
    id: "req-two-servers",
    topology: seed("req-two-reps"),
    covers: ["req-many-servers"],
    expected: [
      received("client", exactly(10)),
      received("server-1", exactly(5)),
      received("server-2", exactly(5)),
    ],
  },
  {
    id: "pub-sub",
    topology: seed("pub-sub"),
    covers: ["pub-sub"],
    expected: [
      received("sub-1", exactly(10)),
      received("sub-2", exactly(20)),
      heard("sub-1", "pub-5556", exactly(0)),
    ],
    challenge: { checker: "sub-for-one-topic", solution: file("pub-sub-solved") },
  },
  {
    id: "pipeline",
    topology: seed("pipeline"),
    covers: ["pipeline"],
    expected: [
      received("collector", exactly(100)),
      received("consumer-1-in", exactly(50)),
      received("consumer-2-in", exactly(50)),
    ],
    challenge: { checker: "three-consumers", solution: file("pipeline-solved") },
  },
  {
    id: "start-order",
    topology: file("producer-first"),
    covers: ["start-order"],
    script: [
      // As a student would: the links are up on the canvas, then consumer 2 is killed.
      {
        do: "wait",
        until: [connected("consumer-2-in", "producer"), connected("consumer-1-out", "collector")],
      },
      { do: "kill", process: "consumer-2" },
      { do: "wait", until: [sent("producer", exactly(100))], timeoutMs: 10_000 },
      { do: "restart", process: "consumer-2" },
      { do: "wait", until: [received("collector", exactly(100))], timeoutMs: 15_000 },
    ],
    expected: [
      received("consumer-1-in", exactly(100)),
      received("consumer-2-in", exactly(0)),
      received("collector", exactly(100)),
    ],
  },
  {
    id: "bind-connect",
    topology: file("stable-server"),
    covers: ["bind-connect", "stable-flexible", "many-connections"],
    expected: [
      received("server", exactly(20)),
      received("client-1", exactly(10)),
      received("client-2", exactly(10)),
    ],
  },
  {
    id: "transports",
    topology: file("transports"),
    covers: ["transports"],
    expected: [
      received("collector", exactly(30)),
      ...each(["via-tcp", "via-ipc", "via-inproc"], (s) => delivered(s, "collector", exactly(10))),
    ],
  },
  {
    id: "multicast",
    topology: file("multicast"),
    covers: ["pgm"],
    expected: refused("unsupported-transport"),
    challenge: { checker: "supported-transport", solution: file("multicast-solved") },
  },
  {
    id: "connect-first",
    topology: file("connect-first"),
    covers: ["connect-before-bind"],
    expected: [
      sent("sender", exactly(10)),
      { kind: "diagnostic", code: "dangling-connect", present: true },
    ],
    challenge: {
      checker: "late-collector",
      solution: file("connect-first-solved"),
      solveAfter: [sent("sender", atLeast(4))],
    },
  },
  {
    id: "multi-bind",
    topology: seed("pub-tcp-ipc"),
    covers: ["multi-bind"],
    expected: [
      sent("server", exactly(10)),
      received("sub-tcp", exactly(10)),
      received("sub-ipc", exactly(10)),
    ],
  },
  {
    id: "address-in-use",
    topology: file("address-in-use"),
    covers: ["address-in-use"],
    expected: refused("address-in-use"),
    challenge: { checker: "one-bind-per-address", solution: file("address-in-use-solved") },
  },
  {
    id: "messages",
    topology: file("frames"),
    covers: ["messages", "http-frames"],
    expected: [sent("sender", exactly(5)), received("receiver", exactly(5))],
  },
  {
    id: "high-water-marks",
    topology: file("high-water-marks"),
    covers: ["background-io", "high-water-marks"],
    expected: [
      sent("pub", exactly(200)),
      received("sub", atMost(100)),
      received("pull", atLeast(15)),
      // Both queues (10 + 10 over inproc) and the one message being read, no more.
      {
        kind: "compare",
        left: { socket: "push", counter: "sent" },
        op: "<=",
        right: { socket: "pull", counter: "received", plus: 25 },
      },
    ],
  },
  {
    id: "fan-out-fan-in",
    topology: file("fan-out-fan-in"),
    covers: ["fan-out-fan-in", "fair-queuing"],
    expected: [
      ...each(["worker-1", "worker-2", "worker-3"], (w) => received(w, exactly(10))),
      // Taken in turns: a third each long before any sender's 100 are through.
      received("sink", between(45, 200)),
      ...each(["sender-a", "sender-b", "sender-c"], (s) => delivered(s, "sink", atLeast(15))),
    ],
  },
  {
    id: "send-returns-early",
    topology: file("late-subscriber"),
    covers: ["send-returns-early"],
    expected: [sent("publisher", exactly(10)), received("subscriber", between(7, 9))],
  },
  {
    id: "legal-pairs",
    topology: file("legal-pairs"),
    covers: ["legal-pairs", "patterns"],
    expected: each(["req-1", "dealer-2", "dealer-3", "dealer-4b", "router-5b"], (c) =>
      received(c, exactly(5)),
    ),
  },
  {
    id: "illegal-link",
    topology: file("illegal-link"),
    covers: ["legal-pairs"],
    expected: refused("incompatible-peers"),
    challenge: { checker: "legal-link", solution: file("illegal-link-solved") },
  },
];

/** The lesson with this id, if there is one. */
export function lessonById(id: string): Lesson | undefined {
  return LESSONS.find((l) => l.id === id);
}
