import type { RuntimeTick, SessionLimits } from "@zmq-playground/shared";
import type { CommandOutcome, CommandRequest, GatewayClient } from "../gateway/types.js";

/** A gateway client that records commands and lets the test answer each one. */
export class FakeGateway implements GatewayClient {
  readonly sent: CommandRequest[] = [];
  readonly #waiting: ((outcome: CommandOutcome) => void)[] = [];
  reconnects = 0;

  request(command: CommandRequest): Promise<CommandOutcome> {
    this.sent.push(command);
    return new Promise((resolve) => this.#waiting.push(resolve));
  }

  reconnect(): void {
    this.reconnects += 1;
  }

  /** Answer the oldest unanswered command. */
  answer(outcome: CommandOutcome = { ok: true }): void {
    const resolve = this.#waiting.shift();
    if (!resolve) throw new Error("no command is waiting for an answer");
    resolve(outcome);
  }
}

export const LIMITS: SessionLimits = {
  maxSockets: 64,
  maxMessageBytes: 65_536,
  maxSendsPerSecond: 1000,
  maxClientMessagesPerSecond: 200,
  maxPayloadBytes: 2_097_152,
  tickIntervalMs: 50,
  maxSamplesPerTick: 64,
  resumeGraceMs: 30_000,
};

/** A tick with nothing in it but what the test gives. */
export function tick(fields: Partial<RuntimeTick>): RuntimeTick {
  return {
    type: "runtime:tick",
    seq: 1,
    at: 0,
    sockets: [],
    links: [],
    samples: [],
    droppedSamples: 0,
    events: [],
    droppedEvents: 0,
    ...fields,
  };
}
