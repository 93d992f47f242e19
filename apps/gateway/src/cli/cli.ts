import { serveCommand } from "./serve.js";

/** The help text; the commands as DESIGN.md's CLI section lists them. */
export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  serve [--port N] [--host H]              the gateway plus the built web app on one port; prints the URL
  run FILE [--duration SECONDS] [--json]   deploy a topology headless, run it, tear it down, print statistics
  check FILE                               validate a topology file and print its diagnostics

Options:
  --verbose     log sessions and commands to stderr (serve)
  --help        show this text

serve listens on 127.0.0.1:8600 by default. Any other host needs the access token it
prints in the URL. run exits 0 when it ran, 2 when the topology is invalid, 1 otherwise.
`;

type Command = (argv: string[]) => Promise<number>;

/** Dispatch `argv` (without node and the script) to a command; resolves with the exit status. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case "--help":
    case "-h":
    case "help":
      process.stdout.write(USAGE);
      return 0;
    case "serve":
      return serveCommand(rest);
    case "run":
    case "check":
      return (await loadCommand(command))(rest);
    case undefined:
      process.stderr.write(USAGE);
      return 1;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 1;
  }
}

/**
 * `run` and `check` live beside this file, written with the runtime. Loaded on demand so
 * `serve` starts even while they are being written.
 */
async function loadCommand(name: "run" | "check"): Promise<Command> {
  const exportName = `${name}Command`;
  try {
    const mod: unknown = await import(new URL(`./${name}.js`, import.meta.url).href);
    const fn: unknown =
      typeof mod === "object" && mod !== null ? Reflect.get(mod, exportName) : undefined;
    if (typeof fn === "function") return async (argv) => Number(await fn(argv));
  } catch (error) {
    process.stderr.write(
      `The ${name} command could not be loaded: ${error instanceof Error ? error.message : String(error)}\n`,
    );
  }
  return async () => {
    process.stderr.write(`The ${name} command is not available in this build yet.\n`);
    return 1;
  };
}
