import type { MessageSample } from "@zmq-playground/shared";
import type { LiveTarget } from "./live-target.js";

/** How many messages the inspector lists at most; the store keeps more. */
export const MESSAGE_LIMIT = 50;

/** Whether a sample concerns the target: received or sent by it, or crossed it. */
export function sampleConcerns(sample: MessageSample, target: LiveTarget): boolean {
  switch (target.kind) {
    case "socket":
      return sample.to === target.id || sample.from === target.id;
    case "link":
      return sample.link === target.id;
    case "process":
      return (
        target.sockets.includes(sample.to) ||
        (sample.from !== null && target.sockets.includes(sample.from))
      );
    case "all":
      return true;
  }
}

/** The target's recent messages, newest first (samples arrive newest last), at most `limit`. */
export function messagesFor(
  samples: readonly MessageSample[],
  target: LiveTarget,
  limit = MESSAGE_LIMIT,
): MessageSample[] {
  const found: MessageSample[] = [];
  for (let i = samples.length - 1; i >= 0 && found.length < limit; i -= 1) {
    const sample = samples[i];
    if (sample && sampleConcerns(sample, target)) found.push(sample);
  }
  return found;
}
