import type { Position, Topology } from "@zmq-playground/shared";
import { SOCKET_WIDTH, socketHeight } from "./geometry.js";

/** A process box on the canvas, in flow coordinates. */
export interface ProcessBox {
  processId: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (a: Rect, b: Rect) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

const contains = (box: Rect, x: number, y: number) =>
  x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;

/**
 * Which process a socket dropped at `at` belongs to now. It stays in its process while
 * it still touches that process's box (so spreading a process out never drops a socket
 * by accident); once clear of it, it joins the box its centre is in, or none.
 */
export function processAfterDrop(
  topology: Topology,
  socketId: string,
  at: Position,
  boxes: readonly ProcessBox[],
): string | undefined {
  const socket = topology.sockets.find((s) => s.id === socketId);
  if (!socket) return undefined;
  const rect = { x: at.x, y: at.y, width: SOCKET_WIDTH, height: socketHeight(socket) };
  const own = boxes.find((b) => b.processId === socket.process);
  if (own && overlaps(rect, own)) return socket.process;
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  const inside = boxes.filter((b) => b.processId !== socket.process && contains(b, cx, cy));
  inside.sort((a, b) => a.width * a.height - b.width * b.height);
  return inside[0]?.processId;
}
