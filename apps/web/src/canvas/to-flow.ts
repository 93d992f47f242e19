import {
  deriveLinks,
  diagnosticsForLink,
  sortDiagnostics,
  type Diagnostic,
  type Position,
  type Topology,
} from "@zmq-playground/shared";
import { processIds } from "../store/ops/processes.js";
import { EMPTY_SELECTION, type Selection } from "../store/ui-slice.js";
import {
  bindHandleId,
  CONNECT_HANDLE,
  endpointNodeId,
  linkEdgeId,
  processNodeId,
  socketNodeId,
  type AppNode,
  type EndpointNode,
  type LinkEdge,
  type ProcessNode,
  type SocketNode,
} from "./flow-types.js";
import {
  handleSides,
  PROCESS_HEADER,
  PROCESS_PAD,
  SOCKET_WIDTH,
  socketHeight,
} from "./geometry.js";
import { layoutTopology } from "./layout.js";
import { problemsOf, worstSeverity } from "./problems.js";

/** What the canvas shows besides the document itself. */
export interface FlowView {
  diagnostics?: readonly Diagnostic[];
  selection?: Selection;
}

const EMPTY_PROCESS = { width: 220, height: 120 };
const DANGLING_GAP = 120;

/** Absolute positions: the document's, or auto-layout's for sockets it does not place. */
function absolutePositions(topology: Topology): {
  abs: Map<string, Position>;
  auto: Map<string, Position> | null;
} {
  const unplaced = topology.sockets.some((s) => !s.position);
  const auto = unplaced ? layoutTopology(topology) : null;
  const abs = new Map<string, Position>();
  for (const s of topology.sockets) abs.set(s.id, s.position ?? auto?.get(s.id) ?? { x: 0, y: 0 });
  return { abs, auto };
}

function processNodes(
  topology: Topology,
  abs: Map<string, Position>,
  selected: Set<string>,
): ProcessNode[] {
  const declared = new Map((topology.processes ?? []).map((p) => [p.id, p]));
  return processIds(topology).map((pid) => {
    const members = topology.sockets.filter((s) => s.process === pid);
    let box = {
      x: declared.get(pid)?.position?.x ?? 0,
      y: declared.get(pid)?.position?.y ?? 0,
      ...EMPTY_PROCESS,
    };
    if (members.length > 0) {
      const xs = members.map((s) => abs.get(s.id)?.x ?? 0);
      const ys = members.map((s) => abs.get(s.id)?.y ?? 0);
      const right = Math.max(...members.map((s) => (abs.get(s.id)?.x ?? 0) + SOCKET_WIDTH));
      const bottom = Math.max(...members.map((s) => (abs.get(s.id)?.y ?? 0) + socketHeight(s)));
      const x = Math.min(...xs) - PROCESS_PAD;
      const y = Math.min(...ys) - PROCESS_PAD - PROCESS_HEADER;
      box = { x, y, width: right + PROCESS_PAD - x, height: bottom + PROCESS_PAD - y };
    }
    return {
      id: processNodeId(pid),
      type: "process",
      position: { x: box.x, y: box.y },
      width: box.width,
      height: box.height,
      selected: selected.has(pid),
      data: { processId: pid, declared: declared.get(pid) ?? null, members: members.length },
    };
  });
}

/**
 * Derive React Flow nodes and edges from a document. Pure: the document stays the one
 * source of truth, and the canvas re-derives on every change. Process nodes come
 * before their sockets (React Flow wants parents first); socket positions inside a
 * process are relative to its box, which is drawn around its sockets.
 */
export function toFlow(
  topology: Topology,
  view: FlowView = {},
): { nodes: AppNode[]; edges: LinkEdge[] } {
  const selection = view.selection ?? EMPTY_SELECTION;
  const { abs, auto } = absolutePositions(topology);
  const groups = processNodes(topology, abs, new Set(selection.processes));
  const groupPos = new Map(groups.map((g) => [g.data.processId, g.position]));
  const diagnostics = sortDiagnostics(view.diagnostics ?? []);
  const selectedSockets = new Set(selection.sockets);
  const names = new Map(topology.sockets.map((s) => [s.id, s.label ?? s.id]));
  const feeders = new Map<string, string[]>();
  for (const s of topology.sockets) {
    const to = s.behavior?.forward?.to;
    if (to !== undefined) feeders.set(to, [...(feeders.get(to) ?? []), s.label ?? s.id]);
  }
  const sockets: SocketNode[] = topology.sockets.map((s) => {
    const p = abs.get(s.id) ?? { x: 0, y: 0 };
    const parent = s.process === undefined ? undefined : groupPos.get(s.process);
    const node: SocketNode = {
      id: socketNodeId(s.id),
      type: "socket",
      position: parent ? { x: p.x - parent.x, y: p.y - parent.y } : p,
      width: SOCKET_WIDTH,
      height: socketHeight(s),
      ariaLabel: `${s.type} ${s.label ?? s.id}`,
      selected: selectedSockets.has(s.id),
      data: {
        socket: s,
        problems: problemsOf(diagnostics, s.id),
        forwardName: s.behavior?.forward
          ? (names.get(s.behavior.forward.to) ?? s.behavior.forward.to)
          : null,
        forwardedFrom: feeders.get(s.id)?.join(", ") ?? null,
        autoPosition: s.position ? null : (auto?.get(s.id) ?? null),
      },
    };
    if (parent && s.process !== undefined) {
      // No expandParent: a socket dragged out of its box leaves the process (see membership.ts).
      node.parentId = processNodeId(s.process);
    }
    return node;
  });
  const byId = new Map(topology.sockets.map((s) => [s.id, s]));
  const dangling = new Map<string, EndpointNode>();
  const selectedLinks = new Set(selection.links);
  const edges: LinkEdge[] = deriveLinks(topology).map((link) => {
    if (link.binder === null && !dangling.has(link.endpoint)) {
      const connector = byId.get(link.connector);
      const side = connector ? handleSides(connector.type).connect : "right";
      const at = abs.get(link.connector) ?? { x: 0, y: 0 };
      dangling.set(link.endpoint, {
        id: endpointNodeId(link.endpoint),
        type: "endpoint",
        position: {
          x: side === "right" ? at.x + SOCKET_WIDTH + DANGLING_GAP : at.x - DANGLING_GAP - 240,
          y: at.y,
        },
        draggable: false,
        selectable: false,
        data: { endpoint: link.endpoint, side: side === "right" ? "left" : "right" },
      });
    }
    const about = diagnosticsForLink(diagnostics, link.connector, link.endpoint);
    return {
      id: linkEdgeId(link.id),
      type: "link",
      source: socketNodeId(link.connector),
      sourceHandle: CONNECT_HANDLE,
      target: link.binder === null ? endpointNodeId(link.endpoint) : socketNodeId(link.binder),
      targetHandle: link.binder === null ? "in" : bindHandleId(link.endpoint),
      selected: selectedLinks.has(link.id),
      ariaLabel: `${link.connector} \u2192 ${link.endpoint}`,
      data: {
        link,
        severity: worstSeverity(about),
        diagnostic: about[0] ?? null,
        code: about[0]?.code ?? null,
        problemCount: about.length,
        connectorType: byId.get(link.connector)?.type ?? null,
        binderType: link.binder === null ? null : (byId.get(link.binder)?.type ?? null),
      },
    };
  });
  return { nodes: [...groups, ...sockets, ...dangling.values()], edges };
}
