import { expect, type Locator, type Page } from "@playwright/test";

/** The editor as a person sees it: palette, canvas, inspector, problems, toolbar. */
export class EditorPage {
  readonly pane: Locator;
  readonly problems: Locator;
  readonly inspector: Locator;

  constructor(readonly page: Page) {
    this.pane = page.locator(".react-flow__pane");
    this.problems = page.getByTestId("problems-panel");
    this.inspector = page.getByRole("complementary", { name: "Inspector" });
  }

  /** Open the editor with nothing saved from an earlier test. */
  async openFresh(url = "/"): Promise<void> {
    await this.page.goto(url);
    await this.page.evaluate(() => localStorage.clear());
    await this.page.reload();
    await expect(this.pane).toBeVisible();
  }

  paletteItem(type: string): Locator {
    return this.page.locator(`[data-testid="palette-item"][data-socket-type="${type}"]`);
  }

  socket(id: string): Locator {
    return this.page.locator(`[data-testid="socket-node"][data-socket-id="${id}"]`);
  }

  sockets(): Locator {
    return this.page.getByTestId("socket-node");
  }

  link(connector: string, endpoint: string): Locator {
    return this.page.locator(
      `[data-testid="link"][data-connector="${connector}"][data-endpoint="${endpoint}"]`,
    );
  }

  /** Drag a socket type from the palette and drop it at a point of the canvas. */
  async dropSocket(type: string, at: { x: number; y: number }): Promise<void> {
    await this.paletteItem(type).dragTo(this.pane, { targetPosition: at });
  }

  /** Drag from one socket's connect handle and let go over another socket's body. */
  async dragLink(fromSocket: string, toSocket: string): Promise<void> {
    const handle = this.socket(fromSocket).locator(".handle--connect");
    const from = await handle.boundingBox();
    const to = await this.socket(toSocket).locator(".socket-node__name").boundingBox();
    if (!from || !to) throw new Error("socket not on screen");
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Select a socket by clicking its name. */
  async selectSocket(id: string): Promise<void> {
    await this.socket(id).locator(".socket-node__name").click();
  }

  /** Wait until the view stops moving (opening a document frames it with a short animation). */
  async waitForStillView(): Promise<void> {
    const viewport = this.page.locator(".react-flow__viewport");
    let last = "";
    await expect
      .poll(
        async () => {
          const now = (await viewport.getAttribute("style")) ?? "";
          const still = now === last;
          last = now;
          return still;
        },
        { intervals: [100] },
      )
      .toBe(true);
  }

  /** Import a file through the "Import" button's file chooser. */
  async importFile(path: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    await (await chooser).setFiles(path);
  }

  /** Press "Export" and return the downloaded file's path. */
  async exportFile(): Promise<{ path: string; name: string }> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Export", exact: true }).click();
    const d = await download;
    return { path: await d.path(), name: d.suggestedFilename() };
  }
}
