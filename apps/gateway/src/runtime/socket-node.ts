import {
  CATALOG,
  kindOf,
  processOf,
  renderEnglishEvent,
  type Diagnostic,
  type EventMessageId,
  type EventParams,
  type SocketSpec,
  type SocketTypeInfo,
} from "@zmq-playground/shared";
import { errorCode, type ZmqSocket } from "../zmq/types.js";
import type { Emitter } from "./emitter.js";
import type { ResolvedEndpoint } from "./endpoints.js";
import { errorParams } from "./errors.js";
import type { Gate, HeldKind } from "./gate.js";
import type { Attribution } from "./link-record.js";
import type { EndpointPeers } from "./outside-peers.js";
import { messageSample } from "./samples.js";
import { LifeTimers } from "./life-timers.js";
import { SendTurns } from "./send-turns.js";
import { readMessageId, readTrailer, removeTrailer, TrailerWriter } from "./trailer.js";
import type { RuntimeLimits } from "./types.js";

/** The events of a failed operation: each is also a diagnostic on the socket. */
type FailureMessageId = Extract<
  EventMessageId,
  | "bind-error"
  | "create-error"
  | "connect-error"
  | "send-error.behavior"
  | "send-error.manual"
  | "receive-error"
  | "behavior-error"
  | "limit-exceeded"
>;

/** What every socket of a runtime shares. */
export interface NodeEnv {
  readonly token: number;
  readonly gate: Gate;
  readonly emitter: Emitter;
  readonly limits: RuntimeLimits;
  /** performance.now(), read once per event-loop turn: cheap enough for every message. */
  now(): number;
  node(id: string): SocketNode | undefined;
  nodeByHandle(handle: number): SocketNode | undefined;
}

/** One endpoint a socket binds, and who is connected to it. */
export interface BoundEndpoint {
  readonly at: ResolvedEndpoint;
  ok: boolean;
  /** tcp/ipc only: outside programs cannot reach inproc. */
  peers: EndpointPeers | null;
}

/** A send waiting longer than this makes the socket `blocked` in the stats. */
export const BLOCKED_AFTER_MS = 200;

function closedError(id: string): Error {
  return Object.assign(new Error(`${id} is not running`), { code: "EBADF" });
}

/**
 * One socket of the topology across its lives (kill and restart reopen it): the real
 * socket, its counters, and the hot paths every message takes (send with trailer,
 * receive with attribution). Behaviours drive it; the runtime wires it.
 */
export class SocketNode {
  readonly id: string;
  readonly processId: string;
  readonly info: SocketTypeInfo;
  socket: ZmqSocket | null = null;
  /** Bumped whenever the socket closes: loops and timers of an older life end. */
  life = 0;
  killed = false;
  sent = 0;
  received = 0;
  errors = 0;
  /** A receive is waiting inside zeromq.js: nothing is queued for this socket. */
  receiving = false;
  /** When the last message arrived, and the last one left (env.now()). */
  lastReceivedAt = -Infinity;
  lastSentAt = -Infinity;
  /** Append trace trailers: false while an outside program could receive them. */
  traced = true;
  /** Carry the trailer inside the payload (single-part types, conflate links). */
  payloadTrailer = false;
  /** A DEALER with a REP peer: sends need the empty delimiter a REQ would add. */
  talksToRep = false;
  /** REQ: the reply being awaited; no other send may start until it settles. */
  replyWait: Promise<boolean> | null = null;
  /** Indexed by the sender's handle (from the trailer). */
  fromHandle: (Attribution | undefined)[] = [];
  readonly bound = new Map<string, BoundEndpoint>();
  readonly connects = new Map<string, ResolvedEndpoint>();
  readonly trailer: TrailerWriter;
  readonly #isRouter: boolean;
  readonly #turns = new SendTurns();
  readonly #timers = new LifeTimers();
  /** When the message being sent first tried to go (-1: none is waiting). */
  #waitingSince = -1;
  #loops = new Set<Promise<void>>();
  #reported = new Set<string>();

  constructor(
    readonly spec: SocketSpec,
    readonly handle: number,
    readonly env: NodeEnv,
  ) {
    this.id = spec.id;
    this.processId = processOf(spec);
    this.info = CATALOG[spec.type];
    this.trailer = new TrailerWriter(env.token, handle);
    this.#isRouter = spec.type === "ROUTER";
  }

  get open(): boolean {
    return this.socket !== null && !this.socket.closed;
  }

