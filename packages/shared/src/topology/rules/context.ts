import type { Diagnostic, DiagnosticCode, DiagnosticParams, Severity } from "../diagnostics.js";
import { formatJsonPath, type PathSegment } from "../json-path.js";
import type { Link } from "../links.js";
import { renderEnglish } from "../messages/render.js";
import type { DiagnosticMessageId } from "../messages/templates.js";
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

/** What a diagnostic says: its message template and the values it names. */
export interface MessageText {
  readonly id: DiagnosticMessageId;
  readonly params: DiagnosticParams;
}

/**
 * Build a diagnostic, leaving out the optional fields that do not apply. Its English
 * `message` is rendered from the template, so the two can never disagree.
 */
export function diagnostic(
  severity: Severity,
  code: DiagnosticCode,
  text: MessageText,
  sockets: readonly string[],
  place: DiagnosticPlace = {},
): Diagnostic {
  const d: Diagnostic = {
    severity,
    code,
    message: renderEnglish(text.id, text.params),
    messageId: text.id,
    params: { ...text.params },
    sockets: [...new Set(sockets)],
  };
  if (place.endpoint !== undefined) d.endpoint = place.endpoint;
  if (place.path !== undefined) d.path = formatJsonPath(place.path);
  return d;
}

/** The params naming one socket as messages do: `{{type}} "{{socket}}"`. */
export function socketParams(socket: Pick<SocketSpec, "id" | "type">): {
  socket: string;
  type: string;
} {
  return { socket: socket.id, type: socket.type };
}

/** A list param: its items joined by ", ", for the `or`/`and` formats of a template. */
export function listParam(items: readonly string[]): string {
  return items.join(", ");
}

/** "A", "A or B", "A, B or C" (for the parser's messages, which are English only). */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1] ?? ""}`;
}
