import type { SocketSpec, Topology } from "@zmq-playground/shared";
import { nonEmpty, withField } from "./fields.js";
import { updateSocket } from "./sockets.js";

export type EndpointRole = "bind" | "connect";

/** Draw a link: the connector connects to `endpoint` (once; a second connect is a no-op). */
export function addConnect(topology: Topology, connector: string, endpoint: string): Topology {
  const socket = topology.sockets.find((s) => s.id === connector);
  if (!socket || (socket.connect ?? []).includes(endpoint)) return topology;
  return updateSocket(topology, connector, (s) => ({
    ...s,
    connect: [...(s.connect ?? []), endpoint],
  }));
}

/** Add a bound endpoint to a socket. */
export function addBind(topology: Topology, id: string, endpoint: string): Topology {
  return updateSocket(topology, id, (s) =>
    (s.bind ?? []).includes(endpoint) ? s : { ...s, bind: [...(s.bind ?? []), endpoint] },
  );
}

/** Remove links, each named by `linkId` (`connector|endpoint`). */
export function removeLinks(
  topology: Topology,
  links: readonly { connector: string; endpoint: string }[],
): Topology {
  let next = topology;
  for (const link of links) {
    next = updateSocket(next, link.connector, (s) =>
      withField(s, "connect", nonEmpty((s.connect ?? []).filter((ep) => ep !== link.endpoint))),
    );
  }
  return next;
}

function isBoundElsewhere(topology: Topology, endpoint: string, except: string): boolean {
  return topology.sockets.some((s) => s.id !== except && (s.bind ?? []).includes(endpoint));
}

/** Repoint every connect of `from` to `to` (a bound endpoint was edited: its links follow). */
function followEndpoint(topology: Topology, from: string, to: string | null): Topology {
  return {
    ...topology,
    sockets: topology.sockets.map((s): SocketSpec => {
      const connect = s.connect ?? [];
      if (!connect.includes(from)) return s;
      const next =
        to === null
          ? connect.filter((ep) => ep !== from)
          : connect.map((ep) => (ep === from ? to : ep));
      return withField(s, "connect", nonEmpty([...new Set(next)]));
    }),
  };
}

/**
 * Replace one endpoint of a socket's bind or connect list. When a bound endpoint
 * changes, the connectors that drew a link to it follow, so the links stay.
 */
export function replaceEndpoint(
  topology: Topology,
  id: string,
  role: EndpointRole,
  index: number,
  value: string,
): Topology {
  const socket = topology.sockets.find((s) => s.id === id);
  const old = socket?.[role]?.[index];
  if (old === undefined || old === value) return topology;
  let next = updateSocket(topology, id, (s) => ({
    ...s,
    [role]: (s[role] ?? []).map((ep, i) => (i === index ? value : ep)),
  }));
  if (role === "bind" && !isBoundElsewhere(topology, old, id))
    next = followEndpoint(next, old, value);
  return next;
}

/** Remove one endpoint; removing a bound endpoint also removes the links drawn to it. */
export function removeEndpoint(
  topology: Topology,
  id: string,
  role: EndpointRole,
  index: number,
): Topology {
  const socket = topology.sockets.find((s) => s.id === id);
  const old = socket?.[role]?.[index];
  if (old === undefined) return topology;
  let next = updateSocket(topology, id, (s) =>
    withField(s, role, nonEmpty((s[role] ?? []).filter((_, i) => i !== index))),
  );
  if (role === "bind" && !isBoundElsewhere(topology, old, id))
    next = followEndpoint(next, old, null);
  return next;
}
