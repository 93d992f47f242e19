/** The first reconnect waits about this long… */
export const BACKOFF_MIN_MS = 500;
/** …and the wait doubles up to this. */
export const BACKOFF_MAX_MS = 10_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 first): doubling from 0.5 s to
 * 10 s, with jitter (between half and all of it) so many tabs of a restarted gateway
 * do not all knock at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, attempt));
  return Math.max(BACKOFF_MIN_MS, Math.round(ceiling / 2 + (random() * ceiling) / 2));
}
