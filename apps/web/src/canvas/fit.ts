import { getViewportForBounds, type Rect, type Viewport } from "@xyflow/react";
import type { AppNode } from "./flow-types.js";

const ENDPOINT_SIZE = { width: 240, height: 54 };
export const FIT_PADDING = 0.12;
/** Never blow a small diagram up past this: a lone socket should not fill the screen. */
export const FIT_MAX_ZOOM = 1.2;
export const FIT_MIN_ZOOM = 0.2;

/**
 * The box around every top-level node, from the sizes the document gives them. React
 * Flow's own fitView waits for nodes to be measured and can fire after the first few
 * only; derived nodes carry their sizes, so the frame is known at once.
 */
export function boundsOf(nodes: readonly AppNode[]): Rect | null {
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const n of nodes) {
    if (n.parentId !== undefined) continue;
    const w = n.width ?? n.measured?.width ?? ENDPOINT_SIZE.width;
    const h = n.height ?? n.measured?.height ?? ENDPOINT_SIZE.height;
    const { x, y } = n.position;
    box = box
      ? {
          x0: Math.min(box.x0, x),
          y0: Math.min(box.y0, y),
          x1: Math.max(box.x1, x + w),
          y1: Math.max(box.y1, y + h),
        }
      : { x0: x, y0: y, x1: x + w, y1: y + h };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}

/** The viewport that shows all nodes in a pane of this size (the origin when there are none). */
export function viewportToFit(nodes: readonly AppNode[], width: number, height: number): Viewport {
  const bounds = boundsOf(nodes);
  if (!bounds || width === 0 || height === 0) return { x: 0, y: 0, zoom: 1 };
  return getViewportForBounds(bounds, width, height, FIT_MIN_ZOOM, FIT_MAX_ZOOM, FIT_PADDING);
}
