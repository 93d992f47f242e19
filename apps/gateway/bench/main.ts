/**
 * `npm run bench [-- --json] [--rounds N] [--seconds S] [--only raw,traced,fanout,moderate,deploy]`
 *
 * Plain zeromq.js against the same topology run through the playground (a real gateway
 * server, a real session, a real WebSocket client), in alternating rounds; medians and
 * per-round figures. See bench/README.md for what each figure means.
 */
import { availableParallelism, cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { startBenchGateway } from "./gateway.js";
import { formatTable } from "./report.js";
import { runRounds, summarize, type BenchConfig, type Part, PARTS } from "./rounds.js";
import { zmqVersions } from "./raw.js";
import { BenchClient } from "./ws-client.js";

function readConfig(): BenchConfig & { json: boolean } {
  const { values } = parseArgs({
    options: {
      json: { type: "boolean", default: false },
      rounds: { type: "string", default: "5" },
      seconds: { type: "string", default: "2" },
      only: { type: "string", default: PARTS.join(",") },
    },
  });
  const rounds = Number(values.rounds);
  const seconds = Number(values.seconds);
  const only = values.only.split(",").filter((p): p is Part => PARTS.some((k) => k === p));
  if (!Number.isInteger(rounds) || rounds < 1)
    throw new Error("--rounds must be a whole number >= 1");
  if (!(seconds > 0)) throw new Error("--seconds must be a positive number");
  return { json: values.json, rounds, seconds, parts: new Set(only) };
}

async function main(): Promise<void> {
  const config = readConfig();
  const log = (line: string): void => {
    process.stderr.write(`[bench] ${line}\n`);
  };
  // The send-rate cap (10,000 messages a second per socket by default) is switched off
  // in the runtime: the bench measures the message path, not the limiter.
  const gateway = await startBenchGateway({ runtimeLimits: { maxSendsPerSecond: Infinity } });
  const client = await BenchClient.open(gateway.wsUrl);
  const loadBefore = loadavg().map((l) => Math.round(l * 100) / 100);
  try {
    await client.hello();
    const rounds = await runRounds(
      config,
      client,
      () => {
        const probe = gateway.runtimes.at(-1);
        if (!probe) throw new Error("the gateway made no runtime");
        return probe;
      },
      log,
    );
    if (client.invalid > 0) throw new Error(`${client.invalid} server messages failed to parse`);
    const report = {
      ...summarize(rounds),
      node: process.version,
      ...zmqVersions(),
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? "unknown",
      // Other work on the machine moves every figure; the 1-minute load says how much.
      loadAverage1m: {
        before: loadBefore[0],
        after: Math.round((loadavg()[0] ?? 0) * 100) / 100,
      },
      config: {
        rounds: config.rounds,
        secondsPerRound: config.seconds,
        transport: "tcp on 127.0.0.1",
        payloadBytes: 32,
        fanoutSubscribers: 4,
        sendRateLimit:
          "off for the bench (runtime maxSendsPerSecond = Infinity); the gateway default is 10000 per socket",
        telemetry: "ticks every 50 ms, at most 64 samples per tick (gateway defaults)",
      },
      rounds,
    };
    process.stdout.write(
      config.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`,
    );
  } finally {
    client.close();
    await gateway.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `[bench] failed: ${error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(1);
  },
);
