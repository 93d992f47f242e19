import { screenshotDir } from "./screenshot-dir.js";
import { expect, test } from "@playwright/test";
import { InspectPage } from "../pages/inspect-page.js";

// Pictures of the live inspector for a person to look at: run with `npm run screenshots` (SCREENSHOT_DIR sets the folder).
const dir = screenshotDir();

test.describe("live inspector screenshots", () => {
  // A tab closed while running keeps its session (and its ports) for a grace period.
  test.afterEach(async ({ page }) => {
    await new InspectPage(page).stop();
  });

  for (const theme of ["light", "dark"] as const) {
    test(`the live inspector in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const inspect = new InspectPage(page);
      const inspector = inspect.editor.inspector;
      await inspect.openTemplate("req-router");
      await inspect.run();
      await inspect.selectSocket("server");
      await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(10);
      await inspector.screenshot({ path: `${dir}/inspect-router-${theme}.png` });
      await page.screenshot({ path: `${dir}/inspect-page-${theme}.png` });
      await inspect.live.getByRole("checkbox", { name: "Hex" }).check();
      await inspector.screenshot({ path: `${dir}/inspect-router-hex-${theme}.png` });
      await inspect.live.getByRole("checkbox", { name: "Hex" }).uncheck();
      await inspect.tab("Send").click();
      await inspector.screenshot({ path: `${dir}/inspect-send-${theme}.png` });
      await inspect.tab("Events").click();
      await inspector.screenshot({ path: `${dir}/inspect-events-${theme}.png` });
      await inspect.tab("Join").click();
      await inspector.screenshot({ path: `${dir}/inspect-join-tab-${theme}.png` });
      await page.keyboard.press("Escape");
      await inspect.live.getByRole("button", { name: "Join from your program…" }).click();
      await page.screenshot({ path: `${dir}/join-dialog-${theme}.png` });
      await page.getByRole("button", { name: "Close" }).click();
      await inspect.stop();

      await inspect.openTemplate("dealer-router");
      await inspect.run();
      await inspect.selectSocket("server");
      await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(8);
      await inspect.tab("Send").click();
      await inspector.screenshot({ path: `${dir}/inspect-router-send-${theme}.png` });
      await inspect.tab("Messages").click();
      await inspector.screenshot({ path: `${dir}/inspect-dealer-router-${theme}.png` });
      await inspect.live.getByRole("button", { name: "Kill process" }).click();
      await inspect.sendByHand(["dealer-a", "anyone there?"]);
      await inspector.screenshot({ path: `${dir}/inspect-killed-${theme}.png` });
      await page.screenshot({ path: `${dir}/canvas-killed-${theme}.png` });
      await inspect.editor
        .link("dealer-a", "tcp://127.0.0.1:5566")
        .locator("xpath=ancestor::*[contains(@class,'react-flow__edge')][1]")
        .locator(".react-flow__edge-interaction")
        .dispatchEvent("click");
      await inspect.tab("Messages").click();
      await inspector.screenshot({ path: `${dir}/inspect-link-${theme}.png` });
      await page.keyboard.press("Escape");
      await inspector.screenshot({ path: `${dir}/inspect-global-${theme}.png` });
      await inspect.stop();
    });
  }
});
