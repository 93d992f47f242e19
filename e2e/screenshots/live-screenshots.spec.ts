import { screenshotDir } from "./screenshot-dir.js";
import { expect, test, type WebSocketRoute } from "@playwright/test";
import { writeFile } from "node:fs/promises";
import { fullQueues } from "../pages/full-queues.js";
import { LivePage } from "../pages/live-page.js";

// Pictures of the live run for a person to look at, not assertions: run with
// `npm run screenshots` (SCREENSHOT_DIR sets the folder).
const dir = screenshotDir();

test.describe("live screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`a running pipeline and pub-sub in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const live = new LivePage(page);

      await live.openTemplate("pipeline");
      await live.speed.selectOption("0.25");
      await live.run();
      await expect
        .poll(() => live.socketCount("collector", "received"), { timeout: 15_000 })
        .toBeGreaterThan(8);
      await page.screenshot({ path: `${dir}/live-pipeline-slow-${theme}.png` });
      await live.stop();

      await live.speed.selectOption("1");
      await live.run();
      await expect
        .poll(() => live.socketCount("collector", "received"), { timeout: 15_000 })
        .toBeGreaterThan(40);
      await page.screenshot({ path: `${dir}/live-pipeline-fast-${theme}.png` });
      await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
        timeout: 15_000,
      });
      await page.screenshot({ path: `${dir}/live-pipeline-done-${theme}.png` });
      await live.pauseButton.click();
      await page.screenshot({ path: `${dir}/live-pipeline-paused-${theme}.png` });
      await live.stop();

      await live.openTemplate("pub-sub");
      await live.run();
      await expect(live.linkLabel("sub-2", "tcp://127.0.0.1:5556")).toContainText("subscribing");
      await page.screenshot({ path: `${dir}/live-pubsub-subscribing-${theme}.png` });
      await expect
        .poll(() => live.socketCount("sub-2", "received"), { timeout: 10_000 })
        .toBeGreaterThan(3);
      await page.screenshot({ path: `${dir}/live-pubsub-${theme}.png` });
      await live.stop();
    });
  }
});

test.describe("live screenshots: trouble", () => {
  test("full queues: a PUSH blocked, a PUB losing messages", async ({ page }, info) => {
    const file = info.outputPath("full-queues.json");
    await writeFile(file, JSON.stringify(fullQueues));
    const live = new LivePage(page);
    await live.editor.openFresh();
    await live.editor.importFile(file);
    await live.run();
    await expect(live.socket("push")).toHaveAttribute("data-blocked", "true");
    await expect(live.linkLabel("sub", "inproc://e2e-news")).toHaveAttribute(
      "data-dropped",
      /[1-9]/,
      {
        timeout: 15_000,
      },
    );
    await page.screenshot({ path: `${dir}/live-full-queues.png` });
    await live.stop();
  });

  test("a bind that fails and a lost connection", async ({ page }, info) => {
    // The gateway's own port is taken: binding it fails at run time, not in the editor.
    const file = info.outputPath("port-taken.json");
    const topology = {
      format: "zmq-topology",
      version: 1,
      title: "Port taken",
      sockets: [
        {
          id: "sender",
          type: "PUSH",
          bind: ["tcp://127.0.0.1:4399"],
          behavior: { send: { everyMs: 500, frames: ["hello"] } },
          position: { x: 0, y: 0 },
        },
        {
          id: "receiver",
          type: "PULL",
          connect: ["tcp://127.0.0.1:4399"],
          behavior: { consume: {} },
          position: { x: 360, y: 0 },
        },
      ],
    };
    await writeFile(file, JSON.stringify(topology));
    let open = true;
    const routes: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/ws/, (ws) => {
      if (!open) {
        void ws.close({ code: 4999, reason: "cut" });
        return;
      }
      routes.push(ws);
      ws.connectToServer();
    });
    const live = new LivePage(page);
    await live.editor.openFresh();
    await live.editor.importFile(file);
    await live.editor.waitForStillView();
    await live.runButton.click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `${dir}/live-bind-error.png` });
    open = false;
    await routes.at(-1)?.close({ code: 4999, reason: "cut" });
    await expect(page.getByTestId("connection-banner")).toBeVisible();
    await page.screenshot({ path: `${dir}/live-connection-lost.png` });
    open = true;
    await expect(page.getByTestId("connection-banner")).toBeHidden({ timeout: 15_000 });
    await live.stop();
  });
});

test.describe("live screenshots: another language", () => {
  test("a pipeline running in Vietnamese, with its event log", async ({ page }) => {
    const live = new LivePage(page);
    await live.openTemplate("pipeline");
    await page.getByTestId("language-switch").selectOption("vi");
    await page.getByRole("button", { name: "Chạy", exact: true }).click();
    await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
      timeout: 15_000,
    });
    await page.screenshot({ path: `${dir}/live-pipeline-vi.png` });
    await page.getByRole("button", { name: "Dừng", exact: true }).click();
    await page.getByTestId("language-switch").selectOption("zh");
    await page.screenshot({ path: `${dir}/stopped-pipeline-zh.png` });
  });
});
