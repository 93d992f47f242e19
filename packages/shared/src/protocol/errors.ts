import { z } from "zod";

/** Every reason a command can fail, answered in `command:error`. A closed list: the page switches on it. */
export const COMMAND_ERROR_CODES = [
  /** Not JSON, an unknown `type`, or fields of the wrong shape. Nothing changed. */
  "bad-message",
  /** A command arrived before `session:hello`. */
  "hello-required",
  /** The handshake carried a protocol version this gateway does not speak. */
  "unsupported-version",
  /** The topology failed validation; `diagnostics` say why. Nothing was created. */
  "invalid-topology",
  /** The command needs a running topology and none runs. */
  "not-running",
  /** `runtime:step` while the runtime is not paused. */
  "not-paused",
  /** No socket of the running topology has that id. */
  "unknown-socket",
  /** No process of the running topology has that id. */
  "unknown-process",
  /** A per-session cap (sockets, sessions, queued commands) was hit. */
  "limit-exceeded",
  /** A message, frame or topology is larger than allowed. */
  "too-large",
  /** libzmq refused the operation (a REQ sending twice, no peer in time); `diagnostics` say where. */
  "socket-error",
  /** The page sent more messages per second than allowed; this one was ignored. */
  "rate-limited",
  /** The gateway failed; the log has the details. */
  "internal",
] as const;
export const commandErrorCodeSchema = z.enum(COMMAND_ERROR_CODES);
export type CommandErrorCode = z.infer<typeof commandErrorCodeSchema>;
