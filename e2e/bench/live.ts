import type { Page } from "@playwright/test";
import { round, type FrameStats } from "./frames.js";
import { isFree } from "./gateway.js";
import {
  counters,
  importTopology,
  openFresh,
  openTemplate,
  socket,
  waitFor,
  waitForStillView,
} from "./page.js";
import type { Probe } from "./probe.js";
import { assertValid, fullSpeedTopology, SUBSCRIBERS } from "./topologies.js";

export interface LiveResult {
  idlePipeline: FrameStats;
  idleFullSpeedDiagram: FrameStats;
  running: FrameStats;
  /** running.fps / idlePipeline.fps: the figure. */
  runningToIdleFps: number;
  /** running.fps / idleFullSpeedDiagram.fps: the same diagram, not running. */
  runningToSameDiagramIdleFps: number;
  /** Messages per second the page's hooks counted while the frames were measured. */
  rates: { pushSent: number; pullReceived: number; pubSent: number; subsReceived: number };
  links: { total: number; busy: number };
  /** The problems panel while running (the send-rate cap shows here when it bites). */
  problems: string[];
  screenshot: string;
}

/** Two tcp ports for the full-speed topology, free now (outside the gateway tests' ranges). */
async function twoPorts(): Promise<[number, number]> {
  const found: number[] = [];
  for (let port = 45000 + Math.floor(Math.random() * 900); found.length < 2; port += 1)
    if (await isFree(port)) found.push(port);
  return [found[0] ?? 0, found[1] ?? 0];
}

/** Idle with the pipeline template; then a PUSH -> PULL and a PUB -> 4 SUB at full speed. */
export async function measureLive(
  page: Page,
  probe: Probe,
  url: string,
  screenshot: string,
): Promise<LiveResult> {
  await openFresh(page, url);
  await openTemplate(page, "pipeline");
  await page.waitForTimeout(1000);
  const idlePipeline = await probe.measure("idle-pipeline");

  const [pushPort, pubPort] = await twoPorts();
  await importTopology(page, assertValid(fullSpeedTopology(pushPort, pubPort)));
  await socket(page, "publisher").waitFor();
  await waitForStillView(page);
  await page.waitForTimeout(1000);
  const idleFullSpeedDiagram = await probe.measure("idle-full-speed-diagram");

  await page.getByRole("button", { name: "Run", exact: true }).click();
  await page.getByRole("button", { name: "Stop", exact: true }).waitFor({ timeout: 15_000 });
  const subs = Array.from({ length: SUBSCRIBERS }, (_, i) => `sub-${i + 1}`);
  await waitFor("the counters to move", async () => {
    const c = await counters(page);
    return ["puller", ...subs].every((id) => (c.get(id)?.received ?? 0) > 0);
  });
  // Rates are measured over two seconds: let them (and intensity mode) settle first.
  await page.waitForTimeout(2500);
  const before = await counters(page);
  const t0 = Date.now();
  const running = await probe.measure("running");
  const after = await counters(page);
  const seconds = (Date.now() - t0) / 1000;
  const rate = (ids: string[], key: "sent" | "received") =>
    round(
      ids.reduce((sum, id) => sum + (after.get(id)?.[key] ?? 0) - (before.get(id)?.[key] ?? 0), 0) /
        seconds,
      0,
    );
  const links = await page.getByTestId("link").evaluateAll((gs) => ({
    total: gs.length,
    busy: gs.filter((g) => g.getAttribute("data-busy") === "true").length,
  }));
  const problems = await page.getByTestId("problem").evaluateAll((ps) =>
    ps.map((p) => {
      const text = p instanceof HTMLElement ? p.innerText : (p.textContent ?? "");
      return `${p.getAttribute("data-code") ?? ""}: ${text.replace(/\s+/g, " ").trim()}`;
    }),
  );
  await page.screenshot({ path: screenshot });
  await page.getByRole("button", { name: "Stop", exact: true }).click();
  await page.getByRole("button", { name: "Run", exact: true }).waitFor({ timeout: 15_000 });

  return {
    idlePipeline,
    idleFullSpeedDiagram,
    running,
    runningToIdleFps: round(running.fps / idlePipeline.fps, 2),
    runningToSameDiagramIdleFps: round(running.fps / idleFullSpeedDiagram.fps, 2),
    rates: {
      pushSent: rate(["pusher"], "sent"),
      pullReceived: rate(["puller"], "received"),
      pubSent: rate(["publisher"], "sent"),
      subsReceived: rate(subs, "received"),
    },
    links,
    problems,
    screenshot,
  };
}
