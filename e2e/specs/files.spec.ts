import { expect, test } from "@playwright/test";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { EditorPage } from "../pages/editor-page.js";

const pipeline = fileURLToPath(
  new URL("../../packages/shared/fixtures/pipeline.json", import.meta.url),
);

test.describe("files", () => {
  test("imports a fixture through the Import file chooser and exports the same bytes", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.importFile(pipeline);
    await expect(editor.sockets()).toHaveCount(6);
    await expect(page.getByTestId("link")).toHaveCount(4);
    await expect(page.getByTestId("process-node")).toHaveCount(2);

    const exported = await editor.exportFile();
    expect(exported.name).toBe("pipeline-producer-two-consumers-collector.json");
    expect(await readFile(exported.path)).toEqual(await readFile(pipeline));
  });

  test("opens a .json file dropped on the canvas", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    const text = await readFile(pipeline, "utf8");
    const files = await page.evaluateHandle((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], "pipeline.json", { type: "application/json" }));
      return transfer;
    }, text);
    const canvas = page.locator(".canvas");
    await canvas.dispatchEvent("dragover", { dataTransfer: files });
    await expect(page.getByText("Drop a .json topology to open it")).toBeVisible();
    await canvas.dispatchEvent("drop", { dataTransfer: files });
    await expect(editor.sockets()).toHaveCount(6);
  });

  test("explains a bad file and leaves the diagram as it was", async ({ page }, info) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.importFile(pipeline);
    const bad = info.outputPath("bad.json");
    await writeFile(
      bad,
      JSON.stringify({
        format: "zmq-topology",
        version: 1,
        sockets: [{ id: "no spaces", type: "PUSH" }],
      }),
    );
    await editor.importFile(bad);

    const dialog = page.getByRole("dialog", { name: "Could not open bad.json" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByTestId("import-error")).toContainText("sockets[0].id");
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(editor.sockets()).toHaveCount(6);
  });

  test("keeps the work after a reload (autosave)", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.dropSocket("REQ", { x: 300, y: 300 });
    await editor.dropSocket("REP", { x: 700, y: 300 });
    await editor.dragLink("req-1", "rep-1");
    await page.getByRole("menuitem", { name: /^Bind tcp/ }).click();
    await expect(page.getByTestId("link")).toHaveCount(1);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem("zmq-playground:autosave") ?? ""))
      .toContain("rep-1");

    await page.reload();
    await expect(editor.sockets()).toHaveCount(2);
    await expect(editor.link("req-1", "tcp://127.0.0.1:5555")).toHaveCount(1);
  });

  test("exports the diagram as PNG and SVG images", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.importFile(pipeline);
    for (const [format, magic] of [
      ["PNG", "\x89PNG"],
      ["SVG", "<svg"],
    ] as const) {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "More export options" }).click();
      await page.getByRole("menuitem", { name: `Download ${format} image` }).click();
      const file = await (await download).path();
      expect((await readFile(file)).toString("latin1").slice(0, 200)).toContain(magic);
    }
  });

  test("opens a share link carrying the topology", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.importFile(pipeline);
    await page.getByRole("button", { name: "More export options" }).click();
    await page.getByRole("menuitem", { name: "Share link" }).click();
    const url = await page.getByTestId("share-url").inputValue();
    expect(url).toMatch(/#topology=z/);

    await editor.openFresh();
    await expect(editor.sockets()).toHaveCount(0);
    await page.goto(url);
    await expect(editor.sockets()).toHaveCount(6);
  });
});
