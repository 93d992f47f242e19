import { expect, type Locator, type Page } from "@playwright/test";
import { EditorPage } from "./editor-page.js";

export type CounterName = "sent" | "received" | "errors";

/** The live inspector as a person uses it: run a template, select, read, send, kill. */
export class InspectPage {
  readonly editor: EditorPage;
  readonly live: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
    this.live = page.getByTestId("live-inspector");
  }

  /** Open a fresh editor with a template from the gallery. */
  async openTemplate(id: string): Promise<void> {
    await this.editor.openFresh();
    await this.page.getByRole("button", { name: "Templates" }).click();
    await this.page.locator(`[data-template-id="${id}"]`).getByRole("button").click();
    await this.editor.waitForStillView();
  }

  /** Press Run and wait until the topology runs. */
  async run(): Promise<void> {
    const run = this.page.getByRole("button", { name: "Run", exact: true });
    await expect(run).toBeEnabled({ timeout: 10_000 });
    await run.click();
    await expect(this.stopButton()).toBeVisible({ timeout: 10_000 });
  }

  /** Press Stop (closing a dialog left open) and wait until Run is back. */
  async stop(): Promise<void> {
    if (await this.page.getByRole("dialog").isVisible()) await this.page.keyboard.press("Escape");
    const stop = this.stopButton();
    if (await stop.isVisible()) await stop.click();
    await expect(this.page.getByRole("button", { name: "Run", exact: true })).toBeVisible({
      timeout: 10_000,
    });
  }

  stopButton(): Locator {
    return this.page.getByRole("button", { name: "Stop", exact: true });
  }

  /** Select a socket on the canvas and wait for its live view. */
  async selectSocket(id: string): Promise<void> {
    await this.editor.selectSocket(id);
    await expect(
      this.page.locator(`[data-testid="live-inspector"][data-socket-id="${id}"]`),
    ).toBeVisible();
  }

  tab(name: string): Locator {
    return this.live.getByRole("tab", { name, exact: true });
  }

  messages(): Locator {
    return this.live.getByTestId("live-message");
  }

  counters(): Locator {
    return this.live.getByTestId("live-counters");
  }

  /** One of the selected socket's counters, as the inspector shows it. */
  async counter(name: CounterName): Promise<number> {
    return Number((await this.counters().getAttribute(`data-${name}`)) ?? "NaN");
  }

  frameInput(n: number): Locator {
    return this.live.getByRole("textbox", { name: new RegExp(`^Frame ${n}(,|$)`) });
  }

  /** Type frames into the send form (one field per frame) and press Enter (or `key`). */
  async sendByHand(frames: readonly string[], key = "Enter"): Promise<void> {
    await this.tab("Send").click();
    const form = this.live.getByTestId("send-form");
    const inputs = form.getByRole("textbox");
    while ((await inputs.count()) > frames.length) {
      await form
        .getByRole("button", { name: /^Remove frame/ })
        .last()
        .click();
    }
    while ((await inputs.count()) < frames.length) {
      await form.getByRole("button", { name: "Add frame" }).click();
    }
    for (const [i, text] of frames.entries()) await this.frameInput(i + 1).fill(text);
    await this.frameInput(frames.length).press(key);
  }
}
