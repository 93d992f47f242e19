import { parseEndpoint, type Topology } from "@zmq-playground/shared";

export type Transport = "tcp" | "ipc" | "inproc";
export const TRANSPORTS: readonly Transport[] = ["tcp", "ipc", "inproc"];

// Ports come from 20000-29999, starting at a random place so that test runs of other
// people on the same machine rarely meet; each call hands out the next one.
let nextPort = 20000 + Math.floor(Math.random() * 9000);
let nextName = 0;

export function uniqueTcpPort(): number {
  const port = nextPort;
  nextPort = nextPort >= 29999 ? 20000 : nextPort + 1;
  return port;
}

/** A fresh endpoint of this transport: a new tcp port, ipc file or inproc name. */
export function uniqueEndpoint(transport: Transport): string {
  if (transport === "tcp") return `tcp://127.0.0.1:${uniqueTcpPort()}`;
  nextName += 1;
  return `${transport}://t${process.pid}-${nextName}${transport === "ipc" ? ".ipc" : ""}`;
}

/**
 * The same topology on fresh endpoints: every distinct endpoint becomes a new one of
 * `transport`, or of its own transport with "keep" (for mixed topologies).
 */
export function onFreshEndpoints(topology: Topology, transport: Transport | "keep"): Topology {
  const renamed = new Map<string, string>();
  const rename = (endpoint: string): string => {
    let fresh = renamed.get(endpoint);
    if (fresh === undefined) {
      const parsed = parseEndpoint(endpoint);
      const own = parsed.ok ? parsed.transport : "tcp";
      fresh = uniqueEndpoint(transport === "keep" ? own : transport);
      renamed.set(endpoint, fresh);
    }
    return fresh;
  };
  return {
    ...topology,
    sockets: topology.sockets.map((s) => ({
      ...s,
      ...(s.bind ? { bind: s.bind.map(rename) } : {}),
      ...(s.connect ? { connect: s.connect.map(rename) } : {}),
    })),
  };
}
