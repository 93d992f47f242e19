/** The readable table `npm run bench` prints without --json. */

const ROWS: readonly [key: string, label: string, unit: string][] = [
  ["rawMsgsPerSec", "raw PUSH -> PULL", "msg/s"],
  ["tracedMsgsPerSec", "traced PUSH -> PULL", "msg/s"],
  ["tracedToRawRatio", "traced / raw", "(target >= 0.8)"],
  ["rawCpuMicrosPerMsg", "raw PUSH -> PULL, CPU per message", "µs"],
  ["tracedCpuMicrosPerMsg", "traced PUSH -> PULL, CPU per message", "µs"],
  ["tracedToRawCpuRatio", "raw CPU / traced CPU per message", "(load-proof view of the ratio)"],
  ["fanoutRawMsgsPerSec", "raw PUB -> 4 SUB", "deliveries/s"],
  ["fanoutTracedMsgsPerSec", "traced PUB -> 4 SUB", "deliveries/s"],
  ["fanoutTracedToRawRatio", "traced / raw (fan-out)", "(target >= 0.8)"],
  ["telemetryBytesPerSec", "telemetry, PUSH -> PULL full speed", "bytes/s"],
  ["telemetryBytesPerSecFanout", "telemetry, fan-out full speed", "bytes/s"],
  ["moderateMsgsPerSec", "moderate run (a send every 1 ms)", "msg/s"],
  ["telemetryBytesPerSecModerate", "telemetry, moderate run", "bytes/s"],
  ["ticksPerSec", "ticks at full speed", "per s"],
  ["samplesPerTick", "samples per tick at full speed", ""],
  ["tickLatencyP50Ms", "receipt -> tick at client, p50", "ms"],
  ["tickLatencyP95Ms", "receipt -> tick at client, p95", "ms"],
  ["tickLatencyP95MsModerate", "same in the moderate run, p95", "ms"],
  ["deploy50SocketsAckMs", "deploy 50 sockets -> command:ok", "ms"],
  ["deploy50SocketsMs", "deploy 50 sockets -> all links connected", "ms"],
];

export function formatTable(report: Record<string, unknown>): string {
  const rounds = Array.isArray(report.rounds) ? report.rounds : [];
  const perRound = (key: string): string =>
    rounds
      .map((r: unknown) => (typeof r === "object" && r !== null ? Reflect.get(r, key) : undefined))
      .filter((v): v is number => typeof v === "number")
      .map(String)
      .join("  ");
  const lines = [
    `node ${String(report.node)}, zeromq ${String(report.zeromq)}, libzmq ${String(report.libzmq)}, ${String(report.cores)} cores (${String(report.cpu)}), load ${JSON.stringify(report.loadAverage1m)}`,
    "",
    `${"figure".padEnd(42)}${"median".padStart(12)}  unit / rounds`,
  ];
  for (const [key, label, unit] of ROWS) {
    const value = report[key];
    if (typeof value !== "number") continue;
    lines.push(`${label.padEnd(42)}${String(value).padStart(12)}  ${unit}   [${perRound(key)}]`);
  }
  const targets = report.targets;
  lines.push("", `targets: ${JSON.stringify(targets)}`);
  lines.push(`send-rate limit: off for the bench (runtime maxSendsPerSecond = Infinity)`);
  return lines.join("\n");
}
