import type { Position, ProcessSpec, SocketSpec, Topology } from "@zmq-playground/shared";
import { withField } from "../store/ops/fields.js";
import type { AppNode } from "./flow-types.js";

const samePosition = (a: Position | null, b: Position) => a !== null && a.x === b.x && a.y === b.y;

/** A socket node's position on the canvas, whether or not it sits inside a process box. */
export function absolutePosition(node: AppNode, nodes: readonly AppNode[]): Position {
  if (node.parentId === undefined) return node.position;
  const parent = nodes.find((n) => n.id === node.parentId);
  return parent
    ? { x: node.position.x + parent.position.x, y: node.position.y + parent.position.y }
    : node.position;
}

/**
 * Rebuild a document from canvas nodes: the inverse of `toFlow` (`meta` supplies the
 * title and description, which the canvas does not draw). A socket keeps no position
 * if it had none and still sits where auto-layout put it.
 */
export function fromFlow(nodes: readonly AppNode[], meta: Topology): Topology {
  const sockets: SocketSpec[] = [];
  const processes: ProcessSpec[] = [];
  for (const node of nodes) {
    if (node.type === "process" && node.data.declared) processes.push(node.data.declared);
    if (node.type !== "socket") continue;
    const at = absolutePosition(node, nodes);
    const { socket, autoPosition } = node.data;
    sockets.push(
      !socket.position && samePosition(autoPosition, at) ? socket : { ...socket, position: at },
    );
  }
  const topology: Topology = { ...meta, sockets };
  return withField(
    topology,
    "processes",
    meta.processes === undefined && processes.length === 0 ? undefined : processes,
  );
}
