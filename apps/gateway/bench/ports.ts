import { createServer } from "node:net";

/**
 * tcp ports for the bench, the soak and this folder's tests, handed out in turn from a
 * range, from a random start so that two runs on one machine rarely meet. The range
 * lies inside Linux's ephemeral range (32768-60999), so an outgoing connection of any
 * program may hold a port at any moment: `free()` checks before handing one out.
 */
export class PortRange {
  #next: number;

  constructor(
    private readonly first: number,
    private readonly last: number,
  ) {
    this.#next = first + Math.floor(Math.random() * (last - first + 1));
  }

  /** The next port, unchecked. */
  take(): number {
    const port = this.#next;
    this.#next = port >= this.last ? this.first : port + 1;
    return port;
  }

  /** The next port nobody listens on or holds right now. */
  async free(): Promise<number> {
    for (let tries = 0; tries < 200; tries += 1) {
      const port = this.take();
      if (await isFree(port)) return port;
    }
    throw new Error(`no free port in ${this.first}-${this.last}`);
  }

  /** `tcp://127.0.0.1:PORT` on a port that is free right now. */
  async endpoint(): Promise<string> {
    return `tcp://127.0.0.1:${await this.free()}`;
  }
}

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

/** The bench and the soak: 44000-44999 (tests here use 40000-43999). */
export const benchPorts = (): PortRange => new PortRange(44000, 44999);
