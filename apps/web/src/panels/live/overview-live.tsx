import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { selectEvents } from "../../store/runtime-selectors.js";
import { selectIsReplaying } from "../../store/replay-selectors.js";
import { useAppStore, useAppStoreApi } from "../../store/store-context.js";
import { EventLog } from "./event-log.js";
import type { LivePrefs, LiveTabId } from "./live-prefs.js";
import { LiveTabs, type LiveTab } from "./live-tabs.js";
import type { LiveTarget } from "./live-target.js";
import { ProcessControls } from "./process-controls.js";

/** Nothing selected (the global event log and the join dialog), or a process (its controls). */
export function OverviewLive({
  target,
  edit,
  prefs,
}: {
  target: Extract<LiveTarget, { kind: "all" | "process" }>;
  edit: ReactNode;
  prefs: LivePrefs;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const events = useAppStore(selectEvents);
  const global = target.kind === "all";
  // A replay only shows what happened: no process to kill, nothing to join.
  const replaying = useAppStore(selectIsReplaying);
  const tabs: LiveTab<LiveTabId>[] = [
    {
      id: "events",
      label: t("inspect.tabs.events"),
      render: () => (
        <EventLog
          events={events}
          target={target}
          {...(global ? { intro: t("inspect.events.global") } : {})}
        />
      ),
    },
    { id: "edit", label: t("inspect.tabs.edit"), render: () => edit },
  ];
  return (
    <div className="live" data-testid="live-inspector">
      <div className="live-head">
        {replaying ? null : target.kind === "process" ? (
          <ProcessControls
            key={target.id}
            processId={target.id}
            onKill={() => store.getState().killProcess(target.id)}
            onRestart={() => store.getState().restartProcess(target.id)}
          />
        ) : (
          <button type="button" className="button button--primary" onClick={prefs.openJoin}>
            {t("inspect.join.open")}
          </button>
        )}
      </div>
      <LiveTabs tabs={tabs} open={prefs.tab === "edit" ? "edit" : "events"} onOpen={prefs.setTab} />
    </div>
  );
}
