import type {
  Behavior,
  BehaviorName,
  Position,
  SocketSpec,
  SocketType,
  Topology,
} from "@zmq-playground/shared";
import { layoutTopology } from "../canvas/layout.js";
import { newSocket } from "../templates/socket-defaults.js";
import { emptyTopology } from "./empty-topology.js";
import { setBehaviour } from "./ops/behaviours.js";
import { newSocketId } from "./ops/ids.js";
import {
  addBind,
  addConnect,
  removeEndpoint,
  removeLinks,
  replaceEndpoint,
  type EndpointRole,
} from "./ops/links.js";
import { fragmentOf, mergeFragment } from "./ops/merge.js";
import {
  groupIntoProcess,
  renameProcess,
  setSocketProcess,
  ungroupProcess,
} from "./ops/processes.js";
import {
  addSocket,
  moveSockets,
  removeSockets,
  renameSocketId,
  retypeSocket,
  updateSocket,
} from "./ops/sockets.js";
import { coveredSocketIds, parseLinkId } from "./selection.js";
import type { SliceCreator } from "./types.js";
import { EMPTY_SELECTION } from "./ui-slice.js";

/** Where a duplicate or a paste lands relative to the original. */
export const PASTE_OFFSET: Position = { x: 40, y: 40 };

/** Every way the editor changes the document; each is one undo step. */
export interface EditingSlice {
  addSocket: (type: SocketType, position: Position) => string;
  updateSocket: (id: string, recipe: (s: SocketSpec) => SocketSpec, coalesceKey?: string) => void;
  retypeSocket: (id: string, type: SocketType) => void;
  /** Set or clear one behaviour (see ops/behaviours.ts for the rules that come with it). */
  setBehaviour: <K extends BehaviorName>(
    id: string,
    name: K,
    value: Behavior[K] | undefined,
    coalesceKey?: string,
  ) => void;
  renameSocketId: (id: string, newId: string) => void;
  addEndpoint: (id: string, role: EndpointRole, endpoint: string) => void;
  replaceEndpoint: (id: string, role: EndpointRole, index: number, value: string) => void;
  removeEndpoint: (id: string, role: EndpointRole, index: number) => void;
  /** Draw a link; with `bind`, first bind that new endpoint on the binder (one undo step). */
  connect: (connector: string, endpoint: string, bind?: { binder: string }) => void;
  /** Write dragged positions back; `memberships` moves sockets dropped into or out of a process box. */
  moveSockets: (
    positions: ReadonlyMap<string, Position>,
    memberships?: ReadonlyMap<string, string | undefined>,
  ) => void;
  deleteSelection: () => void;
  duplicateSelection: () => void;
  /** The selected sockets as a document fragment, for the clipboard. */
  selectionFragment: () => Topology | null;
  paste: (fragment: Topology) => void;
  groupSelection: (label?: string) => void;
  /** Arrange every socket with dagre (see canvas/layout.ts). */
  autoLayout: () => void;
  ungroup: (processId: string) => void;
  renameProcess: (processId: string, label: string) => void;
  setSocketProcess: (socketId: string, processId: string | undefined) => void;
  setMeta: (meta: { title?: string; description?: string }) => void;
  selectAll: () => void;
  /** Replace the document (New, Import, a template, a share link); undo brings the old one back. */
  loadDocument: (topology: Topology) => void;
  newDocument: () => void;
}

