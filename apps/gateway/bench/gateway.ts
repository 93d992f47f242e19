import { createRuntime } from "../src/runtime/index.js";
import type { Runtime, RuntimeLimits, RuntimeOptions } from "../src/runtime/types.js";
import { startGatewayServer, type GatewayServer } from "../src/server/gateway-server.js";
import type { GatewayLimits } from "../src/session/limits.js";
import { CountingAdapter } from "./counting-adapter.js";

/** What the harness knows of one session's runtime. */
export interface RuntimeProbe {
  readonly runtime: Runtime;
  readonly ipcDir: string;
  /**
   * performance.now() at the runtime's clock zero, the origin of every sample's and
   * event's `at`. Learnt from the runtime's own events: an event is built with
   * `at = now - zero` and handed to listeners synchronously, so `now - at` in a listener
   * is the zero to within microseconds. Updated on every event (each deploy restarts it).
   */
  origin: number;
}

export interface BenchGatewayOptions {
  /** Session caps; the defaults of `serve` unless set. */
  readonly limits?: Partial<GatewayLimits>;
  /**
   * Runtime caps that override what the session passes. The bench switches the send-rate
   * cap off (`maxSendsPerSecond: Infinity`) so the limiter is not what it measures.
   */
  readonly runtimeLimits?: Partial<RuntimeLimits>;
}

/** A real gateway server on 127.0.0.1 (a free port), as `serve` runs it, plus probes. */
export interface BenchGateway {
  readonly server: GatewayServer;
  readonly wsUrl: string;
  /** Counts live zmq sockets of every session. */
  readonly adapter: CountingAdapter;
  /** One per session, in creation order. */
  readonly runtimes: RuntimeProbe[];
  close(): Promise<void>;
}

export async function startBenchGateway(options: BenchGatewayOptions = {}): Promise<BenchGateway> {
  const adapter = new CountingAdapter();
  const runtimes: RuntimeProbe[] = [];
  const factory = (o: RuntimeOptions): Runtime => {
    const limits = { ...o.limits, ...options.runtimeLimits };
    const runtime = createRuntime({ ...o, limits, adapter });
    const probe: RuntimeProbe = { runtime, ipcDir: o.ipcDir, origin: performance.now() };
    runtime.subscribe({
      onEvent: (event) => {
        probe.origin = performance.now() - event.at;
      },
    });
    runtimes.push(probe);
    return runtime;
  };
  const server = await startGatewayServer({
    host: "127.0.0.1",
    port: 0,
    webRoot: "/nonexistent",
    token: null,
    createRuntime: factory,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  return {
    server,
    wsUrl: `ws://127.0.0.1:${server.port}/ws`,
    adapter,
    runtimes,
    close: () => server.close(),
  };
}
