import type { Link, LinkState, LinkStats } from "@zmq-playground/shared";
import type { DropCounter } from "./drops.js";
import { LinkStateMachine, type Timers } from "./link-state.js";

/** One link of the running topology: its state and what really crossed it, per direction. */
export class LinkRecord {
  readonly id: string;
  readonly connector: string;
  readonly endpoint: string;
  readonly binder: string | null;
  toBinder = 0;
  toConnector = 0;
  /** Lost messages per direction, where they can be counted (model.ts decides). */
  dropsToBinder: DropCounter | null = null;
  dropsToConnector: DropCounter | null = null;
  readonly machine: LinkStateMachine;

  constructor(link: Link, timers: Timers, onChange: (link: LinkRecord, state: LinkState) => void) {
    this.id = link.id;
    this.connector = link.connector;
    this.endpoint = link.endpoint;
    this.binder = link.binder;
    this.machine = new LinkStateMachine(timers, (state) => onChange(this, state));
  }

  get state(): LinkState {
    return this.machine.state;
  }

  /** The link's counters as of `now` (performance.now()). */
  stats(now: number): LinkStats {
    const stats: LinkStats = {
      connector: this.connector,
      endpoint: this.endpoint,
      binder: this.binder,
      state: this.machine.state,
      toBinder: this.toBinder,
      toConnector: this.toConnector,
    };
    const { dropsToBinder: up, dropsToConnector: down } = this;
    if (up || down) stats.dropped = (up?.count(now) ?? 0) + (down?.count(now) ?? 0);
    return stats;
  }
}

/**
 * How a message from one socket reaches another: over which link, in which direction.
 * Resolved once per deploy so the receive path is one array lookup.
 */
export interface Attribution {
  readonly link: LinkRecord;
  readonly toBinder: boolean;
  readonly from: string;
  /** Counts gaps in the sender's message ids, when this direction is measurable. */
  readonly drops: DropCounter | null;
}
