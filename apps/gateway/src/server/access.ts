import { timingSafeEqual } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http";

/** How the gateway decides who may open a WebSocket. */
export interface AccessPolicy {
  /** The access token; null when listening on loopback only (one person, their machine). */
  readonly token: string | null;
}

export type UpgradeVerdict =
  { ok: true; authorized: boolean } | { ok: false; status: 400 | 401 | 403; reason: string };

/** True for host names that only reach this machine. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    h === "localhost" || h.endsWith(".localhost") || h === "::1" || /^127(\.\d{1,3}){3}$/.test(h)
  );
}

/** Constant-time token comparison (the token guards a gateway reachable from the network). */
export function tokenMatches(expected: string | null, given: string | undefined | null): boolean {
  if (expected === null) return true;
  if (typeof given !== "string") return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Judge a WebSocket upgrade. A browser always sends Origin: it must be this server's own
 * origin (same host:port as the Host header), so another site's page cannot drive the
 * gateway. Without a token (loopback) the Host must be a loopback name too, which stops
 * DNS rebinding (evil.example resolving to 127.0.0.1 passes Origin == Host). With a
 * token, a query token must be right; without one, `session:hello` must carry it.
 */
export function judgeUpgrade(
  policy: AccessPolicy,
  url: URL,
  headers: IncomingHttpHeaders,
): UpgradeVerdict {
  const host = headers.host;
  if (!host) return { ok: false, status: 400, reason: "The request has no Host header." };
  if (policy.token === null && !isLoopbackHost(hostnameOf(host))) {
    return { ok: false, status: 403, reason: `Host "${host}" is not a loopback name.` };
  }
  const origin = headers.origin;
  if (origin !== undefined && !sameOrigin(origin, host)) {
    return { ok: false, status: 403, reason: `Origin "${origin}" is not this gateway's page.` };
  }
  const queryToken = url.searchParams.get("token");
  if (queryToken !== null) {
    if (!tokenMatches(policy.token, queryToken))
      return { ok: false, status: 401, reason: "Wrong access token." };
    return { ok: true, authorized: true };
  }
  return { ok: true, authorized: policy.token === null };
}

function sameOrigin(origin: string, host: string): boolean {
  try {
    const url = new URL(origin);
    return (
      (url.protocol === "http:" || url.protocol === "https:") &&
      url.host.toLowerCase() === host.toLowerCase()
    );
  } catch {
    return false;
  }
}

function hostnameOf(host: string): string {
  try {
    return new URL(`http://${host}`).hostname;
  } catch {
    return "";
  }
}
