import { parseServerMessage, PROTOCOL_VERSION, type ServerMessage } from "@zmq-playground/shared";
import { WebSocket } from "ws";

type Of<T extends ServerMessage["type"]> = Extract<ServerMessage, { type: T }>;

/** A page's side of the protocol over a real WebSocket, for tests. */
export class TestClient {
  readonly received: ServerMessage[] = [];
  readonly invalid: string[] = [];
  closed: { code: number; reason: string } | null = null;
  #waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on("message", (data) => {
      const parsed = parseServerMessage(String(data));
      if (parsed.ok) this.received.push(parsed.message);
      else this.invalid.push(String(data));
      this.#wake();
    });
    ws.on("close", (code, reason) => {
      this.closed = { code, reason: String(reason) };
      this.#wake();
    });
    ws.on("error", () => this.#wake());
  }

  /** Open a connection; rejects with the HTTP status when the upgrade is refused. */
  static open(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { headers });
      const client = new TestClient(ws);
      ws.once("open", () => resolve(client));
      ws.once("unexpected-response", (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
      ws.once("error", reject);
    });
  }

  send(message: object | string): void {
    this.ws.send(typeof message === "string" ? message : JSON.stringify(message));
  }

  async hello(extra: Record<string, unknown> = {}): Promise<Of<"session:welcome">> {
    this.send({ type: "session:hello", protocolVersion: PROTOCOL_VERSION, ...extra });
    return this.next("session:welcome");
  }

  /** The first message of `type` matching `where`, waiting for it if needed. */
  next<T extends ServerMessage["type"]>(
    type: T,
    where: (m: Of<T>) => boolean = () => true,
    timeoutMs = 5000,
  ): Promise<Of<T>> {
    const isType = (m: ServerMessage): m is Of<T> => m.type === type;
    return this.waitFor((m): m is Of<T> => isType(m) && where(m), type, timeoutMs);
  }

  /** The answer (ok or error) to the request `requestId`. */
  answer(requestId: string, timeoutMs = 5000): Promise<Of<"command:ok"> | Of<"command:error">> {
    const isAnswer = (m: ServerMessage): m is Of<"command:ok"> | Of<"command:error"> =>
      (m.type === "command:ok" || m.type === "command:error") && m.requestId === requestId;
    return this.waitFor(isAnswer, `answer to ${requestId}`, timeoutMs);
  }

  /** The first received message satisfying `guard`, waiting for it if needed. */
  async waitFor<M extends ServerMessage>(
    guard: (m: ServerMessage) => m is M,
    what: string,
    timeoutMs = 5000,
  ): Promise<M> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(guard);
      if (found) return found;
      if (this.closed) throw new Error(`closed (${this.closed.code}) before ${what}`);
      if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.#waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async closedWith(timeoutMs = 5000): Promise<{ code: number; reason: string }> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed) {
      if (Date.now() > deadline) throw new Error("still open");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return this.closed;
  }

  close(): void {
    this.ws.close();
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }
}
