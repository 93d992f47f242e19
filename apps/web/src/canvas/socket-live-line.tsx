import { CATALOG, type SocketSpec } from "@zmq-playground/shared";
import { useTranslation } from "react-i18next";
import type { LiveSocket } from "../store/live-view.js";
import { formatCount, formatRate } from "./live-format.js";

function Counter({ label, count, rate }: { label: string; count: number; rate: number }) {
  const { t } = useTranslation();
  return (
    <span className="live-counter">
      <span className="live-counter__label">{label}</span>
      <span className="live-counter__count">{formatCount(count)}</span>
      {rate > 0 && (
        <span className="live-counter__rate">
          {t("live.socket.rate", { rate: formatRate(rate) })}
        </span>
      )}
    </span>
  );
}

/**
 * While running, in place of the behaviour line: what the socket sent and received, and
 * how fast. Only the directions its type can go (a PUB never receives).
 */
export function SocketLiveLine({
  socket,
  live,
  summary,
}: {
  socket: SocketSpec;
  live: LiveSocket | undefined;
  /** The behaviour line this replaces, kept in the tooltip. */
  summary: string;
}) {
  const { t } = useTranslation();
  const info = CATALOG[socket.type];
  const sent = live?.sent ?? 0;
  const received = live?.received ?? 0;
  const errors = live?.errors ?? 0;
  return (
    <div
      className="socket-node__live"
      data-testid="socket-live"
      title={`${t("live.socket.countsLabel", { sent, received })}\n${summary}`}
    >
      {(info.canSend || sent > 0) && (
        <Counter label={t("live.socket.sent")} count={sent} rate={live?.sendRate ?? 0} />
      )}
      {(info.canReceive || received > 0) && (
        <Counter label={t("live.socket.received")} count={received} rate={live?.receiveRate ?? 0} />
      )}
      {errors > 0 && (
        <span className="live-counter live-counter--errors">
          {t("live.socket.errors", { count: errors })}
        </span>
      )}
    </div>
  );
}
