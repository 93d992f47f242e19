import {
  applyNodeChanges,
  useReactFlow,
  type Dimensions,
  type NodeChange,
  type NodePositionChange,
  type NodeSelectionChange,
} from "@xyflow/react";
import type { Position } from "@zmq-playground/shared";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AppStore } from "../store/app-store.js";
import { useAppStoreApi } from "../store/store-context.js";
import { idAfterPrefix, type AppNode, type LinkEdge } from "./flow-types.js";
import { processAfterDrop, type ProcessBox } from "./membership.js";

function sameDims(a: Dimensions | undefined, b: Dimensions) {
  return a?.width === b.width && a.height === b.height;
}

/** Mirror React Flow's selection clicks into the store, which owns the selection. */
export function applySelectChanges(
  store: AppStore,
  changes: readonly { id: string; selected: boolean }[],
  kinds: readonly ("socket" | "process" | "link")[],
) {
  const { selection, select } = store.getState();
  const sets = {
    socket: new Set(selection.sockets),
    process: new Set(selection.processes),
    link: new Set(selection.links),
  };
  let changed = false;
  for (const c of changes) {
    for (const kind of kinds) {
      const id = idAfterPrefix(c.id, kind);
      if (id === null || sets[kind].has(id) === c.selected) continue;
      if (c.selected) sets[kind].add(id);
      else sets[kind].delete(id);
      changed = true;
    }
  }
  if (changed)
    select({ sockets: [...sets.socket], processes: [...sets.process], links: [...sets.link] });
}

/**
 * The nodes React Flow shows: the derived ones, plus what only the canvas knows (the
 * measured sizes, and positions while a drag is under way). A finished drag or a
 * keyboard move is written back to the document as one undo step.
 */
export function useFlowNodes(derived: AppNode[]) {
  const store = useAppStoreApi();
  const rf = useReactFlow<AppNode, LinkEdge>();
  const [measured, setMeasured] = useState<ReadonlyMap<string, Dimensions>>(new Map());
  const [dragNodes, setDragNodes] = useState<AppNode[] | null>(null);
  const base = useMemo(
    () =>
      derived.map((n) => {
        const m = measured.get(n.id);
        return m ? { ...n, measured: m } : n;
      }),
    [derived, measured],
  );
  const nodes = dragNodes ?? base;
  const nodesRef = useRef(nodes);
  const dragging = useRef(false);
  useEffect(() => {
    nodesRef.current = nodes;
  }, [nodes]);

  const commitKeyboardMove = useCallback(
    (changes: readonly NodePositionChange[]) => {
      const current = nodesRef.current;
      const byId = new Map(current.map((n) => [n.id, n]));
      const moved = new Map<string, Position>();
      for (const c of changes) {
        const node = byId.get(c.id);
        if (!node || !c.position) continue;
        const parent = node.parentId === undefined ? undefined : byId.get(node.parentId);
        const socket = idAfterPrefix(c.id, "socket");
        if (socket !== null) {
          moved.set(socket, {
            x: c.position.x + (parent?.position.x ?? 0),
            y: c.position.y + (parent?.position.y ?? 0),
          });
        } else if (node.type === "process") {
          for (const child of current) {
            const id = idAfterPrefix(child.id, "socket");
            if (child.parentId === c.id && id !== null) {
              moved.set(id, {
                x: child.position.x + c.position.x,
                y: child.position.y + c.position.y,
              });
            }
          }
        }
      }
      store.getState().moveSockets(moved);
    },
    [store],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<AppNode>[]) => {
      const dims = changes.flatMap((c) =>
        c.type === "dimensions" && c.dimensions && !c.setAttributes ? [c] : [],
      );
      if (dims.length > 0) {
        setMeasured((prev) => {
          if (dims.every((c) => c.dimensions && sameDims(prev.get(c.id), c.dimensions)))
            return prev;
          const next = new Map(prev);
          for (const c of dims) if (c.dimensions) next.set(c.id, c.dimensions);
          return next;
        });
      }
      const selects = changes.filter((c): c is NodeSelectionChange => c.type === "select");
      if (selects.length > 0) applySelectChanges(store, selects, ["socket", "process"]);
      const moves = changes.filter(
        (c) => c.type === "position" || (c.type === "dimensions" && c.setAttributes),
      );
      if (moves.length === 0) return;
      if (dragging.current)
        setDragNodes((prev) => applyNodeChanges(moves, prev ?? nodesRef.current));
      else commitKeyboardMove(moves.filter((c): c is NodePositionChange => c.type === "position"));
    },
    [store, commitKeyboardMove],
  );

  const onDragStart = useCallback(() => {
    dragging.current = true;
  }, []);

  /** Write the dragged sockets' (and dragged processes' sockets') new places to the document. */
  const onDragStop = useCallback(
    (dragged: readonly AppNode[]) => {
      dragging.current = false;
      const ids = new Set(dragged.map((n) => n.id));
      const moved = new Map<string, Position>();
      for (const n of nodesRef.current) {
        const id = idAfterPrefix(n.id, "socket");
        if (id === null || !(ids.has(n.id) || (n.parentId !== undefined && ids.has(n.parentId))))
          continue;
        const internal = rf.getInternalNode(n.id);
        if (internal) moved.set(id, internal.internals.positionAbsolute);
      }
      // Sockets dragged (alone, not with their process) may change process.
      const boxes: ProcessBox[] = nodesRef.current.flatMap((n) =>
        n.type === "process" && !ids.has(n.id)
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
      const memberships = new Map<string, string | undefined>();
      for (const n of dragged) {
        const id = idAfterPrefix(n.id, "socket");
        const at = id === null ? undefined : moved.get(id);
        if (id === null || !at || (n.parentId !== undefined && ids.has(n.parentId))) continue;
        const before = topology.sockets.find((s) => s.id === id)?.process;
        const after = processAfterDrop(topology, id, at, boxes);
        if (after !== before) memberships.set(id, after);
      }
      store.getState().moveSockets(moved, memberships);
      setDragNodes(null);
    },
    [rf, store],
  );

  const onNodeDragStop = useCallback(
    (_: unknown, __: unknown, dragged: AppNode[]) => onDragStop(dragged),
    [onDragStop],
  );
  const onSelectionDragStop = useCallback(
    (_: unknown, dragged: AppNode[]) => onDragStop(dragged),
    [onDragStop],
  );

  return { nodes, onNodesChange, onDragStart, onNodeDragStop, onSelectionDragStop };
}
