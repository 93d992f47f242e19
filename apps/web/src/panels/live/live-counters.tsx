import type { LiveLink, LiveSocket } from "../../store/runtime-slice.js";
import { useTranslation } from "react-i18next";
import { formatRate } from "./format.js";

function Counter({ value, label, rate }: { value: number; label: string; rate?: number }) {
  const { t } = useTranslation();
  return (
    <div className="counter">
      <span className="counter__value">{value.toLocaleString("en")}</span>
      <span className="counter__label">{label}</span>
      {rate !== undefined && (
        <span className="counter__rate">
          {t("inspect.counters.rate", { rate: formatRate(rate) })}
        </span>
      )}
    </div>
  );
}

/** A socket's exact counters (a multipart message counts once) and its rates. */
export function SocketCounters({ stats }: { stats: LiveSocket | undefined }) {
  const { t } = useTranslation();
  if (!stats) return <p className="inspector__help">{t("inspect.counters.waiting")}</p>;
  return (
    <div
      className="counters"
      role="group"
      aria-label={t("inspect.counters.label")}
      data-testid="live-counters"
      data-sent={stats.sent}
      data-received={stats.received}
      data-errors={stats.errors}
      data-blocked={stats.blocked}
    >
      <Counter value={stats.sent} label={t("inspect.counters.sent")} rate={stats.sendRate} />
      <Counter
        value={stats.received}
        label={t("inspect.counters.received")}
        rate={stats.receiveRate}
      />
      <Counter value={stats.errors} label={t("inspect.counters.errors")} />
      {stats.blocked === true && (
        <p className="counters__note" role="status">
          <strong>{t("live.socket.blocked")}</strong>: {t("live.socket.blockedHint")}
        </p>
      )}
    </div>
  );
}

/** A link's state and its counters in each direction. */
export function LinkCounters({ stats }: { stats: LiveLink | undefined }) {
  const { t } = useTranslation();
  if (!stats) return <p className="inspector__help">{t("inspect.counters.waiting")}</p>;
  return (
    <div
      className="counters"
      role="group"
      aria-label={t("inspect.counters.label")}
      data-testid="live-counters"
      data-state={stats.state}
      data-to-binder={stats.toBinder}
      data-to-connector={stats.toConnector}
      data-dropped={stats.dropped}
    >
      <div className="counter">
        <span className={`link-state link-state--${stats.state}`}>
          {t(`inspect.link.states.${stats.state}`)}
        </span>
        <span className="counter__label">{t("inspect.link.state")}</span>
      </div>
      <Counter
        value={stats.toBinder}
        label={t("inspect.link.toBinder")}
        rate={stats.rateToBinder}
      />
      <Counter
        value={stats.toConnector}
        label={t("inspect.link.toConnector")}
        rate={stats.rateToConnector}
      />
      {/* Absent: the gateway cannot tell for this link (round robin, a topic subset). */}
      {stats.dropped !== undefined && (
        <div className="counter" title={t("live.link.droppedHint")}>
          <span className="counter__value">{stats.dropped.toLocaleString("en")}</span>
          <span className="counter__label">{t("inspect.link.lost")}</span>
        </div>
      )}
    </div>
  );
}
