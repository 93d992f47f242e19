import type { SocketSpec, Topology } from "@zmq-playground/shared";
import { uniqueEndpoint, type Transport } from "./endpoints.js";

export function topology(sockets: SocketSpec[], processes?: string[]): Topology {
  return {
    format: "zmq-topology",
    version: 1,
    ...(processes ? { processes: processes.map((id) => ({ id })) } : {}),
    sockets,
  };
}

/**
 * A producer PUSH (binds) feeding a collector PULL (connects) on a fresh endpoint, each
 * in its own process unless told otherwise.
 */
export function pushPull(
  transport: Transport,
  options: { everyMs?: number; count?: number; collectorBinds?: boolean } = {},
): { topology: Topology; endpoint: string } {
  const endpoint = uniqueEndpoint(transport);
  const send = { everyMs: options.everyMs ?? 10, frames: ["task {seq}"] };
  const producer: SocketSpec = {
    id: "producer",
    type: "PUSH",
    behavior: { send: options.count === undefined ? send : { ...send, count: options.count } },
  };
  const collector: SocketSpec = { id: "collector", type: "PULL", behavior: { consume: {} } };
  if (options.collectorBinds) {
    collector.bind = [endpoint];
    producer.connect = [endpoint];
  } else {
    producer.bind = [endpoint];
    collector.connect = [endpoint];
  }
  return { topology: topology([producer, collector]), endpoint };
}
