import type { SocketType } from "@zmq-playground/shared";
import type {
  MonitorEvent,
  SocketCreateOptions,
  ZapHandler,
  ZmqAdapter,
  ZmqContext,
  ZmqSocket,
} from "./types.js";

/**
 * An in-memory stand-in for the adapter, for unit tests of the runtime's logic. It
 * records what the runtime asked for; it delivers nothing (integration tests use real
 * sockets).
 */
export class FakeAdapter implements ZmqAdapter {
  readonly calls: string[] = [];
  readonly sockets: FakeSocket[] = [];
  acquired = 0;
  released = 0;
  zap: ZapHandler | null = null;
  /** Endpoints whose bind fails with EADDRINUSE, as when another program holds them. */
  readonly taken = new Set<string>();

  acquireContext(): Promise<ZmqContext> {
    this.acquired += 1;
    const context: ZmqContext = {
      createSocket: (type: SocketType, create: SocketCreateOptions, onEvent) => {
        const socket = new FakeSocket(type, create, this.calls, this.taken, onEvent);
        this.sockets.push(socket);
        this.calls.push(`create ${type}`);
        return socket;
      },
      setZapHandler: (handler) => {
        this.zap = handler;
      },
      release: () => {
        this.released += 1;
      },
    };
    return Promise.resolve(context);
  }
}

/** A socket that records calls; receive() waits until close(). */
export class FakeSocket implements ZmqSocket {
  closed = false;
  readonly readable = false;
  readonly lastRoutingId = 0;
  readonly lastGroup = "";
  readonly rejectedOptions = [];
  readonly sent: Buffer[][] = [];
  #pending: ((error: Error) => void)[] = [];

  constructor(
    readonly type: SocketType,
    readonly create: SocketCreateOptions,
    private readonly calls: string[],
    private readonly taken: ReadonlySet<string> = new Set(),
    /** Tests play libzmq's monitor through this: `socket.monitor({ type, address })`. */
    readonly monitor: (event: MonitorEvent) => void = () => undefined,
  ) {}

  setZapDomain(domain: string): void {
    this.calls.push(`zap ${domain}`);
  }

  bind(endpoint: string): Promise<void> {
    this.calls.push(`bind ${endpoint}`);
    if (!this.taken.has(endpoint)) return Promise.resolve();
    const error = Object.assign(new Error("Address already in use"), { code: "EADDRINUSE" });
    return Promise.reject(error);
  }

  connect(endpoint: string): void {
    this.calls.push(`connect ${endpoint}`);
  }

  disconnect(endpoint: string): void {
    this.calls.push(`disconnect ${endpoint}`);
  }

  send(frames: readonly Buffer[]): Promise<void> {
    this.sent.push([...frames]);
    return Promise.resolve();
  }

  sendTo(frame: Buffer): Promise<void> {
    return this.send([frame]);
  }

  sendToGroup(frame: Buffer): Promise<void> {
    return this.send([frame]);
  }

  /** Nothing ever arrives; closing rejects the pending receive, as zeromq.js does. */
  receive(): Promise<Buffer[]> {
    return new Promise((_, reject) => this.#pending.push(reject));
  }

  close(): void {
    this.closed = true;
    this.calls.push(`close ${this.type}`);
    const error = Object.assign(new Error("closed"), { code: "EAGAIN" });
    for (const reject of this.#pending.splice(0)) reject(error);
  }
}
