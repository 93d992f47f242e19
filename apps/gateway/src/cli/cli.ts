import { checkCommand } from "./check.js";
import { exportCommand } from "./export.js";
import { runCommand } from "./run.js";
import { serveCommand } from "./serve.js";

/** The help text; the commands as DESIGN.md's CLI section lists them. */
export const USAGE = `Usage: npm run cli -- <command> [options]

Commands:
  serve [--port N] [--host H]              the gateway plus the built web app on one port; prints the URL
  run FILE [--duration SECONDS] [--json]   deploy a topology headless, run it, tear it down, print statistics
  check FILE [--json]                      validate a topology file, print its diagnostics
  export FILE --lang python|node --out DIR [--force]
                                           write a runnable program per process (pyzmq or zeromq.js)

Options:
  --verbose     more detail on stderr (serve: sessions and commands; run: progress)
  --help        show this text

serve listens on 127.0.0.1:8600 by default. Any other host needs the access token it
prints in the URL. run exits 0 when it ran, 2 when the topology is invalid, 1 otherwise.
`;

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
      return runCommand(rest);
    case "check":
      return checkCommand(rest);
    case "export":
      return exportCommand(rest);
    case undefined:
      process.stderr.write(USAGE);
      return 1;
    default:
      process.stderr.write(`Unknown command "${command}".\n\n${USAGE}`);
      return 1;
  }
}
