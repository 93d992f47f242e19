import { randomInt } from "node:crypto";
import { checkTopology, hasErrors, type Diagnostic, type Topology } from "@zmq-playground/shared";
import { startBehaviors } from "../behaviors/index.js";
import { zmqAdapter } from "../zmq/index.js";
import type { ZmqAdapter, ZmqContext } from "../zmq/types.js";
import { checkLimits } from "./checks.js";
import { TurnClock } from "./clock.js";
import { RuntimeCommandError } from "./command-error.js";
import { Emitter } from "./emitter.js";
import { boundEndpoints, checkEndpoints } from "./endpoints.js";
import { Gate } from "./gate.js";
import { resolveLimits } from "./limits.js";
import { ReleasedEndpoints } from "./released.js";
import { realTimers } from "./link-state.js";
import { sendManual } from "./manual-send.js";
import { RuntimeModel, type ModelCheckpoint } from "./model.js";
import { handleMonitorEvent } from "./monitor-events.js";
import type { NodeEnv, SocketNode } from "./socket-node.js";
import { refreshInprocLinks, retrace, retraceNode } from "./tracing.js";
import type {
  Runtime,
  RuntimeLimits,
  RuntimeListener,
  RuntimeOptions,
  RuntimeSnapshot,
} from "./types.js";
import { closeNode, connectNode, openNode, reconnectInproc, type Wiring } from "./wiring.js";
import { zapHandler } from "./zap.js";
import { applyTopology, NOTHING_RUNS, putBackDiagnostic } from "./deploy.js";

/** A teardown waits this long for behaviour loops to notice their sockets closed. */
const SETTLE_MS = 2000;

