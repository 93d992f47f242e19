import { expect, type Locator, type Page } from "@playwright/test";

/** A link's and a socket's counters as the canvas' test hooks show them. */
export interface ShownCounts {
  links: Record<string, { toBinder: number; toConnector: number }>;
  sockets: Record<string, { sent: number; received: number }>;
}

/** A replayed recording as a person drives it: open, play, scrub, and what the canvas shows. */
export class ReplayPage {
  readonly banner: Locator;
  readonly bar: Locator;
  readonly play: Locator;
  readonly scrub: Locator;
  readonly speed: Locator;

  constructor(readonly page: Page) {
    this.banner = page.getByTestId("replay-banner");
    this.bar = page.getByTestId("replay-bar");
    this.play = this.bar.getByRole("button", { name: /^(Play|Pause)$/ });
    this.scrub = this.bar.getByRole("slider", { name: "Position in the recording" });
    this.speed = this.bar.getByRole("combobox", { name: "Replay speed" });
  }

  /** Open a recording file through Import, as a person would. */
  async importRecording(path: string): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
    await (await chooser).setFiles(path);
    await expect(this.banner).toBeVisible();
  }

  /** Press Play and wait until the replay stops at its end. */
  async playToEnd(): Promise<void> {
    await this.bar.getByRole("button", { name: "Play" }).click();
    await expect(this.bar).toHaveAttribute("data-playing", "true");
    await expect(this.bar).toHaveAttribute("data-playing", "false", { timeout: 30_000 });
    const duration = await this.bar.getAttribute("data-duration");
    await expect(this.bar).toHaveAttribute("data-position", duration ?? "");
  }

  /** Click the scrubber at a fraction of its width (0 = start, 1 = end). */
  async scrubTo(fraction: number): Promise<void> {
    const box = await this.scrub.boundingBox();
    if (!box) throw new Error("no scrubber on screen");
    await this.page.mouse.click(box.x + box.width * fraction, box.y + box.height / 2);
  }

  /** Every link's and socket's counters from their test hooks. */
  async shownCounts(): Promise<ShownCounts> {
    return this.page.evaluate(() => {
      const num = (e: Element, name: string) => Number(e.getAttribute(name));
      const links: ShownCounts["links"] = {};
      for (const g of Array.from(document.querySelectorAll('[data-testid="link"]'))) {
        links[`${g.getAttribute("data-connector")}|${g.getAttribute("data-endpoint")}`] = {
          toBinder: num(g, "data-to-binder"),
          toConnector: num(g, "data-to-connector"),
        };
      }
      const sockets: ShownCounts["sockets"] = {};
      for (const n of Array.from(document.querySelectorAll('[data-testid="socket-node"]'))) {
        sockets[n.getAttribute("data-socket-id") ?? ""] = {
          sent: num(n, "data-sent"),
          received: num(n, "data-received"),
        };
      }
      return { links, sockets };
    });
  }
}
