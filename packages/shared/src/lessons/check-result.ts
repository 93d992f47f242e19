import type { RunStats } from "../protocol/stats.js";
import type { Topology } from "../topology/schema.js";
import type { CheckMessageId } from "./checker-ids.js";

/** Values a message fills in: socket names, topics, endpoints, counts. */
export type CheckParams = Readonly<Record<string, string | number>>;

/** One thing still missing, by message id; the web app puts it in words. */
export interface CheckMessage {
  readonly id: CheckMessageId;
  readonly params: CheckParams;
}

/** A checker's verdict: passed, or what is still missing (most important first). */
export interface CheckResult {
  readonly passed: boolean;
  readonly missing: readonly CheckMessage[];
}

/**
 * What a checker judges: the student's topology, and the counters of its run (RunStats
 * from the CLI, or the live counters in the browser); null when it is not running.
 */
export interface CheckInput {
  readonly topology: Topology;
  readonly run: RunStats | null;
}

export type Checker = (input: CheckInput) => CheckResult;

/**
 * Collects missing things in order. Checkers look at the topology first and at the run
 * only once the topology is right, so a student is never told to run something broken.
 */
export class Verdict {
  readonly #missing: CheckMessage[] = [];

  /** Note `id` as missing unless `ok`; returns `ok`. */
  need(ok: boolean, id: CheckMessageId, params: CheckParams = {}): boolean {
    if (!ok) this.#missing.push({ id, params });
    return ok;
  }

  get ok(): boolean {
    return this.#missing.length === 0;
  }

  result(): CheckResult {
    return { passed: this.ok, missing: [...this.#missing] };
  }
}
