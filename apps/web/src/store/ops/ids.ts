import type { Topology } from "@zmq-playground/shared";

const ID_CHARS = /[^A-Za-z0-9_-]+/g;

/** Turn any text into a legal id stem (`[A-Za-z0-9_-]`), never empty. */
export function idStem(text: string): string {
  const stem = text
    .trim()
    .replace(ID_CHARS, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 56);
  return stem === "" ? "socket" : stem;
}

/** `base` if free, else `base-2`, `base-3`, ... (a trailing `-N` of `base` is replaced). */
export function uniqueId(base: string, taken: ReadonlySet<string>): string {
  const stem = idStem(base);
  if (!taken.has(stem)) return stem;
  const root = stem.replace(/-\d+$/, "");
  for (let n = 2; ; n += 1) {
    const candidate = `${root}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** Every id a socket or a process already uses: they share one namespace (a lone socket is its own process). */
export function takenIds(topology: Topology): Set<string> {
  const ids = new Set<string>();
  for (const s of topology.sockets) ids.add(s.id);
  for (const p of topology.processes ?? []) ids.add(p.id);
  return ids;
}

/** A fresh socket id from its type, e.g. `push-1`, `push-2`. */
export function newSocketId(type: string, topology: Topology): string {
  const taken = takenIds(topology);
  const root = type.toLowerCase();
  for (let n = 1; ; n += 1) {
    const candidate = `${root}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
