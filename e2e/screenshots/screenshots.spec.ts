import { screenshotDir } from "./screenshot-dir.js";
import { test } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { EditorPage } from "../pages/editor-page.js";

// Pictures for a person to look at, not assertions: run with `npm run screenshots` (SCREENSHOT_DIR sets the folder).
const dir = screenshotDir();
const pipeline = fileURLToPath(
  new URL("../../packages/shared/fixtures/pipeline.json", import.meta.url),
);

test.describe("screenshots", () => {
  for (const theme of ["light", "dark"] as const) {
    test(`the editor in the ${theme} theme`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const editor = new EditorPage(page);
      await editor.openFresh();
      await page.screenshot({ path: `${dir}/empty-${theme}.png` });
      await editor.paletteItem("PUSH").hover();
      await page.screenshot({ path: `${dir}/palette-tip-${theme}.png` });

      await editor.importFile(pipeline);
      await editor.waitForStillView();
      await page.screenshot({ path: `${dir}/pipeline-${theme}.png` });
      await editor.selectSocket("consumer-1-in");
      await page.screenshot({ path: `${dir}/pipeline-selected-${theme}.png` });

      await page.getByRole("button", { name: "New" }).click();
      await editor.dropSocket("PUB", { x: 200, y: 250 });
      await editor.dropSocket("PULL", { x: 600, y: 250 });
      await editor.dragLink("pull-1", "pub-1");
      await page.screenshot({ path: `${dir}/connect-menu-${theme}.png` });
      await page.getByRole("menuitem", { name: /^Bind tcp/ }).click();
      await page.screenshot({ path: `${dir}/error-${theme}.png` });

      // What a student draws by hand: producer, consumer (PULL + PUSH), collector.
      await page.getByRole("button", { name: "New" }).click();
      await page.waitForTimeout(300);
      await editor.dropSocket("PUSH", { x: 110, y: 300 });
      await editor.dropSocket("PULL", { x: 360, y: 240 });
      await editor.dropSocket("PUSH", { x: 600, y: 240 });
      await editor.dropSocket("PULL", { x: 840, y: 300 });
      await editor.dragLink("pull-1", "push-1");
      await page.getByRole("menuitem", { name: /^Bind tcp/ }).click();
      await editor.dragLink("push-2", "pull-2");
      await page.getByRole("menuitem", { name: /^Bind tcp/ }).click();
      await page.screenshot({ path: `${dir}/hand-drawn-${theme}.png` });

      await page.getByRole("button", { name: "Templates" }).click();
      await page.screenshot({ path: `${dir}/templates-${theme}.png` });
    });
  }
});
