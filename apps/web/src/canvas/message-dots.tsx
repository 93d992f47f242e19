import "../styles/live-canvas.css";
import { ViewportPortal } from "@xyflow/react";
import { useEffect, useState } from "react";
import { useAppStoreApi } from "../store/store-context.js";
import { DotAnimator } from "./dot-animator.js";

/**
 * One SVG layer, in the diagram's coordinates, where sampled messages travel as dots.
 * React renders it once; the animator moves the dots (no component per message).
 */
export function MessageDots() {
  const store = useAppStoreApi();
  const [layer, setLayer] = useState<SVGSVGElement | null>(null);
  useEffect(() => {
    if (!layer) return;
    const root = () => layer.closest(".react-flow");
    return new DotAnimator(layer, root, store).start();
  }, [layer, store]);
  return (
    <ViewportPortal>
      <svg ref={setLayer} className="message-dots" aria-hidden="true" width="1" height="1" />
    </ViewportPortal>
  );
}
