import { randomUUID } from "node:crypto";
import type { Runtime, RuntimeOptions } from "../runtime/types.js";
import { describeError, type Logger } from "../log.js";
import type { GatewayLimits } from "./limits.js";
import { createIpcDir, removeIpcDir } from "./ipc-dir.js";
import { Session } from "./session.js";
import type { SessionSocket } from "./socket.js";

/** Makes the runtime of a new session; `createRuntime` in production, a fake in tests. */
export type RuntimeFactory = (options: RuntimeOptions) => Runtime;

export interface SessionRegistryOptions {
  readonly limits: GatewayLimits;
  readonly logger: Logger;
  readonly createRuntime: RuntimeFactory;
}

export type OpenResult =
  { ok: true; session: Session; resumed: boolean } | { ok: false; reason: "too-many-sessions" };

/**
 * All sessions of the gateway. Resumes a session by id, caps how many live at once, and
 * disposes one whose page has not come back within the grace period.
 */
export class SessionRegistry {
  readonly #sessions = new Map<string, Session>();
  readonly #graceTimers = new Map<string, NodeJS.Timeout>();
  #opening = 0;

  constructor(private readonly options: SessionRegistryOptions) {}

  get size(): number {
    return this.#sessions.size;
  }

  /** Resume the session `requestedId` if it still exists, or start a new one. */
  async open(requestedId: string | undefined): Promise<OpenResult> {
    const existing = requestedId === undefined ? undefined : this.#sessions.get(requestedId);
    if (existing) {
      this.#cancelGrace(existing.id);
      return { ok: true, session: existing, resumed: true };
    }
    if (
      this.#sessions.size + this.#opening >= this.options.limits.maxSessions &&
      !this.#evictOneDetached()
    ) {
      return { ok: false, reason: "too-many-sessions" };
    }
    this.#opening += 1;
    try {
      const session = await this.#create();
      this.#sessions.set(session.id, session);
      this.options.logger.info(`session ${session.id} opened (${this.#sessions.size} live)`);
      return { ok: true, session, resumed: false };
    } finally {
      this.#opening -= 1;
    }
  }

  /** The page's connection closed: keep the session for the grace period, then dispose it. */
  release(session: Session, socket: SessionSocket): void {
    session.detach(socket);
    if (session.socket !== null || !this.#sessions.has(session.id)) return;
    this.#cancelGrace(session.id);
    const timer = setTimeout(
      () => void this.#dispose(session, "not resumed in time"),
      this.options.limits.resumeGraceMs,
    );
    this.#graceTimers.set(session.id, timer);
  }

  /** Dispose every session (shutdown). */
  async closeAll(): Promise<void> {
    await Promise.all(
      [...this.#sessions.values()].map((s) => this.#dispose(s, "gateway shutting down")),
    );
  }

  async #create(): Promise<Session> {
    const ipcDir = await createIpcDir();
    const { maxSockets, maxMessageBytes, maxSendsPerSecond } = this.options.limits;
    try {
      const runtime = this.options.createRuntime({
        ipcDir,
        limits: { maxSockets, maxMessageBytes, maxSendsPerSecond },
      });
      return new Session({
        id: randomUUID(),
        runtime,
        ipcDir,
        limits: this.options.limits,
        logger: this.options.logger,
      });
    } catch (error) {
      await removeIpcDir(ipcDir);
      throw error;
    }
  }

  /** At the cap, a session nobody is attached to gives way to a page that is here now. */
  #evictOneDetached(): boolean {
    for (const session of this.#sessions.values()) {
      if (session.socket === null) {
        void this.#dispose(session, "evicted to make room for a new session");
        return true;
      }
    }
    return false;
  }

  #cancelGrace(id: string): void {
    const timer = this.#graceTimers.get(id);
    if (timer) clearTimeout(timer);
    this.#graceTimers.delete(id);
  }

  async #dispose(session: Session, why: string): Promise<void> {
    this.#cancelGrace(session.id);
    this.#sessions.delete(session.id);
    this.options.logger.info(`session ${session.id} closed: ${why}`);
    try {
      await session.dispose();
    } catch (error) {
      this.options.logger.error(
        `session ${session.id}: dispose failed: ${describeError(error)}`,
        error,
      );
    }
  }
}
