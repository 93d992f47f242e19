import { benchPorts } from "./ports.js";
import type { RuntimeProbe } from "./gateway.js";
import { rawFanout, rawPushPull } from "./raw.js";
import { median, percentile, round } from "./stats.js";
import { fanoutTopology, manyPairsTopology, pushPullTopology } from "./topologies.js";
import { timeDeploy, tracedRun } from "./traced.js";
import type { BenchClient } from "./ws-client.js";

/** What a run can measure; `--only` picks some. */
export const PARTS = ["raw", "traced", "fanout", "moderate", "deploy"] as const;
export type Part = (typeof PARTS)[number];

export interface BenchConfig {
  readonly rounds: number;
  readonly seconds: number;
  readonly parts: ReadonlySet<Part>;
}

export const METRICS = [
  "rawMsgsPerSec",
  "tracedMsgsPerSec",
  "tracedToRawRatio",
  "rawCpuMicrosPerMsg",
  "tracedCpuMicrosPerMsg",
  "tracedToRawCpuRatio",
  "fanoutRawMsgsPerSec",
  "fanoutTracedMsgsPerSec",
  "fanoutTracedToRawRatio",
  "telemetryBytesPerSec",
  "telemetryBytesPerSecFanout",
  "moderateMsgsPerSec",
  "telemetryBytesPerSecModerate",
  "tickLatencyP50Ms",
  "tickLatencyP95Ms",
  "tickLatencyP95MsModerate",
  "ticksPerSec",
  "samplesPerTick",
  "deploy50SocketsMs",
  "deploy50SocketsAckMs",
] as const;
export type Metric = (typeof METRICS)[number];
export type RoundResult = { round: number } & Partial<Record<Metric, number>>;

const WARMUP_MS = 300;
/** The moderate run: a send every 1 ms, about what a lively classroom demo does. */
const MODERATE_EVERY_MS = 1;

/**
 * Rounds of raw and traced measurements, alternating which goes first so that a drift
 * of the machine (another process, thermal) does not favour one side.
 */
export async function runRounds(
  config: BenchConfig,
  client: BenchClient,
  probe: () => RuntimeProbe,
  log: (line: string) => void,
): Promise<RoundResult[]> {
  const ports = benchPorts();
  // tcp on 127.0.0.1 everywhere: what outside programs use, and what NOTES §6 measured.
  const endpoint = (): Promise<string> => ports.endpoint();
  const has = (p: Part) => config.parts.has(p);
  const timing = { seconds: config.seconds, warmupMs: WARMUP_MS };
  const results: RoundResult[] = [];
  for (let r = 1; r <= config.rounds; r += 1) {
    const result: RoundResult = { round: r };
    const rawFirst = r % 2 === 1;
    const raw = async () => {
      if (!has("raw")) return;
      const r = await rawPushPull({ ...timing, endpoint: await endpoint() });
      result.rawMsgsPerSec = r.msgsPerSec;
      result.rawCpuMicrosPerMsg = r.cpuMicrosPerMsg;
    };
    const traced = async () => {
      if (!has("traced")) return;
      const t = await tracedRun(client, probe, pushPullTopology(await endpoint()), {
        ...timing,
        receivers: "pull",
      });
      result.tracedMsgsPerSec = t.msgsPerSec;
      result.tracedCpuMicrosPerMsg = t.cpuMicrosPerMsg;
      result.telemetryBytesPerSec = t.telemetryBytesPerSec;
      result.tickLatencyP50Ms = percentile(t.latenciesMs, 50);
      result.tickLatencyP95Ms = percentile(t.latenciesMs, 95);
      result.ticksPerSec = t.ticksPerSec;
      result.samplesPerTick = t.samplesPerTick;
    };
    for (const step of rawFirst ? [raw, traced] : [traced, raw]) await step();
    if (has("fanout")) {
      const fanRaw = async () => {
        const r = await rawFanout({ ...timing, endpoint: await endpoint(), subscribers: 4 });
        result.fanoutRawMsgsPerSec = r.msgsPerSec;
      };
      const fanTraced = async () => {
        const t = await tracedRun(client, probe, fanoutTopology(await endpoint(), 4), {
          ...timing,
          receivers: "sub-",
        });
        result.fanoutTracedMsgsPerSec = t.msgsPerSec;
        result.telemetryBytesPerSecFanout = t.telemetryBytesPerSec;
      };
      for (const step of rawFirst ? [fanRaw, fanTraced] : [fanTraced, fanRaw]) await step();
    }
    if (has("moderate")) {
      const topology = pushPullTopology(await endpoint(), MODERATE_EVERY_MS);
      const t = await tracedRun(client, probe, topology, { ...timing, receivers: "pull" });
      result.moderateMsgsPerSec = t.msgsPerSec;
      result.telemetryBytesPerSecModerate = t.telemetryBytesPerSec;
      result.tickLatencyP95MsModerate = percentile(t.latenciesMs, 95);
    }
    if (has("deploy")) {
      const pairs: string[] = [];
      for (let i = 0; i < 25; i += 1) pairs.push(await ports.endpoint());
      const d = await timeDeploy(client, manyPairsTopology(pairs));
      result.deploy50SocketsMs = d.connectedMs;
      result.deploy50SocketsAckMs = d.ackMs;
    }
    ratio(result, "rawMsgsPerSec", "tracedMsgsPerSec", "tracedToRawRatio");
    // Raw cost over traced cost: the throughput ratio the CPU cost alone predicts.
    ratio(result, "tracedCpuMicrosPerMsg", "rawCpuMicrosPerMsg", "tracedToRawCpuRatio");
    ratio(result, "fanoutRawMsgsPerSec", "fanoutTracedMsgsPerSec", "fanoutTracedToRawRatio");
    results.push(rounded(result));
    log(`round ${r}/${config.rounds}: ${JSON.stringify(rounded(result))}`);
  }
  return results;
}

