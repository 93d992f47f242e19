import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useFailureText } from "../i18n/command-error-text.js";
import { selectConnection, selectLastError } from "../store/runtime-selectors.js";
import { useAppStore, useAppStoreApi } from "../store/store-context.js";

/** The first connection may take this long before the banner says "Connecting…". */
const QUIET_START_MS = 1500;

/** Seconds left until the next reconnect attempt, counted down four times a second. */
function useCountdown(retryAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (retryAt === null) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [retryAt]);
  return retryAt === null ? null : Math.max(0, Math.ceil((retryAt - now) / 1000));
}

/**
 * Over the top of the canvas: the connection to the gateway when it is not open (the
 * diagram stays; reconnecting on its own), and the gateway's last error, in the
 * reader's language.
 */
export function LiveBanner() {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const store = useAppStoreApi();
  const connection = useAppStore(selectConnection);
  const lastError = useAppStore(selectLastError);
  const left = useCountdown(connection.retryAt);
  const [quiet, setQuiet] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setQuiet(false), QUIET_START_MS);
    return () => clearTimeout(timer);
  }, []);

  const reason = connection.closeReason;
  const showConnection =
    connection.status !== "open" && !(quiet && connection.status === "connecting" && !reason);
  let detail: string | null = null;
  if (connection.status === "connecting") detail = t("live.connection.retrying");
  else if (left !== null) detail = t("live.connection.retryIn", { seconds: left });
  // A lost connection already says what happened; the error of the command it took is noise.
  const showError = lastError !== null && !(showConnection && lastError.code === "disconnected");

  return (
    <div className="live-banners" aria-live="polite">
      {showConnection && (
        <div
          className="live-banner live-banner--connection"
          role="status"
          data-testid="connection-banner"
          data-status={connection.status}
        >
          <span className="live-banner__dot" aria-hidden="true" />
          <span className="live-banner__text">
            <strong>
              {reason ? t(`live.connection.${reason}`) : t("live.connection.connecting")}
            </strong>
            {connection.message && (
              <span>
                {" "}
                {connection.refusal ? failureText(connection.refusal) : connection.message}
              </span>
            )}
            {reason && <span> {t("live.connection.diagramStays")}</span>}
            {detail && reason && <span className="live-banner__detail"> {detail}</span>}
          </span>
          {connection.status === "closed" && (
            <button
              type="button"
              className="button button--small"
              onClick={() => store.getState().reconnect()}
            >
              {reason === "taken-over"
                ? t("live.connection.takeBack")
                : t("live.connection.reconnect")}
            </button>
          )}
        </div>
      )}
      {showError && (
        <div
          className="live-banner live-banner--error"
          role="alert"
          data-testid="gateway-error"
          data-code={lastError.code}
        >
          <span className="live-banner__text">
            <strong>{t("live.errors.title")}:</strong> {failureText(lastError)}
          </span>
          <button
            type="button"
            className="button button--small button--quiet"
            aria-label={t("live.errors.dismiss")}
            title={t("live.errors.dismiss")}
            onClick={() => store.getState().dismissError()}
          >
            ✕
          </button>
        </div>
      )}
    </div>
  );
}
