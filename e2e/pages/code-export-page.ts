import { expect, type Locator, type Page } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { readStoredZip, type ZipFileEntry } from "./zip-reader.js";

/** The Export menu's code export dialog, as a person uses it. */
export class CodeExportPage {
  readonly dialog: Locator;
  readonly content: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByTestId("code-export");
    this.content = page.getByTestId("code-export-content");
  }

  /** Open "Code (Python)" or "Code (Node)" from the Export menu. */
  async open(language: "Python" | "Node"): Promise<void> {
    await this.page.getByRole("button", { name: "More export options" }).click();
    await this.page.getByRole("menuitem", { name: `Code (${language})` }).click();
    await expect(this.dialog).toBeVisible();
  }

  fileTabs(): Locator {
    return this.dialog.getByRole("tab");
  }

  async fileNames(): Promise<string[]> {
    return this.fileTabs().evaluateAll((tabs) =>
      tabs.map((t) => t.getAttribute("data-path") ?? ""),
    );
  }

  /** Press "Download zip" and read the archive back: its name and files. */
  async downloadZip(): Promise<{ name: string; files: ZipFileEntry[] }> {
    const download = this.page.waitForEvent("download");
    await this.dialog.getByRole("button", { name: "Download zip" }).click();
    const d = await download;
    return { name: d.suggestedFilename(), files: readStoredZip(await readFile(await d.path())) };
  }
}
