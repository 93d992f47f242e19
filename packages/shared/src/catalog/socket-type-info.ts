import type { SocketOptionName } from "./options.js";
import type { BehaviorName, Pattern, SocketType } from "./socket-types.js";

/** What the playground knows about one socket type. */
export interface SocketTypeInfo {
  readonly type: SocketType;
  readonly pattern: Pattern;
  /** A libzmq draft type: real in zeromq.js 6.8, but its API may still change upstream. */
  readonly draft: boolean;
  readonly canSend: boolean;
  readonly canReceive: boolean;
  /** Peer types libzmq accepts on the other end of a link (`check_socket_type`). */
  readonly peers: readonly SocketType[];
  /** Whether a message may have more than one frame. */
  readonly multipart: boolean;
  /**
   * Strict send/receive alternation: "send-first" (REQ) must send before it receives,
   * "receive-first" (REP) must receive before it sends.
   */
  readonly lockstep: "send-first" | "receive-first" | null;
  readonly options: readonly SocketOptionName[];
  readonly behaviors: readonly BehaviorName[];
  /** One line for the palette. */
  readonly summary: string;
  /** A short paragraph a student understands. */
  readonly explanation: string;
}

/** Catalog entries for some socket types, keyed by type. */
export type CatalogPart<T extends SocketType> = {
  readonly [K in T]: SocketTypeInfo & { readonly type: K };
};

// Option groups most types share; the catalog lists the rest per type.
export const common = ["linger", "immediate", "reconnectInterval", "reconnectMaxInterval"] as const;
export const sender = ["sendHighWaterMark"] as const;
export const receiver = ["receiveHighWaterMark"] as const;
export const both = [...sender, ...receiver] as const;
