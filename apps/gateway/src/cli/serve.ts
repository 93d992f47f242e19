import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { hostname, networkInterfaces } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createLogger, describeError, type Logger } from "../log.js";
import { createRuntime } from "../runtime/index.js";
import { isLoopbackHost } from "../server/access.js";
import { startGatewayServer } from "../server/gateway-server.js";

/** The port `serve` listens on unless told otherwise. */
export const DEFAULT_PORT = 8600;
const DEFAULT_HOST = "127.0.0.1";
/** Shutdown must not keep a person waiting at Ctrl-C. */
const EXIT_DEADLINE_MS = 2000;

/** `serve [--port N] [--host H] [--verbose]`: run until SIGINT/SIGTERM; resolves with the exit status. */
export async function serveCommand(argv: string[]): Promise<number> {
  const args = readArgs(argv);
  if (typeof args === "string") {
    process.stderr.write(`${args}\nUsage: serve [--port N] [--host H] [--verbose]\n`);
    return 1;
  }
  const logger = createLogger({ verbose: args.verbose });
  const webRoot = fileURLToPath(new URL("../../../web/dist", import.meta.url));
  const token = isLoopbackHost(args.host) ? null : randomBytes(18).toString("base64url");
  keepAliveOnStrayErrors(logger);
  let server;
  try {
    server = await startGatewayServer({
      host: args.host,
      port: args.port,
      webRoot,
      token,
      displayHost: displayHostFor(args.host),
      createRuntime,
      logger,
    });
  } catch (error) {
    process.stderr.write(`${listenProblem(error, args.host, args.port)}\n`);
    return 1;
  }
  if (!existsSync(webRoot))
    logger.warn(
      `the web app is not built (${webRoot} is missing): run npm start, or pnpm --filter @zmq-playground/web run build`,
    );
  if (token !== null)
    logger.warn(
      `listening on ${args.host}: only people with the token in the URL can use this gateway`,
    );
  process.stdout.write(`zmq-playground at ${server.url}\n`);
  const signal = await new Promise<string>((resolve) => {
    process.once("SIGINT", () => resolve("SIGINT"));
    process.once("SIGTERM", () => resolve("SIGTERM"));
  });
  logger.info(`${signal}: closing sessions`);
  // If something still holds the event loop after the deadline, leave anyway.
  setTimeout(() => process.exit(0), EXIT_DEADLINE_MS).unref();
  await Promise.race([
    server.close(),
    new Promise((resolve) => setTimeout(resolve, EXIT_DEADLINE_MS - 300).unref()),
  ]);
  return 0;
}

function readArgs(argv: string[]): { port: number; host: string; verbose: boolean } | string {
  try {
    const { values } = parseArgs({
      args: argv,
      options: { port: { type: "string" }, host: { type: "string" }, verbose: { type: "boolean" } },
      strict: true,
      allowPositionals: false,
    });
    const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      return `--port must be a number from 0 to 65535, not "${values.port ?? ""}".`;
    return { port, host: values.host ?? DEFAULT_HOST, verbose: values.verbose ?? false };
  } catch (error) {
    return describeError(error);
  }
}

/** For a wildcard listen, an address of this machine that others can open. */
function displayHostFor(host: string): string {
  if (host !== "0.0.0.0" && host !== "::") return host;
  const external = Object.values(networkInterfaces())
    .flat()
    .find((i) => i !== undefined && i.family === "IPv4" && !i.internal);
  return external?.address ?? hostname();
}

function listenProblem(error: unknown, host: string, port: number): string {
  const code: unknown =
    typeof error === "object" && error !== null ? Reflect.get(error, "code") : undefined;
  if (code === "EADDRINUSE")
    return `Port ${port} is already in use on ${host} (another zmq-playground, or another program). Choose another with --port N.`;
  if (code === "EACCES")
    return `Not allowed to listen on port ${port} (ports below 1024 need privileges). Choose another with --port N.`;
  if (code === "EADDRNOTAVAIL" || code === "ENOTFOUND")
    return `This machine has no address "${host}". Use --host 127.0.0.1, or an address of this machine.`;
  return `Could not start the gateway: ${describeError(error)}`;
}

/** A runtime bug must not end every session: log stray rejections and errors and go on. */
function keepAliveOnStrayErrors(logger: Logger): void {
  process.on("unhandledRejection", (reason) =>
    logger.error(`unhandled rejection: ${describeError(reason)}`, reason),
  );
  process.on("uncaughtException", (error) =>
    logger.error(`uncaught exception: ${describeError(error)}`, error),
  );
}
