import dagre from "@dagrejs/dagre";
import { deriveLinks, type Position, type Topology } from "@zmq-playground/shared";
import { processIds } from "../store/ops/processes.js";
import { handleSides, SOCKET_WIDTH, socketHeight } from "./geometry.js";

interface LayoutNode {
  width?: number;
  height?: number;
  x?: number;
  y?: number;
}

/**
 * Place every socket with dagre, left to right in the direction messages flow, each
 * process kept together as a cluster. Returns top-left corners, rounded.
 */
export function layoutTopology(topology: Topology): Map<string, Position> {
  const g = new dagre.graphlib.Graph<object, LayoutNode, object>({ compound: true });
  g.setGraph({ rankdir: "LR", nodesep: 50, ranksep: 140, marginx: 40, marginy: 40 });
  g.setDefaultEdgeLabel(() => ({}));
  // ':' cannot appear in an id, so cluster names never collide with socket ids.
  for (const pid of processIds(topology)) g.setNode(`process:${pid}`, {});
  const byId = new Map(topology.sockets.map((s) => [s.id, s]));
  for (const s of topology.sockets) {
    g.setNode(s.id, { width: SOCKET_WIDTH, height: socketHeight(s) });
    if (s.process !== undefined) g.setParent(s.id, `process:${s.process}`);
  }
  for (const link of deriveLinks(topology)) {
    const connector = byId.get(link.connector);
    if (!connector || link.binder === null || link.binder === link.connector) continue;
    const forwards = handleSides(connector.type).connect === "right";
    g.setEdge(forwards ? link.connector : link.binder, forwards ? link.binder : link.connector);
  }
  for (const s of topology.sockets) {
    const to = s.behavior?.forward?.to;
    if (to !== undefined && byId.has(to) && to !== s.id) g.setEdge(s.id, to);
  }
  dagre.layout(g);
  const positions = new Map<string, Position>();
  for (const s of topology.sockets) {
    const n = g.node(s.id);
    positions.set(s.id, {
      x: Math.round((n.x ?? 0) - SOCKET_WIDTH / 2),
      y: Math.round((n.y ?? 0) - socketHeight(s) / 2),
    });
  }
  return positions;
}
