import { readdirSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Open file descriptors of this process (Linux: /proc/self/fd). */
export function openFds(): number {
  return readdirSync("/proc/self/fd").length;
}

/**
 * Open file descriptors once they come down to `limit`, or as they are after `waitMs`.
 * libzmq closes a socket's descriptors on its own threads, later on a busy machine: a
 * leak stays above the limit, a socket still being reaped does not.
 */
export async function fdsSettledTo(limit: number, waitMs = 5000): Promise<number> {
  const deadline = Date.now() + waitMs;
  let fds = openFds();
  while (fds > limit && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    fds = openFds();
  }
  return fds;
}

/** Files in `dir` (ipc files left in a session's folder), 0 when it is gone. */
export function filesIn(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}

let collector: (() => void) | null = null;

/**
 * A full garbage collection: `global.gc` under `node --expose-gc`, otherwise V8's flag
 * set at run time (vitest workers are not started with it).
 */
export function fullGc(): void {
  if (!collector) {
    const exposed: unknown = Reflect.get(globalThis, "gc");
    if (typeof exposed === "function") collector = () => void Reflect.apply(exposed, undefined, []);
    else {
      setFlagsFromString("--expose-gc");
      const made: unknown = runInNewContext("gc");
      if (typeof made !== "function") throw new Error("cannot reach the garbage collector");
      collector = () => void Reflect.apply(made, undefined, []);
    }
  }
  collector();
  collector();
}

/** Memory in MB after a full collection. */
export function memoryAfterGc(): { rssMb: number; heapUsedMb: number } {
  fullGc();
  const m = process.memoryUsage();
  return { rssMb: m.rss / 2 ** 20, heapUsedMb: m.heapUsed / 2 ** 20 };
}
