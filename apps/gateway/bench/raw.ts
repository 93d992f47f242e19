import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as zmq from "zeromq";
import { sleep } from "./stats.js";

/** A 32-byte single-frame message, as in ZEROMQ_NOTES §6. */
export const PAYLOAD = "x".repeat(32);

export interface RawOptions {
  readonly endpoint: string;
  readonly seconds: number;
  /** Time to let connections settle and the loops reach speed before counting. */
  readonly warmupMs: number;
}

let shared: zmq.Context | null = null;

/** zeromq.js never frees a Context before exit (NOTES, runtime README): one for all rounds. */
function sharedContext(): zmq.Context {
  shared ??= new zmq.Context({ blocky: false });
  return shared;
}

/**
 * Plain zeromq.js, no playground: one PUSH -> PULL pair in this process, an await-send
 * loop and an await-receive loop running concurrently (ZEROMQ_NOTES §6). Messages per
 * second received while counting, and the CPU spent per message.
 */
export async function rawPushPull(options: RawOptions): Promise<Rate> {
  const context = sharedContext();
  const pull = new zmq.Pull({ context, linger: 0 });
  const push = new zmq.Push({ context, linger: 0 });
  await pull.bind(options.endpoint);
  push.connect(options.endpoint);
  let received = 0;
  let stop = false;
  const sending = (async () => {
    while (!stop) await push.send(PAYLOAD);
  })().catch(() => undefined);
  const receiving = (async () => {
    while (!stop) {
      await pull.receive();
      received += 1;
    }
  })().catch(() => undefined);
  const rate = await count(() => received, options);
  stop = true;
  push.close();
  pull.close();
  await Promise.all([sending, receiving]);
  return rate;
}

/**
 * Plain zeromq.js: one PUB fanning out to `subscribers` SUBs (subscribed to everything)
 * in this process, an await-send loop on the PUB and an await-receive loop per SUB.
 * Deliveries per second (every SUB's receipts added up). PUB never blocks: what the SUBs
 * cannot take in time is dropped at the high-water mark, as ZeroMQ does.
 */
export async function rawFanout(options: RawOptions & { subscribers: number }): Promise<Rate> {
  const context = sharedContext();
  const pub = new zmq.Publisher({ context, linger: 0 });
  await pub.bind(options.endpoint);
  const subs = Array.from({ length: options.subscribers }, () => {
    const sub = new zmq.Subscriber({ context, linger: 0 });
    sub.subscribe();
    sub.connect(options.endpoint);
    return sub;
  });
  let received = 0;
  let stop = false;
  const receiving = subs.map((sub) =>
    (async () => {
      while (!stop) {
        await sub.receive();
        received += 1;
      }
    })().catch(() => undefined),
  );
  // Slow joiner (NOTES §7.8): give the subscriptions time to reach the PUB.
  await sleep(200);
  const sending = (async () => {
    while (!stop) await pub.send(PAYLOAD);
  })().catch(() => undefined);
  const rate = await count(() => received, options);
  stop = true;
  pub.close();
  for (const sub of subs) sub.close();
  await Promise.all([sending, ...receiving]);
  return rate;
}

/** Messages per second, and the CPU time this process spent per message meanwhile. */
export interface Rate {
  readonly msgsPerSec: number;
  /**
   * User + system CPU of the whole process (libzmq's I/O thread included) per message,
   * in microseconds. Unlike msgs/s it hardly moves when other programs take the cores.
   */
  readonly cpuMicrosPerMsg: number;
}

/** Wait the warm-up, then count for `seconds`. */
async function count(read: () => number, options: RawOptions): Promise<Rate> {
  await sleep(options.warmupMs);
  const n0 = read();
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await sleep(options.seconds * 1000);
  return rate(read() - n0, (performance.now() - t0) / 1000, process.cpuUsage(cpu0));
}

/** A Rate from a count, the seconds it took and process.cpuUsage() over that time. */
export function rate(messages: number, seconds: number, cpu: NodeJS.CpuUsage): Rate {
  return {
    msgsPerSec: messages / seconds,
    cpuMicrosPerMsg: messages > 0 ? (cpu.user + cpu.system) / messages : Number.NaN,
  };
}

/** The zeromq.js package version and the libzmq version it bundles. */
export function zmqVersions(): { zeromq: string; libzmq: string } {
  return { zeromq: zeromqPackageVersion(), libzmq: zmq.version };
}

function zeromqPackageVersion(): string {
  try {
    // zeromq has no exports map, so its package.json resolves like any file.
    return readVersion(createRequire(import.meta.url).resolve("zeromq/package.json"));
  } catch {
    return "unknown";
  }
}

function readVersion(path: string): string {
  const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
  const version =
    typeof parsed === "object" && parsed !== null ? Reflect.get(parsed, "version") : undefined;
  return typeof version === "string" ? version : "unknown";
}
