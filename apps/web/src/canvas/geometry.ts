import { CATALOG, type SocketSpec, type SocketType } from "@zmq-playground/shared";

// Socket nodes have fixed sizes, computed here and used by the node's CSS, the process
// boxes around them and the auto-layout, so all three agree without measuring the DOM.

export const SOCKET_WIDTH = 210;
const SOCKET_BODY = 96;
export const PORT_ROW = 30;
export const PROCESS_PAD = 20;
export const PROCESS_HEADER = 34;
export const GRID = 20;

/** A socket node's height: its fixed body plus one row per bound endpoint and the connect row. */
export function socketHeight(socket: SocketSpec): number {
  return SOCKET_BODY + PORT_ROW * ((socket.bind?.length ?? 0) + 1) + 8;
}

export type Side = "left" | "right";

/**
 * Where a socket's bound endpoints and its connect handle sit. Messages flow left to
 * right on the canvas: a socket that only sends (PUB, PUSH, ...) meets its peers on its
 * right, one that only receives on its left; two-way sockets take clients on the left
 * (their bound endpoints) and reach servers on the right (their connect handle). XPUB
 * and XSUB, two-way by API, sit in a pub-sub flow like PUB and SUB.
 */
export function handleSides(type: SocketType): { bind: Side; connect: Side } {
  const info = CATALOG[type];
  if (type === "XPUB" || (info.canSend && !info.canReceive))
    return { bind: "right", connect: "right" };
  if (type === "XSUB" || (info.canReceive && !info.canSend))
    return { bind: "left", connect: "left" };
  return { bind: "left", connect: "right" };
}
