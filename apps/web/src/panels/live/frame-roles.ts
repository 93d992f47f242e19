import type { FrameSample, SocketType } from "@zmq-playground/shared";

/**
 * What a frame is for, as ZeroMQ reads it: a routing identity, the empty delimiter that
 * ends an envelope, a pub-sub topic, an XPUB subscription message, or application data.
 */
export type FrameRole = "identity" | "delimiter" | "topic" | "subscribe" | "unsubscribe" | "body";

/** Who took part in a sampled message: samples are taken where a socket receives. */
export interface MessageParties {
  receiver: SocketType;
  /** null when an outside program sent it, or the sender is unknown. */
  sender: SocketType | null;
}

const SUBSCRIBERS: ReadonlySet<SocketType> = new Set(["SUB", "XSUB"]);
const PUBLISHERS: ReadonlySet<SocketType> = new Set(["PUB", "XPUB"]);

/** Index of the first empty frame at or after `from` that still has a frame after it. */
function delimiterAt(frames: readonly FrameSample[], from: number): number {
  for (let i = from; i < frames.length - 1; i += 1) if (frames[i]?.size === 0) return i;
  return -1;
}

/** Mark `[start, end)` as identities and `end` as the delimiter. */
function envelope(roles: FrameRole[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) roles[i] = "identity";
  roles[end] = "delimiter";
}

/**
 * The role of each frame of a message as its receiver got it (ZEROMQ_NOTES §2).
 * - A ROUTER puts the sender's identity in front: frame 0. What follows up to the first
 *   empty frame is the rest of the envelope (identities stacked by brokers), then the
 *   delimiter, exactly as a REP would cut it.
 * - A DEALER sees envelopes only from a REP (`[id…, "", reply]`) or when a peer speaks
 *   REQ's language (`["", body]`); other empty frames of a DEALER are the sender's data.
 * - REQ and REP never see envelopes: libzmq strips them.
 * - On a pub-sub link the first frame of a multipart message is the topic. A one-frame
 *   message is matched by its prefix, so that frame is the data itself.
 * - An XPUB receives subscriptions as one frame: byte 1 (subscribe) or 0, then the topic.
 */
export function frameRoles(frames: readonly FrameSample[], parties: MessageParties): FrameRole[] {
  const roles: FrameRole[] = frames.map(() => "body");
  const { receiver, sender } = parties;
  if (frames.length === 0) return roles;
  if (receiver === "ROUTER") {
    roles[0] = "identity";
    const end = delimiterAt(frames, 1);
    if (end > 0) envelope(roles, 1, end);
  } else if (receiver === "DEALER") {
    const end = delimiterAt(frames, 0);
    if (end === 0 || (end > 0 && sender === "REP")) envelope(roles, 0, end);
  } else if (SUBSCRIBERS.has(receiver) && (sender === null || PUBLISHERS.has(sender))) {
    if (frames.length > 1) roles[0] = "topic";
  } else if (receiver === "XPUB" && frames.length === 1) {
    const hex = frames[0]?.hex ?? "";
    if (hex.startsWith("01")) roles[0] = "subscribe";
    else if (hex.startsWith("00")) roles[0] = "unsubscribe";
  }
  return roles;
}

/**
 * The role of each frame a socket is about to send by hand: a ROUTER's first frame picks
 * the peer, a PUB's (or XPUB's) first frame is the topic its subscribers match.
 */
export function sendFrameRoles(sender: SocketType, count: number): FrameRole[] {
  const roles: FrameRole[] = Array.from({ length: count }, () => "body");
  if (count === 0) return roles;
  if (sender === "ROUTER") roles[0] = "identity";
  else if (PUBLISHERS.has(sender)) roles[0] = "topic";
  return roles;
}
