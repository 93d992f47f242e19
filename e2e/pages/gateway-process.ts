import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/**
 * A gateway of its own (`serve` in a separate process), for tests that stop it under
 * a page. One process, not tsx's wrapper: a signal reaches the gateway itself.
 */
export class GatewayProcess {
  #child: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/`;
  }

  /** Start `serve` and resolve once it says where it listens. */
  async start(): Promise<void> {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "apps/gateway/src/main.ts", "serve", "--port", String(this.port)],
      { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] },
    );
    this.#child = child;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      let stdout = "";
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("zmq-playground at")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`gateway exited (${code}): ${stderr}`)));
    });
  }

  /** Stop it with `signal` (SIGTERM: Ctrl-C; SIGKILL: a crash) and wait until it is gone. */
  async stop(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    const child = this.#child;
    this.#child = null;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = once(child, "exit");
    child.kill(signal);
    await exited;
  }
}
