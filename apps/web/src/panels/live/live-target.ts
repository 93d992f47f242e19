import { parseLinkId } from "../../store/selection.js";

/** What the live inspector looks at: one socket, one link, one process, or everything. */
export type LiveTarget =
  | { kind: "socket"; id: string }
  | { kind: "link"; id: string; connector: string; endpoint: string; binder: string | null }
  | { kind: "process"; id: string; sockets: readonly string[] }
  | { kind: "all" };

/** A link target from its id (`connector|endpoint`) and the socket that binds it. */
export function linkTarget(id: string, binder: string | null): LiveTarget | null {
  const parts = parseLinkId(id);
  return parts ? { kind: "link", id, binder, ...parts } : null;
}
