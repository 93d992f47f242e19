import { screenshotDir } from "./screenshot-dir.js";
import { expect, test } from "@playwright/test";
import { LessonsPage } from "../pages/lessons-page.js";

// Pictures for a person to look at, not assertions: `npm run screenshots` (SCREENSHOT_DIR sets the folder).
const dir = screenshotDir();

test.describe("lesson screenshots", () => {
  for (const [language, theme] of [
    ["en", "light"],
    ["vi", "dark"],
    ["zh", "light"],
  ] as const) {
    test(`the panel and presentation mode in ${language}, ${theme}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      const lessons = new LessonsPage(page);
      const shot = async (name: string) => {
        await page.waitForTimeout(500); // a verdict fades in
        await page.screenshot({ path: `${dir}/lessons-${name}-${language}.png` });
      };
      // Run and Stop are the first button of the run controls, whatever the language.
      const runOrStop = page.getByTestId("run-controls").getByRole("button").first();
      await lessons.openFresh(language);
      await shot("list");
      await page.locator('[data-lesson-id="pipeline"]').click();
      await lessons.lesson.locator(".lesson__open .button").click();
      await lessons.live.editor.waitForStillView();
      await page.getByTestId("check-work").click();
      await shot("lesson");
      // The queues lesson runs over inproc: no port can be taken by another test.
      await lessons.lesson.locator(".lesson__crumbs .link-button").click();
      await page.locator('[data-lesson-id="high-water-marks"]').click();
      await lessons.panel.locator(".lessons__present").click();
      await lessons.live.editor.waitForStillView();
      await shot("present-intro");
      for (let i = 0; i < 4; i += 1) await page.keyboard.press("ArrowRight");
      await runOrStop.click();
      await expect(page.locator(".run-controls__stop")).toBeVisible({ timeout: 10_000 });
      await page.waitForTimeout(4000);
      await shot("present-step");
      await runOrStop.click();
      await expect(page.locator(".run-controls__run")).toBeVisible({ timeout: 10_000 });
      // Back through the messages lesson to the challenge of "Address in use".
      for (let i = 0; i < 10; i += 1) await page.keyboard.press("ArrowLeft");
      await page.getByTestId("check-work").click();
      await shot("present-challenge");
      await page.keyboard.press("Escape");
    });
  }
});
