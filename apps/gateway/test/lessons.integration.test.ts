import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import {
  CHECKERS,
  LESSONS,
  hasErrors,
  parseEndpoint,
  parseTopologyText,
  resolveTopology,
  serializeTopology,
  unmetExpectations,
  type Diagnostic,
  type Expectation,
  type Lesson,
  type RunStats,
  type ScriptStep,
  type Topology,
  type TopologyRef,
} from "@zmq-playground/shared";
import { startRuntime, waitFor, type TestRuntime } from "./support/runtime.js";

// Lesson topologies use the tcp ports a class types (5546-5622). Tests move them into
// 45000-49999, a range no other test suite uses, starting at a random place so that two
// runs on one machine rarely meet. That range is inside Linux's ephemeral ports, so a
// port is probed before it is handed out, and a lesson whose bind still lost the race
// (the runtime reports address-in-use) is played once more on fresh ports. ipc and
// inproc need no moving: every runtime has its own ipc folder and its own Context.
const PORT_FLOOR = 45000;
const PORT_SPAN = 5000;
let nextPort = PORT_FLOOR + Math.floor(Math.random() * (PORT_SPAN - 200));

/** Whether nothing listens on this loopback port right now. */
function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(): Promise<number> {
  for (;;) {
    const port = nextPort;
    nextPort = nextPort + 1 >= PORT_FLOOR + PORT_SPAN ? PORT_FLOOR : nextPort + 1;
    if (await isFree(port)) return port;
  }
}

/** One lesson's endpoint renaming, shared by its topology and its challenge's solution. */
class PortMap {
  readonly #ports = new Map<string, string>();

