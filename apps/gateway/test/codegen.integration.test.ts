import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  CATALOG,
  TOPOLOGY_FIXTURES,
  deriveLinks,
  generateProject,
  type CodegenLanguage,
  type SocketSpec,
  type Topology,
} from "@zmq-playground/shared";

// The interpreter with python3-zmq (the python3 first on PATH may not have it).
const PYTHON = "/usr/bin/python3";
// Receivers stop after this many quiet seconds. The fixtures' gaps are at most 1 s
// (a start delay), so 2 s tells "done" from "between messages" with room to spare.
const IDLE_EXIT_S = 2;
const RUN_DEADLINE_MS = 25_000;

// Node projects live under apps/gateway so that `import "zeromq"` in an .mjs (ESM
// ignores NODE_PATH) walks up to apps/gateway/node_modules. .tmp/ is git-ignored.
const TMP_ROOT = fileURLToPath(new URL("../.tmp/", import.meta.url));
mkdirSync(TMP_ROOT, { recursive: true });
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------
// Ports: every tcp port of a fixture becomes a free one in 35000-39999, so these runs
// never meet the fixtures' own ports or another test's.

const taken = new Set<number>();
let nextPort = 35_000 + Math.floor(Math.random() * 4000);

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (let tries = 0; tries < 5000; tries += 1) {
    const port = nextPort;
    nextPort = nextPort >= 39_999 ? 35_000 : nextPort + 1;
    if (!taken.has(port) && (await isFree(port))) {
      taken.add(port);
      return port;
    }
  }
  throw new Error("no free port in 35000-39999");
}

async function withFreePorts(topology: Topology): Promise<Topology> {
  const ports = new Map<string, number>();
  for (const s of topology.sockets) {
    for (const ep of [...(s.bind ?? []), ...(s.connect ?? [])]) {
      const port = /^tcp:\/\/.*:(\d+)$/.exec(ep)?.[1];
      if (port !== undefined && !ports.has(port)) ports.set(port, await freePort());
    }
  }
  const move = (ep: string) => ep.replace(/:(\d+)$/, (m, p: string) => `:${ports.get(p) ?? p}`);
  const sockets = topology.sockets.map((s) => ({
    ...s,
    ...(s.bind ? { bind: s.bind.map((ep) => (ep.startsWith("tcp://") ? move(ep) : ep)) } : {}),
    ...(s.connect
      ? { connect: s.connect.map((ep) => (ep.startsWith("tcp://") ? move(ep) : ep)) }
      : {}),
  }));
  return { ...topology, sockets };
}

// ---------------------------------------------------------------------------------------
// Running a project: write it, start its programs in the README's order, wait for all.

