import { z } from "zod";
import { diagnosticCodeSchema } from "../topology/diagnostics.js";
import { linkStateSchema, type RunStats } from "../protocol/stats.js";
import { idSchema } from "../topology/schema.js";

/** A bound on a number: any of the three, all must hold. */
export const boundSchema = z.strictObject({
  equals: z.number().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
export type Bound = z.infer<typeof boundSchema>;

/** One counter of one socket, scaled and shifted: `factor * counter + plus`. */
export const counterRefSchema = z.strictObject({
  socket: idSchema,
  counter: z.enum(["sent", "received", "errors"]),
  factor: z.number().optional(),
  plus: z.number().optional(),
});
export type CounterRef = z.infer<typeof counterRefSchema>;

/**
 * One thing a lesson says will happen, checked against the RunStats of a run:
 * - `count`: a socket's counter is within a bound;
 * - `link`: the messages on the link from `connector` to `binder`, in one direction;
 * - `compare`: one counter against another (PUB sent more than SUB received: drops);
 * - `perSecond`: a counter divided by the run's duration (a REQ held back by its replies);
 * - `linkState`: the link from `connector` to `binder` is in this state (connected...);
 * - `diagnostic`: a diagnostic code is (or is not) among the run's diagnostics;
 * - `ran`: whether the topology was deployed at all.
 */
export const expectationSchema = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("count"),
    socket: idSchema,
    counter: z.enum(["sent", "received", "errors"]),
    bound: boundSchema,
  }),
  z.strictObject({
    kind: z.literal("link"),
    connector: idSchema,
    binder: idSchema,
    direction: z.enum(["toBinder", "toConnector"]),
    bound: boundSchema,
  }),
  z.strictObject({
    kind: z.literal("compare"),
    left: counterRefSchema,
    op: z.enum(["<", "<=", "=="]),
    right: counterRefSchema,
  }),
  z.strictObject({
    kind: z.literal("perSecond"),
    socket: idSchema,
    counter: z.enum(["sent", "received"]),
    bound: boundSchema,
  }),
  z.strictObject({
    kind: z.literal("linkState"),
    connector: idSchema,
    binder: idSchema,
    state: linkStateSchema,
  }),
  z.strictObject({
    kind: z.literal("diagnostic"),
    code: diagnosticCodeSchema,
    present: z.boolean(),
  }),
  z.strictObject({ kind: z.literal("ran"), value: z.boolean() }),
]);
export type Expectation = z.infer<typeof expectationSchema>;

/** Whether `value` is within `bound`. */
export function withinBound(value: number, bound: Bound): boolean {
  if (bound.equals !== undefined && value !== bound.equals) return false;
  if (bound.min !== undefined && value < bound.min) return false;
  return bound.max === undefined || value <= bound.max;
}

function counterOf(stats: RunStats, socket: string, counter: CounterRef["counter"]): number {
  return stats.sockets.find((s) => s.id === socket)?.[counter] ?? 0;
}

function refValue(stats: RunStats, ref: CounterRef): number {
  return (ref.factor ?? 1) * counterOf(stats, ref.socket, ref.counter) + (ref.plus ?? 0);
}

function linksBetween(stats: RunStats, connector: string, binder: string) {
  return stats.links.filter((l) => l.connector === connector && l.binder === binder);
}

/** The messages on every link from `connector` to `binder` in one direction, summed. */
export function linkCount(
  stats: RunStats,
  connector: string,
  binder: string,
  direction: "toBinder" | "toConnector",
): number {
  return linksBetween(stats, connector, binder).reduce((sum, l) => sum + l[direction], 0);
}

/** The value an expectation looks at, for a failure message a developer reads. */
function observed(stats: RunStats, e: Expectation): string {
  switch (e.kind) {
    case "count":
      return String(counterOf(stats, e.socket, e.counter));
    case "link":
      return String(linkCount(stats, e.connector, e.binder, e.direction));
    case "compare":
      return `${refValue(stats, e.left)} ${e.op} ${refValue(stats, e.right)}`;
    case "perSecond":
      return (counterOf(stats, e.socket, e.counter) / seconds(stats)).toFixed(2);
    case "linkState":
      return (
        linksBetween(stats, e.connector, e.binder)
          .map((l) => l.state)
          .join(", ") || "none"
      );
    case "diagnostic":
      return stats.diagnostics.map((d) => d.code).join(", ") || "none";
    case "ran":
      return String(stats.durationMs > 0);
  }
}

function seconds(stats: RunStats): number {
  return Math.max(stats.durationMs, 1) / 1000;
}

/** Whether one expectation holds for these stats. */
export function expectationHolds(stats: RunStats, e: Expectation): boolean {
  switch (e.kind) {
    case "count":
      return withinBound(counterOf(stats, e.socket, e.counter), e.bound);
    case "link":
      return withinBound(linkCount(stats, e.connector, e.binder, e.direction), e.bound);
    case "compare": {
      const [l, r] = [refValue(stats, e.left), refValue(stats, e.right)];
      return e.op === "<" ? l < r : e.op === "<=" ? l <= r : l === r;
    }
    case "perSecond":
      return withinBound(counterOf(stats, e.socket, e.counter) / seconds(stats), e.bound);
    case "linkState":
      return linksBetween(stats, e.connector, e.binder).some((l) => l.state === e.state);
    case "diagnostic":
      return stats.diagnostics.some((d) => d.code === e.code) === e.present;
    case "ran":
      return stats.durationMs > 0 === e.value;
  }
}

/**
 * The expectations that do not hold, each as `{expectation, observed}` for a test's
 * failure message; empty when the run did what the lesson says.
 */
export function unmetExpectations(
  stats: RunStats,
  expectations: readonly Expectation[],
): { expectation: Expectation; observed: string }[] {
  return expectations
    .filter((e) => !expectationHolds(stats, e))
    .map((expectation) => ({ expectation, observed: observed(stats, expectation) }));
}
