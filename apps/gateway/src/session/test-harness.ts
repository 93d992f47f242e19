import { PROTOCOL_VERSION } from "@zmq-playground/shared";
import { silentLogger } from "../log.js";
import { Connection } from "./connection.js";
import { DEFAULT_LIMITS, type GatewayLimits } from "./limits.js";
import { SessionRegistry } from "./session-registry.js";
import { FakeRuntime, FakeSocket } from "./test-doubles.js";

/** A registry on fake runtimes, and pages (fake sockets) connected to it. */
export function createHarness(limits: Partial<GatewayLimits> = {}, token: string | null = null) {
  const all: GatewayLimits = { ...DEFAULT_LIMITS, ...limits };
  const runtimes: FakeRuntime[] = [];
  const registry = new SessionRegistry({
    limits: all,
    logger: silentLogger,
    createRuntime: (options) => {
      const runtime = new FakeRuntime(options);
      runtimes.push(runtime);
      return runtime;
    },
  });
  const connect = (authorized = token === null): FakeSocket => {
    const socket = new FakeSocket();
    new Connection(socket, {
      registry,
      limits: all,
      logger: silentLogger,
      authorized,
      checkToken: (given) => token === null || given === token,
    });
    return socket;
  };
  /** Connect and complete the handshake; resolves once welcomed. */
  const hello = async (extra: { sessionId?: string; token?: string } = {}): Promise<FakeSocket> => {
    const socket = connect();
    socket.receive({ type: "session:hello", protocolVersion: PROTOCOL_VERSION, ...extra });
    await until(() => socket.sent.length > 0);
    return socket;
  };
  return { registry, runtimes, connect, hello, limits: all };
}

/** Let promises and real I/O (mkdtemp) run until `predicate` holds; fake timers stay still. */
export async function until(predicate: () => boolean, withinMs = 3000): Promise<void> {
  // Date is not faked by the session tests, so this deadline is real time.
  const deadline = Date.now() + withinMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error("condition never held");
    await new Promise((resolve) => setImmediate(resolve));
  }
}
