import { DRAFT_TYPES } from "./entries-draft.js";
import { PIPELINE_AND_PAIR } from "./entries-pipeline-pair.js";
import { PUBLISH_SUBSCRIBE } from "./entries-publish-subscribe.js";
import { REQUEST_REPLY } from "./entries-request-reply.js";
import type { SocketTypeInfo } from "./socket-type-info.js";
import type { SocketType } from "./socket-types.js";

export type { SocketTypeInfo } from "./socket-type-info.js";

/**
 * The catalog, keyed by type. Built from one file per pattern; the type annotation
 * makes a missing socket type a compile error rather than an undefined at run time.
 */
export const CATALOG: Readonly<Record<SocketType, SocketTypeInfo>> = {
  ...REQUEST_REPLY,
  ...PUBLISH_SUBSCRIBE,
  ...PIPELINE_AND_PAIR,
  ...DRAFT_TYPES,
};

/** Whether libzmq lets sockets of these two types talk over one link. */
export function arePeersCompatible(a: SocketType, b: SocketType): boolean {
  return CATALOG[a].peers.includes(b);
}
