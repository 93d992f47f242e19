import { CATALOG, type SocketType } from "@zmq-playground/shared";
import * as zmq from "zeromq";
// The package root's draft.js only adds a process warning (on stderr) before this.
import * as draft from "zeromq/lib/draft.js";
import { toMonitorEvent } from "./monitor.js";
import { SOCKET_CLASSES } from "./socket-classes.js";
import type { MonitorEvent, SocketCreateOptions, ZmqSocket } from "./types.js";

/** The runtime shape of send/receive, which zeromq.js types per class. */
interface Io {
  send(message: unknown, options?: unknown): Promise<void>;
  receive(): Promise<unknown[]>;
}

function hasIo(socket: object): socket is Io {
  return typeof Reflect.get(socket, "send") === "function";
}

/** zeromq.js resolves receive() with bare frames for every type but SERVER and DISH. */
interface PlainReceive {
  receive(): Promise<Buffer[]>;
}

function receivesPlainFrames(type: SocketType, _socket: Io): _socket is Io & PlainReceive {
  return type !== "SERVER" && type !== "DISH";
}

/** Options the topology may carry that are not plain socket properties. */
const SPECIAL_OPTIONS = new Set(["subscribe", "join", "linger"]);

/**
 * Sends and receives are checked against the catalog here as well: zeromq.js keeps
 * `Publisher.receive()` and `Pull.send()` at runtime, and they never settle (V).
 */
function wrongDirection(type: SocketType, what: "send" | "receive"): Error {
  return Object.assign(new Error(`A ${type} socket cannot ${what}.`), { code: "ENOTSUP" });
}

/** One zeromq.js socket behind the adapter interface. */
export class RealSocket implements ZmqSocket {
  readonly #socket: zmq.Socket & Io;
  readonly #canSend: boolean;
  readonly #canReceive: boolean;
  /** The socket itself when its receive() needs no unpacking (the hot path). */
  readonly #plain: PlainReceive | null;
  /** Options the socket refused, with zeromq.js's reason. */
  readonly rejectedOptions: { option: string; message: string }[] = [];
  lastRoutingId = 0;
  lastGroup = "";

  constructor(
    readonly type: SocketType,
    context: zmq.Context,
    create: SocketCreateOptions,
    onEvent: (event: MonitorEvent) => void,
  ) {
    const socket = SOCKET_CLASSES[type](context);
    if (!hasIo(socket)) throw new Error(`zeromq.js has no send() on ${type}`);
    this.#socket = socket;
    this.#canSend = CATALOG[type].canSend;
    this.#canReceive = CATALOG[type].canReceive;
    this.#plain = receivesPlainFrames(type, socket) ? socket : null;
    // linger 0 always: a lingering socket keeps the process alive forever (NOTES §7.2).
    socket.linger = 0;
    // Never -1: with an infinite timeout a state error never surfaces, the promise just
    // hangs (NOTES §2). zeromq.js declares these per direction, so set them generically.
    Reflect.set(socket, "sendTimeout", create.sendTimeout);
    Reflect.set(socket, "receiveTimeout", create.receiveTimeout);
    this.#applyOptions(create.options);
    // The observer only reports what happens after it exists: touch it before any
    // bind/connect. The iterator ends by itself when the socket closes (NOTES §7.3).
    if (create.monitor) void this.#watch(socket.events, onEvent);
  }

  get closed(): boolean {
    return this.#socket.closed;
  }

  get readable(): boolean {
    return !this.#socket.closed && this.#socket.readable;
  }

  setZapDomain(domain: string): void {
    // zeromq.js warns on stderr when an option changes after a bind/connect; here that
    // is the point (each endpoint gets its own domain), so the warning is muted.
    const emitWarning = process.emitWarning;
    process.emitWarning = () => undefined;
    try {
      Reflect.set(this.#socket, "zapDomain", domain);
    } finally {
      process.emitWarning = emitWarning;
    }
  }

  bind(endpoint: string): Promise<void> {
    return this.#socket.bind(endpoint);
  }

  connect(endpoint: string): void {
    this.#socket.connect(endpoint);
  }

  disconnect(endpoint: string): void {
    this.#socket.disconnect(endpoint);
  }

  send(frames: readonly Buffer[]): Promise<void> {
    if (!this.#canSend) return Promise.reject(wrongDirection(this.type, "send"));
    return this.#socket.send(frames);
  }

  sendTo(frame: Buffer, routingId: number): Promise<void> {
    return this.#socket.send(frame, { routingId });
  }

  sendToGroup(frame: Buffer, group: string): Promise<void> {
    return this.#socket.send(frame, { group });
  }

  receive(): Promise<Buffer[]> {
    if (!this.#canReceive) return Promise.reject(wrongDirection(this.type, "receive"));
    return this.#plain ? this.#plain.receive() : this.#receiveWithMeta();
  }

  async #receiveWithMeta(): Promise<Buffer[]> {
    const parts = await this.#socket.receive();
    // SERVER and DISH append an options object ({routingId} / {group}) after the frames.
    const frames: Buffer[] = [];
    for (const part of parts) {
      if (Buffer.isBuffer(part)) frames.push(part);
      else if (typeof part === "object" && part !== null) this.#readMeta(part);
    }
    return frames;
  }

  close(): void {
    this.#socket.close();
  }

  #readMeta(meta: object): void {
    const routingId: unknown = Reflect.get(meta, "routingId");
    if (typeof routingId === "number") this.lastRoutingId = routingId;
    const group: unknown = Reflect.get(meta, "group");
    if (Buffer.isBuffer(group)) this.lastGroup = group.toString();
  }

  #applyOptions(options: SocketCreateOptions["options"]): void {
    for (const [name, value] of Object.entries(options)) {
      if (SPECIAL_OPTIONS.has(name) || value === undefined) continue;
      try {
        // Sockets are sealed: an option this type lacks makes Reflect.set return false.
        if (!Reflect.set(this.#socket, name, value)) {
          this.rejectedOptions.push({ option: name, message: `${this.type} has no such option` });
        }
      } catch (error) {
        this.rejectedOptions.push({ option: name, message: String(error) });
      }
    }
    if (options.subscribe) this.#subscribe(options.subscribe);
    const socket = this.#socket;
    if (options.join && socket instanceof draft.Dish) {
      // A duplicate join throws EINVAL (NOTES §2).
      for (const group of new Set(options.join)) socket.join(group);
    }
  }

  #subscribe(prefixes: readonly string[]): void {
    if (this.#socket instanceof zmq.Subscriber) {
      this.#socket.subscribe(...prefixes);
    } else if (this.type === "XSUB") {
      // An XSUB subscribes by sending [1, ...topic]; it remembers the subscription and
      // repeats it to every publisher that connects later.
      // One send at a time (a second pending send throws EBUSY).
      let sending = Promise.resolve();
      for (const prefix of prefixes) {
        const message = Buffer.concat([Buffer.from([1]), Buffer.from(prefix)]);
        sending = sending.then(() => this.#socket.send(message));
      }
      sending.catch(() => undefined);
    }
  }

  async #watch(events: zmq.Observer, onEvent: (event: MonitorEvent) => void): Promise<void> {
    try {
      for await (const event of events) {
        const converted = toMonitorEvent(event);
        if (converted) onEvent(converted);
      }
    } catch {
      // The observer ends with ENOTSOCK/EAGAIN when the socket closes under it.
    }
  }
}
