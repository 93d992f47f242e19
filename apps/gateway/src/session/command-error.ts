import {
  COMMAND_ERROR_CODES,
  diagnosticSchema,
  type CommandErrorCode,
  type Diagnostic,
} from "@zmq-playground/shared";

/** A command failed for a reason the page can act on; becomes `command:error`. */
export class CommandError extends Error {
  constructor(
    readonly code: CommandErrorCode,
    message: string,
    readonly diagnostics?: Diagnostic[],
  ) {
    super(message);
    this.name = "CommandError";
  }
}

/**
 * What a thrown error means to the page. The runtime may throw errors whose `code` is
 * one of ours ("unknown-socket"), or errors carrying a `diagnostic` when libzmq refused
 * (a socket error the student caused); anything else is the gateway's own failure.
 */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const field = (name: string): unknown =>
    typeof error === "object" && error !== null ? Reflect.get(error, name) : undefined;
  const code = COMMAND_ERROR_CODES.find((known) => known === field("code"));
  const diagnostic = diagnosticSchema.safeParse(field("diagnostic"));
  const diagnostics = diagnostic.success ? [diagnostic.data] : undefined;
  if (code) return new CommandError(code, message, diagnostics);
  if (diagnostics) return new CommandError("socket-error", message, diagnostics);
  return new CommandError("internal", `The gateway failed: ${message}`);
}

/** Reject with an `internal` CommandError if `promise` does not settle within `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new CommandError("internal", `${what} did not finish within ${ms / 1000} s.`)),
      ms,
    );
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
