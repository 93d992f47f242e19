import { expect, test, type Page } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { EditorPage } from "../pages/editor-page.js";

// Pictures for a person to look at (CJK glyphs, longer Vietnamese labels):
// run with SCREENSHOT_DIR=/tmp/shots.
const dir = process.env.SCREENSHOT_DIR;

/** A PULL connected to a PUB: a validator error with both types and the endpoint in it. */
const pubToPull = {
  format: "zmq-topology",
  version: 1,
  title: "PUB -> PULL",
  sockets: [
    { id: "pub", type: "PUB", bind: ["tcp://127.0.0.1:5555"], position: { x: 120, y: 200 } },
    {
      id: "sink",
      type: "PULL",
      connect: ["tcp://127.0.0.1:5555"],
      position: { x: 620, y: 200 },
    },
  ],
};

const switcher = (page: Page) => page.getByTestId("language-switch");
const incompatible = (editor: EditorPage) =>
  editor.problems.locator('[data-code="incompatible-peers"]');

async function showPaletteTip(editor: EditorPage, type: string) {
  await editor.paletteItem(type).hover();
  return editor.page.locator(".palette-tip");
}

test.describe("the editor's language", () => {
  test("switches to Vietnamese and Chinese at once, keeps the choice over a reload", async ({
    page,
  }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    const file = testInfo.outputPath("pub-pull.json");
    writeFileSync(file, JSON.stringify(pubToPull));
    await editor.importFile(file);
    await expect(incompatible(editor)).toContainText('PULL "sink" cannot talk to PUB "pub"');
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    if (dir) await page.screenshot({ path: `${dir}/language-en.png` });

    await switcher(page).selectOption("vi");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("toolbar")).toContainText("Nhập");
    await expect(page.getByRole("button", { name: "Xuất", exact: true })).toBeVisible();
    await expect(incompatible(editor)).toContainText(
      'PULL "sink" không nói chuyện được với PUB "pub"',
    );
    await expect(incompatible(editor)).toContainText("SUB hoặc XSUB");
    await expect(editor.problems.getByTestId("problems-summary")).toHaveText("1 lỗi, 0 cảnh báo");
    await expect(await showPaletteTip(editor, "PUB")).toContainText(
      "Socket PUB gửi mỗi message tới mọi subscriber",
    );
    if (dir) await page.screenshot({ path: `${dir}/language-vi.png` });
    await editor.selectSocket("sink");
    await expect(page.getByTestId("socket-inspector")).toContainText(
      "Socket PULL nhận công bằng từ tất cả PUSH peer",
    );
    await expect(page.getByTestId("socket-inspector")).toContainText(
      "không nói chuyện được với PUB",
    );
    if (dir) await page.screenshot({ path: `${dir}/language-vi-inspector.png` });

    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("toolbar")).toContainText("Nhập");
    await expect(switcher(page)).toHaveValue("vi");
    await expect(incompatible(editor)).toContainText("không nói chuyện được với PUB");

    await switcher(page).selectOption("zh");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-Hans");
    await expect(page.getByRole("toolbar")).toContainText("导入");
    await expect(incompatible(editor)).toContainText('PULL "sink" 无法与 PUB "pub" 通信');
    await expect(incompatible(editor)).toContainText("SUB 或 XSUB");
    await expect(await showPaletteTip(editor, "PUSH")).toContainText("轮询");
    if (dir) await page.screenshot({ path: `${dir}/language-zh.png` });
    await editor.selectSocket("pub");
    await expect(page.getByTestId("socket-inspector")).toContainText("PUB socket 把每条消息");
    if (dir) await page.screenshot({ path: `${dir}/language-zh-inspector.png` });

    await page.reload();
    await expect(page.getByRole("toolbar")).toContainText("导入");

    await switcher(page).selectOption("en");
    await expect(page.getByRole("toolbar")).toContainText("Import");
    await expect(incompatible(editor)).toContainText('PULL "sink" cannot talk to PUB "pub"');
  });

  test("shows the template gallery in Vietnamese and Chinese, and opens a template in that language", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await switcher(page).selectOption("vi");
    await page.getByRole("button", { name: "Mẫu", exact: true }).click();
    const gallery = page.getByRole("dialog", { name: "Mẫu" });
    const pubSub = gallery.locator('[data-template-id="pub-sub"]');
    await expect(pubSub.getByRole("heading")).toHaveText("PUB-SUB: hai publisher, hai subscriber");
    await expect(gallery.locator('[data-template-id="pipeline"]')).toContainText(
      "Tái hiện ví dụ 03-04",
    );
    await expect(gallery).not.toContainText("two publishers");
    if (dir) await page.screenshot({ path: `${dir}/templates-vi.png` });

    // The opened document is titled in the language it was opened in.
    await gallery.getByRole("button", { name: "Mở: PAIR: ping-pong một đối một" }).click();
    await expect(gallery).toBeHidden();
    await expect(page.getByRole("status")).toContainText("Đã mở “PAIR: ping-pong một đối một”.");
    await expect(page.getByTestId("document-inspector").getByLabel("Tiêu đề")).toHaveValue(
      "PAIR: ping-pong một đối một",
    );

    await switcher(page).selectOption("zh");
    await page.getByRole("button", { name: "模板", exact: true }).click();
    const zhGallery = page.getByRole("dialog", { name: "模板" });
    await expect(zhGallery.locator('[data-template-id="pub-sub"]').getByRole("heading")).toHaveText(
      "PUB-SUB：两个发布者，两个订阅者",
    );
    await expect(zhGallery.locator('[data-template-id="req-rep"]')).toContainText("预期结果");
    if (dir) await page.screenshot({ path: `${dir}/templates-zh.png` });
  });

  test("starts in Vietnamese for a browser that prefers it", async ({ browser }) => {
    const context = await browser.newContext({ locale: "vi-VN" });
    const page = await context.newPage();
    await page.goto("/");
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(switcher(page)).toHaveValue("vi");
    await expect(page.getByRole("toolbar")).toContainText("Mẫu");
    await expect(page.getByRole("navigation", { name: "Socket" })).toContainText(
      "Publish-subscribe",
    );
    await context.close();
  });

  test("starts in Chinese for a browser that prefers it", async ({ browser }) => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    await page.goto("/");
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(switcher(page)).toHaveValue("zh");
    await expect(page.getByRole("toolbar")).toContainText("模板");
    if (dir) await page.screenshot({ path: `${dir}/language-zh-empty.png` });
    await context.close();
  });
});
