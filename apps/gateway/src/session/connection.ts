import {
  PROTOCOL_VERSION,
  parseClientMessage,
  type ClientCommand,
  type CommandErrorCode,
  type Diagnostic,
  type ServerMessage,
  type SessionHello,
} from "@zmq-playground/shared";
import { describeError, type Logger } from "../log.js";
import type { GatewayLimits } from "./limits.js";
import { RateLimiter } from "./rate-limiter.js";
import { findRequestId } from "./request-id.js";
import type { Session } from "./session.js";
import { judgeHello, tooManySessions, type Refusal } from "./handshake.js";
import type { SessionRegistry } from "./session-registry.js";
import { CLOSE_CODES, type SessionSocket } from "./socket.js";

export interface ConnectionOptions {
  readonly registry: SessionRegistry;
  readonly limits: GatewayLimits;
  readonly logger: Logger;
  /** True when the connection needs no token, or already showed the right one on upgrade. */
  readonly authorized: boolean;
  /** Whether a token given in `session:hello` is the gateway's access token. */
  readonly checkToken: (token: string | undefined) => boolean;
  /** Monotonic milliseconds for the rate limit; performance.now() unless a test sets it. */
  readonly now?: () => number;
}

/**
 * One WebSocket connection: rate-limits and parses what the page sends, runs the
 * handshake, then hands commands to its session. Nothing a page sends can throw out of
 * here; a bad message gets a `command:error` and changes nothing.
 */
export class Connection {
  #session: Session | null = null;
  #helloInFlight = false;
  /** Commands that arrived while the hello was still opening the session, in order. */
  #early: ClientCommand[] = [];
  #closed = false;
  readonly #limiter: RateLimiter;
  readonly #helloTimer: NodeJS.Timeout;

  constructor(
    private readonly socket: SessionSocket,
    private readonly options: ConnectionOptions,
  ) {
    this.#limiter = new RateLimiter(options.limits.maxClientMessagesPerSecond, options.now);
    this.#helloTimer = setTimeout(() => {
      if (!this.#session)
        socket.close(CLOSE_CODES.helloTimeout, "No session:hello received in time.");
    }, options.limits.helloTimeoutMs);
    socket.onMessage((text) => this.#onMessage(text));
    socket.onClose(() => this.#onClose());
  }

  #onMessage(text: string): void {
    try {
      if (!this.#limiter.take()) {
        const max = this.options.limits.maxClientMessagesPerSecond;
        const requestId = findRequestId(text);
        this.#error(
          requestId,
          "rate-limited",
          `More than ${max} messages a second; this one was ignored.`,
        );
        return;
      }
      const parsed = parseClientMessage(text);
      if (!parsed.ok) {
        const { requestId, code, message, diagnostics } = parsed.error;
        this.#error(requestId, code, message, diagnostics);
      } else if (parsed.message.type === "session:hello") {
        void this.#hello(parsed.message);
      } else if (
        this.#helloInFlight &&
        this.#early.length < this.options.limits.maxPendingCommands
      ) {
        // A page may send its first command right behind the hello, without waiting.
        this.#early.push(parsed.message);
      } else if (!this.#session) {
        this.#error(
          parsed.message.requestId,
          "hello-required",
          "Send session:hello before any command.",
        );
      } else {
        this.#session.enqueue(parsed.message);
      }
    } catch (error) {
      this.options.logger.error(
        `connection: message handling failed: ${describeError(error)}`,
        error,
      );
      this.#error(null, "internal", `The gateway failed: ${describeError(error)}`);
    }
  }

  async #hello(hello: SessionHello): Promise<void> {
    if (this.#session || this.#helloInFlight) {
      this.#error(
        null,
        "bad-message",
        "This connection already has a session; open a new connection for another.",
      );
      return;
    }
    const refusal = judgeHello(
      hello,
      (token) => this.options.authorized || this.options.checkToken(token),
    );
    if (refusal) {
      this.#refuse(refusal);
      return;
    }
    this.#helloInFlight = true;
    try {
      const opened = await this.options.registry.open(hello.sessionId);
      if (!opened.ok) {
        this.#refuse(tooManySessions(this.options.limits.maxSessions));
        return;
      }
      this.#session = opened.session;
      clearTimeout(this.#helloTimer);
      if (this.#closed) {
        // The page left while its session was being made: start the grace period now.
        this.options.registry.release(opened.session, this.socket);
        return;
      }
      opened.session.attach(this.socket, opened.resumed);
      for (const command of this.#takeEarly()) opened.session.enqueue(command);
    } catch (error) {
      this.options.logger.error(
        `connection: opening a session failed: ${describeError(error)}`,
        error,
      );
      this.#error(
        null,
        "internal",
        `The gateway could not open a session: ${describeError(error)}`,
      );
    } finally {
      this.#helloInFlight = false;
      for (const command of this.#takeEarly()) {
        this.#error(
          command.requestId,
          "hello-required",
          "The handshake failed; this command was not run.",
        );
      }
    }
  }

  #takeEarly(): ClientCommand[] {
    const early = this.#early;
    this.#early = [];
    return early;
  }

  #refuse({ reason, message }: Refusal): void {
    this.#send({
      type: "session:incompatible",
      reason,
      protocolVersion: PROTOCOL_VERSION,
      message,
    });
    this.socket.close(CLOSE_CODES.incompatible, reason);
  }

  #error(
    requestId: string | null,
    code: CommandErrorCode,
    message: string,
    diagnostics?: Diagnostic[],
  ): void {
    // A page that floods us while not reading gets no more answers, not an unbounded queue.
    if (this.socket.bufferedAmount > this.options.limits.maxBufferedBytes) return;
    this.#send(
      diagnostics
        ? { type: "command:error", requestId, code, message, diagnostics }
        : { type: "command:error", requestId, code, message },
    );
  }

  #send(message: ServerMessage): void {
    this.socket.send(JSON.stringify(message));
  }

  #onClose(): void {
    this.#closed = true;
    clearTimeout(this.#helloTimer);
    if (this.#session) this.options.registry.release(this.#session, this.socket);
  }
}
