import type { MessageSample } from "@zmq-playground/shared";
import { renderSample, type RuntimeSample } from "../runtime/index.js";

/** Links tracked per tick; more than a topology can have, so only garbage is cut. */
const MAX_KEYS = 1024;
/**
 * Samples held per tick, as a multiple of the cap: enough for quiet links to show up
 * next to busy ones, few enough that fast sockets stop paying for samples early.
 */
const HOLD_FACTOR = 4;
/** Past the hold budget, a link that has fewer than this many samples still gets them. */
const MIN_PER_LINK = 4;

/** What a sample costs in a tick's JSON, roughly: its frames' text and hex plus field names. */
export function sampleBytes(sample: MessageSample): number {
  let bytes = 120;
  for (const frame of sample.frames) bytes += frame.text.length + frame.hex.length + 50;
  return bytes;
}

/** The key samples are grouped by: their link, or the socket an outside program reached. */
function keyOf(link: string | null, to: string): string {
  return link ?? `outside->${to}`;
}

/**
 * Holds the message samples of one tick and hands out at most `cap` of them within a
 * byte budget, taking them in turn from each link so a busy link cannot hide a quiet
 * one. Each link holds at most `cap` (a tick never sends more from one link), all links
 * together `cap` x HOLD_FACTOR (then MIN_PER_LINK each); `wants()` refuses beyond, so a
 * busy socket builds about `cap` samples a tick however fast it runs. Every sample
 * offered is either held or counted as dropped. Samples are rendered (text, hex) only
 * when a tick takes them.
 */
export class SampleBuffer {
  readonly #byKey = new Map<string, RuntimeSample[]>();
  #dropped = 0;
  #held = 0;
  #refused = false;

  constructor(
    private readonly cap: number,
    private readonly maxBytes: number,
  ) {}

  /**
   * Asked by the runtime before it builds a sample of a message `to` received over
   * `link`: no once that link holds its share, so a socket doing 100k messages a second
   * does not build 100k samples. A refusal counts as a dropped sample.
   */
  wants(link: string | null, to: string): boolean {
    const queue = this.#byKey.get(keyOf(link, to));
    this.#refused = !this.#room(queue);
    if (this.#refused) this.#dropped += 1;
    return !this.#refused;
  }

  add(sample: RuntimeSample): void {
    // Another listener wanted the sample we refused: it is here after all, count it once.
    if (this.#refused) this.#dropped -= 1;
    this.#refused = false;
    const key = keyOf(sample.link, sample.to);
    let queue = this.#byKey.get(key);
    if (!queue && this.#byKey.size < MAX_KEYS) {
      queue = [];
      this.#byKey.set(key, queue);
    }
    if (queue && this.#room(queue)) {
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
    for (let round = 0; !full && samples.length < this.cap; round += 1) {
      let took = false;
      for (const queue of queues) {
        const held = queue[round];
        if (held === undefined) continue;
        if (samples.length >= this.cap) {
          full = true;
          break;
        }
        const sample = renderSample(held);
        const cost = sampleBytes(sample);
        if (samples.length > 0 && bytes + cost > this.maxBytes) {
          full = true;
          break;
        }
        samples.push(sample);
        bytes += cost;
        took = true;
      }
      if (!took) break;
    }
    const dropped = this.#dropped + this.#held - samples.length;
    this.#byKey.clear();
    this.#dropped = 0;
    this.#held = 0;
    samples.sort((a, b) => a.seq - b.seq);
    return { samples, dropped };
  }

  /** Whether a link whose queue is `queue` (none yet: undefined) may hold one more sample. */
  #room(queue: readonly RuntimeSample[] | undefined): boolean {
    const held = queue?.length ?? 0;
    if (held >= this.cap) return false;
    if (queue === undefined && this.#byKey.size >= MAX_KEYS) return false;
    return this.#held < this.cap * HOLD_FACTOR || held < MIN_PER_LINK;
  }
}
