import { expect, test } from "@playwright/test";
import { LivePage } from "../pages/live-page.js";

// Pictures of the live run for a person to look at, not assertions: run with
// SCREENSHOT_DIR=/tmp/shots.
const dir = process.env.SCREENSHOT_DIR;

test.describe("live screenshots", () => {
  test.skip(!dir, "set SCREENSHOT_DIR to take screenshots");

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
