import { expect, test } from "@playwright/test";
import { CodeExportPage } from "../pages/code-export-page.js";
import { LivePage } from "../pages/live-page.js";

const FOLDER = "pipeline-producer-two-consumers-collector";

test.describe("exporting code and the schema from the UI", () => {
  test("shows the pipeline's Python programs one at a time and downloads them as a zip", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await new LivePage(page).openTemplate("pipeline");
    const code = new CodeExportPage(page);
    await code.open("Python");
    await expect(
      page.getByRole("dialog", { name: /^Python programs for .Pipeline: producer/ }),
    ).toBeVisible();
    // One program per process: the producer, the two consumers, the collector.
    const names = await code.fileNames();
    expect(names[0]).toBe("README.md");
    expect(names.filter((n) => n.endsWith(".py"))).toHaveLength(4);
    await expect(code.content).toContainText("Start them in this order");

    const program = names.find((n) => n.startsWith("consumer-1")) ?? "";
    await code.dialog.getByRole("tab", { name: new RegExp(`^${program}`) }).click();
    await expect(code.content).toContainText("import zmq");
    await code.dialog.getByRole("button", { name: "Copy" }).click();
    await expect(code.dialog.getByRole("button", { name: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code.content.textContent());

    const zip = await code.downloadZip();
    expect(zip.name).toBe(`${FOLDER}-python.zip`);
    expect(zip.files.map((f) => f.path)).toEqual(names.map((n) => `${FOLDER}-python/${n}`));
    const readme = zip.files.find((f) => f.path.endsWith("/README.md"));
    expect(readme?.text).toContain("pip install pyzmq");
    expect(zip.files.find((f) => f.path.endsWith(`/${program}`))?.text).toBe(copied);
  });

  test("exports Node programs with a package.json", async ({ page }) => {
    await new LivePage(page).openTemplate("pipeline");
    const code = new CodeExportPage(page);
    await code.open("Node");
    const zip = await code.downloadZip();
    expect(zip.name).toBe(`${FOLDER}-node.zip`);
    const paths = zip.files.map((f) => f.path.replace(/^[^/]+\//, ""));
    expect(paths).toContain("README.md");
    expect(paths).toContain("package.json");
    expect(paths.filter((p) => p.endsWith(".mjs"))).toHaveLength(4);
    await page.keyboard.press("Escape");
    await expect(code.dialog).toHaveCount(0);
  });

  test("links the topology format's JSON Schema, published with the app", async ({ page }) => {
    await new LivePage(page).editor.openFresh();
    await page.getByRole("button", { name: "More export options" }).click();
    const opened = page.context().waitForEvent("page");
    await page.getByRole("menuitem", { name: "JSON Schema for topology files" }).click();
    const tab = await opened;
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toBe("/schema/topology.schema.json");
    const schema = JSON.parse((await tab.locator("body").textContent()) ?? "") as {
      $id?: string;
    };
    expect(schema.$id).toBe("urn:zmq-playground:schema:topology:1");
  });
});
