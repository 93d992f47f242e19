import type { Diagnostic, DiagnosticCode, Severity } from "../diagnostics.js";
import { formatJsonPath, type PathSegment } from "../json-path.js";
import type { Link } from "../links.js";
import type { SocketSpec, Topology } from "../schema.js";

/** Switches that change what checkTopology() reports. */
export interface CheckOptions {
  /**
   * Accept tcp hosts other than loopback (the operator allowed the gateway to reach
   * beyond this machine). Off by default: a playground should not open ports to the network.
   */
  readonly allowNonLoopback?: boolean;
}

/** What every rule may look at, computed once per check. */
export interface RuleContext {
  readonly topology: Topology;
  readonly options: CheckOptions;
  /** The first socket with each id: later duplicates are reported, not used. */
  readonly byId: ReadonlyMap<string, SocketSpec>;
  readonly links: readonly Link[];
}

/** A rule reads the context and returns what it found, in document order. */
export type Rule = (ctx: RuleContext) => Diagnostic[];

/** Where the diagnostic points, besides its sockets. */
export interface DiagnosticPlace {
  readonly endpoint?: string;
  readonly path?: readonly PathSegment[];
}

/** Build a diagnostic, leaving out the optional fields that do not apply. */
export function diagnostic(
  severity: Severity,
  code: DiagnosticCode,
  message: string,
  sockets: readonly string[],
  place: DiagnosticPlace = {},
): Diagnostic {
  const d: Diagnostic = { severity, code, message, sockets: [...new Set(sockets)] };
  if (place.endpoint !== undefined) d.endpoint = place.endpoint;
  if (place.path !== undefined) d.path = formatJsonPath(place.path);
  return d;
}

/** `PUSH "producer"`: how messages name a socket. */
export function nameOf(socket: Pick<SocketSpec, "id" | "type">): string {
  return `${socket.type} "${socket.id}"`;
}

/** "A", "A or B", "A, B or C". */
export function orList(items: readonly string[]): string {
  return joinList(items, "or");
}

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  return joinList(items, "and");
}

function joinList(items: readonly string[], word: string): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1] ?? ""}`;
}

/** `"a", "b" and "c"`: socket ids quoted for a message. */
export function quotedIds(ids: readonly string[]): string {
  return andList(ids.map((id) => `"${id}"`));
}
