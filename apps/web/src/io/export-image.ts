import { getNodesBounds, getViewportForBounds, type ReactFlowInstance } from "@xyflow/react";
import { toPng, toSvg } from "html-to-image";
import type { AppNode, LinkEdge } from "../canvas/flow-types.js";

const PADDING = 0.08;
const MAX_SIDE = 4096;

/**
 * Render the whole diagram (not just what is on screen) to a PNG or SVG data URL, the
 * way React Flow's docs do it: frame every node, then snapshot the viewport element
 * with that transform, leaving out the minimap, the controls and the handles' hit areas.
 */
export async function diagramImage(
  rf: ReactFlowInstance<AppNode, LinkEdge>,
  format: "png" | "svg",
): Promise<string> {
  const viewport = document.querySelector<HTMLElement>(".react-flow__viewport");
  if (!viewport) throw new Error("no diagram on the page");
  const bounds = getNodesBounds(rf.getNodes());
  const scale = Math.min(2, MAX_SIDE / Math.max(bounds.width, bounds.height, 1));
  const width = Math.ceil(bounds.width * (1 + 2 * PADDING) * scale);
  const height = Math.ceil(bounds.height * (1 + 2 * PADDING) * scale);
  const v = getViewportForBounds(bounds, width, height, 0.1, 4, PADDING);
  const background =
    getComputedStyle(document.documentElement).getPropertyValue("--canvas-bg").trim() || "#fff";
  const options = {
    backgroundColor: background,
    width,
    height,
    style: {
      width: `${width}px`,
      height: `${height}px`,
      transform: `translate(${v.x}px, ${v.y}px) scale(${v.zoom})`,
    },
  };
  return format === "png" ? toPng(viewport, options) : toSvg(viewport, options);
}
