import { describe, expect, it } from "vitest";
import { checkTopology } from "../topology/check.js";
import { hasErrors } from "../topology/diagnostics.js";
import { processOf } from "../topology/links.js";
import type { Topology } from "../topology/schema.js";
import { CHECKERS } from "./checkers.js";
import type { Expectation } from "./expectations.js";
import { LESSON_IDS } from "./lesson-ids.js";
import { LESSONS, lessonById } from "./lessons.js";
import { lessonSchema, type Lesson } from "./schema.js";
import { SEED_TOPIC_IDS } from "./seed-topics.js";
import { LESSON_TOPOLOGY_IDS, resolveTopology } from "./topologies.js";
import { topologyOf } from "./testing.js";

const cases = LESSONS.map((l) => [l.id, l] as const);

/** Whether the lesson's topology is invalid on purpose (its outcome is a refusal). */
const refusal = (l: Lesson) => l.expected.find((e) => e.kind === "diagnostic" && e.present);
const refusesToRun = (l: Lesson) => l.expected.some((e) => e.kind === "ran" && !e.value);

/** Socket ids an expectation names. */
function socketsNamed(e: Expectation): string[] {
  switch (e.kind) {
    case "count":
    case "perSecond":
      return [e.socket];
    case "link":
    case "linkState":
      return [e.connector, e.binder];
    case "compare":
      return [e.left.socket, e.right.socket];
    default:
      return [];
  }
}

function expectationsOf(l: Lesson): Expectation[] {
  const scripted = (l.script ?? []).flatMap((s) => (s.do === "wait" ? s.until : []));
  return [...l.expected, ...scripted];
}

describe("the lessons", () => {
  it("are the listed ids, in order, each once, and match their schema", () => {
    expect(LESSONS.map((l) => l.id)).toEqual([...LESSON_IDS]);
    for (const l of LESSONS) expect(lessonSchema.parse(l)).toEqual(l);
  });

  it("cover every topic of both seed tutorials", () => {
    const covered = new Set(LESSONS.flatMap((l) => l.covers));
    expect(SEED_TOPIC_IDS.filter((t) => !covered.has(t))).toEqual([]);
  });

  it("use every lesson topology file, and have at least four challenges", () => {
    const used = new Set(
      LESSONS.flatMap((l) => [l.topology, ...(l.challenge ? [l.challenge.solution] : [])])
        .filter((r) => r.source === "lesson")
        .map((r) => r.id),
    );
    expect([...LESSON_TOPOLOGY_IDS].sort()).toEqual([...used].sort());
    expect(LESSONS.filter((l) => l.challenge).length).toBeGreaterThanOrEqual(4);
  });

  it.each(cases)("%s opens a topology that is valid, or invalid for its reason", (_, lesson) => {
    const diagnostics = checkTopology(topologyOf(lesson.topology));
    const reason = refusal(lesson);
    if (refusesToRun(lesson)) {
      expect(hasErrors(diagnostics)).toBe(true);
      expect(reason?.kind === "diagnostic" && reason.code).toBeTruthy();
      if (reason?.kind === "diagnostic") {
        const code = reason.code;
        expect(diagnostics.some((d) => d.code === code && d.severity === "error")).toBe(true);
      }
    } else {
      expect(diagnostics.filter((d) => d.severity !== "info")).toEqual([]);
    }
  });

  it.each(cases)("%s names only sockets and processes its topology has", (_, lesson) => {
    const topologies: Topology[] = [topologyOf(lesson.topology)];
    if (lesson.challenge) topologies.push(topologyOf(lesson.challenge.solution));
    const sockets = new Set(topologies.flatMap((t) => t.sockets.map((s) => s.id)));
    const processes = new Set(topologies.flatMap((t) => t.sockets.map(processOf)));
    for (const e of expectationsOf(lesson)) {
      for (const id of socketsNamed(e)) expect(sockets, `${lesson.id}: ${id}`).toContain(id);
    }
    for (const step of lesson.script ?? []) {
      if (step.do === "kill" || step.do === "restart") expect(processes).toContain(step.process);
    }
  });

  it.each(cases.filter(([, l]) => l.challenge))(
    "%s has a challenge that its own topology fails and its solution passes (before running)",
    (_, lesson) => {
      const challenge = lesson.challenge;
      if (!challenge) return;
      const check = CHECKERS[challenge.checker];
      const given = check({ topology: topologyOf(lesson.topology), run: null });
      expect(given.passed).toBe(false);
      expect(given.missing.map((m) => m.id)).not.toContain("run-first");
      const solution = topologyOf(challenge.solution);
      expect(hasErrors(checkTopology(solution))).toBe(false);
      expect(check({ topology: solution, run: null }).missing).toEqual([
        { id: "run-first", params: {} },
      ]);
    },
  );

  it("hand out copies: editing an opened topology leaves the lesson's alone", () => {
    const first = resolveTopology({ source: "lesson", id: "many-peers" });
    first?.sockets.splice(0);
    expect(resolveTopology({ source: "lesson", id: "many-peers" })?.sockets).toHaveLength(4);
    expect(resolveTopology({ source: "lesson", id: "nope" })).toBeUndefined();
    expect(resolveTopology({ source: "seed", id: "pair" })?.sockets).toHaveLength(2);
  });

  it("can be looked up by id", () => {
    expect(lessonById("pipeline")?.topology).toEqual({ source: "seed", id: "pipeline" });
    expect(lessonById("nope")).toBeUndefined();
  });
});
