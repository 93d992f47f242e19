import type {
  Diagnostic,
  LinkStats,
  RuntimeEvent,
  SocketStats,
  Topology,
} from "@zmq-playground/shared";
import type { ZmqAdapter } from "../zmq/types.js";
import type { RuntimeSample } from "./samples.js";

export type { RuntimeSample } from "./samples.js";

/** Exact counters at one instant. */
export interface RuntimeSnapshot {
  readonly sockets: SocketStats[];
  readonly links: LinkStats[];
}

/** What the runtime reports as it happens; the session batches it into ticks. */
export interface RuntimeListener {
  /**
   * Asked once per message before a sample is built, with the link it came over (null:
   * from an outside program) and the receiving socket, so the listener keeps throughput
   * high by saying no (e.g. when that link's share of the tick is spent). Absent: every
   * message.
   */
  wantsSample?(link: string | null, to: string): boolean;
  /** A sampled message; renderSample() (runtime/samples.ts) makes its protocol form. */
  onSample?(sample: RuntimeSample): void;
  onEvent?(event: RuntimeEvent): void;
  onDiagnostic?(diagnostic: Diagnostic): void;
}

/** Per-session caps; each has a default (limits.ts), `Infinity` switches one off. */
export interface RuntimeLimits {
  readonly maxSockets: number;
  readonly maxMessageBytes: number;
  readonly maxSendsPerSecond: number;
}

/** What a runtime is created with: one per session. */
export interface RuntimeOptions {
  /** The session's own folder: `ipc://name` endpoints become files here. */
  readonly ipcDir: string;
  readonly limits?: Partial<RuntimeLimits>;
  /** libzmq access; the real zeromq.js adapter unless a test passes a fake. */
  readonly adapter?: ZmqAdapter;
}

/**
 * One running topology on real sockets, with its own zmq Context. Every method is safe
 * to call in any state; none hangs on a misbehaving topology.
 */
export interface Runtime {
  /**
   * Validate and apply a topology. While running, only sockets whose definition changed
   * are recreated. With validation errors nothing changes and the diagnostics come back.
   * When opening a socket fails (a port another program holds), the deploy is undone: a
   * first deploy leaves nothing running; a redeploy puts the previous topology back (the
   * same nodes, so their counters) or, if even that fails, stops everything; a
   * diagnostic says which, and `running` tells.
   */
  deploy(topology: Topology): Promise<Diagnostic[]>;
  /** Close everything: no socket, timer, fd or ipc file is left behind. */
  teardown(): Promise<void>;
  readonly running: boolean;
  snapshot(): RuntimeSnapshot;
  /** Real ipc path (and other resolved addresses) for each endpoint the topology binds. */
  resolvedEndpoints(): Record<string, string>;
  pause(): void;
  resume(): void;
  /** Slow motion: 1 is real time, 0.1 is ten times slower. */
  setSpeed(factor: number): void;
  /** While paused, let exactly one message be handled; false if none was waiting. */
  step(): boolean;
  /**
   * Send one message by hand, exactly these frames (plus the empty delimiter a DEALER
   * needs in front of a REP). Rejects with a RuntimeCommandError (`code`, plain
   * `message`, `diagnostic`) when the socket cannot send it; never hangs.
   */
  sendManual(socketId: string, frames: string[]): Promise<void>;
  killProcess(processId: string): Promise<void>;
  restartProcess(processId: string): Promise<void>;
  subscribe(listener: RuntimeListener): () => void;
}
