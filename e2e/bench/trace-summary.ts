/**
 * `node_modules/.bin/tsx e2e/bench/trace-summary.ts FILE.trace.json [--top N]`
 *
 * What the page's main thread (CrRendererMain) spent its time on in a Chromium trace
 * written by `npm run bench:ui -- --trace DIR`: self time per event name (a parent's
 * time minus its children's), so that paint, layout, style and script can be told apart
 * where a CPU profile says only "(program)".
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string };
}

function isEvent(value: unknown): value is TraceEvent {
  if (typeof value !== "object" || value === null) return false;
  return ["name", "ph", "pid", "tid", "ts"].every((k) => k in value);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" } },
});
const file = positionals[0];
if (!file) throw new Error("usage: trace-summary.ts FILE.trace.json [--top N]");
const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
const raw: unknown = Array.isArray(parsed) ? parsed : Reflect.get(Object(parsed), "traceEvents");
const events = (Array.isArray(raw) ? raw : []).filter(isEvent);

// The renderer's main thread with the most events is the page's.
const mains = events.filter((e) => e.ph === "M" && e.args?.name === "CrRendererMain");
const count = (m: TraceEvent) => events.filter((e) => e.pid === m.pid && e.tid === m.tid).length;
const main = mains.sort((a, b) => count(b) - count(a))[0];
if (!main) throw new Error("no CrRendererMain thread in this trace");

// Complete events (X) and begin/end pairs (B/E) as intervals, then self time by nesting.
const spans: { name: string; start: number; end: number }[] = [];
const open: TraceEvent[] = [];
for (const e of events) {
  if (e.pid !== main.pid || e.tid !== main.tid) continue;
  if (e.ph === "X" && e.dur !== undefined)
    spans.push({ name: e.name, start: e.ts, end: e.ts + e.dur });
  else if (e.ph === "B") open.push(e);
  else if (e.ph === "E") {
    const b = open.pop();
    if (b) spans.push({ name: b.name, start: b.ts, end: e.ts });
  }
}
spans.sort((a, b) => a.start - b.start || b.end - a.end);
const self = new Map<string, number>();
const stack: { name: string; end: number; children: number; dur: number }[] = [];
const close = (upTo: number) => {
  while (stack.length > 0 && (stack.at(-1)?.end ?? 0) <= upTo) {
    const top = stack.pop();
    if (!top) break;
    self.set(top.name, (self.get(top.name) ?? 0) + top.dur - top.children);
    const parent = stack.at(-1);
    if (parent) parent.children += top.dur;
  }
};
for (const s of spans) {
  close(s.start);
  stack.push({ name: s.name, end: s.end, children: 0, dur: s.end - s.start });
}
close(Infinity);

const first = spans[0]?.start ?? 0;
const last = Math.max(...spans.map((s) => s.end));
const wallMs = (last - first) / 1000;
const busy = [...self.values()].reduce((a, b) => a + b, 0) / 1000;
console.log(`${file}: ${wallMs.toFixed(0)} ms traced, main thread busy ${busy.toFixed(0)} ms`);
for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(
    `${((100 * us) / 1000 / wallMs).toFixed(1).padStart(6)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`,
  );
