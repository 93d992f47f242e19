import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Diagnostic, RuntimeEvent, SocketStats } from "@zmq-playground/shared";
import { createRuntime } from "../../src/runtime/index.js";
import type { Runtime, RuntimeLimits } from "../../src/runtime/types.js";
import { diagnosticProblem, eventProblem } from "./event-check.js";

/** A real runtime with its own ipc folder, and what it reported. */
export interface TestRuntime {
  readonly runtime: Runtime;
  readonly ipcDir: string;
  readonly events: RuntimeEvent[];
  readonly diagnostics: Diagnostic[];
  socket(id: string): SocketStats;
  dispose(): Promise<void>;
}

export function startRuntime(limits?: Partial<RuntimeLimits>): TestRuntime {
  const ipcDir = mkdtempSync(join(tmpdir(), "zpt-"));
  const runtime = createRuntime(limits ? { ipcDir, limits } : { ipcDir });
  const events: RuntimeEvent[] = [];
  const diagnostics: Diagnostic[] = [];
  // Every event and diagnostic of every real-socket test must be one the page can show
  // in every language.
  const strays: string[] = [];
  const check = (problem: string | null) => {
    if (problem !== null) strays.push(problem);
  };
  const onEvent = (e: RuntimeEvent) => {
    events.push(e);
    check(eventProblem(e));
  };
  const onDiagnostic = (d: Diagnostic) => {
    diagnostics.push(d);
    check(diagnosticProblem(d));
  };
  runtime.subscribe({ onEvent, onDiagnostic });
  return {
    runtime,
    ipcDir,
    events,
    diagnostics,
    socket(id) {
      const found = runtime.snapshot().sockets.find((s) => s.id === id);
      if (!found) throw new Error(`no socket ${id}`);
      return found;
    },
    async dispose() {
      await runtime.teardown();
      rmSync(ipcDir, { recursive: true, force: true });
      if (strays.length > 0)
        throw new Error(`reports the page cannot translate: ${strays.join("; ")}`);
    },
  };
}

/** Poll until `condition` holds; fail with `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
