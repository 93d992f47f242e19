import type { MessageSample } from "@zmq-playground/shared";

/** Links tracked per tick; more than a topology can have, so only garbage is cut. */
const MAX_KEYS = 1024;
/**
 * Samples held per tick, as a multiple of the cap: enough for quiet links to show up
 * next to a busy one, few enough that a fast socket stops paying for samples early.
 */
const HOLD_FACTOR = 4;

/** What a sample costs in a tick's JSON, roughly: its frames' text and hex plus field names. */
export function sampleBytes(sample: MessageSample): number {
  let bytes = 120;
  for (const frame of sample.frames) bytes += frame.text.length + frame.hex.length + 50;
  return bytes;
}

/**
 * Holds the message samples of one tick and hands out at most `cap` of them within a
 * byte budget, taking them in turn from each link so a busy link cannot hide a quiet
 * one. Memory stays bounded however fast the sockets run: past `cap` per link, samples
 * are only counted.
 */
export class SampleBuffer {
  readonly #byKey = new Map<string, MessageSample[]>();
  #dropped = 0;
  #held = 0;
  #refused = false;

  constructor(
    private readonly cap: number,
    private readonly maxBytes: number,
  ) {}

  /**
   * Asked by the runtime before it builds a sample: no once this tick holds enough, so a
   * socket doing 100k messages a second does not build 100k samples. A refusal counts as
   * a dropped sample.
   */
  wants(): boolean {
    this.#refused = this.#held >= this.cap * HOLD_FACTOR;
    if (this.#refused) this.#dropped += 1;
    return !this.#refused;
  }

  add(sample: MessageSample): void {
    // Another listener wanted the sample we refused: it is here after all, count it once.
    if (this.#refused) this.#dropped -= 1;
    this.#refused = false;
    // Messages from an outside program have no link; group them by the receiving socket.
    const key = sample.link ?? `outside->${sample.to}`;
    let queue = this.#byKey.get(key);
    if (!queue && this.#byKey.size < MAX_KEYS) {
      queue = [];
      this.#byKey.set(key, queue);
    }
    if (queue && queue.length < this.cap && this.#held < this.cap * HOLD_FACTOR) {
      queue.push(sample);
      this.#held += 1;
    } else {
      this.#dropped += 1;
    }
  }

  /** The samples to send now (oldest first) and how many were left out; empties the buffer. */
  drain(): { samples: MessageSample[]; dropped: number } {
    const queues = [...this.#byKey.values()];
    const samples: MessageSample[] = [];
    let bytes = 0;
    let full = false;
    for (let round = 0; !full; round += 1) {
      let took = false;
      for (const queue of queues) {
        const sample = queue[round];
        if (sample === undefined) continue;
        const cost = sampleBytes(sample);
        if (samples.length >= this.cap || (samples.length > 0 && bytes + cost > this.maxBytes)) {
          full = true;
          break;
        }
        samples.push(sample);
        bytes += cost;
        took = true;
      }
      if (!took) break;
    }
    const buffered = queues.reduce((sum, q) => sum + q.length, 0);
    const dropped = this.#dropped + buffered - samples.length;
    this.#byKey.clear();
    this.#dropped = 0;
    this.#held = 0;
    samples.sort((a, b) => a.seq - b.seq);
    return { samples, dropped };
  }
}