  /** A map with a free port for every tcp endpoint of these topologies. */
  static async for(refs: readonly TopologyRef[]): Promise<PortMap> {
    const map = new PortMap();
    for (const ref of refs) {
      for (const s of resolveTopology(ref)?.sockets ?? []) {
        for (const ep of [...(s.bind ?? []), ...(s.connect ?? [])]) {
          const parsed = parseEndpoint(ep);
          if (!parsed.ok || parsed.transport !== "tcp" || map.#ports.has(ep)) continue;
          map.#ports.set(ep, `tcp://127.0.0.1:${await freePort()}`);
        }
      }
    }
    return map;
  }

  rewrite(topology: Topology): Topology {
    const move = (ep: string) => this.#ports.get(ep) ?? ep;
    return {
      ...topology,
      sockets: topology.sockets.map((s) => ({
        ...s,
        ...(s.bind ? { bind: s.bind.map(move) } : {}),
        ...(s.connect ? { connect: s.connect.map(move) } : {}),
      })),
    };
  }
}

function topologyOf(ref: TopologyRef, ports: PortMap): Topology {
  const topology = resolveTopology(ref);
  if (!topology) throw new Error(`no topology ${ref.source}/${ref.id}`);
  return ports.rewrite(topology);
}

/** A running lesson: the runtime, the port map, and its RunStats at any moment. */
interface LessonRun {
  readonly rt: TestRuntime;
  readonly ports: PortMap;
  readonly deployed: Diagnostic[];
  readonly startedAt: number;
}

function statsNow(run: LessonRun): RunStats {
  const { sockets, links } = run.rt.runtime.snapshot();
  const diagnostics = [...run.deployed, ...run.rt.diagnostics];
  const durationMs = Math.round(performance.now() - run.startedAt);
  return { ok: !hasErrors(diagnostics), durationMs, sockets, links, diagnostics };
}

/** RunStats of a deploy the runtime refused: nothing ran, the diagnostics say why. */
function refusedStats(diagnostics: Diagnostic[]): RunStats {
  return { ok: false, durationMs: 0, sockets: [], links: [], diagnostics };
}

/** What is missing, with every counter and diagnostic, for a failure message. */
function describeUnmet(run: LessonRun, expectations: readonly Expectation[]): string {
  const stats = statsNow(run);
  const counts = stats.sockets.map((s) => `${s.id}=${s.sent}/${s.received}/${s.errors}`);
  const links = stats.links.map((l) => `${l.connector}>${l.binder ?? "?"}:${l.state}`);
  const codes = stats.diagnostics.map((d) => `${d.code}: ${d.message}`);
  return JSON.stringify({
    unmet: unmetExpectations(stats, expectations),
    counts,
    links,
    diagnostics: codes,
  });
}

async function play(run: LessonRun, step: ScriptStep): Promise<void> {
  const { runtime } = run.rt;
  switch (step.do) {
    case "wait":
      await waitFor(
        () => unmetExpectations(statsNow(run), step.until).length === 0,
        `${describeUnmet(run, step.until)} to hold`,
        step.timeoutMs ?? 15_000,
      );
      return;
    case "kill":
      return runtime.killProcess(step.process);
    case "restart":
      return runtime.restartProcess(step.process);
    case "deploy":
      expect(hasErrors(await runtime.deploy(topologyOf(step.topology, run.ports)))).toBe(false);
      return;
  }
}

describe("every lesson, on real sockets", () => {
  let rt: TestRuntime | undefined;
  afterEach(async () => {
    await rt?.dispose();
    rt = undefined;
  });

  /** Deploy a lesson's topology (moved to test ports); its RunStats when it is refused. */
  async function deploy(lesson: Lesson, ports: PortMap): Promise<LessonRun | RunStats> {
    await rt?.dispose();
    rt = startRuntime();
    const startedAt = performance.now();
    const deployed = await rt.runtime.deploy(topologyOf(lesson.topology, ports));
    if (!rt.runtime.running) return refusedStats(deployed);
    return { rt, ports, deployed, startedAt };
  }

  /**
   * Play `attempt` on fresh ports; once more if it failed because a port was taken
   * meanwhile (the runtime, not the validator, reported address-in-use).
   */
  async function onFreshPorts(
    refs: readonly TopologyRef[],
    attempt: (ports: PortMap) => Promise<void>,
  ): Promise<void> {
    try {
      await attempt(await PortMap.for(refs));
    } catch (error) {
      if (!rt?.diagnostics.some((d) => d.code === "address-in-use")) throw error;
      await attempt(await PortMap.for(refs));
    }
  }

  it.each(LESSONS.map((l) => [l.id, l] as const))(
    "%s does what its text says",
    (_, lesson) =>
      onFreshPorts([lesson.topology], async (ports) => {
        const run = await deploy(lesson, ports);
        if (!("rt" in run)) {
          expect(unmetExpectations(run, lesson.expected)).toEqual([]);
          return;
        }
        const script = lesson.script ?? [{ do: "wait", until: lesson.expected }];
        for (const step of script) await play(run, step);
        expect(unmetExpectations(statsNow(run), lesson.expected)).toEqual([]);
      }),
    60_000,
  );

  it.each(LESSONS.flatMap((l) => (l.challenge ? [[l.id, l] as const] : [])))(
    "%s: the challenge's solution, run, satisfies its checker",
    async (_, lesson) => {
      const challenge = lesson.challenge;
      if (!challenge) return;
      await onFreshPorts([lesson.topology, challenge.solution], async (ports) => {
        const solution = topologyOf(challenge.solution, ports);
        let run = await deploy(
          challenge.solveAfter ? lesson : { ...lesson, topology: challenge.solution },
          ports,
        );
        if (!("rt" in run)) throw new Error(`refused: ${JSON.stringify(run.diagnostics)}`);
        if (challenge.solveAfter) {
          // Solved while running: the lesson's topology first, then the edit as a redeploy.
          await play(run, { do: "wait", until: challenge.solveAfter });
          await play(run, { do: "deploy", topology: challenge.solution });
          run = { ...run, deployed: [] };
        }
        const current = run;
        const check = () =>
          CHECKERS[challenge.checker]({ topology: solution, run: statsNow(current) });
        await waitFor(() => check().passed, `the checker to pass: ${JSON.stringify(check())}`);
      });
    },
    60_000,
  );
});

describe("the lesson topology files", () => {
  const dir = fileURLToPath(new URL("../../../packages/shared/fixtures/lessons/", import.meta.url));
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  it.each(files)("%s is byte for byte its canonical form", (name) => {
    const text = readFileSync(dir + name, "utf8");
    const parsed = parseTopologyText(text);
    expect(parsed.diagnostics).toEqual([]);
    if (parsed.ok) expect(serializeTopology(parsed.topology)).toBe(text);
  });
});
