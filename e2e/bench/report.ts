import type { EditingResult } from "./editing.js";
import type { FrameStats } from "./frames.js";
import type { LiveResult } from "./live.js";

interface Report {
  machine: {
    chromium: string;
    cores: number;
    cpu: string;
    loadAverage1m: { before: number; after: number };
  };
  live: LiveResult | null;
  editing: EditingResult | null;
}

const HEAD = [
  "window",
  "fps",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "longest ms",
  ">50ms",
  "main ms/s",
  "dots max",
];

function row(name: string, s: FrameStats): string[] {
  return [
    name,
    String(s.fps),
    String(s.frameMsP50),
    String(s.frameMsP95),
    String(s.frameMsP99),
    s.longestFramesMs.join(" "),
    String(s.framesOver50Ms),
    `${s.mainThread.taskMs} (js ${s.mainThread.scriptMs})`,
    String(s.dotsMax),
  ];
}

function table(rows: string[][]): string {
  const widths = HEAD.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  return rows
    .map((r) =>
      r
        .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join("  "),
    )
    .join("\n");
}

function liveLines(live: LiveResult): string[] {
  const r = live.rates;
  return [
    `running / idle (pipeline template):  ${live.runningToIdleFps}`,
    `running / idle (same diagram):       ${live.runningToSameDiagramIdleFps}`,
    `achieved: PUSH sent ${r.pushSent}/s, PULL received ${r.pullReceived}/s, PUB sent ${r.pubSent}/s, 4 SUBs received ${r.subsReceived}/s`,
    `busy links (intensity mode): ${live.links.busy} of ${live.links.total}; screenshot ${live.screenshot}`,
  ];
}

function editingLines(e: EditingResult): string[] {
  return [
    `${e.sockets} sockets: import to first render ${e.importToFirstRenderMs} ms; drop (end of a drag) to next frame ${e.dropToFrameMs} ms`,
    `drag / idle ${e.dragToIdleFps} (${e.drag.mouseMovesPerSec} moves/s taken), pan / idle ${e.panToIdleFps} (${e.pan.mouseMovesPerSec} moves/s taken)`,
  ];
}

/** The readable form of the bench's document. */
export function formatReport(r: Report): string {
  const { live, editing, machine } = r;
  const rows = [HEAD];
  if (live)
    rows.push(
      row("idle, pipeline template", live.idlePipeline),
      row("idle, full-speed diagram", live.idleFullSpeedDiagram),
      row("running at full speed", live.running),
    );
  if (editing)
    rows.push(
      row(`idle, ${editing.sockets} sockets`, editing.idle),
      row("dragging a socket", editing.drag),
      row("panning", editing.pan),
    );
  return [
    `Chromium ${machine.chromium}, ${machine.cores} cores (${machine.cpu}), load ${machine.loadAverage1m.before} -> ${machine.loadAverage1m.after}`,
    "",
    table(rows),
    "",
    ...(live ? liveLines(live) : []),
    ...(editing ? editingLines(editing) : []),
    "",
  ].join("\n");
}
