import { runCli } from "./cli/cli.js";

const code = await runCli(process.argv.slice(2));
// The command is done (serve returns only after its shutdown). Leave now rather than wait
// for the event loop to drain: zeromq.js never terminates a Context before exit, and a
// deploy rolled back after an outside program took part in it can leave libzmq work
// pending that would keep `run` alive forever. stdout is a pipe or a file: writes to
// those are synchronous on Linux, so nothing printed is lost.
process.exit(code);