function ratio(result: RoundResult, raw: Metric, traced: Metric, into: Metric): void {
  const a = result[raw];
  const b = result[traced];
  if (a !== undefined && b !== undefined && a > 0) result[into] = b / a;
}

function rounded(result: RoundResult): RoundResult {
  return { round: result.round, ...roundFigures(result) };
}

/** JSON-friendly figures: ratios to 3 decimals, milliseconds and rates-per-tick to 1. */
function roundFigures(figures: Partial<Record<Metric, number>>): Partial<Record<Metric, number>> {
  const out: Partial<Record<Metric, number>> = {};
  for (const m of METRICS) {
    const v = figures[m];
    if (v === undefined) continue;
    const perTick = m === "samplesPerTick" || m === "ticksPerSec";
    const digits = m.endsWith("Ratio")
      ? 3
      : m.endsWith("PerMsg")
        ? 2
        : m.endsWith("Ms") || perTick
          ? 1
          : 0;
    out[m] = round(v, digits);
  }
  return out;
}

/** Medians over the rounds, and the targets. */
export function summarize(rounds: readonly RoundResult[]): Record<string, unknown> {
  const medians: Partial<Record<Metric, number>> = {};
  for (const m of METRICS) {
    const values = rounds.flatMap((r) => (r[m] === undefined ? [] : [r[m]]));
    if (values.length > 0) medians[m] = median(values);
  }
  const figures = roundFigures(medians);
  const tracedOk = figures.tracedToRawRatio === undefined ? null : figures.tracedToRawRatio >= 0.8;
  const fanoutOk =
    figures.fanoutTracedToRawRatio === undefined ? null : figures.fanoutTracedToRawRatio >= 0.8;
  return {
    ...figures,
    targets: {
      tracedToRawRatio: { target: 0.8, met: tracedOk },
      fanoutTracedToRawRatio: { target: 0.8, met: fanoutOk },
      telemetryBounded: telemetryVerdict(figures),
    },
  };
}

/**
 * Telemetry is bounded when full speed (~100k msg/s) costs about what a moderate rate
 * (~1k msg/s) costs: ticks carry counters and capped samples, never one frame per message.
 */
function telemetryVerdict(f: Partial<Record<Metric, number>>): Record<string, unknown> {
  const full = f.telemetryBytesPerSec;
  const moderate = f.telemetryBytesPerSecModerate;
  if (full === undefined || moderate === undefined || moderate === 0) return { met: null };
  const perMessageFull = full / (f.tracedMsgsPerSec ?? 1);
  return {
    fullSpeedOverModerate: round(full / moderate, 2),
    bytesPerDeliveredMessageAtFullSpeed: round(perMessageFull, 3),
    met: full / moderate < 3,
  };
}
