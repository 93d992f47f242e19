import { zmqAdapter } from "../src/zmq/index.js";
import type { ZmqAdapter, ZmqContext, ZmqSocket } from "../src/zmq/types.js";

/**
 * The real zmq adapter, counting the sockets that are open right now. Only creation and
 * close are intercepted, so the message paths cost exactly what they cost without it.
 * (The runtime exposes no socket count of its own; the soak and the fault tests need one.)
 */
export class CountingAdapter implements ZmqAdapter {
  readonly #live = new Set<ZmqSocket>();
  created = 0;

  constructor(private readonly inner: ZmqAdapter = zmqAdapter) {}

  /** Sockets created and not closed yet, across every context handed out. */
  get live(): number {
    return this.#live.size;
  }

  async acquireContext(): Promise<ZmqContext> {
    const context = await this.inner.acquireContext();
    const live = this.#live;
    const count = (): void => {
      this.created += 1;
    };
    return {
      createSocket(type, create, onEvent) {
        const socket = context.createSocket(type, create, onEvent);
        count();
        live.add(socket);
        const close = socket.close.bind(socket);
        socket.close = () => {
          live.delete(socket);
          close();
        };
        return socket;
      },
      setZapHandler: (handler) => context.setZapHandler(handler),
      release: () => context.release(),
    };
  }
}
