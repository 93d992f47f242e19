/**
 * `npm run bench:ui [-- --json] [--seconds N] [--pairs N] [--screenshot FILE] [--profile DIR] [--trace DIR] [--dist DIR] [--only live,editing]`
 *
 * The page's frame rate in Debian's Chromium against the real gateway: idle with the
 * pipeline template, while a PUSH -> PULL and a PUB -> 4 SUB run at full speed, and while
 * a 300-socket diagram is dragged and panned. Progress goes to stderr; stdout gets a
 * table, or exactly one JSON document with --json.
 */
import { execFileSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { measureEditing } from "./editing.js";
import { round } from "./frames.js";
import { serveDistFrom } from "./dist-route.js";
import { ROOT, startGateway } from "./gateway.js";
import { measureLive } from "./live.js";
import { Probe } from "./probe.js";
import { formatReport } from "./report.js";

/** The flags of e2e/playwright.config.ts: the same browser as the UI tests. */
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
const VIEWPORT = { width: 1440, height: 900 };

const { values } = parseArgs({
  options: {
    json: { type: "boolean", default: false },
    seconds: { type: "string", default: "5" },
    pairs: { type: "string", default: "150" },
    screenshot: { type: "string", default: "/tmp/ui-bench-running.png" },
    profile: { type: "string" },
    trace: { type: "string" },
    dist: { type: "string" },
    only: { type: "string", default: "live,editing" },
  },
});
const seconds = Number(values.seconds);
const parts = new Set(values.only.split(","));
const pairs = Number(values.pairs);
if (!(seconds > 0) || !Number.isInteger(pairs) || pairs < 1)
  throw new Error("--seconds must be a positive number and --pairs a positive integer");

function git(...args: string[]): string {
  try {
    return execFileSync("git", args, { cwd: ROOT, encoding: "utf8" }).trim();
  } catch {
    return "";
  }
}

const loadBefore = round(loadavg()[0] ?? 0, 2);
const gateway = await startGateway();
process.stderr.write(`[ui-bench] gateway at ${gateway.url}\n`);
// A page fulfilled by the bench (--dist) counts as a public site to Chromium, which
// then refuses its WebSocket to 127.0.0.1 (Local Network Access): allow it there only.
const browserArgs =
  values.dist === undefined
    ? CHROMIUM_ARGS
    : [...CHROMIUM_ARGS, "--disable-features=LocalNetworkAccessChecks"];
const browser = await chromium
  .launch({ executablePath: "/usr/bin/chromium", args: browserArgs, headless: true })
  .catch(async (error: unknown) => {
    await gateway.stop();
    throw error;
  });
try {
  const context = await browser.newContext({ viewport: VIEWPORT });
  // tsx compiles with esbuild's keepNames: functions sent to page.evaluate call a
  // `__name` helper that only exists in Node. Give the page a do-nothing one.
  await context.addInitScript({ content: "globalThis.__name = (fn) => fn;" });
  if (values.dist !== undefined) await serveDistFrom(context, gateway.url, values.dist);
  const page = await context.newPage();
  const probe = await Probe.attach(browser, page, seconds, {
    profileDir: values.profile ?? null,
    traceDir: values.trace ?? null,
  });
  const live = parts.has("live")
    ? await measureLive(page, probe, gateway.url, values.screenshot)
    : null;
  const editing = parts.has("editing")
    ? await measureEditing(page, probe, gateway.url, pairs)
    : null;
  const document = {
    machine: {
      chromium: browser.version(),
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? "",
      loadAverage1m: { before: loadBefore, after: round(loadavg()[0] ?? 0, 2) },
    },
    build: {
      commit: git("rev-parse", "--short", "HEAD"),
      dist: values.dist ?? "apps/web/dist",
      /** What is measured is the working tree: the folders with changes not yet committed. */
      uncommitted: ["apps/web", "apps/gateway", "packages/shared"].filter(
        (dir) => git("status", "--porcelain", "--", dir) !== "",
      ),
    },
    config: {
      secondsPerWindow: seconds,
      viewport: VIEWPORT,
      headless: true,
      chromiumArgs: browserArgs,
      sendRateLimit: "the gateway's default (maxSendsPerSecond per socket)",
    },
    live,
    editing,
  };
  process.stdout.write(
    values.json ? `${JSON.stringify(document, null, 2)}\n` : formatReport(document),
  );
} finally {
  await browser.close();
  await gateway.stop();
}
