import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { createInterface } from "node:readline";

/** The repository's root: the gateway is started from there, as `npm start` does. */
export const ROOT = new URL("../..", import.meta.url).pathname;

/** A tcp port on 127.0.0.1 that nobody listens on right now (the kernel picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error("no port"))));
    });
  });
}

/** Whether `port` can be listened on now (an outgoing connection may hold any port). */
export function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export interface Gateway {
  readonly url: string;
  stop(): Promise<void>;
}

/**
 * The real gateway: `tsx apps/gateway/src/main.ts serve --port N`, which also serves the
 * built web app. Resolves once it prints its URL; its stderr is kept for the error.
 */
export async function startGateway(): Promise<Gateway> {
  const port = await freePort();
  const child = spawn(
    `${ROOT}node_modules/.bin/tsx`,
    ["apps/gateway/src/main.ts", "serve", "--port", String(port)],
    { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the gateway did not start:\n${stderr}`)),
      60_000,
    );
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${code ?? "signal"}):\n${stderr}`));
    });
    if (!child.stdout) return;
    createInterface({ input: child.stdout }).on("line", (line) => {
      const found = /zmq-playground at (\S+)/.exec(line);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
  });
  return { url, stop: () => stopChild(child) };
}

/** SIGTERM (the gateway closes its sessions), SIGKILL if it is still there after 5 s. */
function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill("SIGKILL"), 5000);
    child.once("exit", () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill("SIGTERM");
  });
}