  /**
   * The hot path of a send loop: start the send at once and hand back zeromq.js's own
   * promise (no extra promise per message), or null when another send is in progress or
   * the socket is closed (then use send()). The caller must call sendSettled() when the
   * promise settles. May throw synchronously, as zeromq.js does.
   */
  sendNow(frames: Buffer[]): Promise<void> | null {
    const socket = this.socket;
    if (socket === null || !this.#turns.tryTake()) return null;
    this.#startWaiting();
    try {
      if (!this.traced) return socket.send(frames);
      // The same steps as #traced, without a closure per message.
      this.#turns.markTraced();
      const count = frames.length;
      const last = frames[count - 1];
      this.#addTrailer(frames, count);
      const sending = socket.send(frames);
      restore(frames, count, last);
      return sending;
    } catch (error) {
      this.#turns.pass();
      throw error;
    }
  }

  /** Close a sendNow(): count the message if it went, let the next sender go. */
  sendSettled(sent: boolean): void {
    if (sent) this.#went();
    this.#turns.pass();
  }

  /**
   * The message that failed to go will not be tried again (the socket closed, an error
   * other than a timeout at the high-water mark, a manual send): no send is waiting.
   */
  sendAbandoned(): void {
    this.#waitingSince = -1;
  }

  /** Whether a send has been waiting longer than BLOCKED_AFTER_MS at `now`. */
  blockedAt(now: number): boolean {
    return this.#waitingSince >= 0 && now - this.#waitingSince > BLOCKED_AFTER_MS;
  }

  /**
   * Send one message, adding the trailer when traced. The frames array is lent: it is
   * changed during the call and restored before this returns its promise.
   */
  send(frames: Buffer[]): Promise<void> {
    return this.#sendVia(frames, (socket, f) => socket.send(f));
  }

  /** SERVER: one frame to the CLIENT with this routing id. */
  sendTo(frame: Buffer, routingId: number): Promise<void> {
    return this.#sendVia([frame], (socket, [f]) => socket.sendTo(f ?? frame, routingId));
  }

  /** RADIO: one frame to a group. */
  sendToGroup(frame: Buffer, group: string): Promise<void> {
    return this.#sendVia([frame], (socket, [f]) => socket.sendToGroup(f ?? frame, group));
  }

  async #sendVia(
    frames: Buffer[],
    send: (socket: ZmqSocket, frames: Buffer[]) => Promise<void>,
  ): Promise<void> {
    // Only a second concurrent sender waits: the common case takes no extra turn.
    if (!this.#turns.tryTake()) await this.#turns.wait();
    try {
      const socket = this.socket;
      if (!socket) throw closedError(this.id);
      this.#startWaiting();
      await this.#traced(frames, (f) => send(socket, f));
      this.#went();
    } finally {
      this.#turns.pass();
    }
  }

  /** Call `send` with the trailer added (when traced), then put the frames back. */
  #traced(frames: Buffer[], send: (frames: Buffer[]) => Promise<void>): Promise<void> {
    if (!this.traced) return send(frames);
    this.#turns.markTraced();
    const count = frames.length;
    const last = frames[count - 1];
    this.#addTrailer(frames, count);
    // zeromq.js reads (and copies small frames) synchronously inside send().
    const sending = send(frames);
    restore(frames, count, last);
    return sending;
  }

  /** A send begins, or is tried again: the wait counts from its first try. */
  #startWaiting(): void {
    if (this.#waitingSince < 0) this.#waitingSince = this.env.now();
  }

  /** The message of the current turn went: count it, and its trailer id if it had one. */
  #went(): void {
    this.sent += 1;
    if (this.#turns.carriesTrailer) this.trailer.commit();
    this.#waitingSince = -1;
    this.lastSentAt = this.env.now();
  }

  #addTrailer(frames: Buffer[], count: number): void {
    // A ROUTER's only frame is the destination id: the trailer must not change it.
    this.trailer.apply(frames, !this.payloadTrailer, count === 1 && this.#isRouter);
  }

  /**
   * A receive of life `life` failed: true to try again, false when that life is over.
   * The receive timeout only exists so that nothing can hang; idle is not an error.
   */
  async receiveFailed(error: unknown, life: number): Promise<boolean> {
    if (this.life !== life || !this.open) return false;
    if (errorCode(error) === "EAGAIN") return true;
    this.fail("receive-error", error);
    return this.sleep(100);
  }

