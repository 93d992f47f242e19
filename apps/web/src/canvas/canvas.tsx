import {
  Background,
  BackgroundVariant,
  ConnectionLineType,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  type EdgeSelectionChange,
  type EdgeChange,
} from "@xyflow/react";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import {
  selectDiagnostics,
  selectFitViewRequest,
  selectSelection,
  selectSnapToGrid,
  selectTopology,
} from "../store/selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";
import { LiveBanner } from "../panels/live-banner.js";
import { RunBar } from "../panels/run-bar.js";
import { ReplayBanner } from "../recording/replay-banner.js";
import { ReplayBar } from "../recording/replay-bar.js";
import { selectIsReplaying } from "../store/replay-selectors.js";
import { ConnectMenu } from "./connect-menu.js";
import { EmptyState } from "./empty-state.js";
import { EndpointNode } from "./endpoint-node.js";
import { FIT_MAX_ZOOM, FIT_PADDING, viewportToFit } from "./fit.js";
import type { AppNode, LinkEdge as LinkEdgeType } from "./flow-types.js";
import { GRID } from "./geometry.js";
import { BOX_SELECT_KEY, MULTI_SELECT_KEYS } from "../keyboard/shortcut-list.js";
import { Legend } from "./legend.js";
import { LinkEdge } from "./link-edge.js";
import { MessageDots } from "./message-dots.js";
import { ProcessNode } from "./process-node.js";
import { SocketNode } from "./socket-node.js";
import { toFlow } from "./to-flow.js";
import { isValidConnection, useConnect } from "./use-connect.js";
import { useCanvasDrop } from "./use-canvas-drop.js";
import { useAriaLabels } from "./use-aria-labels.js";
import { useDropTarget } from "./use-drop-target.js";
import { applySelectChanges, useFlowNodes } from "./use-flow-nodes.js";

const nodeTypes = { socket: SocketNode, process: ProcessNode, endpoint: EndpointNode };
const edgeTypes = { link: LinkEdge };
const SNAP: [number, number] = [GRID, GRID];
const MINIMAP_SIZE = { width: 160, height: 110 };
const FIT_OPTIONS = { padding: FIT_PADDING, maxZoom: FIT_MAX_ZOOM, duration: 250 };

/** The diagram: React Flow over nodes and edges derived from the document. */
export function Canvas({ colorMode }: { colorMode: "light" | "dark" }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const rf = useReactFlow<AppNode, LinkEdgeType>();
  const topology = useAppStore(selectTopology);
  const diagnostics = useAppStore(selectDiagnostics);
  const selection = useAppStore(selectSelection);
  const snap = useAppStore(selectSnapToGrid);
  const fitViewRequest = useAppStore(selectFitViewRequest);
  // A replay shows a recording: nothing on the canvas can be moved or linked.
  const replaying = useAppStore(selectIsReplaying);
  const derived = useMemo(
    () => toFlow(topology, { diagnostics, selection }),
    [topology, diagnostics, selection],
  );
  const flow = useFlowNodes(derived.nodes);
  const dropTarget = useDropTarget(flow.nodes);
  const { onNodeDragStop } = flow;
  const onNodeDragStopAndClear = useCallback(
    (event: MouseEvent | TouchEvent, node: AppNode, nodes: AppNode[]) => {
      dropTarget.clear();
      onNodeDragStop(event, node, nodes);
    },
    [dropTarget, onNodeDragStop],
  );
  const connect = useConnect();
  const ariaLabels = useAriaLabels();
  const drop = useCanvasDrop();

  const wrapper = useRef<HTMLDivElement>(null);
  const nodesRef = useRef(derived.nodes);
  useEffect(() => {
    nodesRef.current = derived.nodes;
  }, [derived.nodes]);
  // Frame the document on start, after a load, and on the "fit view" command.
  useEffect(() => {
    const id = requestAnimationFrame(() => {
      const box = wrapper.current;
      if (!box) return;
      const viewport = viewportToFit(nodesRef.current, box.clientWidth, box.clientHeight);
      void rf.setViewport(viewport, fitViewRequest === 0 ? {} : { duration: 250 });
    });
    return () => cancelAnimationFrame(id);
  }, [fitViewRequest, rf]);

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LinkEdgeType>[]) => {
      const selects = changes.filter((c): c is EdgeSelectionChange => c.type === "select");
      if (selects.length > 0) applySelectChanges(store, selects, ["link"]);
    },
    [store],
  );

  return (
    <div
      ref={wrapper}
      className="canvas"
      onDrop={drop.onDrop}
      onDragOver={drop.onDragOver}
      onDragLeave={drop.onDragLeave}
    >
      <ReactFlow<AppNode, LinkEdgeType>
        aria-label={t("canvas.label")}
        ariaLabelConfig={ariaLabels}
        nodes={dropTarget.nodes}
        edges={derived.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        colorMode={colorMode}
        onNodesChange={flow.onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={flow.onDragStart}
        onNodeDrag={dropTarget.onNodeDrag}
        onNodeDragStop={onNodeDragStopAndClear}
        onSelectionDragStart={flow.onDragStart}
        onSelectionDragStop={flow.onSelectionDragStop}
        nodesDraggable={!replaying}
        nodesConnectable={!replaying}
        onConnect={connect.onConnect}
        onConnectEnd={connect.onConnectEnd}
        isValidConnection={isValidConnection}
        connectionLineType={ConnectionLineType.Bezier}
        connectionRadius={28}
        snapToGrid={snap}
        snapGrid={SNAP}
        deleteKeyCode={null}
        selectionKeyCode={BOX_SELECT_KEY}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        fitViewOptions={FIT_OPTIONS}
        minZoom={0.2}
        maxZoom={2.5}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID} size={1.5} />
        {topology.sockets.length > 0 && (
          <MiniMap
            pannable
            zoomable
            className="minimap"
            style={MINIMAP_SIZE}
            nodeClassName={(n) => `minimap-node minimap-node--${n.type ?? ""}`}
          />
        )}
        <Controls showInteractive={false} />
        <Legend />
        <MessageDots />
      </ReactFlow>
      {replaying ? <ReplayBanner /> : <LiveBanner />}
      {replaying ? <ReplayBar /> : <RunBar />}
      {topology.sockets.length === 0 && <EmptyState />}
      {drop.fileOver && <div className="canvas__drop-hint">{t("canvas.dropJson")}</div>}
      {connect.menu && (
        <ConnectMenu menu={connect.menu} onChoose={connect.choose} onClose={connect.closeMenu} />
      )}
    </div>
  );
}
