import type { SocketNode } from "./socket-node.js";

/** Both ends quiet this long: what did not arrive by then was lost, not late. */
export const SETTLE_MS = 500;
/** Message ids wrap at 2^32; a step of more than half of that is an older message. */
const HALF = 2 ** 31;

/**
 * Messages one socket sent over one link that its peer never received, from the trace
 * trailer's message ids (TrailerWriter numbers only messages that really left). Used
 * only where every message of the sender must take this link (model.ts decides), so a
 * gap in the ids at the receiver is a message lost on the way: dropped by a PUB at the
 * high-water mark or before the subscription arrived, or lost with a killed socket's
 * queue. Messages lost after the last one that arrived leave no gap; they count once
 * the receiver has been waiting in receive() with nothing arriving, and the sender has
 * sent nothing, for SETTLE_MS. A straggler after that still arrives and is uncounted.
 */
export class DropCounter {
  /** The newest id accounted for: received, or lost in a gap before one received. */
  #last: number;
  /** The sender's last id when both ends were last seen settled. */
  #tailTo: number;
  #gaps = 0;
  /** False while the link is not measurable (a redeploy added a peer): counts are kept. */
  active = true;

  constructor(
    public sender: SocketNode,
    public receiver: SocketNode,
  ) {
    this.#last = sender.trailer.lastId;
    this.#tailTo = this.#last;
  }

  /** A message with trailer id `id` arrived: the ids it skipped were lost. */
  saw(id: number): void {
    const step = (id - this.#last) >>> 0;
    if (step === 0 || step >= HALF) return;
    this.#gaps += step - 1;
    this.#last = id;
    // The tail seen lost ends at or after the newest arrival, never behind it.
    if ((this.#tailTo - id) >>> 0 >= HALF) this.#tailTo = id;
  }

  /** Count from the sender's current id on: the link is measurable again. */
  rebase(): void {
    this.#last = this.sender.trailer.lastId;
    this.#tailTo = this.#last;
    this.active = true;
  }

  /** Messages lost so far, as of `now` (performance.now()). */
  count(now: number): number {
    if (this.active && settled(this.sender, this.receiver, now)) {
      const to = this.sender.trailer.lastId;
      if ((to - this.#last) >>> 0 < HALF) this.#tailTo = to;
    }
    return this.#gaps + ((this.#tailTo - this.#last) >>> 0);
  }
}

function settled(sender: SocketNode, receiver: SocketNode, now: number): boolean {
  return (
    receiver.receiving &&
    now - receiver.lastReceivedAt >= SETTLE_MS &&
    now - sender.lastSentAt >= SETTLE_MS
  );
}

/** Senders that pick a peer per message (by routing id, by group): a gap proves nothing. */
const ROUTED = new Set(["ROUTER", "SERVER", "RADIO"]);

/**
 * Whether every message `sender` sends must reach `receiver` over their link, so that a
 * gap in its ids there is a loss: the only link between the two, and either a fan-out
 * (PUB, XPUB) to a SUB subscribed to everything, or the sender's only link at all (no
 * round robin). XSUB sends subscriptions, which carry no trailer.
 */
export function dropsMeasurable(
  sender: SocketNode,
  receiver: SocketNode,
  senderLinks: number,
  pairLinks: number,
): boolean {
  const type = sender.info.type;
  if (pairLinks !== 1 || !sender.info.canSend || !receiver.info.canReceive) return false;
  if (ROUTED.has(type) || type === "XSUB") return false;
  if (type === "PUB" || type === "XPUB") {
    const options = receiver.spec.options ?? {};
    const all = options.subscribe?.includes("") === true && options.invertMatching !== true;
    return receiver.info.type === "SUB" && all;
  }
  return senderLinks === 1;
}
