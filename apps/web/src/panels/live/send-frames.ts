import type { MessageSample, SocketSpec } from "@zmq-playground/shared";
import { publishedTopic } from "./topic.js";

/** How many recent peer identities the send form offers a ROUTER. */
const PEER_LIMIT = 5;

/** Text a person can type back: no replacement characters (binary bytes), no controls. */
function typeable(text: string): boolean {
  for (const ch of text) if (ch === "\ufffd" || ch.charCodeAt(0) < 32) return false;
  return true;
}

/**
 * Identities a ROUTER has heard from recently (frame 0 of what it received), newest
 * first, when they can be typed: libzmq's own ids are binary (0x00 + 4 bytes) and a
 * manual frame is text, so those are left out.
 */
export function recentPeers(samples: readonly MessageSample[], routerId: string): string[] {
  const peers: string[] = [];
  for (let i = samples.length - 1; i >= 0 && peers.length < PEER_LIMIT; i -= 1) {
    const sample = samples[i];
    const first = sample?.to === routerId ? sample.frames[0] : undefined;
    if (!first || first.size === 0 || first.truncated) continue;
    if (!typeable(first.text) || peers.includes(first.text)) continue;
    peers.push(first.text);
  }
  return peers;
}

/** What the send form starts with: a ROUTER's peer and a PUB's topic come first. */
export function initialFrames(
  socket: SocketSpec,
  peers: readonly string[],
  text: string,
): string[] {
  if (socket.type === "ROUTER") return [peers[0] ?? "", text];
  if (socket.type === "PUB" || socket.type === "XPUB") return [publishedTopic(socket), text];
  return [text];
}
