import type { MessageSample } from "@zmq-playground/shared";

/**
 * Holds the message samples of one tick and hands out at most `cap` of them, taking them
 * in turn from each link so a busy link cannot hide a quiet one. Memory stays bounded
 * however fast the sockets run: past `cap` per link, samples are only counted.
 */
export class SampleBuffer {
  readonly #byKey = new Map<string, MessageSample[]>();
  #dropped = 0;

  constructor(private readonly cap: number) {}

  add(sample: MessageSample): void {
    // Messages from an outside program have no link; group them by the receiving socket.
    const key = sample.link ?? `outside->${sample.to}`;
    let queue = this.#byKey.get(key);
    if (!queue) {
      queue = [];
      this.#byKey.set(key, queue);
    }
    if (queue.length < this.cap) queue.push(sample);
    else this.#dropped += 1;
  }

  /** The samples to send now (oldest first) and how many were left out; empties the buffer. */
  drain(): { samples: MessageSample[]; dropped: number } {
    const queues = [...this.#byKey.values()];
    const samples: MessageSample[] = [];
    for (let round = 0; samples.length < this.cap; round += 1) {
      let took = false;
      for (const queue of queues) {
        const sample = queue[round];
        if (sample === undefined || samples.length >= this.cap) continue;
        samples.push(sample);
        took = true;
      }
      if (!took) break;
    }
    const buffered = queues.reduce((sum, q) => sum + q.length, 0);
    const dropped = this.#dropped + buffered - samples.length;
    this.#byKey.clear();
    this.#dropped = 0;
    samples.sort((a, b) => a.seq - b.seq);
    return { samples, dropped };
  }
}
