import type { RuntimeTick, Topology } from "@zmq-playground/shared";
import type { RuntimeProbe } from "./gateway.js";
import { rate } from "./raw.js";
import { sleep } from "./stats.js";
import { receivedBy, type BenchClient } from "./ws-client.js";

export interface TracedOptions {
  readonly seconds: number;
  readonly warmupMs: number;
  /** Deliveries are the `received` counters of the sockets whose id starts with this. */
  readonly receivers: string;
}

/** What one traced run measured, all of it as the WebSocket client saw it. */
export interface TracedResult {
  /** Deliveries per second, from the counters in the ticks (tick `at` as the clock). */
  readonly msgsPerSec: number;
  /** CPU time of the whole process (gateway, libzmq, the client) per delivery, in µs. */
  readonly cpuMicrosPerMsg: number;
  /** WebSocket payload bytes the client received per second while counting. */
  readonly telemetryBytesPerSec: number;
  readonly ticksPerSec: number;
  readonly samplesPerTick: number;
  /** Per sample: receipt at the receiving socket -> the tick carrying it reaches the client. */
  readonly latenciesMs: number[];
}

const allConnected = (t: RuntimeTick): boolean =>
  t.links.length > 0 && t.links.every((l) => l.state === "connected");

/**
 * Deploy `topology` through the session, wait until every link is connected and messages
 * flow, let it warm up, then count for `seconds` between two ticks, and stop it.
 */
export async function tracedRun(
  client: BenchClient,
  probe: () => RuntimeProbe,
  topology: Topology,
  options: TracedOptions,
): Promise<TracedResult> {
  const flowing = client.nextTick((t) => allConnected(t) && receivedBy(t, options.receivers) > 0);
  flowing.catch(() => undefined);
  const deployed = await client.request({ type: "topology:deploy", topology });
  if (deployed.type === "command:error") throw new Error(`deploy refused: ${deployed.message}`);
  try {
    await flowing;
    await sleep(options.warmupMs);
    const latencies: number[] = [];
    let samples = 0;
    const first = await client.nextTick(() => true);
    const cpu0 = process.cpuUsage();
    const bytes0 = client.bytes;
    const ticks0 = client.ticks;
    const wall0 = performance.now();
    client.onTick = (tick, receivedAt) => {
      const origin = probe().origin;
      samples += tick.samples.length;
      for (const s of tick.samples) latencies.push(receivedAt - (origin + s.at));
    };
    await sleep(options.seconds * 1000);
    const last = await client.nextTick(() => true);
    const cpu = process.cpuUsage(cpu0);
    client.onTick = null;
    const wall = (performance.now() - wall0) / 1000;
    const ticks = client.ticks - ticks0;
    const delivered = receivedBy(last, options.receivers) - receivedBy(first, options.receivers);
    return {
      ...rate(delivered, (last.at - first.at) / 1000, cpu),
      telemetryBytesPerSec: (client.bytes - bytes0) / wall,
      ticksPerSec: ticks / wall,
      samplesPerTick: ticks > 0 ? samples / ticks : 0,
      latenciesMs: latencies,
    };
  } finally {
    client.onTick = null;
    await client.request({ type: "topology:stop" });
  }
}

/** From the deploy command to its command:ok, and to the first tick with every link connected. */
export interface DeployTiming {
  readonly ackMs: number;
  readonly connectedMs: number;
}

export async function timeDeploy(client: BenchClient, topology: Topology): Promise<DeployTiming> {
  const links = topology.sockets.reduce((n, s) => n + (s.connect?.length ?? 0), 0);
  let connectedAt = 0;
  const connected = client.nextTick((t) => {
    const done = t.links.length === links && allConnected(t);
    if (done) connectedAt = performance.now();
    return done;
  }, 20_000);
  connected.catch(() => undefined);
  const start = performance.now();
  const deployed = await client.request({ type: "topology:deploy", topology });
  const ackMs = performance.now() - start;
  try {
    if (deployed.type === "command:error") throw new Error(`deploy refused: ${deployed.message}`);
    await connected;
    return { ackMs, connectedMs: connectedAt - start };
  } finally {
    await client.request({ type: "topology:stop" });
  }
}
