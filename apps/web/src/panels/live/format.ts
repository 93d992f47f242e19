/** Seconds since deploy, as the inspector prints them: "12.345". */
export function formatAt(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** A rate in messages per second: one decimal below 10, whole numbers above. */
export function formatRate(rate: number): string {
  if (rate <= 0) return "0";
  return rate < 10 ? rate.toFixed(1) : Math.round(rate).toLocaleString("en");
}

/** Hex in byte pairs separated by spaces, easier to count than one long run. */
export function spacedHex(hex: string): string {
  return (hex.match(/.{1,2}/g) ?? []).join(" ");
}
