import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasErrors, type Diagnostic, type RunStats, type Topology } from "@zmq-playground/shared";
import { createRuntime } from "../runtime/index.js";
import type { RuntimeSnapshot } from "../runtime/types.js";
import {
  EXIT_FAILURE,
  EXIT_INVALID,
  EXIT_OK,
  formatDiagnostics,
  loadTopologyFile,
  printJson,
  readCliArgs,
} from "./check.js";

const DEFAULT_DURATION_S = 3;
const USAGE = "Usage: run FILE [--duration SECONDS] [--json] [--verbose]";

/**
 * `run FILE [--duration S] [--json] [--verbose]`: deploy headless, run, tear down, print
 * the RunStats document (stdout holds exactly that with --json). Exit 0 ran, 2 invalid
 * (nothing created), 1 anything else. Logs go to stderr, only with --verbose.
 */
export async function runCommand(argv: string[]): Promise<number> {
  const args = readCliArgs(argv, true);
  const seconds = typeof args === "string" ? NaN : Number(args.duration ?? DEFAULT_DURATION_S);
  if (typeof args === "string" || !Number.isFinite(seconds) || seconds < 0) {
    const why = typeof args === "string" ? args : `--duration must be a number of seconds.`;
    process.stderr.write(`${why}\n${USAGE}\n`);
    return EXIT_FAILURE;
  }
  const log = (line: string) => {
    if (args.verbose) process.stderr.write(`${line}\n`);
  };
  const loaded = await loadTopologyFile(args.file);
  if (loaded.kind === "unreadable") {
    process.stderr.write(`${loaded.message}\n`);
    if (args.json) printJson({ ...emptyStats(), error: loaded.message });
    return EXIT_FAILURE;
  }
  if (loaded.kind === "invalid") {
    report(args.json, { ...emptyStats(), diagnostics: loaded.diagnostics });
    return EXIT_INVALID;
  }
  try {
    const { stats, ran } = await runFor(loaded.topology, seconds * 1000, log);
    report(args.json, stats);
    return ran ? EXIT_OK : EXIT_INVALID;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`The run failed: ${why}\n`);
    if (args.json) printJson({ ...emptyStats(), error: why });
    return EXIT_FAILURE;
  }
}

/** Deploy, wait, snapshot, tear down; the ipc folder lives only as long as the run. */
async function runFor(
  topology: Topology,
  ms: number,
  log: (line: string) => void,
): Promise<{ stats: RunStats; ran: boolean }> {
  const ipcDir = await mkdtemp(join(tmpdir(), "zp-"));
  const runtime = createRuntime({ ipcDir });
  const raised: Diagnostic[] = [];
  runtime.subscribe({
    onDiagnostic: (d) => raised.push(d),
    onEvent: (e) => log(`${(e.at / 1000).toFixed(3)}s ${e.level} ${e.kind}: ${e.message}`),
  });
  try {
    const deployed = await runtime.deploy(topology);
    // Refused before anything was created (e.g. an ipc path too long for this folder).
    if (!runtime.running) return { stats: { ...emptyStats(), diagnostics: deployed }, ran: false };
    log(
      `deployed ${topology.sockets.length} sockets: ${topology.sockets.map((s) => `${s.id} (${s.type})`).join(", ")}`,
    );
    for (const [endpoint, real] of Object.entries(runtime.resolvedEndpoints())) {
      if (real !== endpoint) log(`${endpoint} is ${real}`);
    }
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const snapshot = runtime.snapshot();
    const durationMs = Math.round(performance.now() - started);
    await runtime.teardown();
    log("torn down");
    const diagnostics = unique([...deployed, ...raised]);
    const stats = { ok: !hasErrors(diagnostics), durationMs, ...plain(snapshot), diagnostics };
    return { stats, ran: true };
  } finally {
    await runtime.teardown();
    await rm(ipcDir, { recursive: true, force: true });
  }
}

function plain(snapshot: RuntimeSnapshot): Pick<RunStats, "sockets" | "links"> {
  return { sockets: snapshot.sockets, links: snapshot.links };
}

function unique(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = JSON.stringify(d);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function emptyStats(): RunStats {
  return { ok: false, durationMs: 0, sockets: [], links: [], diagnostics: [] };
}

function report(json: boolean, stats: RunStats): void {
  if (json) printJson(stats);
  else process.stdout.write(formatStats(stats));
}

/** The RunStats as tables a person reads. */
export function formatStats(stats: RunStats): string {
  const lines: string[] = [];
  if (stats.durationMs > 0) lines.push(`Ran for ${(stats.durationMs / 1000).toFixed(1)} s.`, "");
  if (stats.sockets.length > 0) {
    lines.push(
      ...table(
        ["socket", "sent", "received", "errors"],
        stats.sockets.map((s) => [s.id, s.sent, s.received, s.errors]),
      ),
      "",
    );
  }
  if (stats.links.length > 0) {
    const rows = stats.links.map((l) => [
      l.connector,
      l.endpoint,
      l.binder ?? "(outside)",
      l.state,
      l.toBinder,
      l.toConnector,
      // Where it cannot be counted (round robin, topic subsets...) say so, not 0.
      l.dropped ?? "?",
    ]);
    const head = ["connector", "endpoint", "binder", "state", "to binder", "to connector"];
    lines.push(...table([...head, "dropped"], rows), "");
  }
  const text = lines.join("\n") + "\n";
  return stats.diagnostics.length > 0 ? text + formatDiagnostics(stats.diagnostics) : text;
}

function table(head: string[], rows: (string | number)[][]): string[] {
  const widths = head.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => String(r[i] ?? "").length)),
  );
  const line = (cells: (string | number)[]) =>
    cells
      .map((c, i) =>
        typeof c === "number" ? String(c).padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0),
      )
      .join("  ")
      .trimEnd();
  return [line(head.map((h) => h.toUpperCase())), ...rows.map(line)];
}
