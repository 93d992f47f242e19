import type { RuntimeData } from "../store/server-messages.js";
import { applyFrames, frameIndexAfter, stateAt } from "./replay-engine.js";
import type { Recording } from "./schema.js";

/** The time source and timer a player runs on; tests use fake timers through the default. */
export interface PlayerClock {
  now(): number;
  /** Call `fn` every `ms` until the returned function is called. */
  every(ms: number, fn: () => void): () => void;
}

export const systemClock: PlayerClock = {
  now: () => Date.now(),
  every: (ms, fn) => {
    const id = setInterval(fn, ms);
    return () => clearInterval(id);
  },
};

/** How often a playing replay applies what is due: like live ticks, ten times a second. */
export const PLAY_STEP_MS = 100;
/** A jump forward past more frames than this recomputes from the start (cheaper, same result). */
const REBUILD_AFTER_FRAMES = 200;
export const REPLAY_SPEEDS = [0.25, 0.5, 1, 2, 4] as const;

/** Where a replay stands, for the replay bar. */
export interface PlayerView {
  position: number;
  playing: boolean;
  speed: number;
}

/**
 * Plays a recording against a clock: frames due by the current position go through the
 * live reducer, and `onChange` hands the runtime data and position to the store.
 * Scrubbing back recomputes from the start (`stateAt`), so counters are exact anywhere.
 */
export class ReplayPlayer {
  #data: RuntimeData;
  /** The next frame to apply. */
  #next = 0;
  #position = 0;
  #speed = 1;
  #anchor: { wall: number; position: number } | null = null;
  #stopTimer: (() => void) | null = null;

  constructor(
    readonly recording: Recording,
    private readonly onChange: (data: RuntimeData, view: PlayerView) => void,
    private readonly clock: PlayerClock = systemClock,
  ) {
    this.#data = stateAt(recording, 0);
    this.#next = frameIndexAfter(recording.frames, 0);
  }

  get duration(): number {
    return this.recording.durationMs;
  }

  get view(): PlayerView {
    return { position: this.#position, playing: this.#anchor !== null, speed: this.#speed };
  }

  get data(): RuntimeData {
    return this.#data;
  }

  play(): void {
    if (this.#anchor) return;
    if (this.#position >= this.duration) this.#moveTo(0);
    this.#anchor = { wall: this.clock.now(), position: this.#position };
    this.#stopTimer = this.clock.every(PLAY_STEP_MS, () => this.#step());
    this.#emit();
  }

  pause(): void {
    if (!this.#anchor) return;
    this.#step();
    this.#halt();
    this.#emit();
  }

  /** Jump to `t` milliseconds (clamped to the recording); a playing replay goes on from there. */
  seek(t: number): void {
    this.#moveTo(Math.min(Math.max(0, t), this.duration));
    if (this.#anchor) this.#anchor = { wall: this.clock.now(), position: this.#position };
    this.#emit();
  }

  setSpeed(speed: number): void {
    if (this.#anchor) {
      this.#step();
      this.#anchor = { wall: this.clock.now(), position: this.#position };
    }
    this.#speed = speed;
    this.#emit();
  }

  /** Stop the timer for good (leaving replay). */
  dispose(): void {
    this.#halt();
  }

  #step(): void {
    const anchor = this.#anchor;
    if (!anchor) return;
    const due = anchor.position + (this.clock.now() - anchor.wall) * this.#speed;
    this.#moveTo(Math.min(due, this.duration));
    if (this.#position >= this.duration) this.#halt();
    this.#emit();
  }

  #moveTo(t: number): void {
    const { frames } = this.recording;
    const end = frameIndexAfter(frames, t);
    if (t < this.#position || end - this.#next > REBUILD_AFTER_FRAMES) {
      this.#data = stateAt(this.recording, t);
    } else {
      this.#data = applyFrames(this.#data, frames, this.#next, end);
    }
    this.#next = end;
    this.#position = t;
  }

  #halt(): void {
    this.#stopTimer?.();
    this.#stopTimer = null;
    this.#anchor = null;
  }

  #emit(): void {
    this.onChange(this.#data, this.view);
  }
}
