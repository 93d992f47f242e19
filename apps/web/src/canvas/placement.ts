import type { Position, Topology } from "@zmq-playground/shared";
import { GRID, SOCKET_WIDTH } from "./geometry.js";

/** The nearest grid point, so a dropped socket lines up with the others. */
export function snapToGrid(p: Position): Position {
  return { x: Math.round(p.x / GRID) * GRID, y: Math.round(p.y / GRID) * GRID };
}

/** The top-left corner that centres a new socket node on a point. */
export function centredAt(p: Position): Position {
  return { x: p.x - SOCKET_WIDTH / 2, y: p.y - 60 };
}

/** A spot at or below-right of `p` where no socket sits yet, so repeated adds do not stack. */
export function freeSpotNear(topology: Topology, p: Position): Position {
  const taken = (q: Position) =>
    topology.sockets.some(
      (s) => s.position && Math.abs(s.position.x - q.x) < 24 && Math.abs(s.position.y - q.y) < 24,
    );
  let spot = p;
  for (let i = 1; taken(spot) && i < 50; i += 1) spot = { x: p.x + i * 40, y: p.y + i * 40 };
  return spot;
}
