/**
 * `npx tsx apps/gateway/bench/profile-summary.ts FILE.cpuprofile [--top N]`
 *
 * Summarise a V8 CPU profile (node --cpu-prof) of the bench: self time per function and
 * per source file, so the hot spots of the traced path can be named. Total time per
 * function (self plus callees) is given for the runtime's own files.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly children?: number[];
}
interface Profile {
  readonly nodes: ProfileNode[];
  readonly samples: number[];
  readonly timeDeltas: number[];
}

/** The fields of a .cpuprofile this script reads (V8's format, written by node --cpu-prof). */
function isProfile(value: unknown): value is Profile {
  if (typeof value !== "object" || value === null) return false;
  const nodes: unknown = Reflect.get(value, "nodes");
  return (
    Array.isArray(nodes) &&
    Array.isArray(Reflect.get(value, "samples")) &&
    Array.isArray(Reflect.get(value, "timeDeltas")) &&
    nodes.every((n: unknown) => typeof n === "object" && n !== null && "callFrame" in n)
  );
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "30" } },
});
const file = positionals[0];
if (!file) throw new Error("usage: profile-summary.ts FILE.cpuprofile [--top N]");
const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
if (!isProfile(parsed)) throw new Error(`${file} is not a V8 CPU profile`);
const profile = parsed;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => {
  selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url: string): string =>
  url
    .replace(/^file:\/\//, "")
    .replace(/^.*\/node_modules\/\.pnpm\/[^/]+\/node_modules\//, "npm:")
    .replace(/^.*\/apps\/gateway\//, "gateway/")
    .replace(/^.*\/packages\/shared\//, "shared/");
const label = (id: number): string => {
  const n = byId.get(id);
  if (!n) return "?";
  const f = n.callFrame;
  return `${f.functionName || "(anonymous)"} ${shortUrl(f.url)}:${f.lineNumber + 1}`;
};

function table(title: string, rows: Map<string, number>): void {
  console.log(`\n${title}`);
  const sorted = [...rows.entries()].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of sorted) {
    console.log(
      `${((100 * us) / totalUs).toFixed(1).padStart(6)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`,
    );
  }
}

const selfByFunction = new Map<string, number>();
const selfByFile = new Map<string, number>();
const totalByFunction = new Map<string, number>();
for (const [id, us] of selfUs) {
  const name = label(id);
  selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + us);
  const url = shortUrl(byId.get(id)?.callFrame.url ?? "") || "(native / gc / idle)";
  selfByFile.set(url, (selfByFile.get(url) ?? 0) + us);
  // Inclusive time: charge each ancestor once per sample stack.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(at);
    if (seen.has(l)) continue;
    seen.add(l);
    totalByFunction.set(l, (totalByFunction.get(l) ?? 0) + us);
  }
}
console.log(`profile ${file}: ${(totalUs / 1000).toFixed(0)} ms sampled`);
table("self time by function", selfByFunction);
table("self time by file", selfByFile);
const gateway = new Map([...totalByFunction].filter(([name]) => name.includes(" gateway/src/")));
table("total time (self + callees) of gateway functions", gateway);
