import { expect, type Locator, type Page } from "@playwright/test";
import { LivePage } from "./live-page.js";

/** The lessons as a student or a teacher uses them: the panel, a lesson, its challenge, presenting. */
export class LessonsPage {
  readonly live: LivePage;
  readonly panel: Locator;
  readonly lesson: Locator;
  readonly verdict: Locator;
  readonly presentation: Locator;

  constructor(readonly page: Page) {
    this.live = new LivePage(page);
    this.panel = page.getByTestId("lessons-panel");
    this.lesson = page.getByTestId("lesson");
    this.verdict = page.getByTestId("verdict");
    this.presentation = page.getByTestId("presentation");
  }

  /** A fresh editor (nothing saved, English) with the lessons open on their list. */
  async openFresh(language = "en"): Promise<void> {
    await this.page.goto("/");
    await this.page.evaluate((lang) => {
      localStorage.clear();
      localStorage.setItem("zmq-playground:language", lang);
    }, language);
    await this.page.reload();
    await this.page.locator(".lesson-rail__button").click();
    await expect(this.panel).toBeVisible();
  }

  /** Show one lesson of the list (by id) and put its topology on the canvas. */
  async openLesson(id: string): Promise<void> {
    await this.page.locator(`[data-testid="lesson-item"][data-lesson-id="${id}"]`).click();
    await expect(this.lesson).toHaveAttribute("data-lesson-id", id);
  }

  async openTopology(): Promise<void> {
    await this.lesson.getByRole("button", { name: "Open topology" }).click();
    await expect(this.lesson.getByRole("status")).toContainText("Opened in the editor");
    await this.live.editor.waitForStillView();
  }

  /** Press "Check my work" and return the messages of the verdict (empty when solved). */
  async check(): Promise<string[]> {
    const before = await this.verdict.count();
    await this.page.getByTestId("check-work").click();
    if (before === 0) await expect(this.verdict).toBeVisible();
    return this.verdict.locator("li").allInnerTexts();
  }

  async present(): Promise<void> {
    await this.panel.getByRole("button", { name: "Present" }).click();
    await expect(this.presentation).toBeVisible();
  }

  /** Where the presentation is: lesson id and slide number. */
  async slide(): Promise<{ lesson: string | null; slide: number }> {
    return {
      lesson: await this.presentation.getAttribute("data-lesson-id"),
      slide: Number(await this.presentation.getAttribute("data-slide")),
    };
  }
}
