import { CATALOG, processOf, type SocketSpec } from "@zmq-playground/shared";
import { useMemo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import {
  selectEndpoints,
  selectEvents,
  selectLiveSocket,
  selectSamples,
} from "../../store/runtime-selectors.js";
import { selectIsReplaying } from "../../store/replay-selectors.js";
import { useAppStore, useAppStoreApi } from "../../store/store-context.js";
import { EventLog } from "./event-log.js";
import { JoinList } from "./join-list.js";
import { SocketCounters } from "./live-counters.js";
import type { LivePrefs } from "./live-prefs.js";
import { LiveTabs, type LiveTab } from "./live-tabs.js";
import type { LiveTarget } from "./live-target.js";
import { messagesFor } from "./message-filter.js";
import { MessageList } from "./message-list.js";
import { ProcessControls } from "./process-controls.js";
import { recentPeers } from "./send-frames.js";
import { SendForm } from "./send-form.js";
import { useSelectorFor, useTypeOf } from "./use-live-data.js";
import type { LiveTabId } from "./live-prefs.js";

/** A socket while running: counters, its process's controls, messages, send, events, join. */
export function SocketLive({
  socket,
  edit,
  prefs,
}: {
  socket: SocketSpec;
  edit: ReactNode;
  prefs: LivePrefs;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const stats = useSelectorFor(selectLiveSocket, socket.id);
  const samples = useAppStore(selectSamples);
  const events = useAppStore(selectEvents);
  const endpoints = useAppStore(selectEndpoints);
  const typeOf = useTypeOf();
  // A replay only shows what happened: nothing can be sent, killed or joined.
  const replaying = useAppStore(selectIsReplaying);
  const target = useMemo<LiveTarget>(() => ({ kind: "socket", id: socket.id }), [socket.id]);
  const messages = useMemo(() => messagesFor(samples, target), [samples, target]);
  const process = processOf(socket);
  const joinTab: LiveTab<LiveTabId> = {
    id: "join",
    label: t("inspect.tabs.join"),
    render: () => (
      <div className="live-section">
        <button type="button" className="link-button live-section__more" onClick={prefs.openJoin}>
          {t("inspect.join.open")}
        </button>
        <JoinList sockets={[socket]} endpoints={endpoints} showSocket={false} />
      </div>
    ),
  };
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
          empty={t("inspect.messages.none")}
        />
      ),
    },
    ...(CATALOG[socket.type].canSend && !replaying
      ? [
          {
            id: "send" as const,
            label: t("inspect.tabs.send"),
            render: () => (
              <SendForm
                key={socket.id}
                socket={socket}
                peers={socket.type === "ROUTER" ? recentPeers(samples, socket.id) : []}
                onSend={(frames) => store.getState().sendManual(socket.id, frames)}
              />
            ),
          },
        ]
      : []),
    {
      id: "events",
      label: t("inspect.tabs.events"),
      render: () => <EventLog events={events} target={target} />,
    },
    ...(replaying ? [] : [joinTab]),
    { id: "edit", label: t("inspect.tabs.edit"), render: () => edit },
  ];
  return (
    <div className="live" data-testid="live-inspector" data-socket-id={socket.id}>
      <div className="live-head" data-pattern={CATALOG[socket.type].pattern}>
        <h3 className="live-head__title">
          <span className="type-chip">{socket.type}</span>
          <span className="live-head__name">{socket.label ?? socket.id}</span>
        </h3>
        <SocketCounters stats={stats} />
        {replaying ? null : (
          <ProcessControls
            key={process}
            processId={process}
            onKill={() => store.getState().killProcess(process)}
            onRestart={() => store.getState().restartProcess(process)}
          />
        )}
      </div>
      <LiveTabs tabs={tabs} open={prefs.tab} onOpen={prefs.setTab} />
    </div>
  );
}