/** The Runtime on real sockets: one zmq Context, many sockets, one set of behaviours. */
export class ZmqRuntime implements Runtime {
  readonly #ipcDir: string;
  readonly #limits: RuntimeLimits;
  readonly #adapter: ZmqAdapter;
  /** Marks this runtime's trailers; a trailer from elsewhere is stripped but not trusted. */
  readonly #token = randomInt(1, 2 ** 32 - 1);
  readonly #gate = new Gate();
  readonly #clock = new TurnClock();
  readonly #emitter = new Emitter(
    () => Math.max(0, performance.now() - this.#deployedAt),
    () => Math.max(0, this.#clock.now() - this.#deployedAt),
  );
  readonly #model: RuntimeModel;
  readonly #env: NodeEnv;
  readonly #released = new ReleasedEndpoints();
  readonly #killed = new Set<string>();
  #context: ZmqContext | null = null;
  #deployedAt = performance.now();
  /** deploy, teardown, kill and restart run one at a time. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(options: RuntimeOptions) {
    this.#ipcDir = options.ipcDir;
    this.#limits = resolveLimits(options.limits);
    this.#adapter = options.adapter ?? zmqAdapter;
    this.#model = new RuntimeModel(realTimers, (link, state) =>
      this.#emitter.event(
        "info",
        "link-state",
        { socket: link.connector, endpoint: link.endpoint },
        { state },
      ),
    );
    this.#env = {
      token: this.#token,
      gate: this.#gate,
      emitter: this.#emitter,
      limits: this.#limits,
      now: () => this.#clock.now(),
      node: (id) => this.#model.nodes.get(id),
      nodeByHandle: (handle) => this.#model.nodeByHandle(handle),
    };
  }

  get running(): boolean {
    return this.#context !== null;
  }

  deploy(topology: Topology): Promise<Diagnostic[]> {
    return this.#serial(() => this.#deploy(topology));
  }

  teardown(): Promise<void> {
    return this.#serial(() => this.#teardown());
  }

  snapshot(): RuntimeSnapshot {
    return this.#model.snapshot();
  }

  resolvedEndpoints(): Record<string, string> {
    return boundEndpoints(this.#model.topology, this.#ipcDir);
  }

  pause(): void {
    this.#gate.pause();
  }

  resume(): void {
    this.#gate.resume();
  }

  setSpeed(factor: number): void {
    this.#gate.setSpeed(factor);
  }

  step(): boolean {
    return this.#gate.step();
  }

  async sendManual(socketId: string, frames: string[]): Promise<void> {
    const node = this.#model.nodes.get(socketId);
    if (!this.running) throw new RuntimeCommandError("not-running", "No topology is running.");
    if (!node)
      throw new RuntimeCommandError("unknown-socket", `No socket "${socketId}" is running.`);
    await sendManual(node, frames);
  }

  killProcess(processId: string): Promise<void> {
    return this.#serial(async () => {
      const nodes = this.#processNodes(processId);
      this.#killed.add(processId);
      for (const node of nodes) {
        if (node.open) await closeNode(this.#wiring(), node);
        node.killed = true;
      }
      this.#afterChange();
      this.#emitter.event("warning", "process-killed", {}, { process: processId });
    });
  }

  restartProcess(processId: string): Promise<void> {
    return this.#serial(async () => {
      const nodes = this.#processNodes(processId).filter((n) => !n.open);
      this.#killed.delete(processId);
      await this.#open(nodes);
      this.#emitter.event("info", "process-restarted", {}, { process: processId });
    });
  }

  subscribe(listener: RuntimeListener): () => void {
    return this.#emitter.subscribe(listener);
  }

  async #deploy(topology: Topology): Promise<Diagnostic[]> {
    const found = [
      ...checkTopology(topology),
      ...checkLimits(topology, this.#limits),
      ...checkEndpoints(topology, this.#ipcDir),
    ];
    if (hasErrors(found)) return found;
    const raised: Diagnostic[] = [];
    const stop = this.#emitter.subscribe({ onDiagnostic: (d) => raised.push(d) });
    try {
      const wasRunning = this.#context !== null;
      if (!wasRunning) await this.#start();
      const before = this.#model.checkpoint();
      const killedBefore = new Set(this.#killed);
      const wiring = () => this.#wiring();
      const applied = await applyTopology(this.#model, topology, this.#env, wiring, this.#killed);
      const { fresh, retired } = applied;
      const runnable = fresh.filter((n) => !this.#killed.has(n.processId));
      await this.#wire(runnable);
      if (!hasErrors(raised)) {
        for (const node of runnable) startBehaviors(node);
        return [...found, ...raised];
      }
      // A bind or connect failed (a port an outside program holds): undo this deploy.
      for (const node of fresh) if (node.open) await closeNode(this.#wiring(), node);
      if (!wasRunning) await this.#teardown();
      else await this.#putBack(before, killedBefore, retired);
    } finally {
      stop();
    }
    return [...found, ...raised];
  }

  /**
   * A redeploy failed: the previous topology comes back, with the very nodes it had (so
   * their counters) and the ones this deploy closed reopened. If even that fails,
   * nothing is left running rather than half of it. Either way a diagnostic says which.
   */
  async #putBack(
    before: ModelCheckpoint,
    killed: ReadonlySet<string>,
    retired: readonly SocketNode[],
  ): Promise<void> {
    this.#model.restore(before);
    this.#killed.clear();
    for (const id of killed) this.#killed.add(id);
    const reopen = retired.filter((n) => !this.#killed.has(n.processId));
    const failed: Diagnostic[] = [];
    const stop = this.#emitter.subscribe({
      onDiagnostic: (d) => {
        if (d.severity === "error") failed.push(d);
      },
    });
    try {
      await this.#wire(reopen);
    } finally {
      stop();
    }
    if (failed.length > 0) {
      await this.#teardown();
      this.#emitter.diagnostic(NOTHING_RUNS);
      return;
    }
    for (const node of reopen) startBehaviors(node);
    this.#emitter.diagnostic(putBackDiagnostic(reopen.map((n) => n.id)));
  }

  /** Bind all, then connect all, then start behaviours: binders exist before connects. */
  async #open(nodes: readonly SocketNode[]): Promise<void> {
    await this.#wire(nodes);
    for (const node of nodes) startBehaviors(node);
  }

  /** Bind all, then connect all: binders exist before connects. No behaviour starts. */
  async #wire(nodes: readonly SocketNode[]): Promise<void> {
    const w = this.#wiring();
    for (const node of nodes) await openNode(w, node);
    for (const node of nodes) connectNode(w, node);
    const opened = new Set(nodes.map((n) => n.id));
    for (const node of nodes) reconnectInproc(w, node, opened);
    this.#afterChange();
  }

  #afterChange(): void {
    retrace(this.#model);
    refreshInprocLinks(this.#model);
  }

  async #start(): Promise<void> {
    const context = await this.#adapter.acquireContext();
    context.setZapHandler(zapHandler(this.#model, this.#token));
    this.#context = context;
    this.#deployedAt = performance.now();
  }

  async #teardown(): Promise<void> {
    const context = this.#context;
    if (!context) return;
    const nodes = [...this.#model.nodes.values()];
    for (const node of nodes) if (node.open) await closeNode(this.#wiring(), node);
    let timer: NodeJS.Timeout | undefined;
    const settle = Promise.all(nodes.map((n) => n.settled()));
    await Promise.race([settle, new Promise((r) => (timer = setTimeout(r, SETTLE_MS)))]);
    clearTimeout(timer);
    for (const node of nodes) this.#model.removeNode(node.id);
    this.#model.adopt({ format: "zmq-topology", version: 1, sockets: [] }, new Set());
    this.#model.topology = null;
    context.setZapHandler(null);
    context.release();
    this.#context = null;
    this.#killed.clear();
    this.#gate.reset();
  }

  #processNodes(processId: string): SocketNode[] {
    const nodes = [...this.#model.nodes.values()].filter((n) => n.processId === processId);
    if (!this.running) throw new RuntimeCommandError("not-running", "No topology is running.");
    if (nodes.length === 0) {
      throw new RuntimeCommandError("unknown-process", `No process "${processId}" is running.`);
    }
    return nodes;
  }

  #wiring(): Wiring {
    const context = this.#context;
    if (!context) throw new Error("the runtime is not running");
    return {
      context,
      model: this.#model,
      ipcDir: this.#ipcDir,
      token: this.#token,
      emitter: this.#emitter,
      timers: realTimers,
      released: this.#released,
      onMonitor: (node, event) => handleMonitorEvent(this.#model, this.#emitter, node, event),
      onPeersChange: (node, endpoint) => retraceNode(this.#model, this.#emitter, node, endpoint),
    };
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(task, task);
    this.#queue = run.catch(() => undefined);
    return run;
  }
}
