import {
  parseServerMessage,
  type Diagnostic,
  type LinkStats,
  type RuntimeEvent,
  type ServerMessage,
  type SocketStats,
  type Topology,
} from "@zmq-playground/shared";
import type {
  Runtime,
  RuntimeListener,
  RuntimeOptions,
  RuntimeSample,
  RuntimeSnapshot,
} from "../runtime/types.js";
import type { SessionSocket } from "./socket.js";

/** A Runtime that records calls and emits what a test tells it to. For unit tests only. */
export class FakeRuntime implements Runtime {
  readonly calls: string[] = [];
  readonly listeners = new Set<RuntimeListener>();
  running = false;
  deployResult: Diagnostic[] = [];
  failNext: Error | null = null;
  sockets: SocketStats[] = [];
  links: LinkStats[] = [];
  tornDown = 0;

  constructor(readonly options: RuntimeOptions) {}

  async deploy(topology: Topology): Promise<Diagnostic[]> {
    this.calls.push(`deploy:${topology.sockets.length}`);
    this.#maybeFail();
    if (!this.deployResult.some((d) => d.severity === "error")) this.running = true;
    return this.deployResult;
  }
  async teardown(): Promise<void> {
    this.calls.push("teardown");
    this.tornDown += 1;
    this.running = false;
  }
  snapshot(): RuntimeSnapshot {
    return { sockets: this.sockets, links: this.links };
  }
  resolvedEndpoints(): Record<string, string> {
    return { "ipc://a": `ipc://${this.options.ipcDir}/a` };
  }
  pause(): void {
    this.calls.push("pause");
  }
  resume(): void {
    this.calls.push("resume");
  }
  setSpeed(factor: number): void {
    this.calls.push(`speed:${factor}`);
  }
  step(): boolean {
    this.calls.push("step");
    return true;
  }
  async sendManual(socketId: string, frames: string[]): Promise<void> {
    this.calls.push(`send:${socketId}:${frames.join("|")}`);
    this.#maybeFail();
  }
  async killProcess(processId: string): Promise<void> {
    this.calls.push(`kill:${processId}`);
  }
  async restartProcess(processId: string): Promise<void> {
    this.calls.push(`restart:${processId}`);
  }
  subscribe(listener: RuntimeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emitSample(sample: RuntimeSample): void {
    for (const l of this.listeners) l.onSample?.(sample);
  }
  emitEvent(event: RuntimeEvent): void {
    for (const l of this.listeners) l.onEvent?.(event);
  }
  emitDiagnostic(diagnostic: Diagnostic): void {
    for (const l of this.listeners) l.onDiagnostic?.(diagnostic);
  }

  #maybeFail(): void {
    const error = this.failNext;
    this.failNext = null;
    if (error) throw error;
  }
}

/** A SessionSocket in memory: what the gateway sent, parsed; what the page sends, injected. */
export class FakeSocket implements SessionSocket {
  readonly sent: ServerMessage[] = [];
  bufferedAmount = 0;
  closed: { code: number; reason: string } | null = null;
  #onMessage: ((text: string) => void) | null = null;
  #onClose: (() => void) | null = null;

  send(text: string): void {
    const parsed = parseServerMessage(text);
    // Everything the gateway sends must match the protocol; fail loudly in tests if not.
    if (!parsed.ok) throw new Error(`gateway sent an invalid message: ${parsed.error.message}`);
    if (!this.closed) this.sent.push(parsed.message);
  }
  close(code: number, reason: string): void {
    if (this.closed) return;
    this.closed = { code, reason };
    this.#onClose?.();
  }
  onMessage(listener: (text: string) => void): void {
    this.#onMessage = listener;
  }
  onClose(listener: () => void): void {
    this.#onClose = listener;
  }

  /** The page sends a message (an object is stringified). */
  receive(message: object | string): void {
    this.#onMessage?.(typeof message === "string" ? message : JSON.stringify(message));
  }
  /** The page goes away. */
  drop(): void {
    this.close(1006, "dropped");
  }
  ofType<T extends ServerMessage["type"]>(type: T): Extract<ServerMessage, { type: T }>[] {
    return this.sent.filter((m): m is Extract<ServerMessage, { type: T }> => m.type === type);
  }
  last<T extends ServerMessage["type"]>(type: T): Extract<ServerMessage, { type: T }> | undefined {
    return this.ofType(type).at(-1);
  }
}

/** A sample on `link`, numbered `seq`. */
export function sampleOn(link: string | null, seq: number): RuntimeSample {
  return {
    seq,
    at: seq,
    from: "a",
    to: "b",
    link,
    direction: "toBinder",
    heads: [Buffer.from("x")],
    sizes: [1],
  };
}

/** A small valid PUSH -> PULL topology over tcp. */
export function pushPull(port = 5557): Topology {
  const endpoint = `tcp://127.0.0.1:${port}`;
  return {
    format: "zmq-topology",
    version: 1,
    processes: [{ id: "worker" }],
    sockets: [
      {
        id: "push",
        type: "PUSH",
        bind: [endpoint],
        behavior: { send: { everyMs: 10, frames: ["task {seq}"] } },
      },
      {
        id: "pull",
        type: "PULL",
        process: "worker",
        connect: [endpoint],
        behavior: { consume: {} },
      },
    ],
  };
}
