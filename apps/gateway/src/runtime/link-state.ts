import type { LinkState } from "@zmq-playground/shared";
import type { MonitorEventType } from "../zmq/types.js";

/**
 * A connect or disconnect with no handshake, and no retry within this time, means libzmq
 * ended the session on a protocol error: the peer types do not match (NOTES §1).
 */
export const REJECT_AFTER_MS = 500;

/** What setTimeout returns here. */
export type TimerHandle = ReturnType<typeof setTimeout>;

/** Timer functions, injectable so state machines can be tested on a fake clock. */
export interface Timers {
  set(fn: () => void, ms: number): TimerHandle;
  clear(handle: TimerHandle): void;
}

/** Node's own timers. */
export const realTimers: Timers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (handle) => clearTimeout(handle),
};

/**
 * The state of one link, driven by its connecting socket's monitor (ZEROMQ_NOTES §4):
 * connecting until the handshake, connected after it, retrying after a lost connection
 * or a failed attempt, rejected when libzmq dropped it without a handshake for good.
 */
export class LinkStateMachine {
  #state: LinkState = "connecting";
  #handshaken = false;
  #everConnected = false;
  #rejectTimer: TimerHandle | null = null;

  constructor(
    private readonly timers: Timers,
    private readonly onChange: (state: LinkState) => void,
  ) {}

  get state(): LinkState {
    return this.#state;
  }

  /** Whether the link was ever connected: waiting again is then retrying, not connecting. */
  get everConnected(): boolean {
    return this.#everConnected;
  }

  /** connect() was called (again): a fresh attempt. */
  connecting(): void {
    this.#cancelReject();
    this.#handshaken = false;
    this.#set(this.#everConnected ? "retrying" : "connecting");
  }

  /** The connecting socket is gone (killed, removed, torn down). */
  closed(): void {
    this.#cancelReject();
    this.#handshaken = false;
    this.#set("disconnected");
  }

  /** For inproc, which has no monitor: the state follows from the model. */
  force(state: LinkState): void {
    this.#cancelReject();
    if (state === "connected") this.#everConnected = true;
    this.#set(state);
  }

  event(type: MonitorEventType): void {
    switch (type) {
      case "connect:delay":
        if (this.#state !== "retrying") this.#set("connecting");
        return;
      case "connect:retry":
        this.#cancelReject();
        this.#set("retrying");
        return;
      case "connect":
        this.#handshaken = false;
        return;
      case "handshake":
        this.#cancelReject();
        this.#handshaken = true;
        this.#everConnected = true;
        this.#set("connected");
        return;
      case "disconnect":
        if (this.#handshaken) {
          this.#handshaken = false;
          this.#set("retrying");
        } else this.#armReject();
        return;
      case "handshake:error:protocol":
      case "handshake:error:auth":
        this.#cancelReject();
        this.#set("rejected");
        return;
      default:
        return;
    }
  }

  dispose(): void {
    this.#cancelReject();
  }

  #armReject(): void {
    this.#cancelReject();
    this.#rejectTimer = this.timers.set(() => {
      this.#rejectTimer = null;
      this.#set("rejected");
    }, REJECT_AFTER_MS);
  }

  #cancelReject(): void {
    if (this.#rejectTimer !== null) this.timers.clear(this.#rejectTimer);
    this.#rejectTimer = null;
  }

  #set(state: LinkState): void {
    if (state === this.#state) return;
    this.#state = state;
    this.onChange(state);
  }
}
