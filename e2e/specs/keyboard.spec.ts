import { expect, test } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { EditorPage } from "../pages/editor-page.js";

// Pictures for a person to look at: run with SCREENSHOT_DIR=/tmp/shots.
const dir = process.env.SCREENSHOT_DIR;

const pipeline = fileURLToPath(
  new URL("../../packages/shared/fixtures/pipeline.json", import.meta.url),
);

test.describe("keyboard and clipboard", () => {
  test("duplicates, deletes, undoes and redoes from the keyboard", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.importFile(pipeline);
    await editor.selectSocket("collector");

    await page.keyboard.press("Control+d");
    await expect(editor.socket("collector-2")).toBeVisible();
    await expect(editor.sockets()).toHaveCount(7);

    await page.keyboard.press("Delete");
    await expect(editor.sockets()).toHaveCount(6);
    await page.keyboard.press("Control+z");
    await expect(editor.sockets()).toHaveCount(7);
    await page.keyboard.press("Control+Shift+z");
    await expect(editor.sockets()).toHaveCount(6);

    await page.keyboard.press("Control+a");
    await page.keyboard.press("Backspace");
    await expect(editor.sockets()).toHaveCount(0);
    await page.keyboard.press("Control+y");
    await expect(editor.sockets()).toHaveCount(0);
    await page.keyboard.press("Control+z");
    await expect(editor.sockets()).toHaveCount(6);
  });

  test("copies sockets as topology JSON and pastes them with fresh ids and free ports", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.importFile(pipeline);
    await editor.selectSocket("producer");
    await page.keyboard.press("Control+c");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(copied)).toMatchObject({
      format: "zmq-topology",
      sockets: [{ id: "producer" }],
    });

    await page.keyboard.press("Control+v");
    await expect(editor.socket("producer-2")).toBeVisible();
    await expect(editor.socket("producer-2")).toContainText("tcp://127.0.0.1:5559");
    await expect(editor.problems.getByTestId("problems-summary")).toHaveText(
      "No problems: this topology can run.",
    );
  });

  test("adds a socket with Enter on the palette and lists the shortcuts on ?", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.paletteItem("REQ").focus();
    await page.keyboard.press("Enter");
    await expect(editor.socket("req-1")).toBeVisible();

    await editor.pane.click({ position: { x: 20, y: 400 } });
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Keyboard shortcuts" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading", { level: 3 })).toHaveText([
      "Editing",
      "Running",
      "Presenting a lesson",
    ]);
    const row = (id: string) => dialog.locator(`tr[data-shortcut="${id}"]`);
    await expect(row("run")).toHaveText(/Ctrl\/⌘ \+ Enter\s*Run the topology, or stop it/);
    await expect(row("next")).toContainText("→ or Page Down");
    await expect(row("leave")).toContainText("Esc");
    if (dir) await page.screenshot({ path: `${dir}/shortcuts-en.png` });
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
  });

  test("lists the shortcuts in Vietnamese and Chinese", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await page.getByTestId("language-switch").selectOption("vi");
    await page.getByRole("button", { name: "Phím tắt" }).click();
    const vi = page.getByRole("dialog", { name: "Phím tắt" });
    await expect(vi.locator('tr[data-shortcut="run"]')).toContainText("Ctrl/⌘ + Enter");
    await expect(vi.locator('tr[data-shortcut="next"]')).toContainText("Slide tiếp theo");
    if (dir) await page.screenshot({ path: `${dir}/shortcuts-vi.png` });
    await page.keyboard.press("Escape");

    await page.getByTestId("language-switch").selectOption("zh");
    await editor.pane.click({ position: { x: 20, y: 400 } });
    await page.keyboard.press("?");
    const zh = page.getByRole("dialog", { name: "键盘快捷键" });
    await expect(zh.getByRole("heading", { level: 3 })).toHaveText(["编辑", "运行", "课程演示"]);
    await expect(zh.locator('tr[data-shortcut="multi"]')).toContainText("Shift + 点击");
    if (dir) await page.screenshot({ path: `${dir}/shortcuts-zh.png` });
  });
});
