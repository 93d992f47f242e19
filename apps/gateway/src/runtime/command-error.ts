import type { CommandErrorCode, Diagnostic } from "@zmq-playground/shared";

/**
 * A runtime command (manual send, kill, restart) that cannot be done. `code` is a
 * protocol command error code, so the session can answer with it; the message is in
 * plain words; `diagnostic` (when set) concerns one socket and can be drawn on it.
 */
export class RuntimeCommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly diagnostic?: Diagnostic,
  ) {
    super(message);
    this.name = "RuntimeCommandError";
  }
}
