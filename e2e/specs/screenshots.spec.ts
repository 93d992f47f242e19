import { test } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { EditorPage } from "../pages/editor-page.js";

// Pictures for a person to look at, not assertions: run with SCREENSHOT_DIR=/tmp/shots.
const dir = process.env.SCREENSHOT_DIR;
const pipeline = fileURLToPath(
  new URL("../../packages/shared/fixtures/pipeline.json", import.meta.url),
);

test.describe("screenshots", () => {
  test.skip(!dir, "set SCREENSHOT_DIR to take screenshots");

  for (const theme of ["light", "dark"] as const) {
    test(`the pipeline template in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const editor = new EditorPage(page);
      await editor.openFresh();
      await page.screenshot({ path: `${dir}/empty-${theme}.png` });
      await editor.importFile(pipeline);
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${dir}/pipeline-${theme}.png` });
      await editor.selectSocket("consumer-1-in");
      await page.screenshot({ path: `${dir}/pipeline-selected-${theme}.png` });
    });
  }
});
