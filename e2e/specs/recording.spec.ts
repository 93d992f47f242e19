import { expect, test } from "@playwright/test";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Server } from "node:http";
import { fileURLToPath } from "node:url";
import { LivePage } from "../pages/live-page.js";
import { ReplayPage, type ShownCounts } from "../pages/replay-page.js";
import { closeServer, serveStatic } from "../pages/static-server.js";

// The built web app served as plain files on another port, with no gateway behind it:
// how a teacher hosts recordings.
const STATIC_PORT = 4499;
const STATIC = `http://127.0.0.1:${STATIC_PORT}/`;
const dist = fileURLToPath(new URL("../../apps/web/dist", import.meta.url));

interface RecordedTick {
  type: "runtime:tick";
  sockets: { id: string; sent: number; received: number }[];
  links: { connector: string; endpoint: string; toBinder: number; toConnector: number }[];
}

/** The counters of the recording's last tick, shaped like the canvas' test hooks. */
async function finalCounts(path: string): Promise<ShownCounts> {
  const recording = JSON.parse(await readFile(path, "utf8")) as {
    format: string;
    frames: { t: number; message: { type: string } }[];
  };
  expect(recording.format).toBe("zmq-recording");
  const ticks = recording.frames
    .map((f) => f.message)
    .filter((m): m is RecordedTick => m.type === "runtime:tick");
  const last = ticks.at(-1);
  if (!last) throw new Error("the recording has no tick");
  const counts: ShownCounts = { links: {}, sockets: {} };
  for (const l of last.links) {
    counts.links[`${l.connector}|${l.endpoint}`] = {
      toBinder: l.toBinder,
      toConnector: l.toConnector,
    };
  }
  for (const s of last.sockets) counts.sockets[s.id] = { sent: s.sent, received: s.received };
  return counts;
}

const total = (c: ShownCounts) =>
  Object.values(c.links).reduce((sum, l) => sum + l.toBinder + l.toConnector, 0);

test.describe("recording a run and replaying it without a gateway", () => {
  let server: Server;
  let recordings: string;

  test.beforeAll(async () => {
    recordings = await mkdtemp(join(tmpdir(), "zmq-recordings-"));
    await mkdir(`${recordings}/recs`);
    server = await serveStatic([dist, recordings], STATIC_PORT);
  });

  test.afterAll(async () => {
    await closeServer(server);
    await rm(recordings, { recursive: true, force: true });
  });

  test("records the pipeline, then replays it from a static host to the same counters", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const live = new LivePage(page);
    await live.openTemplate("pipeline");
    // Slow motion: the 100 tasks take about eight seconds, long enough to start recording.
    await live.speed.selectOption("0.25");
    await live.run();
    await expect
      .poll(() => live.socketCount("collector", "received"), { timeout: 15_000 })
      .toBeGreaterThan(5);
    await page.getByRole("button", { name: "Record", exact: true }).click();
    const stop = page.getByRole("button", { name: /^Stop recording/ });
    await expect(stop).toBeVisible();
    await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
      timeout: 20_000,
    });
    await live.settled(() => live.totalReceived());
    const download = page.waitForEvent("download");
    await stop.click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe("pipeline-producer-two-consumers-collector.zmqrec.json");
    const file = `${recordings}/recs/run.zmqrec.json`;
    await saved.saveAs(file);
    await live.stop();
    const recorded = await finalCounts(file);
    expect(recorded.sockets["collector"]?.received).toBe(100);

    // Elsewhere: the built app as static files, no gateway at all.
    await page.goto(STATIC);
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    const replay = new ReplayPage(page);
    await replay.importRecording(file);
    await expect(page.getByTestId("connection-banner")).toHaveCount(0);
    await expect(page.getByTestId("socket-node")).toHaveCount(6);
    await replay.speed.selectOption("4");
    await replay.playToEnd();
    expect(await replay.shownCounts()).toEqual(recorded);
    await expect(page.getByTestId("connection-banner")).toHaveCount(0);

    await replay.scrubTo(0.5);
    const middle = await replay.shownCounts();
    expect(total(middle)).toBeGreaterThan(0);
    expect(total(middle)).toBeLessThan(total(recorded));
    await expect(replay.bar).toHaveAttribute("data-playing", "false");

    // Editing is off: nothing can be deleted, and Exit gives the page its own work back.
    await page.getByTestId("socket-node").first().locator(".socket-node__name").click();
    await page.keyboard.press("Delete");
    await expect(page.getByTestId("socket-node")).toHaveCount(6);
    // A replay only shows what happened: the inspector offers no kill, send or join.
    await expect(page.getByTestId("live-inspector")).toBeVisible();
    await expect(page.getByRole("button", { name: "Kill process" })).toHaveCount(0);
    await expect(page.getByRole("tab", { name: "Send" })).toHaveCount(0);
    await replay.banner.getByRole("button", { name: "Exit replay" }).click();
    await expect(replay.banner).toHaveCount(0);
    await expect(page.getByTestId("socket-node")).toHaveCount(0);
  });

  test("opens a recording from a #rec= link on the static host", async ({ page }) => {
    await writeFile(`${recordings}/recs/small.zmqrec.json`, smallRecording());
    await page.goto(`${STATIC}#rec=${encodeURIComponent("recs/small.zmqrec.json")}`);
    const replay = new ReplayPage(page);
    await expect(replay.banner).toContainText("small.zmqrec.json");
    await replay.playToEnd();
    await expect(page.getByTestId("socket-node")).toHaveCount(2);
    await expect(page.locator('[data-socket-id="pull"]')).toHaveAttribute("data-received", "7");

    await page.goto(`${STATIC}#rec=${encodeURIComponent("recs/missing.zmqrec.json")}`);
    await page.reload();
    const dialog = page.getByRole("dialog", { name: "Could not open missing.zmqrec.json" });
    await expect(dialog).toContainText("HTTP 404");
  });
});

/** A two-socket recording written by hand, as a tool other than the playground could. */
function smallRecording(): string {
  const endpoint = "tcp://127.0.0.1:5599";
  const tick = (seq: number, n: number) => ({
    type: "runtime:tick",
    seq,
    at: seq * 100,
    sockets: [
      { id: "push", sent: n, received: 0, errors: 0 },
      { id: "pull", sent: 0, received: n, errors: 0 },
    ],
    links: [
      {
        connector: "pull",
        endpoint,
        binder: "push",
        state: "connected",
        toBinder: 0,
        toConnector: n,
      },
    ],
    samples: [],
    droppedSamples: 0,
    events: [],
    droppedEvents: 0,
  });
  return JSON.stringify({
    format: "zmq-recording",
    version: 1,
    topology: {
      format: "zmq-topology",
      version: 1,
      title: "Small",
      sockets: [
        { id: "push", type: "PUSH", bind: [endpoint], position: { x: 0, y: 0 } },
        { id: "pull", type: "PULL", connect: [endpoint], position: { x: 400, y: 0 } },
      ],
    },
    startedAt: "2025-03-01T10:00:00.000Z",
    durationMs: 800,
    frames: [
      {
        t: 0,
        message: { type: "runtime:state", running: true, paused: false, speed: 1, endpoints: {} },
      },
      { t: 300, message: tick(1, 3) },
      { t: 700, message: tick(2, 7) },
    ],
  });
}
