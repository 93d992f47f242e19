import { useReactFlow } from "@xyflow/react";
import { SOCKET_TYPES, type SocketType } from "@zmq-playground/shared";
import { useCallback, useState, type DragEvent } from "react";
import { importFile } from "../io/document-file.js";
import { useAppStoreApi } from "../store/store-context.js";
import { centredAt, freeSpotNear, snapToGrid } from "./placement.js";

/** The drag data type the palette sets: the socket type being dragged. */
export const SOCKET_TYPE_MIME = "application/x-zmq-socket-type";

function isSocketType(value: string): value is SocketType {
  return (SOCKET_TYPES as readonly string[]).includes(value);
}

/** Drops on the canvas: a socket type from the palette adds a socket; a .json file is imported. */
export function useCanvasDrop() {
  const store = useAppStoreApi();
  const rf = useReactFlow();
  const [fileOver, setFileOver] = useState(false);

  const onDragOver = useCallback((e: DragEvent) => {
    const types = [...e.dataTransfer.types];
    if (!types.includes(SOCKET_TYPE_MIME) && !types.includes("Files")) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = types.includes("Files") ? "copy" : "move";
    setFileOver(types.includes("Files"));
  }, []);

  const onDragLeave = useCallback((e: DragEvent) => {
    if (e.currentTarget === e.target) setFileOver(false);
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      setFileOver(false);
      const file = e.dataTransfer.files[0];
      const type = e.dataTransfer.getData(SOCKET_TYPE_MIME);
      if (!file && !isSocketType(type)) return;
      e.preventDefault();
      if (file) {
        void importFile(store, file);
        return;
      }
      if (!isSocketType(type)) return;
      const at = centredAt(rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      const state = store.getState();
      state.addSocket(type, freeSpotNear(state.topology, state.snapToGrid ? snapToGrid(at) : at));
    },
    [rf, store],
  );

  return { fileOver, onDragOver, onDragLeave, onDrop };
}
