import {
  COMMAND_ERROR_CODES,
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
 * The code an error thrown by the runtime maps to. The runtime may throw errors whose
 * `code` is one of ours ("unknown-socket"); anything else is the gateway's fault.
 */
export function commandErrorCodeOf(error: unknown): CommandErrorCode {
  if (error instanceof CommandError) return error.code;
  const code: unknown =
    typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  return COMMAND_ERROR_CODES.find((known) => known === code) ?? "internal";
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