  /**
   * Count a received message on its socket and link, and sample it. The trailer is
   * removed in place unless `keepFrames` is false and no sample is taken (a consumer
   * that only counts).
   */
  accept(frames: Buffer[], keepFrames = true): void {
    const source = readTrailer(frames, this.env.token);
    this.received += 1;
    this.lastReceivedAt = this.env.now();
    const via = source >= 0 ? this.fromHandle[source] : undefined;
    if (via) {
      if (via.toBinder) via.link.toBinder += 1;
      else via.link.toConnector += 1;
      via.drops?.saw(readMessageId(frames));
    }
    const sampled = this.env.emitter.wantsSample(via?.link.id ?? null, this.id);
    // A consumer never looks at the frames: unless sampled, they stay as received.
    if (keepFrames || sampled) removeTrailer(frames);
    if (sampled) {
      const from = via?.from ?? (source >= 0 ? (this.env.nodeByHandle(source)?.id ?? null) : null);
      this.env.emitter.sample((seq, at) => messageSample(seq, at, from, this.id, via, frames));
    }
  }

  /** Wait while paused; false if the socket closed meanwhile. */
  async pass(kind: HeldKind): Promise<boolean> {
    const gate = this.env.gate;
    if (!gate.paused) return true;
    const life = this.life;
    await gate.hold(kind, this);
    return this.life === life;
  }

  /**
   * A behaviour delay, stretched by slow motion unless `scaled` is false; resolves false
   * if the socket closed meanwhile.
   */
  sleep(ms: number, scaled = true): Promise<boolean> {
    if (ms <= 0) return Promise.resolve(true);
    return this.#timers.sleep(scaled ? this.env.gate.scale(ms) : ms);
  }

  /** Run a behaviour loop for this life of the socket; its failures become events. */
  run(loop: () => Promise<void>): void {
    const running = loop().catch((error: unknown) => this.fail("behavior-error", error));
    this.#loops.add(running);
    void running.finally(() => this.#loops.delete(running));
  }

  /**
   * Count and report an error as the event `messageId` (its params: the error, and
   * `params`); a diagnostic with the same words the first time per kind.
   */
  fail(
    messageId: FailureMessageId,
    error: unknown,
    endpoint?: string,
    extra: EventParams = {},
  ): void {
    this.errors += 1;
    const place = endpoint === undefined ? { socket: this.id } : { socket: this.id, endpoint };
    const all = { ...errorParams(error), ...extra };
    this.env.emitter.event("error", messageId, place, all);
    const params = { ...place, ...all };
    const kind = kindOf(messageId);
    const key = `${kind}:${errorCode(error)}:${endpoint ?? ""}`;
    if (this.#reported.has(key)) return;
    this.#reported.add(key);
    const diagnostic: Diagnostic = {
      severity: "error",
      code: diagnosticCode(kind, error),
      message: renderEnglishEvent(messageId, params),
      messageId: `events.${messageId}`,
      params,
      sockets: [this.id],
    };
    if (endpoint !== undefined) diagnostic.endpoint = endpoint;
    this.env.emitter.diagnostic(diagnostic);
  }

  /** Close this life: the socket, its timers, its held and queued work. */
  close(): void {
    this.life += 1;
    this.#waitingSince = -1;
    this.receiving = false;
    this.#timers.cancelAll();
    this.env.gate.drop(this);
    const socket = this.socket;
    this.socket = null;
    socket?.close();
    for (const b of this.bound.values()) b.peers?.dispose();
    this.#reported.clear();
  }

  /** Resolves when every loop of earlier lives has ended. */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.#loops]);
  }

  /**
   * Resolves once no message with a trailer is waiting inside zeromq.js. A send blocked
   * at the high-water mark (or deferred for event-loop fairness) goes out later, to
   * whichever peer then has room, possibly a peer that connected meanwhile: an outside
   * program must not be let in before that message left (or timed out, to be retried
   * without a trailer).
   */
  tracedSendsSettled(): Promise<void> {
    return this.#turns.tracedSettled();
  }
}

/** Put the caller's frames back as they were before the trailer was added. */
function restore(frames: Buffer[], count: number, last: Buffer | undefined): void {
  frames.length = count;
  if (last !== undefined) frames[count - 1] = last;
}

function diagnosticCode(kind: string, error: unknown): Diagnostic["code"] {
  if (kind === "limit-exceeded") return "limit-exceeded";
  return errorCode(error) === "EADDRINUSE" ? "address-in-use" : "runtime-error";
}
