/**
 * `npm run soak [-- --seconds N] [--json]` (default 180 s): the mixed topology through a
 * real session, deploy / redeploy / stop cycles and WebSocket drops, then a verdict on
 * memory, descriptors, zmq sockets and ipc files. Exit status 1 when they did not come
 * back flat. Run under `node --expose-gc` (the npm script does) for exact heap figures.
 */
import { parseArgs } from "node:util";
import { benchPorts } from "./ports.js";
import { runSoak, type SoakPoint, type SoakReport } from "./soak-run.js";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "180" },
    json: { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
if (!(seconds > 0)) throw new Error("--seconds must be a positive number");

const log = (line: string): void => {
  process.stderr.write(`[soak] ${line}\n`);
};

function table(report: SoakReport): string {
  const columns: (keyof SoakPoint)[] = [
    "cycle",
    "atSec",
    "rssMb",
    "heapUsedMb",
    "fds",
    "liveSockets",
    "ipcFiles",
  ];
  const row = (label: string, p: SoakPoint) =>
    label.padEnd(8) + columns.map((c) => String(p[c]).padStart(12)).join("");
  return [
    `${report.ok ? "FLAT" : "NOT FLAT"}: ${report.cycles} cycles in ${report.seconds} s, ${report.resumes} WebSocket drops resumed, ${report.messages} messages received`,
    "".padEnd(8) + columns.map((c) => c.padStart(12)).join(""),
    row("before", report.before),
    ...report.points.map((p, i) =>
      row(p === report.start ? "start" : i === report.points.length - 1 ? "end" : "", p),
    ),
    ...report.failures.map((f) => `failure: ${f}`),
  ].join("\n");
}

log(`running for ${seconds} s`);
runSoak({ seconds, ports: benchPorts(), log }).then(
  (report) => {
    process.stdout.write(`${values.json ? JSON.stringify(report, null, 2) : table(report)}\n`);
    process.exit(report.ok ? 0 : 1);
  },
  (error: unknown) => {
    log(`failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  },
);
