import { useTranslation } from "react-i18next";
import { selectRunStatus } from "../../store/runtime-selectors.js";
import { selectSelection, selectTopology } from "../../store/selectors.js";
import { useAppStore } from "../../store/store-context.js";
import {
  DocumentInspector,
  LinkInspector,
  MultiInspector,
  ProcessInspector,
} from "./other-inspectors.js";
import { SocketInspector } from "./socket-inspector.js";
import { LiveInspector } from "../live/live-inspector.js";

/** The right-hand panel: edits whatever is selected, or the document when nothing is. */
export function Inspector() {
  const { t } = useTranslation();
  const topology = useAppStore(selectTopology);
  const selection = useAppStore(selectSelection);
  const running = useAppStore(selectRunStatus) === "running";
  const { sockets, links, processes } = selection;
  const socketIds = new Set(topology.sockets.map((s) => s.id));
  const liveSockets = sockets.filter((id) => socketIds.has(id));
  const count = liveSockets.length + links.length + processes.length;
  const socket =
    liveSockets.length === 1 && count === 1
      ? topology.sockets.find((s) => s.id === liveSockets[0])
      : undefined;
  let body;
  if (count === 0) body = <DocumentInspector topology={topology} />;
  else if (socket) body = <SocketInspector key={socket.id} socket={socket} topology={topology} />;
  else if (count === 1 && links[0] !== undefined)
    body = <LinkInspector linkId={links[0]} topology={topology} />;
  else if (count === 1 && processes[0] !== undefined)
    body = <ProcessInspector processId={processes[0]} topology={topology} />;
  else body = <MultiInspector count={count} />;
  return (
    <aside className="inspector" aria-label={t("inspector.title")}>
      <h2 className="panel-title">{t("inspector.title")}</h2>
      {running ? <LiveInspector topology={topology} selection={selection} edit={body} /> : body}
    </aside>
  );
}
