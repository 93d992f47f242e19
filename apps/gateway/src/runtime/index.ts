import { ZmqRuntime } from "./runtime.js";
import type { Runtime, RuntimeOptions } from "./types.js";

export type * from "./types.js";
export { RuntimeCommandError } from "./command-error.js";
export { DEFAULT_LIMITS } from "./limits.js";
export { renderSample } from "./samples.js";

/** A runtime for one session: its own zmq Context, ipc folder and limits. */
export function createRuntime(options: RuntimeOptions): Runtime {
  return new ZmqRuntime(options);
}
