import type { Topology } from "@zmq-playground/shared";

/**
 * The soak's mixed topology, about 600 messages a second in all:
 * - a pipeline over tcp then ipc: producer (PUSH) -> worker process (PULL forwards to
 *   PUSH) -> collector (PULL);
 * - pub-sub over inproc and tcp: one PUB binds both, one SUB on each, with topics;
 * - req-rep over ipc: a REQ in lockstep with a REP.
 * `variant` changes exactly one socket (the tcp SUB's subscription), which a redeploy
 * recreates while everything else keeps running.
 */
export function mixedTopology(pipelineTcp: string, pubTcp: string, variant: number): Topology {
  const everyMs = 5;
  return {
    format: "zmq-topology",
    version: 1,
    title: "soak: pipeline + pub-sub + req-rep over tcp, ipc and inproc",
    processes: [{ id: "worker" }, { id: "news" }],
    sockets: [
      {
        id: "producer",
        type: "PUSH",
        bind: [pipelineTcp],
        behavior: { send: { everyMs, frames: ["task {seq}"] } },
      },
      {
        id: "w-in",
        type: "PULL",
        process: "worker",
        connect: [pipelineTcp],
        behavior: { forward: { to: "w-out" } },
      },
      { id: "w-out", type: "PUSH", process: "worker", connect: ["ipc://sink.ipc"] },
      { id: "collector", type: "PULL", bind: ["ipc://sink.ipc"], behavior: { consume: {} } },
      {
        id: "pub",
        type: "PUB",
        process: "news",
        bind: ["inproc://news", pubTcp],
        behavior: { send: { everyMs, frames: ["weather", "sunny {seq}"] } },
      },
      {
        id: "sub-inproc",
        type: "SUB",
        process: "news",
        connect: ["inproc://news"],
        options: { subscribe: ["weather"] },
        behavior: { consume: {} },
      },
      {
        id: "sub-tcp",
        type: "SUB",
        connect: [pubTcp],
        options: { subscribe: variant % 2 === 0 ? [""] : ["weather"] },
        behavior: { consume: {} },
      },
      {
        id: "client",
        type: "REQ",
        connect: ["ipc://rr.ipc"],
        behavior: { send: { everyMs, frames: ["hello {seq}"] } },
      },
      {
        id: "server",
        type: "REP",
        bind: ["ipc://rr.ipc"],
        behavior: { reply: { frames: ["world {in}"] } },
      },
    ],
  };
}

/** Sockets that must have received something in every cycle (traffic really flowed). */
export const SOAK_RECEIVERS = ["collector", "sub-inproc", "sub-tcp", "server", "client"] as const;
