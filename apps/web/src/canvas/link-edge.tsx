import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  Position,
  type EdgeProps,
} from "@xyflow/react";
import type { TFunction } from "i18next";
import { memo } from "react";
import { useTranslation } from "react-i18next";
import { useDiagnosticText } from "../i18n/diagnostic-text.js";
import type { LinkEdgeData, LinkEdge as LinkEdgeType } from "./flow-types.js";
import { LinkLiveOverlay } from "./link-live-overlay.js";

const ARROW = 11;

/** A few words for the line itself; the whole explanation is in the tooltip and the problems panel. */
function shortLabel(data: LinkEdgeData, t: TFunction): string {
  if (data.code === "incompatible-peers" && data.connectorType && data.binderType) {
    return t("canvas.linkIncompatible", { a: data.connectorType, b: data.binderType });
  }
  return t("canvas.problems", { count: data.problemCount });
}

/**
 * A link, drawn from the connecting socket to the endpoint it connects to: a dot at
 * the connector, an arrowhead at the binder, whichever way messages go. A problem
 * colours it and shows what is wrong in words on the line.
 */
export const LinkEdge = memo(function LinkEdge(props: EdgeProps<LinkEdgeType>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected } =
    props;
  // Stop the curve at the arrowhead's base so the line does not poke through its tip.
  const dir = targetPosition === Position.Left ? -1 : 1;
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX: targetX + dir * ARROW,
    targetY,
    targetPosition,
    curvature: 0.35,
  });
  const { t } = useTranslation();
  const textOf = useDiagnosticText();
  const severity = data?.severity ?? null;
  const state = severity === "error" || severity === "warning" ? severity : "ok";
  const tip = `M ${targetX + dir * ARROW} ${targetY - ARROW / 2} L ${targetX} ${targetY} L ${targetX + dir * ARROW} ${targetY + ARROW / 2} Z`;
  if (!data) return null;
  return (
    <LinkLiveOverlay
      data={data}
      path={path}
      toBinderRightwards={targetX >= sourceX}
      className={`link link--${state}${selected ? " link--selected" : ""}`}
    >
      <BaseEdge id={props.id} path={path} interactionWidth={24} className="link__path" />
      <circle className="link__start" cx={sourceX} cy={sourceY} r={4} />
      <path className="link__arrow" d={tip} />
      {data.diagnostic && state !== "ok" && (
        <EdgeLabelRenderer>
          <div
            className={`link-label link-label--${state}`}
            data-testid="link-problem"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            title={textOf(data.diagnostic)}
            role="note"
          >
            {shortLabel(data, t)}
          </div>
        </EdgeLabelRenderer>
      )}
    </LinkLiveOverlay>
  );
});
