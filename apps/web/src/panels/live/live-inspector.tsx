import { deriveLinks, type Topology } from "@zmq-playground/shared";
import { useMemo, useState, type ReactNode } from "react";
import { selectEndpoints } from "../../store/runtime-selectors.js";
import { useAppStore } from "../../store/store-context.js";
import type { Selection } from "../../store/ui-slice.js";
import { JoinDialog } from "./join-dialog.js";
import "./live.css";
import "./live-messages.css";
import "./live-actions.css";
import type { LivePrefs, LiveTabId } from "./live-prefs.js";
import { linkTarget, type LiveTarget } from "./live-target.js";
import { LinkLive } from "./link-live.js";
import { OverviewLive } from "./overview-live.js";
import { SocketLive } from "./socket-live.js";
import { useRunningTopology } from "./use-live-data.js";

/** What the selection points at, for the live view; null for several things at once. */
function targetOf(topology: Topology, selection: Selection): LiveTarget | null {
  const { sockets, links, processes } = selection;
  const count = sockets.length + links.length + processes.length;
  if (count === 0) return { kind: "all" };
  if (count > 1) return null;
  if (sockets[0] !== undefined) return { kind: "socket", id: sockets[0] };
  if (links[0] !== undefined) {
    const link = deriveLinks(topology).find((l) => l.id === links[0]);
    return linkTarget(links[0], link?.binder ?? null);
  }
  const process = processes[0] ?? "";
  const members = topology.sockets.filter((s) => s.process === process).map((s) => s.id);
  return { kind: "process", id: process, sockets: members };
}

/**
 * The inspector while a topology runs: the live view of the selection, with the editing
 * form (`edit`) one tab away. Several things selected: the editing form alone.
 */
export function LiveInspector({
  topology,
  selection,
  edit,
}: {
  topology: Topology;
  selection: Selection;
  edit: ReactNode;
}) {
  const running = useRunningTopology();
  const endpoints = useAppStore(selectEndpoints);
  const [tab, setTab] = useState<LiveTabId>("messages");
  const [hex, setHex] = useState(false);
  const [joining, setJoining] = useState(false);
  const target = useMemo(() => targetOf(topology, selection), [topology, selection]);
  const prefs: LivePrefs = { tab, setTab, hex, setHex, openJoin: () => setJoining(true) };
  const socket =
    target?.kind === "socket" ? topology.sockets.find((s) => s.id === target.id) : undefined;
  let body: ReactNode = edit;
  if (socket) body = <SocketLive socket={socket} edit={edit} prefs={prefs} />;
  else if (target?.kind === "link") body = <LinkLive target={target} edit={edit} prefs={prefs} />;
  else if (target?.kind === "all" || target?.kind === "process")
    body = <OverviewLive target={target} edit={edit} prefs={prefs} />;
  return (
    <>
      {body}
      {joining && (
        <JoinDialog topology={running} endpoints={endpoints} onClose={() => setJoining(false)} />
      )}
    </>
  );
}
