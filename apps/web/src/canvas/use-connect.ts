import type { Connection, FinalConnectionState } from "@xyflow/react";
import { useCallback, useState } from "react";
import { suggestEndpoint } from "../store/ops/endpoints.js";
import { useAppStoreApi } from "../store/store-context.js";
import { CONNECT_HANDLE, idAfterPrefix } from "./flow-types.js";

/** The menu offered when a link is dropped on a socket rather than on one of its endpoints. */
export interface ConnectMenuState {
  connector: string;
  binder: string;
  /** Where the pointer let go, in page coordinates. */
  x: number;
  y: number;
  /** Endpoints the binder already binds (and the connector does not connect to yet). */
  existing: string[];
  /** New endpoints to bind: a free tcp port, an ipc file, an inproc name. */
  fresh: string[];
}

function clientPoint(event: MouseEvent | TouchEvent): { x: number; y: number } {
  if ("changedTouches" in event) {
    const touch = event.changedTouches[0];
    return { x: touch?.clientX ?? 0, y: touch?.clientY ?? 0 };
  }
  return { x: event.clientX, y: event.clientY };
}

function socketAt(point: { x: number; y: number }): string | null {
  const el = document.elementFromPoint(point.x, point.y)?.closest("[data-socket-id]");
  return el?.getAttribute("data-socket-id") ?? null;
}

/** A link goes from a connect handle to another socket's bound endpoint. */
export const isValidConnection = (
  c:
    | Connection
    | {
        sourceHandle?: string | null;
        targetHandle?: string | null;
        source: string;
        target: string;
      },
) =>
  c.source !== c.target &&
  c.sourceHandle === CONNECT_HANDLE &&
  (c.targetHandle ?? "").startsWith("bind:");

/**
 * Drawing links. Dropping on a bound endpoint connects to it; dropping on a socket's
 * body connects to its only endpoint, or offers a menu: its endpoints, or a new one to
 * bind (a free tcp port, an ipc file, an inproc name).
 */
export function useConnect() {
  const store = useAppStoreApi();
  const [menu, setMenu] = useState<ConnectMenuState | null>(null);

  const onConnect = useCallback(
    (c: Connection) => {
      const connector = idAfterPrefix(c.source, "socket");
      const endpoint = c.targetHandle ? idAfterPrefix(c.targetHandle, "bind") : null;
      if (connector !== null && endpoint !== null) store.getState().connect(connector, endpoint);
    },
    [store],
  );

  const onConnectEnd = useCallback(
    (event: MouseEvent | TouchEvent, state: FinalConnectionState) => {
      if (state.isValid || !state.fromNode || !state.fromHandle) return;
      const point = clientPoint(event);
      const target = socketAt(point);
      const from = idAfterPrefix(state.fromNode.id, "socket");
      if (target === null || from === null || target === from) return;
      const { topology, connect } = store.getState();
      if (state.fromHandle.type === "target") {
        // Dragged backwards, from a bound endpoint onto a socket: that socket connects to it.
        const endpoint = idAfterPrefix(state.fromHandle.id ?? "", "bind");
        if (endpoint !== null) connect(target, endpoint);
        return;
      }
      const connector = topology.sockets.find((s) => s.id === from);
      const binder = topology.sockets.find((s) => s.id === target);
      if (!connector || !binder) return;
      const existing = (binder.bind ?? []).filter((ep) => !(connector.connect ?? []).includes(ep));
      if ((binder.bind ?? []).length === 1 && existing.length === 1 && existing[0] !== undefined) {
        connect(connector.id, existing[0]);
        return;
      }
      const fresh = (["tcp", "ipc", "inproc"] as const).map((tr) =>
        suggestEndpoint(tr, topology, binder.id),
      );
      setMenu({
        connector: connector.id,
        binder: binder.id,
        x: point.x,
        y: point.y,
        existing,
        fresh,
      });
    },
    [store],
  );

  const choose = useCallback(
    (endpoint: string, bindIt: boolean) => {
      if (!menu) return;
      store
        .getState()
        .connect(menu.connector, endpoint, bindIt ? { binder: menu.binder } : undefined);
      setMenu(null);
    },
    [menu, store],
  );

  return { menu, closeMenu: () => setMenu(null), choose, onConnect, onConnectEnd };
}
