import type { LinkState } from "@zmq-playground/shared";
import { EdgeLabelRenderer } from "@xyflow/react";
import { useTranslation } from "react-i18next";
import type { LiveLink } from "../store/live-view.js";
import type { Point } from "./bezier.js";
import { formatCount, formatRate } from "./live-format.js";

export interface LinkLiveLabelProps {
  at: Point;
  state: LinkState;
  live: LiveLink | undefined;
  /** Whether messages to the binder travel rightwards on screen (for the arrows). */
  toBinderRightwards: boolean;
  /** A subscriber's link, connected and silent: waiting for its subscription, or filtered. */
  waiting: "subscribing" | "no-match" | null;
  flash: boolean;
  names: { connector: string; binder: string };
  /** `connector|endpoint`, for tests: the label is rendered apart from the link's `<g>`. */
  linkId: string;
}

function Direction({
  dir,
  count,
  rate,
  rightwards,
  title,
}: {
  dir: "toBinder" | "toConnector";
  count: number;
  rate: number;
  rightwards: boolean;
  title: string;
}) {
  const { t } = useTranslation();
  return (
    <span className={`live-dir live-dir--${dir}`} title={title}>
      <span aria-hidden="true">{rightwards ? "→" : "←"}</span> {formatCount(count)}
      {rate > 0 && (
        <span className="live-dir__rate"> {t("live.socket.rate", { rate: formatRate(rate) })}</span>
      )}
    </span>
  );
}

/** The words and numbers on a running link: its state unless connected, and what crossed it each way. */
export function LinkLiveLabel(props: LinkLiveLabelProps) {
  const { t } = useTranslation();
  const { at, state, live, toBinderRightwards, waiting, flash, names, linkId } = props;
  const toBinder = live?.toBinder ?? 0;
  const toConnector = live?.toConnector ?? 0;
  let word: string | null = null;
  let hint: string | undefined;
  if (state !== "connected") word = t(`live.link.states.${state}`);
  else if (waiting === "subscribing") word = t("live.link.subscribing");
  else if (waiting === "no-match") {
    word = t("live.link.noMatch");
    hint = t("live.link.noMatchHint");
  }
  // Absent means the gateway cannot tell for this link, not zero: show only a real loss.
  const dropped = live?.dropped ?? 0;
  const quiet = word === null && toBinder === 0 && toConnector === 0 && dropped === 0;
  return (
    <EdgeLabelRenderer>
      <div
        className={`live-label live-label--${state}${flash ? " live-label--flash" : ""}${quiet ? " live-label--quiet" : ""}`}
        data-testid="link-live"
        data-link-id={linkId}
        data-dropped={live?.dropped}
        style={{ transform: `translate(-50%, -50%) translate(${at.x}px, ${at.y}px)` }}
      >
        {word && (
          <span className="live-label__state" title={hint}>
            {word}
          </span>
        )}
        {toBinder > 0 && (
          <Direction
            dir="toBinder"
            count={toBinder}
            rate={live?.rateToBinder ?? 0}
            rightwards={toBinderRightwards}
            title={t("live.link.toBinderTitle", {
              count: toBinder,
              from: names.connector,
              to: names.binder,
            })}
          />
        )}
        {toConnector > 0 && (
          <Direction
            dir="toConnector"
            count={toConnector}
            rate={live?.rateToConnector ?? 0}
            rightwards={!toBinderRightwards}
            title={t("live.link.toConnectorTitle", {
              count: toConnector,
              from: names.binder,
              to: names.connector,
            })}
          />
        )}
        {dropped > 0 && (
          <span className="live-label__dropped" title={t("live.link.droppedHint")}>
            {t("live.link.dropped", { count: dropped, n: formatCount(dropped) })}
          </span>
        )}
        {quiet && <span className="live-label__zero">0</span>}
      </div>
    </EdgeLabelRenderer>
  );
}
