import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFailureText } from "../../i18n/command-error-text.js";
import type { CommandResult, Failure } from "../../store/runtime-slice.js";
import { useProcessKilled } from "./use-live-data.js";

type Outcome = { kind: "killed" | "restarted" } | { kind: "failed"; failure: Failure } | null;

/** Kill and Restart for one process, with what to watch on the canvas. */
export function ProcessControls({
  processId,
  onKill,
  onRestart,
}: {
  processId: string;
  onKill: () => Promise<CommandResult>;
  onRestart: () => Promise<CommandResult>;
}) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // From the ticks, not from what this page clicked: another tab, or a reload, may have.
  const killed = useProcessKilled(processId);
  const act = async (run: () => Promise<CommandResult>, done: "killed" | "restarted") => {
    setBusy(true);
    const result = await run();
    setBusy(false);
    setOutcome(result.ok ? { kind: done } : { kind: "failed", failure: result });
  };
  return (
    <section
      className="process-controls"
      aria-label={t("inspect.process.label", { process: processId })}
      data-killed={killed}
    >
      <h3 className="live-heading">
        {t("inspect.process.heading")} <code className="live-heading__id">{processId}</code>
        {killed && (
          <span className="process-controls__killed" title={t("live.socket.killedHint")}>
            {t("inspect.process.isKilled")}
          </span>
        )}
      </h3>
      <div className="process-controls__buttons">
        <button
          type="button"
          className="button button--small button--danger"
          disabled={busy || killed}
          onClick={() => void act(onKill, "killed")}
        >
          {t("inspect.process.kill")}
        </button>
        <button
          type="button"
          className="button button--small"
          disabled={busy || !killed}
          onClick={() => void act(onRestart, "restarted")}
        >
          {t("inspect.process.restart")}
        </button>
      </div>
      <p className="inspector__help">{t("inspect.process.watch")}</p>
      {outcome?.kind === "failed" && (
        <p className="live-error" role="alert">
          {t("inspect.process.failed", { message: failureText(outcome.failure) })}
        </p>
      )}
      {outcome && outcome.kind !== "failed" && (
        <p className="live-ok" role="status">
          {t(`inspect.process.${outcome.kind}`)}
        </p>
      )}
    </section>
  );
}
