/** Lines a person reads on stderr: warnings and errors always, the rest with --verbose. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

/** A logger writing to stderr; `verbose` adds the info lines (sessions, commands). */
export function createLogger(options: { verbose: boolean }): Logger {
  const write = (level: string, message: string) => {
    const time = new Date().toISOString().slice(11, 19);
    process.stderr.write(`${time} ${level} ${message}\n`);
  };
  return {
    info: (message) => {
      if (options.verbose) write("info ", message);
    },
    warn: (message) => write("warn ", message),
    error: (message, error) => {
      write("error", message);
      // The stack only helps whoever debugs the gateway; keep it behind --verbose.
      if (options.verbose && error instanceof Error && error.stack) write("error", error.stack);
    },
  };
}

/** A logger that says nothing, for tests. */
export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** An error's message, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
