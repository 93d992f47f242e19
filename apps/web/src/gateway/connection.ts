import {
  PROTOCOL_VERSION,
  parseServerMessage,
  type IncompatibilityReason,
  type ServerMessage,
} from "@zmq-playground/shared";
import type { CloseReason, ConnectionView } from "../store/runtime-slice.js";
import { backoffDelay } from "./backoff.js";
import { TickCoalescer } from "./tick-coalescer.js";
import type { OpenTransport, Transport } from "./transport.js";
import type { CommandOutcome, CommandRequest, GatewayClient } from "./types.js";

/** Where a tab keeps its session id: a reload resumes the session (the gateway waits 30 s). */
export const SESSION_KEY = "zmq-playground.session";

/** The gateway's close codes (apps/gateway/src/session/socket.ts). */
const CLOSE = { goingAway: 1001, tooBig: 1009, incompatible: 4000, takenOver: 4001 } as const;

export interface GatewayConnectionOptions {
  url: string;
  token: string | null;
  open: OpenTransport;
  storage: Pick<Storage, "getItem" | "setItem"> | null;
  onMessage: (message: ServerMessage) => void;
  onConnection: (connection: Partial<ConnectionView>) => void;
  random?: () => number;
  /** A ping this often while open; no answer in `answerTimeoutMs` drops the connection. */
  pingIntervalMs?: number;
  /** How long a command (or the welcome) may wait for its answer. */
  answerTimeoutMs?: number;
}

type Pending = { resolve: (outcome: CommandOutcome) => void; timer: ReturnType<typeof setTimeout> };

const disconnected = (message: string): CommandOutcome => ({
  ok: false,
  code: "disconnected",
  message,
});

/**
 * The page's one WebSocket to the gateway: handshake, resume, reconnect with backoff,
 * ping, one promise per command, and every parsed server message handed to the store.
 */
export class GatewayConnection implements GatewayClient {
  #transport: Transport | null = null;
  #open = false;
  #stopped = true;
  #attempt = 0;
  #nextId = 0;
  #retryTimer: ReturnType<typeof setTimeout> | null = null;
  #pingTimer: ReturnType<typeof setInterval> | null = null;
  #welcomeTimer: ReturnType<typeof setTimeout> | null = null;
  #refusal: IncompatibilityReason | null = null;
  readonly #pending = new Map<string, Pending>();
  readonly #ticks: TickCoalescer;

  constructor(private readonly options: GatewayConnectionOptions) {
    this.#ticks = new TickCoalescer((tick) => options.onMessage(tick));
  }

