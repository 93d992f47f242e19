import type { ReactNode } from "react";
import { pointOnBezier } from "./bezier.js";
import type { LinkEdgeData } from "./flow-types.js";
import { LinkLiveLabel } from "./link-live-label.js";
import { busyWidth, isBusy } from "./live-format.js";
import { useFirstMessageFlash } from "./use-first-message.js";
import { useIsLive, useLastDropped, useLiveLink, useLiveSocket } from "./use-live.js";

/** Types whose links wait for a subscription before anything flows (the slow joiner). */
const SUBSCRIBERS = new Set(["SUB", "XSUB", "DISH"]);
const PUBLISHERS = new Set(["PUB", "XPUB", "RADIO"]);
/** Where the live label sits along the link, from the connector: off the middle, so two crossing links do not stack their labels. */
const LABEL_AT = 0.42;

/**
 * A link's `<g>` with its test hooks, and while running: the state drawn on the line
 * (dashed while connecting, amber when retrying, red when rejected), a moving stroke
 * when it is too busy for dots, a glow at its first message, and its counters.
 */
export function LinkLiveOverlay({
  data,
  path,
  toBinderRightwards,
  className,
  children,
}: {
  data: LinkEdgeData;
  path: string;
  toBinderRightwards: boolean;
  className: string;
  children: ReactNode;
}) {
  const running = useIsLive();
  const live = useLiveLink(data.link.id);
  const dropped = useLastDropped();
  const state = running ? (live?.state ?? "connecting") : null;
  const total = (live?.toBinder ?? 0) + (live?.toConnector ?? 0);
  const subscriber =
    SUBSCRIBERS.has(data.connectorType ?? "") || SUBSCRIBERS.has(data.binderType ?? "");
  const flash = useFirstMessageFlash(total, running && subscriber);
  const busy = running && isBusy(live, dropped);
  const { connectorType, binderType, link } = data;
  let publisher: string | null = null;
  if (PUBLISHERS.has(connectorType ?? "")) publisher = link.connector;
  else if (PUBLISHERS.has(binderType ?? "")) publisher = link.binder;
  const published = useLiveSocket(publisher ?? "")?.sent ?? 0;
  // Connected and silent: the subscription is on its way, or nothing published matches it.
  let waiting: "subscribing" | "no-match" | null = null;
  if (subscriber && state === "connected" && total === 0)
    waiting = published > 0 ? "no-match" : "subscribing";
  const at = running ? pointOnBezier(path, LABEL_AT) : null;
  let classes = className;
  if (state) classes += ` link--live link--state-${state}`;
  if (busy) classes += " link--busy";
  if (flash) classes += " link--flash";
  return (
    <g
      className={classes}
      data-testid="link"
      data-connector={data.link.connector}
      data-endpoint={data.link.endpoint}
      data-binder={data.link.binder ?? ""}
      data-severity={data.severity ?? "none"}
      data-state={state ?? "idle"}
      data-to-binder={live?.toBinder ?? 0}
      data-to-connector={live?.toConnector ?? 0}
      data-busy={busy ? "true" : undefined}
    >
      {children}
      {busy && live && live.rateToBinder > 0 && (
        <path
          className="link__flow link__flow--toBinder"
          d={path}
          style={{ strokeWidth: busyWidth(live.rateToBinder) }}
        />
      )}
      {busy && live && live.rateToConnector > 0 && (
        <path
          className="link__flow link__flow--toConnector"
          d={path}
          style={{ strokeWidth: busyWidth(live.rateToConnector) }}
        />
      )}
      {state && at && (
        <LinkLiveLabel
          at={at}
          state={state}
          live={live}
          toBinderRightwards={toBinderRightwards}
          waiting={waiting}
          flash={flash}
          names={{ connector: data.link.connector, binder: data.link.binder ?? data.link.endpoint }}
          linkId={data.link.id}
        />
      )}
    </g>
  );
}