interface ProgramRun {
  readonly file: string;
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The programs in the order README.md's numbered list starts them. */
function readmeOrder(readme: string): string[] {
  return [...readme.matchAll(/^\d+\. `(?:python3|node) (\S+)`$/gm)].map((m) => m[1] ?? "");
}

async function runProject(id: string, topology: Topology, lang: CodegenLanguage) {
  const dir = mkdtempSync(join(TMP_ROOT, `codegen-${lang}-${id}-`));
  dirs.push(dir);
  const { files } = generateProject(topology, lang);
  for (const f of files) writeFileSync(join(dir, f.path), f.content);
  const readme = files.find((f) => f.path === "README.md")?.content ?? "";
  const started = Date.now();
  const runs = readmeOrder(readme).map((file) => runProgram(dir, file, lang));
  return { programs: await Promise.all(runs), ms: Date.now() - started };
}

function runProgram(dir: string, file: string, lang: CodegenLanguage): Promise<ProgramRun> {
  const command = lang === "python" ? PYTHON : process.execPath;
  const child = spawn(command, [file, "--idle-exit", String(IDLE_EXIT_S)], {
    cwd: dir,
    env: { ...process.env, PYTHONUNBUFFERED: "1" },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  // A program that has not finished by the deadline is killed and fails the test.
  const deadline = setTimeout(() => child.kill("SIGKILL"), RUN_DEADLINE_MS);
  return new Promise((resolve) => {
    child.on("close", (code) => {
      clearTimeout(deadline);
      resolve({ file, code, stdout, stderr });
    });
  });
}

// ---------------------------------------------------------------------------------------
// What the topology promises, derived from it: counts of sends, how each kind of socket
// spreads messages over its peers, replies going back to whoever asked.

interface Counts {
  sent: number;
  received: number;
}

function summaries(runs: readonly ProgramRun[]): Map<string, Counts> {
  const counts = new Map<string, Counts>();
  for (const run of runs) {
    for (const m of run.stdout.matchAll(/^summary (\S+) sent=(\d+) received=(\d+)$/gm)) {
      counts.set(m[1] ?? "", { sent: Number(m[2]), received: Number(m[3]) });
    }
  }
  return counts;
}

/** A template's text for one message, or null when it has placeholders a test cannot know. */
function render(template: string, socket: string, seq: number): string | null {
  const text = template.replaceAll("{seq}", String(seq)).replaceAll("{socket}", socket);
  return /\{(in|time|rand:\d+-\d+)\}/.test(text) ? null : text;
}

const ROUND_ROBIN = new Set(["PUSH", "DEALER", "REQ", "CLIENT", "SCATTER"]);

function peersOf(topology: Topology): Map<string, SocketSpec[]> {
  const byId = new Map(topology.sockets.map((s) => [s.id, s]));
  const peers = new Map<string, SocketSpec[]>(topology.sockets.map((s) => [s.id, []]));
  for (const link of deriveLinks(topology)) {
    const c = byId.get(link.connector);
    const b = link.binder === null ? undefined : byId.get(link.binder);
    if (!c || !b) continue;
    peers.get(c.id)?.push(b);
    peers.get(b.id)?.push(c);
  }
  return peers;
}

const replies = (s: SocketSpec) => s.behavior?.reply !== undefined;

/** Problems with what the programs reported, in words; empty when all is as promised. */
function deliveryProblems(topology: Topology, counts: Map<string, Counts>): string[] {
  const problems: string[] = [];
  const get = (id: string) => counts.get(id) ?? { sent: NaN, received: NaN };
  const expectEq = (what: string, actual: number, expected: number) => {
    if (actual !== expected) problems.push(`${what}: ${actual}, expected ${expected}`);
  };
  const peers = peersOf(topology);
  const inflow = new Map<string, number>();
  const unknown = new Set<string>();
  const add = (id: string, n: number) => inflow.set(id, (inflow.get(id) ?? 0) + n);
  for (const s of topology.sockets) {
    if (!counts.has(s.id)) problems.push(`${s.id}: no summary line`);
    const mine = peers.get(s.id) ?? [];
    const send = s.behavior?.send;
    if (send?.count !== undefined) expectEq(`${s.id} sent`, get(s.id).sent, send.count);
    if (replies(s)) expectEq(`${s.id} sent (one reply each)`, get(s.id).sent, get(s.id).received);
    // An asker whose peers all reply gets one answer per request.
    if (send && mine.length > 0 && mine.every(replies)) {
      expectEq(`${s.id} received (replies)`, get(s.id).received, get(s.id).sent);
    }
    const forward = s.behavior?.forward;
    if (forward)
      expectEq(`${forward.to} sent (forwarded)`, get(forward.to).sent, get(s.id).received);
    // Where this socket's own messages go (a forward target sends what it is given).
    const emits =
      send !== undefined || topology.sockets.some((o) => o.behavior?.forward?.to === s.id);
    const readers = mine.filter((p) => CATALOG[p.type].canReceive);
    if (!emits || readers.length === 0) continue;
    const total = get(s.id).sent;
    if (s.type === "PUB" || s.type === "XPUB") {
      for (const r of readers) {
        const topics = r.options?.subscribe ?? [];
        const texts = send
          ? Array.from({ length: send.count ?? 0 }, (_, i) =>
              render(send.frames[0] ?? "", s.id, i + 1),
            )
          : [null];
        if (texts.includes(null) || send?.count === undefined) unknown.add(r.id);
        else add(r.id, texts.filter((t) => topics.some((topic) => t?.startsWith(topic))).length);
      }
    } else if (s.type === "ROUTER") {
      const to = readers.find((r) => r.options?.routingId === send?.frames[0]);
      if (to) add(to.id, total);
    } else if (readers.length === 1 || !ROUND_ROBIN.has(s.type)) {
      for (const r of readers) add(r.id, total);
    } else {
      // Round robin: together they get everything, and with enough messages each gets some.
      const got = readers.map((r) => get(r.id).received);
      expectEq(
        `${readers.map((r) => r.id).join(" + ")} received`,
        got.reduce((a, b) => a + b, 0),
        total,
      );
      if (total >= readers.length && got.some((n) => n === 0)) {
        problems.push(`${readers.map((r) => r.id).join(", ")}: one got nothing of ${total}`);
      }
      for (const r of readers) unknown.add(r.id);
    }
  }
  for (const s of topology.sockets) {
    const mine = peers.get(s.id) ?? [];
    const asker = s.behavior?.send !== undefined && mine.length > 0 && mine.every(replies);
    if (unknown.has(s.id) || asker || !inflow.has(s.id)) continue;
    expectEq(`${s.id} received`, get(s.id).received, inflow.get(s.id) ?? 0);
  }
  return problems;
}

/**
 * Replies reach whoever asked: every answer an asker prints quotes one of its own
 * requests (the repliers' templates carry {in}), so a mix-up between two DEALERs shows.
 */
function misdirectedReplies(topology: Topology, runs: readonly ProgramRun[]): string[] {
  const peers = peersOf(topology);
  const out = runs.map((r) => r.stdout).join("\n");
  const problems: string[] = [];
  for (const s of topology.sockets) {
    const send = s.behavior?.send;
    const mine = peers.get(s.id) ?? [];
    if (!send?.count || mine.length === 0 || !mine.every(replies)) continue;
    if (!mine.every((p) => p.behavior?.reply?.frames.some((f) => f.includes("{in}")))) continue;
    const bodyFrames = s.type === "ROUTER" ? send.frames.slice(1) : send.frames;
    const asked = Array.from({ length: send.count }, (_, i) =>
      bodyFrames.map((f) => render(f, s.id, i + 1)),
    );
    if (asked.some((frames) => frames.includes(null))) continue;
    // "hello 1" must not pass for "hello 10": no digit may follow the quoted request.
    const quotes = asked.map((frames) => new RegExp(`${escapeRegExp(frames.join(" "))}(?!\\d)`));
    const answers = [...out.matchAll(new RegExp(`^${escapeRegExp(s.id)} received: (.*)$`, "gm"))];
    for (const [, line = ""] of answers) {
      if (!quotes.some((q) => q.test(line))) {
        problems.push(`${s.id} got a reply to someone else's request: ${line}`);
      }
    }
  }
  return problems;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// ---------------------------------------------------------------------------------------

const LANGUAGES: Readonly<Record<string, CodegenLanguage>> = { Python: "python", Node: "node" };

describe.each(TOPOLOGY_FIXTURES.map((f) => [f.id, f.topology] as const))(
  "the %s fixture, exported",
  (id, fixture) => {
    // Both languages of one fixture run at once (their ports differ); fixtures run one
    // after another so that a 2-core machine is never asked to start dozens of programs.
    it.concurrent.each(Object.keys(LANGUAGES))(
      "runs as %s programs that deliver what the topology promises",
      async (name) => {
        const lang = LANGUAGES[name] ?? "python";
        const topology = await withFreePorts(fixture);
        const { programs, ms } = await runProject(id, topology, lang);
        const counts = summaries(programs);
        const failed = programs.filter((p) => p.code !== 0 || p.stderr.trim() !== "");
        expect(failed.map((p) => `${p.file} exited ${p.code}: ${p.stderr}`).join("\n")).toBe("");
        expect(deliveryProblems(topology, counts).join("\n")).toBe("");
        expect(misdirectedReplies(topology, programs).join("\n")).toBe("");
        const figures = [...counts].map(([s, c]) => `${s} ${c.sent}/${c.received}`).join(", ");
        console.info(`${id} (${lang}) in ${(ms / 1000).toFixed(1)} s: ${figures}`);
      },
      RUN_DEADLINE_MS + 5_000,
    );
  },
);
