/**
 * The little a session needs from a WebSocket. The server adapts `ws` to it; tests pass
 * fakes, so sessions never depend on a real network.
 */
export interface SessionSocket {
  /** Queue one text message. Never throws; a closed socket drops it. */
  send(text: string): void;
  /** Close with a WebSocket close code (4000-4999 are ours) and a short reason. */
  close(code: number, reason: string): void;
  /** Bytes queued but not yet written: the backpressure signal for ticks. */
  readonly bufferedAmount: number;
  onMessage(listener: (text: string) => void): void;
  onClose(listener: () => void): void;
}

/** Close codes the gateway uses, in the range WebSocket leaves to applications. */
export const CLOSE_CODES = {
  goingAway: 1001,
  incompatible: 4000,
  takenOver: 4001,
  helloTimeout: 4002,
} as const;
