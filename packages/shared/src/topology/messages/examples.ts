import type { SocketSpec, Topology } from "../schema.js";

/** A small topology that raises one or more validator messages. */
export interface DiagnosticExample {
  readonly name: string;
  readonly topology: Topology;
}

const tcp = (port: number) => `tcp://127.0.0.1:${port}`;
const doc = (sockets: SocketSpec[], processes?: Topology["processes"]): Topology =>
  processes === undefined
    ? { format: "zmq-topology", version: 1, sockets }
    : { format: "zmq-topology", version: 1, processes, sockets };
const binds = (id: string, type: SocketSpec["type"], endpoint: string): SocketSpec => ({
  id,
  type,
  bind: [endpoint],
});
const connects = (id: string, type: SocketSpec["type"], endpoint: string): SocketSpec => ({
  id,
  type,
  connect: [endpoint],
});
const badEndpoints = [
  "localhost:5555",
  "ipc:///tmp/x.ipc",
  "inproc://a b",
  "pgm://eth0;239.192.1.1:5555",
  "epgm://eth0;239.192.1.1:5555",
  "udp://127.0.0.1:5555",
  "ws://127.0.0.1:5555",
  "wss://127.0.0.1:5555",
  "tipc://{15560,0,0}",
  "vmci://1:5555",
  "foo://bar",
  "tcp://127.0.0.1:*",
  "tcp://127.0.0.1",
  "tcp://127.0.0.1:70000",
];

/**
 * Bad topologies that, together, raise every message the validator has (every variant
 * of every code). Tests render each diagnostic's template in every language against
 * these, so a message without a template or a translation cannot slip through.
 */
export const DIAGNOSTIC_EXAMPLES: readonly DiagnosticExample[] = [
  {
    name: "ids used twice, undeclared and clashing processes",
    topology: doc(
      [
        { id: "a", type: "PUSH", process: "p" },
        { id: "a", type: "PULL" },
        { id: "b", type: "PULL", process: "nowhere" },
        { id: "lonely", type: "PUSH" },
        { id: "c", type: "PUSH", process: "p" },
        { id: "p", type: "PULL" },
      ],
      [{ id: "p" }, { id: "p" }, { id: "lonely" }],
    ),
  },
  {
    name: "endpoints that cannot be bound",
    topology: doc(badEndpoints.map((e, i) => binds(`s${i}`, "PUSH", e))),
  },
  {
    name: "endpoints that cannot be connected to",
    topology: doc(badEndpoints.map((e, i) => connects(`s${i}`, "PULL", e))),
  },
  {
    name: "tcp beyond this machine",
    topology: doc([
      binds("any", "PUB", "tcp://*:5555"),
      connects("far", "SUB", "tcp://10.0.0.1:5556"),
    ]),
  },
  {
    name: "addresses in use, over tcp and ipc",
    topology: doc([
      { id: "a", type: "PUB", bind: [tcp(5555), tcp(5555), "ipc://x.ipc", "ipc://x.ipc"] },
      { id: "b", type: "PUB", bind: ["tcp://localhost:5555", "ipc://x.ipc"] },
    ]),
  },
  {
    name: "connects twice, to itself, to nobody and in other words",
    topology: doc([
      { id: "a", type: "PUSH", bind: [tcp(5555)] },
      { id: "b", type: "PULL", connect: [tcp(5555), tcp(5555)] },
      { id: "c", type: "PAIR", bind: ["inproc://x"], connect: ["inproc://x"] },
      { id: "d", type: "PULL", connect: [tcp(5599), "inproc://nobody", "tcp://localhost:5555"] },
    ]),
  },
  {
    name: "PUB connected by a PULL",
    topology: doc([binds("pub", "PUB", tcp(5555)), connects("sink", "PULL", tcp(5555))]),
  },
  {
    name: "PAIR and CHANNEL with too many peers, one outside",
    topology: doc([
      { id: "hub", type: "PAIR", bind: [tcp(5555)], connect: [tcp(5599)] },
      connects("b", "PAIR", tcp(5555)),
      connects("c", "PAIR", tcp(5555)),
      binds("ch", "CHANNEL", "inproc://ch"),
      connects("ch1", "CHANNEL", "inproc://ch"),
      connects("ch2", "CHANNEL", "inproc://ch"),
    ]),
  },
  {
    name: "options a type does not take, SUB and DISH that will hear nothing",
    topology: doc([
      { id: "pub", type: "PUB", options: { subscribe: ["a"], routingId: "x" } },
      { id: "sub", type: "SUB" },
      { id: "dish", type: "DISH" },
    ]),
  },
  {
    name: "behaviours a type cannot have",
    topology: doc([
      { id: "pull", type: "PULL", behavior: { send: { everyMs: 10, frames: ["x"] } } },
      { id: "rep", type: "REP", behavior: { send: { everyMs: 10, frames: ["x"] } } },
      { id: "push", type: "PUSH", behavior: { consume: {} } },
      { id: "rep2", type: "REP", behavior: { consume: {} } },
      { id: "req", type: "REQ", behavior: { reply: { frames: ["x"] } } },
      { id: "pull2", type: "PULL", behavior: { reply: { frames: ["x"] } } },
      { id: "req2", type: "REQ", behavior: { forward: { to: "req" } } },
      { id: "server", type: "SERVER", behavior: { forward: { to: "req" } } },
    ]),
  },
  {
    name: "conflicting behaviours, frames, groups and a ROUTER without a routing id",
    topology: doc([
      { id: "dealer", type: "DEALER", behavior: { reply: { frames: ["x"] }, consume: {} } },
      {
        id: "client",
        type: "CLIENT",
        behavior: { send: { everyMs: 10, frames: ["a", "b"] } },
      },
      { id: "server", type: "SERVER", behavior: { reply: { frames: ["a", "b"] } } },
      { id: "radio", type: "RADIO", behavior: { send: { everyMs: 10, frames: ["x"] } } },
      {
        id: "pub",
        type: "PUB",
        behavior: { send: { everyMs: 10, frames: ["t", "x"], group: "g" } },
      },
      { id: "router", type: "ROUTER", behavior: { send: { everyMs: 10, frames: ["x"] } } },
    ]),
  },
  {
    name: "forwards that go nowhere, loop, cross processes or reach a socket that cannot send",
    topology: doc(
      [
        { id: "in", type: "PULL", process: "w", behavior: { forward: { to: "ghost" } } },
        { id: "out", type: "PUSH", process: "w" },
        { id: "alone", type: "PULL", behavior: { forward: { to: "nobody" } } },
        { id: "loop", type: "DEALER", behavior: { forward: { to: "loop" } } },
        { id: "far", type: "PULL", behavior: { forward: { to: "out" } } },
        { id: "in2", type: "PULL", process: "v", behavior: { forward: { to: "rep" } } },
        { id: "rep", type: "REP", process: "v" },
        { id: "in3", type: "PULL", process: "v", behavior: { forward: { to: "sink" } } },
        { id: "sink", type: "PULL", process: "v" },
      ],
      [{ id: "w" }, { id: "v" }],
    ),
  },
];