export const createEditingSlice: SliceCreator<EditingSlice> = (set, get) => {
  const edit = (recipe: (t: Topology) => Topology, coalesceKey?: string) => {
    get().commit(recipe(get().topology), coalesceKey);
  };
  return {
    addSocket: (type, position) => {
      const id = newSocketId(type, get().topology);
      edit((t) => addSocket(t, newSocket(type, id, position)));
      get().select({ sockets: [id] });
      return id;
    },
    updateSocket: (id, recipe, coalesceKey) =>
      edit((t) => updateSocket(t, id, recipe), coalesceKey),
    retypeSocket: (id, type) => edit((t) => retypeSocket(t, id, type)),
    setBehaviour: (id, name, value, coalesceKey) =>
      edit((t) => setBehaviour(t, id, name, value), coalesceKey),
    renameSocketId: (id, newId) => {
      edit((t) => renameSocketId(t, id, newId));
      get().select({ sockets: [newId] });
    },
    addEndpoint: (id, role, endpoint) =>
      edit((t) => (role === "bind" ? addBind(t, id, endpoint) : addConnect(t, id, endpoint))),
    replaceEndpoint: (id, role, index, value) =>
      edit((t) => replaceEndpoint(t, id, role, index, value), `endpoint:${id}:${role}:${index}`),
    removeEndpoint: (id, role, index) => edit((t) => removeEndpoint(t, id, role, index)),
    connect: (connector, endpoint, bind) =>
      edit((t) => addConnect(bind ? addBind(t, bind.binder, endpoint) : t, connector, endpoint)),
    moveSockets: (positions, memberships) =>
      edit((t) => {
        let next = moveSockets(t, positions);
        for (const [id, pid] of memberships ?? []) next = setSocketProcess(next, id, pid);
        return next;
      }),
    deleteSelection: () => {
      const { topology, selection } = get();
      const ids = coveredSocketIds(topology, selection);
      const links = selection.links.flatMap((id) => parseLinkId(id) ?? []);
      edit((t) => removeSockets(removeLinks(t, links), ids));
      get().select(EMPTY_SELECTION);
    },
    duplicateSelection: () => {
      const fragment = get().selectionFragment();
      if (fragment) get().paste(fragment);
    },
    selectionFragment: () => {
      const { topology, selection } = get();
      const ids = coveredSocketIds(topology, selection);
      return ids.size === 0 ? null : fragmentOf(topology, ids);
    },
    paste: (fragment) => {
      const merged = mergeFragment(get().topology, fragment, PASTE_OFFSET);
      get().commit(merged.topology);
      // A copied process is selected as a whole, so it can be moved or copied again.
      const inCopiedProcess = new Set(
        merged.topology.sockets
          .filter((x) => x.process !== undefined && merged.processIds.includes(x.process))
          .map((x) => x.id),
      );
      get().select({
        processes: merged.processIds,
        sockets: merged.socketIds.filter((id) => !inCopiedProcess.has(id)),
      });
    },
    groupSelection: (label) => {
      const { topology, selection } = get();
      const ids = coveredSocketIds(topology, selection);
      if (ids.size === 0) return;
      const grouped = groupIntoProcess(topology, ids, label);
      get().commit(grouped.topology);
      get().select({ processes: [grouped.processId] });
    },
    autoLayout: () => {
      edit((t) => moveSockets(t, layoutTopology(t)));
      get().requestFitView();
    },
    ungroup: (processId) => {
      const members = get()
        .topology.sockets.filter((s) => s.process === processId)
        .map((s) => s.id);
      edit((t) => ungroupProcess(t, processId));
      get().select({ sockets: members });
    },
    renameProcess: (processId, label) =>
      edit((t) => renameProcess(t, processId, label), `process:${processId}`),
    setSocketProcess: (socketId, processId) =>
      edit((t) => setSocketProcess(t, socketId, processId)),
    setMeta: (meta) => edit((t) => withMeta(t, meta), `meta:${Object.keys(meta).join()}`),
    selectAll: () => {
      const { topology } = get();
      get().select({ sockets: topology.sockets.map((s) => s.id) });
    },
    loadDocument: (topology) => {
      get().commit(topology);
      set({ selection: EMPTY_SELECTION });
      get().requestFitView();
    },
    newDocument: () => get().loadDocument(emptyTopology()),
  };
};

function withMeta(topology: Topology, meta: { title?: string; description?: string }): Topology {
  const next = { ...topology };
  for (const key of ["title", "description"] as const) {
    const value = meta[key];
    if (value === undefined) continue;
    if (value === "") delete next[key];
    else next[key] = value;
  }
  return next;
}
