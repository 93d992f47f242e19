import type { ParsedEndpoint } from "../endpoint.js";

type Parsed = Extract<ParsedEndpoint, { ok: true }>;

/** Hosts that mean "every interface": a bind there takes the port on all addresses. */
const ANY_HOST = new Set(["*", "0.0.0.0", "[::]", "::"]);

function normalHost(host: string): string {
  if (host === "localhost") return "127.0.0.1";
  if (host === "[::1]") return "::1";
  return host;
}

/**
 * Whether two endpoints name the same place, even when written differently
 * (`tcp://localhost:5555` and `tcp://127.0.0.1:5555`), or overlap (a bind on
 * `tcp://*:5555` takes port 5555 on every address).
 */
export function sameAddress(a: Parsed, b: Parsed): boolean {
  if (a.transport === "tcp" && b.transport === "tcp") {
    if (a.port !== b.port) return false;
    const ha = normalHost(a.host);
    const hb = normalHost(b.host);
    return ha === hb || ANY_HOST.has(ha) || ANY_HOST.has(hb);
  }
  if (a.transport === "ipc" && b.transport === "ipc") return a.path === b.path;
  if (a.transport === "inproc" && b.transport === "inproc") return a.name === b.name;
  return false;
}

/**
 * A coarse key under which every endpoint that might be `sameAddress` lands: tcp by
 * port, ipc by path, inproc by name. Lets the rules compare within a bucket only.
 */
export function addressBucket(p: Parsed): string {
  if (p.transport === "tcp") return `tcp:${p.port}`;
  if (p.transport === "ipc") return `ipc:${p.path}`;
  return `inproc:${p.name}`;
}

/** Endpoints grouped so that lookups of "the first one at the same address" stay cheap. */
export class AddressIndex<T extends { readonly parsed: Parsed }> {
  readonly #buckets = new Map<string, T[]>();

  /** The earliest added item at the same address as `p`, if any. */
  find(p: Parsed, where: (item: T) => boolean = () => true): T | undefined {
    return this.#buckets
      .get(addressBucket(p))
      ?.find((item) => sameAddress(item.parsed, p) && where(item));
  }

  add(item: T): void {
    const key = addressBucket(item.parsed);
    const list = this.#buckets.get(key);
    if (list) list.push(item);
    else this.#buckets.set(key, [item]);
  }
}
