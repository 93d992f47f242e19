/** A duration as a clock shows it: `0:05`, `2:30`, `12:04` (whole seconds, rounded down). */
export function clockTime(ms: number): string {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}
