import {
  kindOf,
  renderEnglishEvent,
  type Diagnostic,
  type EventMessageId,
  type EventParams,
  type RuntimeEvent,
} from "@zmq-playground/shared";
import type { RuntimeSample } from "./samples.js";
import type { RuntimeListener } from "./types.js";

type Level = RuntimeEvent["level"];

/** Where an event happened: the socket, and the endpoint when it concerns one. */
export interface EventPlace {
  readonly socket?: string;
  readonly endpoint?: string;
}

/**
 * Fans the runtime's reports out to its listeners. Samples are the hot path: `wantsSample`
 * is asked before a sample is built, so a busy socket costs nothing when nobody looks.
 */
export class Emitter {
  #listeners: RuntimeListener[] = [];
  #samplers: RuntimeListener[] = [];
  #sampleSeq = 0;

  /**
   * `now` times events; `coarseNow`, the same clock read at most once per event-loop
   * turn, times samples (many per turn on a busy socket).
   */
  constructor(
    private readonly now: () => number,
    private readonly coarseNow: () => number = now,
  ) {}

  subscribe(listener: RuntimeListener): () => void {
    this.#listeners = [...this.#listeners, listener];
    this.#refresh();
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== listener);
      this.#refresh();
    };
  }

  /** Whether some listener wants a sample of a message `to` received over `link`. */
  wantsSample(link: string | null, to: string): boolean {
    const samplers = this.#samplers;
    for (let i = 0; i < samplers.length; i += 1) {
      const sampler = samplers[i];
      if (sampler?.wantsSample === undefined || sampler.wantsSample(link, to)) return true;
    }
    return false;
  }

  /** Hand a sample out; `build` gets the sequence number and runs only when wanted. */
  sample(build: (seq: number, at: number) => RuntimeSample): void {
    const sample = build(this.#sampleSeq, this.coarseNow());
    this.#sampleSeq += 1;
    for (const l of this.#samplers) l.onSample?.(sample);
  }

  /**
   * Report an event: its text is the template `messageId` of EVENT_TEMPLATES, rendered
   * in English for `message` and sent as id and params for the page to translate.
   */
  event(level: Level, messageId: EventMessageId, place: EventPlace = {}, params: EventParams = {}) {
    const { socket, endpoint } = place;
    const message = renderEnglishEvent(messageId, { ...place, ...params });
    const kind = kindOf(messageId);
    const event: RuntimeEvent = { at: this.now(), level, kind, message, messageId, params };
    if (socket !== undefined) event.socket = socket;
    if (endpoint !== undefined) event.endpoint = endpoint;
    for (const l of this.#listeners) l.onEvent?.(event);
  }

  diagnostic(diagnostic: Diagnostic): void {
    for (const l of this.#listeners) l.onDiagnostic?.(diagnostic);
  }

  #refresh(): void {
    this.#samplers = this.#listeners.filter((l) => l.onSample !== undefined);
  }
}
