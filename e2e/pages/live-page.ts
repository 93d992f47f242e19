import { expect, type Locator, type Page } from "@playwright/test";
import { EditorPage } from "./editor-page.js";

export type LinkCounter = "to-binder" | "to-connector";

/** The live run as a person drives it: templates, Run/Stop, Pause/Step, speed, and what the canvas shows. */
export class LivePage {
  readonly editor: EditorPage;
  readonly runButton: Locator;
  readonly stopButton: Locator;
  readonly pauseButton: Locator;
  readonly resumeButton: Locator;
  readonly stepButton: Locator;
  readonly speed: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
    const named = (name: string) => page.getByRole("button", { name, exact: true });
    this.runButton = named("Run");
    this.stopButton = named("Stop");
    this.pauseButton = named("Pause");
    this.resumeButton = named("Resume");
    this.stepButton = named("Step");
    this.speed = page.getByRole("combobox", { name: "Speed" });
  }

  /** A fresh editor (nothing autosaved) with a template from the gallery; `url`: another gateway. */
  async openTemplate(id: string, url?: string): Promise<void> {
    await this.editor.openFresh(url);
    await this.page.getByRole("button", { name: "Templates" }).click();
    await this.page.locator(`[data-template-id="${id}"]`).getByRole("button").click();
    await this.editor.waitForStillView();
  }

  /** Press Run and wait until every link of the diagram reports a state. */
  async run(): Promise<void> {
    await expect(this.runButton).toBeEnabled({ timeout: 10_000 });
    await this.runButton.click();
    await expect(this.stopButton).toBeVisible({ timeout: 10_000 });
  }

  /** Press Stop (when running) and wait until Run is back: every test ends with this (fixed ports). */
  async stop(): Promise<void> {
    if (await this.stopButton.isVisible()) await this.stopButton.click();
    await expect(this.runButton).toBeVisible({ timeout: 10_000 });
  }

  socket(id: string): Locator {
    return this.editor.socket(id);
  }

  link(connector: string, endpoint: string): Locator {
    return this.editor.link(connector, endpoint);
  }

  /** The words and numbers drawn on a running link (rendered apart from the link's `<g>`). */
  linkLabel(connector: string, endpoint: string): Locator {
    return this.page.locator(`[data-testid="link-live"][data-link-id="${connector}|${endpoint}"]`);
  }

  /** A socket's live counter from its test hook (`data-sent` / `data-received`). */
  async socketCount(id: string, counter: "sent" | "received"): Promise<number> {
    return Number(await this.socket(id).getAttribute(`data-${counter}`));
  }

  /** A link's live counter for one direction (`data-to-binder` / `data-to-connector`). */
  async linkCount(connector: string, endpoint: string, counter: LinkCounter): Promise<number> {
    return Number(await this.link(connector, endpoint).getAttribute(`data-${counter}`));
  }

  /** Every socket's received count added up: a step moves exactly one message, so this grows by one. */
  async totalReceived(): Promise<number> {
    const values = await this.page
      .getByTestId("socket-node")
      .evaluateAll((nodes) => nodes.map((n) => Number(n.getAttribute("data-received"))));
    return values.reduce((a, b) => a + b, 0);
  }

  /** Resolves once `read` gives the same value for `quietMs` (counters came to rest). */
  async settled(read: () => Promise<number>, quietMs = 800): Promise<number> {
    let last = await read();
    let since = Date.now();
    await expect
      .poll(
        async () => {
          const now = await read();
          if (now !== last) {
            last = now;
            since = Date.now();
          }
          return Date.now() - since >= quietMs;
        },
        { timeout: 15_000, intervals: [100] },
      )
      .toBe(true);
    return last;
  }
}
