import { expect, test } from "@playwright/test";
import { LessonsPage } from "../pages/lessons-page.js";

test.describe("lessons", () => {
  let lessons: LessonsPage;

  test.beforeEach(async ({ page }) => {
    lessons = new LessonsPage(page);
    await lessons.openFresh();
  });

  test.afterEach(async () => {
    await lessons.live.stop();
  });

  test("a challenge done wrong, then right: the checker's verdict follows", async ({ page }) => {
    const { live } = lessons;
    const editor = live.editor;
    await expect(page.getByTestId("lesson-item")).toHaveCount(20);
    await lessons.openLesson("illegal-link");
    await lessons.openTopology();
    await expect(editor.socket("server")).toHaveAttribute("data-socket-type", "PULL");
    await expect(live.runButton).toBeDisabled();

    // As given: the link is illegal and the server would not answer anyway.
    expect(await lessons.check()).toEqual([
      "A REQ cannot talk to a PULL. A REQ may talk to: REP, ROUTER.",
      "“Server” must answer: give it a Reply behaviour.",
    ]);

    // Wrong: a REP may talk to a REQ, but this one still does not answer.
    await editor.selectSocket("server");
    await editor.inspector.getByLabel("Type").selectOption("REP");
    expect(await lessons.check()).toEqual(["“Server” must answer: give it a Reply behaviour."]);

    // Right on paper; the rest is seen running.
    await editor.inspector.getByRole("checkbox", { name: "Reply" }).check();
    expect(await lessons.check()).toEqual([
      "Press Run: this check looks at what the running topology does.",
    ]);
    await live.run();
    await expect
      .poll(() => live.socketCount("client", "received"), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(3);
    expect(await lessons.check()).toEqual([]);
    await expect(lessons.verdict).toHaveAttribute("data-passed", "true");
    await expect(lessons.verdict).toContainText("Solved!");
  });

  test("presenting: the lesson beside the canvas, moved with the keyboard, left with Esc", async ({
    page,
  }) => {
    const { live } = lessons;
    await lessons.openLesson("pair");
    await lessons.present();
    // The lesson's topology is on the canvas, the editing panels are gone, the run is slow.
    await expect(live.editor.sockets()).toHaveCount(2);
    await expect(page.locator(".palette")).toBeHidden();
    await expect(live.editor.inspector).toBeHidden();
    await expect(live.editor.problems).toBeHidden();
    await expect(live.speed).toHaveValue("0.25");
    await expect(lessons.presentation).toContainText("Slow motion 0.25×");
    expect(await lessons.slide()).toEqual({ lesson: "pair", slide: 0 });

    // pair: two paragraphs, then three steps.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("PageDown");
    await expect(lessons.presentation).toContainText("Step 1 of 3");
    await expect(lessons.presentation.locator('[aria-current="step"]')).toContainText(
      "Both sides count 5 sent and 5 received.",
    );
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("PageUp");
    await expect(lessons.presentation).toContainText("Step 2 of 3");

    // Past the last step comes the next lesson, with its topology on the canvas.
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    expect(await lessons.slide()).toEqual({ lesson: "req-rep", slide: 0 });
    await expect(live.editor.socket("server")).toContainText("Slow server");
    await page.keyboard.press("ArrowLeft");
    expect(await lessons.slide()).toEqual({ lesson: "pair", slide: 4 });

    // Run works from the presentation; Esc leaves it and gives the speed back.
    await live.run();
    await expect
      .poll(() => live.socketCount("client", "received"), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.keyboard.press("Escape");
    await expect(lessons.presentation).toBeHidden();
    await expect(lessons.panel).toBeVisible();
    await expect(page.locator(".palette")).toBeVisible();
    await expect(live.speed).toHaveValue("1");
  });
});

test.describe("lessons in another language", () => {
  test("speak Vietnamese when the editor does", async ({ page }) => {
    const lessons = new LessonsPage(page);
    await lessons.openFresh("vi");
    await expect(page.getByRole("complementary", { name: "Bài học" })).toBeVisible();
    await lessons.page.locator('[data-lesson-id="address-in-use"]').click();
    await lessons.lesson.getByRole("button", { name: "Mở topology" }).click();
    await page.getByTestId("check-work").click();
    await expect(lessons.verdict).toContainText("Vẫn còn thiếu:");
    await expect(lessons.verdict).toContainText("tcp://127.0.0.1:5611 vẫn bị bind hai lần.");
  });
});
