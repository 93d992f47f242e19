import type { Topology } from "./schema.js";

/**
 * A link is derived, never stored: it exists wherever a socket's `connect` endpoint
 * equals a `bind` endpoint. `binder` is null when no socket of the topology binds the
 * endpoint (connect may precede bind, or an outside program binds it).
 */
export interface Link {
  /** Stable key: `connector|endpoint`. */
  readonly id: string;
  readonly connector: string;
  readonly endpoint: string;
  readonly binder: string | null;
}

export function linkId(connector: string, endpoint: string): string {
  return `${connector}|${endpoint}`;
}

/** Every link of a topology, in socket then connect order. */
export function deriveLinks(topology: Topology): Link[] {
  const binders = new Map<string, string>();
  for (const s of topology.sockets) {
    for (const ep of s.bind ?? []) if (!binders.has(ep)) binders.set(ep, s.id);
  }
  const links: Link[] = [];
  for (const s of topology.sockets) {
    for (const ep of s.connect ?? []) {
      links.push({
        id: linkId(s.id, ep),
        connector: s.id,
        endpoint: ep,
        binder: binders.get(ep) ?? null,
      });
    }
  }
  return links;
}

/** The process a socket lives in: its `process`, or a process of its own named by its id. */
export function processOf(socket: { id: string; process?: string | undefined }): string {
  return socket.process ?? socket.id;
}
