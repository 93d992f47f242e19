import { screenshotDir } from "./screenshot-dir.js";
import { expect, test } from "@playwright/test";
import { CodeExportPage } from "../pages/code-export-page.js";
import { LivePage } from "../pages/live-page.js";
import { ReplayPage } from "../pages/replay-page.js";

// Pictures for a person to look at, not assertions: run with `npm run screenshots` (SCREENSHOT_DIR sets the folder).
const dir = screenshotDir();

test.describe("recording and code export screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`code export, recording and replay in the ${theme} theme`, async ({ page }, info) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: theme });
      const live = new LivePage(page);
      await live.openTemplate("pipeline");

      const code = new CodeExportPage(page);
      await code.open("Python");
      await page.screenshot({ path: `${dir}/code-export-readme-${theme}.png` });
      await code.fileTabs().nth(2).click();
      await page.screenshot({ path: `${dir}/code-export-program-${theme}.png` });
      await page.keyboard.press("Escape");

      await live.speed.selectOption("0.25");
      await live.run();
      await expect
        .poll(() => live.socketCount("collector", "received"), { timeout: 15_000 })
        .toBeGreaterThan(3);
      await page.getByRole("button", { name: "Record", exact: true }).click();
      await page.waitForTimeout(2_500);
      await page.screenshot({ path: `${dir}/recording-${theme}.png` });
      await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
        timeout: 20_000,
      });
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: /^Stop recording/ }).click();
      const file = info.outputPath("run.zmqrec.json");
      await (await download).saveAs(file);
      await live.stop();

      const replay = new ReplayPage(page);
      await replay.importRecording(file);
      await page.screenshot({ path: `${dir}/replay-start-${theme}.png` });
      await replay.bar.getByRole("button", { name: "Play" }).click();
      await page.waitForTimeout(3_000);
      await page.screenshot({ path: `${dir}/replay-playing-${theme}.png` });
      await replay.bar.getByRole("button", { name: "Pause" }).click();
      await live.editor.selectSocket("consumer-1-in");
      await page.screenshot({ path: `${dir}/replay-inspector-${theme}.png` });
    });
  }
});
