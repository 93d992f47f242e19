import { Handle, Position, useUpdateNodeInternals, type NodeProps } from "@xyflow/react";
import { CATALOG } from "@zmq-playground/shared";
import { memo, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { behaviourSummary } from "./behaviour-summary.js";
import { bindHandleId, CONNECT_HANDLE, type SocketNode as SocketNodeType } from "./flow-types.js";
import { handleSides, type Side } from "./geometry.js";
import { ProblemBadge } from "./problem-badge.js";
import { SocketLiveLine } from "./socket-live-line.js";
import { useIsLive, useLiveSocket } from "./use-live.js";

const toPosition = (side: Side) => (side === "left" ? Position.Left : Position.Right);

/** A socket: its type in large letters, its name, what it does, its bound endpoints and its connect handle. */
export const SocketNode = memo(function SocketNode({ id, data }: NodeProps<SocketNodeType>) {
  const { t } = useTranslation();
  const { socket, problems } = data;
  const info = CATALOG[socket.type];
  const sides = handleSides(socket.type);
  const binds = socket.bind ?? [];
  const updateNodeInternals = useUpdateNodeInternals();
  const handleKey = `${sides.bind}${sides.connect}${binds.join("\n")}`;
  // Handles change without the node changing size (an edited port): re-measure them.
  // Not on mount: React Flow measures a new node itself, and doing it here too made a
  // 300-socket import re-measure the whole diagram once per node (2.3 s to first render).
  const measuredKey = useRef(handleKey);
  useEffect(() => {
    if (measuredKey.current === handleKey) return;
    measuredKey.current = handleKey;
    updateNodeInternals(id);
  }, [id, handleKey, updateNodeInternals]);
  const summary = behaviourSummary(socket, data, t);
  const state = problems.errors > 0 ? "error" : problems.warnings > 0 ? "warning" : "ok";
  const running = useIsLive();
  const live = useLiveSocket(socket.id);
  return (
    <div
      className="socket-node"
      data-testid="socket-node"
      data-socket-id={socket.id}
      data-socket-type={socket.type}
      data-pattern={info.pattern}
      data-problems={state}
      data-sent={live?.sent ?? 0}
      data-received={live?.received ?? 0}
      data-live={running ? "running" : "idle"}
      data-blocked={running && live?.blocked === true ? "true" : undefined}
      data-killed={running && live?.killed === true ? "true" : undefined}
      title={info.summary}
    >
      {running && (live?.killed === true || live?.blocked === true) && (
        <div className="socket-node__status">
          {live.killed === true && (
            <span className="status-tag status-tag--killed" title={t("live.socket.killedHint")}>
              {t("live.socket.killed")}
            </span>
          )}
          {live.blocked === true && (
            <span className="status-tag status-tag--blocked" title={t("live.socket.blockedHint")}>
              {t("live.socket.blocked")}
            </span>
          )}
        </div>
      )}
      <div className="socket-node__head">
        <span className="socket-node__type">{socket.type}</span>
        {info.draft && <span className="socket-node__draft">{t("palette.draft")}</span>}
        <ProblemBadge problems={problems} />
      </div>
      <div className="socket-node__name" title={socket.id}>
        {socket.label ?? socket.id}
      </div>
      {running ? (
        <SocketLiveLine socket={socket} live={live} summary={summary} />
      ) : (
        <div className="socket-node__behaviour" title={summary}>
          {summary}
        </div>
      )}
      <ul className="socket-node__ports">
        {binds.map((ep) => (
          <li
            key={ep}
            className={`port port--bind port--${sides.bind}`}
            title={t("canvas.bindHint")}
          >
            <Handle
              type="target"
              id={bindHandleId(ep)}
              position={toPosition(sides.bind)}
              className="handle handle--bind"
            />
            <span className="port__text">{ep}</span>
          </li>
        ))}
        <li className={`port port--connect port--${sides.connect}`} title={t("canvas.connectHint")}>
          <Handle
            type="source"
            id={CONNECT_HANDLE}
            position={toPosition(sides.connect)}
            className="handle handle--connect"
          />
          <span className="port__text">{t("canvas.connect")}</span>
        </li>
      </ul>
    </div>
  );
});