  /** Connect (and keep reconnecting until `stop`). */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#connect();
  }

  /** Close for good (tests, page unload). */
  stop(): void {
    this.#stopped = true;
    this.#clearRetry();
    this.#drop(1000, "The page closed the connection.");
  }

  /** Try again now: the banner's button, or the browser coming back online. */
  reconnect(): void {
    if (this.#open) return;
    this.#stopped = false;
    this.#clearRetry();
    this.#attempt = 0;
    this.#drop(1000, "Reconnecting.");
    this.#connect();
  }

  request(command: CommandRequest): Promise<CommandOutcome> {
    const transport = this.#transport;
    if (!this.#open || !transport) {
      return Promise.resolve(disconnected("Not connected to the gateway."));
    }
    const requestId = `r${++this.#nextId}`;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#pending.delete(requestId);
        resolve(disconnected("The gateway did not answer in time."));
      }, this.#answerTimeout);
      this.#pending.set(requestId, { resolve, timer });
      transport.send(JSON.stringify({ ...command, requestId }));
    });
  }

  get #answerTimeout(): number {
    return this.options.answerTimeoutMs ?? 30_000;
  }

  #connect(): void {
    this.options.onConnection({ status: "connecting", retryInMs: null, retryAt: null });
    this.#refusal = null;
    // Handlers compare against the current transport: a late event of an old one is ignored.
    const transport: Transport = this.options.open(this.options.url, {
      onOpen: () => {
        if (this.#transport === transport) this.#hello(transport);
      },
      onMessage: (text) => {
        if (this.#transport === transport) this.#receive(text);
      },
      onClose: (code) => {
        if (this.#transport === transport) this.#closed(code);
      },
    });
    this.#transport = transport;
  }

  #hello(transport: Transport): void {
    const sessionId = this.options.storage?.getItem(SESSION_KEY) ?? null;
    transport.send(
      JSON.stringify({
        type: "session:hello",
        protocolVersion: PROTOCOL_VERSION,
        ...(sessionId ? { sessionId } : {}),
        ...(this.options.token ? { token: this.options.token } : {}),
      }),
    );
    this.#welcomeTimer = setTimeout(() => this.#lost("no-answer"), this.#answerTimeout);
  }

  #receive(text: string): void {
    const parsed = parseServerMessage(text);
    if (!parsed.ok) {
      console.warn(`gateway: ignored a message: ${parsed.error.message}`);
      return;
    }
    const message = parsed.message;
    if (message.type === "runtime:tick") {
      this.#ticks.push(message);
      return;
    }
    this.#ticks.flush();
    switch (message.type) {
      case "session:welcome":
        this.#welcomed(message.sessionId);
        break;
      case "session:incompatible":
        this.#refusal = message.reason;
        break;
      case "command:ok":
        this.#answer(message.requestId, { ok: true, ...pickStepped(message.stepped) });
        break;
      case "command:error":
        if (message.requestId !== null) {
          const { code, diagnostics } = message;
          this.#answer(message.requestId, {
            ok: false,
            code,
            message: message.message,
            ...(diagnostics ? { diagnostics } : {}),
          });
        }
        break;
      default:
        break;
    }
    this.options.onMessage(message);
  }

  #welcomed(sessionId: string): void {
    if (this.#welcomeTimer !== null) clearTimeout(this.#welcomeTimer);
    this.#welcomeTimer = null;
    this.options.storage?.setItem(SESSION_KEY, sessionId);
    this.#open = true;
    this.#attempt = 0;
    const every = this.options.pingIntervalMs ?? 15_000;
    this.#pingTimer = setInterval(() => void this.#ping(), every);
  }

  async #ping(): Promise<void> {
    const transport = this.#transport;
    const outcome = await this.request({ type: "session:ping" });
    // Any answer, even an error, shows the gateway is there.
    if (!outcome.ok && outcome.code === "disconnected" && this.#transport === transport) {
      this.#lost("no-answer");
    }
  }

  #answer(requestId: string, outcome: CommandOutcome): void {
    const pending = this.#pending.get(requestId);
    if (!pending) return;
    this.#pending.delete(requestId);
    clearTimeout(pending.timer);
    pending.resolve(outcome);
  }

  /** We give up on a connection that stopped answering: treat it as closed by the gateway. */
  #lost(reason: CloseReason): void {
    this.#drop(4999, "No answer.");
    this.#scheduleRetry(reason);
  }

  #closed(code: number): void {
    const refusal = this.#refusal;
    this.#drop(null, "");
    if (this.#stopped) return;
    // A refused handshake (other than a full gateway) or another tab taking the session
    // over would only repeat itself: wait for the person to choose.
    if (code === CLOSE.takenOver) {
      this.#final("taken-over");
    } else if (code === CLOSE.incompatible && refusal !== "too-many-sessions") {
      this.#final("incompatible");
    } else {
      this.#scheduleRetry(closeReasonOf(code));
    }
  }

  #final(reason: CloseReason): void {
    this.options.onConnection({
      status: "closed",
      retryInMs: null,
      retryAt: null,
      closeReason: reason,
    });
  }

  /** Forget the current transport: close it, stop timers, answer waiting commands. */
  #drop(code: number | null, reason: string): void {
    const transport = this.#transport;
    this.#transport = null;
    this.#open = false;
    if (transport && code !== null) transport.close(code, reason);
    if (this.#pingTimer !== null) clearInterval(this.#pingTimer);
    if (this.#welcomeTimer !== null) clearTimeout(this.#welcomeTimer);
    this.#pingTimer = null;
    this.#welcomeTimer = null;
    this.#ticks.flush();
    for (const [, pending] of this.#pending) {
      clearTimeout(pending.timer);
      pending.resolve(disconnected("The connection to the gateway was lost."));
    }
    this.#pending.clear();
  }

  #scheduleRetry(reason: CloseReason): void {
    if (this.#stopped) return;
    this.#clearRetry();
    const delay = backoffDelay(this.#attempt++, this.options.random);
    this.options.onConnection({
      status: "closed",
      retryInMs: delay,
      retryAt: Date.now() + delay,
      closeReason: reason,
    });
    this.#retryTimer = setTimeout(() => {
      this.#retryTimer = null;
      this.#connect();
    }, delay);
  }

  #clearRetry(): void {
    if (this.#retryTimer !== null) clearTimeout(this.#retryTimer);
    this.#retryTimer = null;
  }
}

function pickStepped(stepped: boolean | undefined): { stepped?: boolean } {
  return stepped === undefined ? {} : { stepped };
}

function closeReasonOf(code: number): CloseReason {
  if (code === CLOSE.goingAway) return "shutdown";
  if (code === CLOSE.tooBig) return "too-big";
  if (code === CLOSE.incompatible) return "incompatible";
  return "lost";
}
