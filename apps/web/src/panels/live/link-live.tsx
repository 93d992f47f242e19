import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { selectEvents, selectLiveLink, selectSamples } from "../../store/runtime-selectors.js";
import { useAppStore } from "../../store/store-context.js";
import { EventLog } from "./event-log.js";
import { LinkCounters } from "./live-counters.js";
import type { LivePrefs, LiveTabId } from "./live-prefs.js";
import { LiveTabs, type LiveTab } from "./live-tabs.js";
import type { LiveTarget } from "./live-target.js";
import { messagesFor } from "./message-filter.js";
import { MessageList } from "./message-list.js";
import { useSelectorFor, useTypeOf } from "./use-live-data.js";

/** A link while running: its state and counters, what crossed it, its events. */
export function LinkLive({
  target,
  edit,
  prefs,
}: {
  target: Extract<LiveTarget, { kind: "link" }>;
  edit: ReactNode;
  prefs: LivePrefs;
}) {
  const { t } = useTranslation();
  const stats = useSelectorFor(selectLiveLink, target.id);
  const samples = useAppStore(selectSamples);
  const events = useAppStore(selectEvents);
  const typeOf = useTypeOf();
  const messages = useMemo(() => messagesFor(samples, target), [samples, target]);
  const tabs: LiveTab<LiveTabId>[] = [
    {
      id: "messages",
      label: t("inspect.tabs.messages"),
      render: () => (
        <MessageList
          messages={messages}
          typeOf={typeOf}
          hex={prefs.hex}
          onHexChange={prefs.setHex}
          empty={t("inspect.messages.noneLink")}
        />
      ),
    },
    {
      id: "events",
      label: t("inspect.tabs.events"),
      render: () => <EventLog events={events} target={target} />,
    },
    { id: "edit", label: t("inspect.tabs.edit"), render: () => edit },
  ];
  return (
    <div className="live" data-testid="live-inspector" data-link-id={target.id}>
      <div className="live-head">
        <h3 className="live-head__title">
          <span className="live-head__name">
            {target.connector} ➜ {target.binder ?? target.endpoint}
          </span>
        </h3>
        <code className="live-head__endpoint">{target.endpoint}</code>
        <LinkCounters stats={stats} />
      </div>
      <LiveTabs tabs={tabs} open={prefs.tab} onOpen={prefs.setTab} />
    </div>
  );
}
