import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, CDPSession, Page } from "@playwright/test";
import { measureFrames, type FrameStats } from "./frames.js";

/** Where the optional diagnosis files go: CPU profiles and Chromium performance traces. */
export interface ProbeOutputs {
  profileDir: string | null;
  traceDir: string | null;
}

/** The trace categories DevTools' Performance panel records (main thread, frames, paint). */
const TRACE_CATEGORIES = [
  "toplevel",
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "blink.user_timing",
  "v8.execute",
];

/**
 * Measures named windows of one page: frames (always); with a profile folder, a CPU
 * profile of the page's JavaScript per window (`NAME.cpuprofile`, for DevTools or
 * `apps/gateway/bench/profile-summary.ts`); with a trace folder, a Chromium performance
 * trace per window (`NAME.trace.json`, for DevTools or `trace-summary.ts`).
 */
export class Probe {
  private constructor(
    private readonly browser: Browser,
    private readonly page: Page,
    private readonly cdp: CDPSession,
    private readonly seconds: number,
    private readonly out: ProbeOutputs,
  ) {}

  static async attach(
    browser: Browser,
    page: Page,
    seconds: number,
    out: ProbeOutputs,
  ): Promise<Probe> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    if (out.profileDir !== null) {
      mkdirSync(out.profileDir, { recursive: true });
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 500 });
    }
    if (out.traceDir !== null) mkdirSync(out.traceDir, { recursive: true });
    return new Probe(browser, page, cdp, seconds, out);
  }

  async measure(name: string, during?: (until: number) => Promise<void>): Promise<FrameStats> {
    process.stderr.write(`[ui-bench] ${name}: ${this.seconds} s\n`);
    return this.profiled(name, () => measureFrames(this.page, this.cdp, this.seconds, during));
  }

  /** Runs `work`, profiled and traced as asked. */
  async profiled<T>(name: string, work: () => Promise<T>): Promise<T> {
    const { profileDir, traceDir } = this.out;
    if (traceDir !== null)
      await this.browser.startTracing(this.page, {
        path: join(traceDir, `${name}.trace.json`),
        categories: TRACE_CATEGORIES,
      });
    if (profileDir !== null) await this.cdp.send("Profiler.start");
    const result = await work();
    if (profileDir !== null) {
      const { profile } = await this.cdp.send("Profiler.stop");
      writeFileSync(join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
    }
    if (traceDir !== null) await this.browser.stopTracing();
    return result;
  }
}
