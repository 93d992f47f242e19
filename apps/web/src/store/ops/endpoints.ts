import { parseEndpoint, TRANSPORTS, type Topology, type Transport } from "@zmq-playground/shared";
import { idStem } from "./ids.js";

export const DEFAULT_HOST = "127.0.0.1";
export const FIRST_PORT = 5555;

/** Every endpoint the document mentions, bound or connected. */
export function allEndpoints(topology: Topology): Set<string> {
  const eps = new Set<string>();
  for (const s of topology.sockets) {
    for (const ep of s.bind ?? []) eps.add(ep);
    for (const ep of s.connect ?? []) eps.add(ep);
  }
  return eps;
}

/** Every endpoint some socket of the document binds. */
export function boundEndpoints(topology: Topology): Set<string> {
  return new Set(topology.sockets.flatMap((s) => s.bind ?? []));
}

function usedPorts(endpoints: Iterable<string>): Set<number> {
  const ports = new Set<number>();
  for (const ep of endpoints) {
    const parsed = parseEndpoint(ep);
    if (parsed.ok && parsed.transport === "tcp") ports.add(parsed.port);
  }
  return ports;
}

/** The first tcp port from 5555 up that no endpoint of the document uses. */
export function freeTcpPort(topology: Topology, alsoTaken: Iterable<string> = []): number {
  const ports = usedPorts([...allEndpoints(topology), ...alsoTaken]);
  let port = FIRST_PORT;
  while (ports.has(port)) port += 1;
  return port;
}

/** A fresh endpoint of a transport that no endpoint of the document uses yet. */
export function suggestEndpoint(
  transport: Transport,
  topology: Topology,
  socketId: string,
  alsoTaken: Iterable<string> = [],
): string {
  if (transport === "tcp") {
    return `tcp://${DEFAULT_HOST}:${freeTcpPort(topology, alsoTaken)}`;
  }
  const taken = new Set([...allEndpoints(topology), ...alsoTaken]);
  const stem = idStem(socketId);
  const make = (n: number) => {
    const name = n === 1 ? stem : `${stem}-${n}`;
    return transport === "ipc" ? `ipc://${name}.ipc` : `inproc://${name}`;
  };
  let n = 1;
  while (taken.has(make(n))) n += 1;
  return make(n);
}

/** An endpoint split for the inspector's fields; `raw` keeps what could not be parsed. */
export interface EndpointParts {
  transport: Transport;
  host: string;
  port: string;
  name: string;
}

/** Whether a string names a transport this playground runs. */
export function isTransport(value: string): value is Transport {
  return (TRANSPORTS as readonly string[]).includes(value);
}

/** Split an endpoint into editable parts; a malformed one keeps its text in `name`. */
export function endpointParts(address: string): EndpointParts {
  const parsed = parseEndpoint(address);
  if (parsed.ok) {
    if (parsed.transport === "tcp") {
      return { transport: "tcp", host: parsed.host, port: String(parsed.port), name: "" };
    }
    const name = parsed.transport === "ipc" ? parsed.path : parsed.name;
    return { transport: parsed.transport, host: "", port: "", name };
  }
  const m = /^([a-z]+):\/\/(.*)$/.exec(address);
  const transport = m?.[1] ?? "";
  const rest = m?.[2] ?? address;
  if (transport === "tcp") {
    const idx = rest.lastIndexOf(":");
    return idx < 0
      ? { transport: "tcp", host: rest, port: "", name: "" }
      : { transport: "tcp", host: rest.slice(0, idx), port: rest.slice(idx + 1), name: "" };
  }
  return { transport: isTransport(transport) ? transport : "tcp", host: "", port: "", name: rest };
}

/** The endpoint text for a set of parts. */
export function formatEndpoint(parts: EndpointParts): string {
  if (parts.transport === "tcp") return `tcp://${parts.host}:${parts.port}`;
  return `${parts.transport}://${parts.name}`;
}
