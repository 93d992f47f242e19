import type { CDPSession, Page } from "@playwright/test";

/** What the page records while a window is measured (kept on `window`, read back at the end). */
interface Recording {
  /** requestAnimationFrame timestamps, one per frame the page produced. */
  frames: number[];
  /** Message dots on screen, counted every frame (the dot layer's children). */
  dots: number[];
  /** Main-thread tasks longer than 50 ms (PerformanceObserver "longtask"). */
  longTasks: number[];
  stop: () => void;
}

declare global {
  interface Window {
    __uiBench?: Recording;
  }
}

/** One measured window: frame rate, slow frames and what the main thread did. */
export interface FrameStats {
  seconds: number;
  frames: number;
  fps: number;
  /** Frame time (ms) that the slowest 50%, 5% and 1% of frames reach or exceed. */
  frameMsP50: number;
  frameMsP95: number;
  frameMsP99: number;
  /** The three longest frames, in ms. */
  longestFramesMs: number[];
  /** Frames that took more than 50 ms (more than three 60 Hz frames). */
  framesOver50Ms: number;
  longTasks: number;
  longTaskMs: number;
  /** Main-thread time per second of wall time (CDP Performance.getMetrics), in ms. */
  mainThread: { taskMs: number; scriptMs: number; layoutMs: number; styleMs: number };
  /** Message dots on screen: the most at once and the mean over frames. */
  dotsMax: number;
  dotsMean: number;
}

/** Starts the in-page recorder: a requestAnimationFrame loop that only notes timestamps. */
async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__uiBench?.stop();
    const layer = document.querySelector("svg.message-dots");
    const rec: Recording = { frames: [], dots: [], longTasks: [], stop: () => {} };
    let on = true;
    const loop = (t: number) => {
      if (!on) return;
      rec.frames.push(t);
      rec.dots.push(layer?.childElementCount ?? 0);
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push(e.duration);
    });
    observer.observe({ type: "longtask" });
    rec.stop = () => {
      on = false;
      observer.disconnect();
    };
    window.__uiBench = rec;
  });
}

async function stopRecording(page: Page): Promise<Omit<Recording, "stop">> {
  return page.evaluate(() => {
    const rec = window.__uiBench;
    rec?.stop();
    return { frames: rec?.frames ?? [], dots: rec?.dots ?? [], longTasks: rec?.longTasks ?? [] };
  });
}

const METRICS = {
  taskMs: "TaskDuration",
  scriptMs: "ScriptDuration",
  layoutMs: "LayoutDuration",
  styleMs: "RecalcStyleDuration",
} as const;

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  return new Map(list.map((m) => [m.name, m.value]));
}

/** Nearest-rank percentile (0-100) of `values`; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Measures the page's frames while `during` runs (or for `seconds` when it resolves
 * sooner): the frame rate is frames counted by requestAnimationFrame over the time
 * they span, as a person would see the page move.
 */
export async function measureFrames(
  page: Page,
  cdp: CDPSession,
  seconds: number,
  during: (until: number) => Promise<void> = () => Promise.resolve(),
): Promise<FrameStats> {
  const before = await metrics(cdp);
  await startRecording(page);
  const until = Date.now() + seconds * 1000;
  await during(until);
  const rest = until - Date.now();
  if (rest > 0) await page.waitForTimeout(rest);
  const rec = await stopRecording(page);
  const after = await metrics(cdp);
  const first = rec.frames[0] ?? 0;
  const last = rec.frames.at(-1) ?? first;
  const spanS = (last - first) / 1000;
  const gaps = rec.frames.slice(1).map((t, i) => t - (rec.frames[i] ?? t));
  const wallS = (after.get("Timestamp") ?? 0) - (before.get("Timestamp") ?? 0) || seconds;
  const perSecond = (name: string) =>
    round((((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000) / wallS);
  return {
    seconds: round(spanS, 2),
    frames: rec.frames.length,
    fps: round(spanS > 0 ? gaps.length / spanS : 0),
    frameMsP50: round(percentile(gaps, 50)),
    frameMsP95: round(percentile(gaps, 95)),
    frameMsP99: round(percentile(gaps, 99)),
    longestFramesMs: [...gaps]
      .sort((a, b) => b - a)
      .slice(0, 3)
      .map((g) => round(g)),
    framesOver50Ms: gaps.filter((g) => g > 50).length,
    longTasks: rec.longTasks.length,
    longTaskMs: round(rec.longTasks.reduce((a, b) => a + b, 0)),
    mainThread: {
      taskMs: perSecond(METRICS.taskMs),
      scriptMs: perSecond(METRICS.scriptMs),
      layoutMs: perSecond(METRICS.layoutMs),
      styleMs: perSecond(METRICS.styleMs),
    },
    dotsMax: Math.max(0, ...rec.dots),
    dotsMean: round(rec.dots.length ? rec.dots.reduce((a, b) => a + b, 0) / rec.dots.length : 0),
  };
}
