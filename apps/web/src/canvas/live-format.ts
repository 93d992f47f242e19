import type { LiveLink } from "../store/live-view.js";

/** A count as people read it on a projector: 1234 -> "1,234", 1234567 -> "1.2M". */
export function formatCount(n: number): string {
  if (n >= 1_000_000) return `${(n / 1_000_000).toFixed(n >= 10_000_000 ? 0 : 1)}M`;
  return n.toLocaleString("en-US");
}

/** A rate in messages per second: one decimal below 10, whole numbers above. */
export function formatRate(rate: number): string {
  if (rate >= 1000) return formatCount(Math.round(rate));
  return rate >= 9.95 ? String(Math.round(rate)) : rate.toFixed(1);
}

/** Above this many messages a second on a link, dots would be a blur: draw intensity instead. */
export const BUSY_RATE = 20;

/**
 * Whether a link shows its traffic as intensity (a thick moving stroke) rather than one
 * dot per message: it is busy, or the gateway had to leave samples out while it carried
 * messages (the dots would under-count it).
 */
export function isBusy(link: LiveLink | undefined, droppedSamples: number): boolean {
  if (!link) return false;
  const rate = link.rateToBinder + link.rateToConnector;
  return rate > BUSY_RATE || (droppedSamples > 0 && rate > BUSY_RATE / 4);
}

/** The stroke width of a busy link: grows with the rate (logarithmically), 4 to 12 px. */
export function busyWidth(rate: number): number {
  return Math.min(12, 4 + 2 * Math.log2(1 + rate / BUSY_RATE));
}
