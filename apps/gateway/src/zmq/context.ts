import type { SocketType } from "@zmq-playground/shared";
import * as zmq from "zeromq";
import { RealSocket } from "./real-socket.js";
import type {
  MonitorEvent,
  SocketCreateOptions,
  ZapHandler,
  ZmqAdapter,
  ZmqContext,
} from "./types.js";

/** libzmq asks this inproc address of the socket's own Context for every ZAP decision. */
const ZAP_ENDPOINT = "inproc://zeromq.zap.01";
/**
 * The ZAP loop polls with this timeout so that a released context stops receiving: a
 * pending receive keeps Node's event loop alive (NOTES §7.2) and the CLI must exit.
 */
const ZAP_POLL_MS = 200;

/**
 * A zmq Context with its ZAP handler. zeromq.js never terminates a Context before the
 * process exits (its threads and descriptors stay, even after GC), so a released context
 * goes back to a pool instead of leaking a few descriptors per session.
 */
class PooledContext implements ZmqContext {
  #handler: ZapHandler | null = null;
  #inUse = true;
  #serving = false;
  /** zeromq.js allows one pending send per socket; ZAP replies may be ready together. */
  #replies: Promise<void> = Promise.resolve();

  private constructor(
    private readonly context: zmq.Context,
    private readonly zap: zmq.Router,
    private readonly pool: PooledContext[],
  ) {
    this.serve();
  }

  static async create(pool: PooledContext[]): Promise<PooledContext> {
    // blocky false: closing the context never waits for unsent messages (NOTES §7.2).
    const context = new zmq.Context({ blocky: false });
    const zap = new zmq.Router({ context, linger: 0, receiveTimeout: ZAP_POLL_MS });
    await zap.bind(ZAP_ENDPOINT);
    return new PooledContext(context, zap, pool);
  }

  createSocket(
    type: SocketType,
    create: SocketCreateOptions,
    onEvent: (event: MonitorEvent) => void,
  ): RealSocket {
    return new RealSocket(type, this.context, create, onEvent);
  }

  setZapHandler(handler: ZapHandler | null): void {
    this.#handler = handler;
  }

  release(): void {
    this.#handler = null;
    this.#inUse = false;
    this.pool.push(this);
  }

  /** (Re)start answering ZAP requests; called when the context is handed out. */
  serve(): void {
    this.#inUse = true;
    if (this.#serving) return;
    this.#serving = true;
    void this.#serveZap().finally(() => {
      this.#serving = false;
    });
  }

  async #serveZap(): Promise<void> {
    while (this.#inUse) {
      let request: Buffer[];
      try {
        request = await this.zap.receive();
      } catch (error) {
        if (Reflect.get(Object(error), "code") === "EAGAIN") continue;
        return;
      }
      this.#answer(request);
    }
  }

  /** Accept every request, but only once the handler has decided (see ZapHandler). */
  #answer(request: Buffer[]): void {
    const [peer, delimiter, version, requestId, domain, address] = request;
    if (!peer || !delimiter || !version || !requestId) return;
    const reply = [peer, delimiter, version, requestId, "200", "OK", "", ""];
    const decided = this.#handler?.({
      domain: domain?.toString() ?? "",
      address: address?.toString() ?? "",
    });
    void Promise.resolve(decided)
      .catch(() => undefined)
      .then(() => {
        this.#replies = this.#replies.then(() => this.zap.send(reply)).catch(() => undefined);
      });
  }
}

const pool: PooledContext[] = [];

/** The real adapter: contexts from the pool, sockets from zeromq.js. */
export const zmqAdapter: ZmqAdapter = {
  async acquireContext(): Promise<ZmqContext> {
    const pooled = pool.pop();
    if (!pooled) return PooledContext.create(pool);
    pooled.serve();
    return pooled;
  },
};
