import { startBenchGateway, type BenchGateway } from "./gateway.js";
import type { PortRange } from "./ports.js";
import { filesIn, memoryAfterGc, openFds } from "./proc.js";
import { SOAK_RECEIVERS, mixedTopology } from "./soak-topology.js";
import { round, sleep } from "./stats.js";
import { BenchClient, socketCount } from "./ws-client.js";

export interface SoakOptions {
  readonly seconds: number;
  readonly ports: PortRange;
  /** One deploy -> redeploy -> stop cycle; half of it before the redeploy, half after. */
  readonly cycleMs?: number;
  /** Figures are taken after every this many cycles (and at start and end). */
  readonly pointEvery?: number;
  /** Heap growth (after gc) from start to end that still counts as flat, in MB. */
  readonly heapToleranceMb?: number;
  readonly log?: (line: string) => void;
}

/** The process at one moment, taken with nothing deployed, after a full gc. */
export interface SoakPoint {
  readonly cycle: number;
  readonly atSec: number;
  readonly rssMb: number;
  readonly heapUsedMb: number;
  readonly fds: number;
  /** zmq sockets open in the gateway (counted by the adapter). */
  readonly liveSockets: number;
  /** Files in the session's ipc folder. */
  readonly ipcFiles: number;
}

export interface SoakReport {
  readonly ok: boolean;
  readonly seconds: number;
  readonly cycles: number;
  /** WebSocket drops the session survived (resumed by id). */
  readonly resumes: number;
  /** Messages the receiving sockets counted, over all cycles. */
  readonly messages: number;
  readonly heapToleranceMb: number;
  /** Before the first deploy (for information: the first cycle loads code and fills pools). */
  readonly before: SoakPoint;
  /** After the first cycle: the baseline the end is judged against. */
  readonly start: SoakPoint;
  readonly end: SoakPoint;
  readonly points: SoakPoint[];
  readonly failures: string[];
}

/**
 * Run the mixed topology through a real session for `seconds`: deploy, run, redeploy with
 * one socket changed, run, stop, over and over; every fourth cycle the WebSocket is
 * dropped mid-run and the session resumed by id. Then judge whether the process came
 * back to where it started.
 */
export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const cycleMs = options.cycleMs ?? 3000;
  const pointEvery = options.pointEvery ?? 5;
  const heapToleranceMb = options.heapToleranceMb ?? 10;
  const log = options.log ?? (() => undefined);
  const gateway = await startBenchGateway();
  const began = performance.now();
  const failures: string[] = [];
  const points: SoakPoint[] = [];
  let client = await BenchClient.open(gateway.wsUrl);
  const { sessionId } = await client.hello();
  const point = (cycle: number): SoakPoint => {
    const probe = gateway.runtimes[0];
    return {
      cycle,
      atSec: round((performance.now() - began) / 1000, 1),
      ...roundedMemory(),
      fds: openFds(),
      liveSockets: gateway.adapter.live,
      ipcFiles: probe ? filesIn(probe.ipcDir) : 0,
    };
  };
  const before = point(0);
  let cycles = 0;
  let resumes = 0;
  let messages = 0;
  let start: SoakPoint | null = null;
  try {
    while (cycles === 0 || performance.now() - began < options.seconds * 1000) {
      cycles += 1;
      const dropAt = cycles % 4 === 0;
      const [a, b] = [await options.ports.endpoint(), await options.ports.endpoint()];
      await expectOk(client, mixedTopology(a, b, 0), `cycle ${cycles}: deploy`, failures);
      await sleep(cycleMs / 2);
      if (dropAt) {
        client.terminate();
        client = await BenchClient.open(gateway.wsUrl);
        const welcome = await client.hello(sessionId);
        if (!welcome.resumed) failures.push(`cycle ${cycles}: the session was not resumed`);
        resumes += 1;
      }
      await expectOk(client, mixedTopology(a, b, 1), `cycle ${cycles}: redeploy`, failures);
      await sleep(cycleMs / 2);
      const last = await client.nextTick(() => true, 5000);
      for (const id of SOAK_RECEIVERS) {
        const received = socketCount(last, id, "received");
        if (received === 0) failures.push(`cycle ${cycles}: ${id} received nothing`);
        messages += received;
      }
      const stopped = await client.request({ type: "topology:stop" });
      if (stopped.type !== "command:ok")
        failures.push(`cycle ${cycles}: stop failed: ${stopped.message}`);
      if (cycles === 1 || cycles % pointEvery === 0) {
        const p = await settledPoint(point, cycles, before.fds);
        points.push(p);
        start ??= p;
        log(JSON.stringify(p));
      }
    }
  } finally {
    client.close();
  }
  const last = points.at(-1);
  const end =
    last?.cycle === cycles ? last : await settledPoint(point, cycles, start?.fds ?? before.fds);
  if (end !== last) points.push(end);
  await gateway.close();
  const baseline = start ?? before;
  failures.push(...judge(baseline, end, heapToleranceMb));
  if (client.invalid > 0) failures.push(`${client.invalid} server messages failed to parse`);
  return {
    ok: failures.length === 0,
    seconds: round((performance.now() - began) / 1000, 1),
    cycles,
    resumes,
    messages,
    heapToleranceMb,
    before,
    start: baseline,
    end,
    points,
    failures,
  };
}

async function expectOk(
  client: BenchClient,
  topology: ReturnType<typeof mixedTopology>,
  what: string,
  failures: string[],
): Promise<void> {
  const answer = await client.request({ type: "topology:deploy", topology });
  if (answer.type === "command:error") failures.push(`${what} refused: ${answer.message}`);
}

/**
 * libzmq closes sockets on its reaper thread, a little after close(): give descriptors
 * up to 3 s to come back to `fds` before taking the figures.
 */
async function settledPoint(
  point: (cycle: number) => SoakPoint,
  cycle: number,
  fds: number,
): Promise<SoakPoint> {
  const deadline = performance.now() + 3000;
  let p = point(cycle);
  while ((p.fds > fds || p.liveSockets > 0 || p.ipcFiles > 0) && performance.now() < deadline) {
    await sleep(100);
    p = point(cycle);
  }
  return p;
}

function judge(start: SoakPoint, end: SoakPoint, heapToleranceMb: number): string[] {
  const failures: string[] = [];
  if (end.fds > start.fds) failures.push(`open fds grew from ${start.fds} to ${end.fds}`);
  if (end.ipcFiles > start.ipcFiles)
    failures.push(`ipc files grew from ${start.ipcFiles} to ${end.ipcFiles}`);
  if (end.liveSockets > start.liveSockets)
    failures.push(`live zmq sockets grew from ${start.liveSockets} to ${end.liveSockets}`);
  if (end.heapUsedMb > start.heapUsedMb + heapToleranceMb)
    failures.push(
      `heap after gc grew from ${start.heapUsedMb} MB to ${end.heapUsedMb} MB (tolerance ${heapToleranceMb} MB)`,
    );
  return failures;
}

function roundedMemory(): { rssMb: number; heapUsedMb: number } {
  const m = memoryAfterGc();
  return { rssMb: round(m.rssMb, 1), heapUsedMb: round(m.heapUsedMb, 2) };
}

export type { BenchGateway };
