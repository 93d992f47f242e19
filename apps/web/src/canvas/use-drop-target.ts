import { useReactFlow } from "@xyflow/react";
import { useCallback, useMemo, useState } from "react";
import { useAppStoreApi } from "../store/store-context.js";
import { idAfterPrefix, processNodeId, type AppNode, type LinkEdge } from "./flow-types.js";
import { processAfterDrop, type ProcessBox } from "./membership.js";

/**
 * While one socket is dragged, the process box it would join if dropped now is lit, so
 * that joining (or leaving) a process by dragging is visible before it happens.
 */
export function useDropTarget(nodes: AppNode[]) {
  const store = useAppStoreApi();
  const rf = useReactFlow<AppNode, LinkEdge>();
  const [target, setTarget] = useState<string | null>(null);

  const onNodeDrag = useCallback(
    (_: unknown, node: AppNode, dragged: AppNode[]) => {
      const id = idAfterPrefix(node.id, "socket");
      if (id === null || dragged.length !== 1) return;
      const parent = node.parentId === undefined ? undefined : rf.getInternalNode(node.parentId);
      const origin = parent?.internals.positionAbsolute ?? { x: 0, y: 0 };
      const at = { x: node.position.x + origin.x, y: node.position.y + origin.y };
      const boxes: ProcessBox[] = rf.getNodes().flatMap((n) =>
        n.type === "process"
          ? [
              {
                processId: n.data.processId,
                x: n.position.x,
                y: n.position.y,
                width: n.width ?? 0,
                height: n.height ?? 0,
              },
            ]
          : [],
      );
      const { topology } = store.getState();
      const now = topology.sockets.find((s) => s.id === id)?.process;
      const next = processAfterDrop(topology, id, at, boxes);
      setTarget(next !== undefined && next !== now ? next : null);
    },
    [rf, store],
  );

  const clear = useCallback(() => setTarget(null), []);

  const lit = useMemo(() => {
    if (target === null) return nodes;
    const nodeId = processNodeId(target);
    return nodes.map((n) => (n.id === nodeId ? { ...n, className: "drop-target" } : n));
  }, [nodes, target]);

  return { nodes: lit, onNodeDrag, clear };
}
