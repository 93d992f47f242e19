import {
  parseServerMessage,
  PROTOCOL_VERSION,
  type ClientCommand,
  type CommandError,
  type Diagnostic,
  type RuntimeEvent,
  type RuntimeTick,
  type ServerMessage,
} from "@zmq-playground/shared";
import { WebSocket } from "ws";

type Welcome = Extract<ServerMessage, { type: "session:welcome" }>;
type Answer = Extract<ServerMessage, { type: "command:ok" }> | CommandError;
/** A command as the page writes it; the client adds the requestId. */
type Command = ClientCommand extends infer C
  ? C extends ClientCommand
    ? Omit<C, "requestId">
    : never
  : never;

interface Waiter {
  readonly test: (tick: RuntimeTick) => boolean;
  readonly resolve: (tick: RuntimeTick) => void;
}

/**
 * The page's side of the protocol, lean enough for the bench and the soak: it parses
 * every message as the web app does, counts the bytes, keeps only the last tick, and
 * hands ticks to an observer with the moment they arrived.
 */
export class BenchClient {
  /** WebSocket payload bytes received (text as sent, before parsing). */
  bytes = 0;
  messages = 0;
  ticks = 0;
  /** Messages that failed parseServerMessage: must stay 0. */
  invalid = 0;
  /** From the last session:welcome: what a reconnecting page sends to resume. */
  sessionId: string | null = null;
  lastTick: RuntimeTick | null = null;
  lastState: Extract<ServerMessage, { type: "runtime:state" }> | null = null;
  closed = false;
  /**
   * With `keep`: events of every tick and runtime diagnostics, the latest MAX_KEPT of
   * each (fault tests look for them; the soak must not, or it would measure this list).
   */
  readonly events: RuntimeEvent[] = [];
  readonly diagnostics: Diagnostic[] = [];
  onTick: ((tick: RuntimeTick, receivedAt: number) => void) | null = null;
  #nextId = 0;
  #answers = new Map<string, (answer: Answer) => void>();
  #welcome: ((welcome: Welcome) => void) | null = null;
  #tickWaiters: Waiter[] = [];

  private constructor(
    readonly ws: WebSocket,
    private readonly keep: boolean,
  ) {
    ws.on("message", (data: Buffer) => this.#receive(data));
    ws.on("close", () => {
      this.closed = true;
    });
    ws.on("error", () => undefined);
  }

  static open(url: string, options: { keep?: boolean } = {}): Promise<BenchClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false });
      const client = new BenchClient(ws, options.keep ?? false);
      ws.once("open", () => resolve(client));
      ws.once("error", reject);
    });
  }

  /** session:hello, resuming `sessionId` when given. */
  hello(sessionId?: string, timeoutMs = 5000): Promise<Welcome> {
    const hello = { type: "session:hello", protocolVersion: PROTOCOL_VERSION };
    this.ws.send(JSON.stringify(sessionId === undefined ? hello : { ...hello, sessionId }));
    return withTimeout(
      new Promise<Welcome>((resolve) => (this.#welcome = resolve)),
      timeoutMs,
      "session:welcome",
    );
  }

  /** Send a command and wait for its command:ok / command:error. */
  request(command: Command, timeoutMs = 20_000): Promise<Answer> {
    return this.requestUnchecked(command, timeoutMs);
  }

  /** Like request(), for messages that may not match the protocol (fuzzing). */
  requestUnchecked(
    message: { readonly type: string } & Record<string, unknown>,
    timeoutMs = 20_000,
  ): Promise<Answer> {
    this.#nextId += 1;
    const requestId = `b${this.#nextId}`;
    const answered = new Promise<Answer>((resolve) => this.#answers.set(requestId, resolve));
    // requestId right after type: the gateway looks for it in the first 512 characters of
    // a message it refuses unread (rate-limited), so a long topology must not push it out.
    const { type, ...rest } = message;
    this.ws.send(JSON.stringify({ type, requestId, ...rest }));
    return withTimeout(answered, timeoutMs, `the answer to ${message.type}`).finally(() =>
      this.#answers.delete(requestId),
    );
  }

  /** The first tick from now on that satisfies `test`. */
  nextTick(test: (tick: RuntimeTick) => boolean, timeoutMs = 10_000): Promise<RuntimeTick> {
    let waiter: Waiter | undefined;
    const found = new Promise<RuntimeTick>((resolve) => {
      waiter = { test, resolve };
      this.#tickWaiters.push(waiter);
    });
    return withTimeout(found, timeoutMs, "a matching tick").finally(() => {
      this.#tickWaiters = this.#tickWaiters.filter((w) => w !== waiter);
    });
  }

  close(): void {
    this.ws.close();
  }

  /** Drop the connection without a closing handshake, as a crashed tab would. */
  terminate(): void {
    this.ws.terminate();
  }

  #receive(data: Buffer): void {
    const receivedAt = performance.now();
    this.bytes += data.length;
    this.messages += 1;
    const parsed = parseServerMessage(data.toString("utf8"));
    if (!parsed.ok) {
      this.invalid += 1;
      return;
    }
    const message = parsed.message;
    switch (message.type) {
      case "runtime:tick":
        this.ticks += 1;
        this.lastTick = message;
        if (this.keep) keepLatest(this.events, message.events);
        this.onTick?.(message, receivedAt);
        for (const w of this.#tickWaiters) if (w.test(message)) w.resolve(message);
        break;
      case "topology:diagnostics":
        if (this.keep && message.source === "runtime")
          keepLatest(this.diagnostics, message.diagnostics);
        break;
      case "runtime:state":
        this.lastState = message;
        break;
      case "session:welcome":
        this.sessionId = message.sessionId;
        this.#welcome?.(message);
        this.#welcome = null;
        break;
      case "command:ok":
      case "command:error":
        if (message.requestId !== null) this.#answers.get(message.requestId)?.(message);
        break;
      default:
        break;
    }
  }
}

const MAX_KEPT = 2000;

function keepLatest<T>(into: T[], items: readonly T[]): void {
  into.push(...items);
  if (into.length > MAX_KEPT) into.splice(0, into.length - MAX_KEPT);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Counter of one socket in a tick (0 when absent). */
export function socketCount(
  tick: RuntimeTick | null,
  id: string,
  what: "sent" | "received" | "errors",
): number {
  return tick?.sockets.find((s) => s.id === id)?.[what] ?? 0;
}

/** Sum of `received` over the sockets whose id starts with `prefix`. */
export function receivedBy(tick: RuntimeTick | null, prefix: string): number {
  let sum = 0;
  for (const s of tick?.sockets ?? []) if (s.id.startsWith(prefix)) sum += s.received;
  return sum;
}
