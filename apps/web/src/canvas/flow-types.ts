import type { Edge, Node } from "@xyflow/react";
import type {
  Diagnostic,
  DiagnosticCode,
  Link,
  Position,
  ProcessSpec,
  Severity,
  SocketSpec,
  SocketType,
} from "@zmq-playground/shared";
import type { Side } from "./geometry.js";

/** How many problems the validator found on a socket or link, and the diagnostics themselves. */
export type Problems = { errors: number; warnings: number; diagnostics: Diagnostic[] };

export type SocketNodeData = {
  socket: SocketSpec;
  problems: Problems;
  /** The name (label, else id) of the socket this one forwards to, for the node's summary. */
  forwardName: string | null;
  /** The names of the sockets that forward to this one (it sends what they pass on). */
  forwardedFrom: string | null;
  /** Where auto-layout put a socket the document gives no position (null: it has one). */
  autoPosition: Position | null;
};
export type SocketNode = Node<SocketNodeData, "socket">;

export type ProcessNodeData = {
  processId: string;
  /** The declared process, or null when sockets name a process the document never declares. */
  declared: ProcessSpec | null;
  members: number;
};
export type ProcessNode = Node<ProcessNodeData, "process">;

/** A connect endpoint no socket of the document binds (an outside program, or not drawn yet). */
export type EndpointNodeData = { endpoint: string; side: Side };
export type EndpointNode = Node<EndpointNodeData, "endpoint">;

export type AppNode = SocketNode | ProcessNode | EndpointNode;

export type LinkEdgeData = {
  link: Link;
  severity: Severity | null;
  /** The most serious problem (its words are the tooltip), its code, and how many there are. */
  diagnostic: Diagnostic | null;
  code: DiagnosticCode | null;
  problemCount: number;
  /** The types at both ends, for a short label such as "PULL ✕ PUB". */
  connectorType: SocketType | null;
  binderType: SocketType | null;
};
export type LinkEdge = Edge<LinkEdgeData, "link">;

export const socketNodeId = (id: string) => `socket:${id}`;
export const processNodeId = (id: string) => `process:${id}`;
export const endpointNodeId = (endpoint: string) => `endpoint:${endpoint}`;
export const linkEdgeId = (linkId: string) => `link:${linkId}`;
export const bindHandleId = (endpoint: string) => `bind:${endpoint}`;
export const CONNECT_HANDLE = "connect";

/** The part after the `kind:` prefix of a node or edge id. */
export function idAfterPrefix(
  id: string,
  prefix: "socket" | "process" | "endpoint" | "link" | "bind",
): string | null {
  return id.startsWith(`${prefix}:`) ? id.slice(prefix.length + 1) : null;
}
