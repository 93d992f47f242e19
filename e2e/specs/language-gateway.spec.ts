import { expect, test, type Page } from "@playwright/test";
import { writeFileSync } from "node:fs";
import { EditorPage } from "../pages/editor-page.js";

// What the gateway says and why a file does not open, in the reader's language. ipc
// endpoints live in the session's own folder, so this never clashes with another
// checkout's tests on the same machine.
const ENDPOINT = "ipc://lang-e2e.ipc";

/** A REQ that sends once to a REP that never answers: it waits for its reply forever. */
const reqWaits = {
  format: "zmq-topology",
  version: 1,
  title: "REQ waits",
  sockets: [
    { id: "server", type: "REP", bind: [ENDPOINT], position: { x: 120, y: 200 } },
    {
      id: "client",
      type: "REQ",
      connect: [ENDPOINT],
      behavior: { send: { everyMs: 100, frames: ["hello"], count: 1 } },
      position: { x: 620, y: 200 },
    },
  ],
};

const switcher = (page: Page) => page.getByTestId("language-switch");
const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true });

async function importText(page: Page, path: string, text: string): Promise<void> {
  writeFileSync(path, text);
  await page.getByTestId("import-input").setInputFiles(path);
}

test.describe("the gateway's words and import errors, in the reader's language", () => {
  test.afterEach(async ({ page }) => {
    // Stop whatever runs, in whichever language the page speaks now.
    for (const stop of ["Stop", "Dừng", "停止"]) {
      if (await button(page, stop).isVisible()) await button(page, stop).click();
    }
  });

  test("the event log and a refused send speak Vietnamese, then Chinese", async ({
    page,
  }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await switcher(page).selectOption("vi");
    await importText(page, testInfo.outputPath("req-waits.json"), JSON.stringify(reqWaits));
    await expect(editor.socket("client")).toBeVisible();

    await expect(button(page, "Chạy")).toBeEnabled({ timeout: 10_000 });
    await button(page, "Chạy").click();
    await expect(button(page, "Dừng")).toBeVisible({ timeout: 10_000 });
    await expect(editor.socket("client")).toHaveAttribute("data-sent", "1", { timeout: 10_000 });

    const live = page.getByTestId("live-inspector");
    const log = live.getByTestId("event-log");
    await expect(log.locator('[data-kind="accept"]')).toContainText(
      `server đã chấp nhận một kết nối trên ${ENDPOINT}.`,
    );
    await expect(log.locator('[data-kind="handshake"]').first()).toContainText(
      `hoàn tất handshake ZeroMQ trên ${ENDPOINT}: đã kết nối.`,
    );
    // The filter searches the words the log shows.
    await log.getByRole("searchbox").fill("chấp nhận");
    await expect(log.getByTestId("event")).toHaveCount(1);

    // A second request while the first waits for its reply: REQ's lockstep, refused.
    await editor.selectSocket("client");
    await live.getByRole("tab", { name: "Gửi", exact: true }).click();
    await live.getByRole("textbox", { name: /^Frame 1/ }).fill("again?");
    await live.getByRole("textbox", { name: /^Frame 1/ }).press("Enter");
    const refused = live.getByTestId("send-error");
    await expect(refused).toHaveText(
      "Chưa gửi được: client là một REQ đang chờ reply: nó chỉ được gửi tiếp sau khi reply về tới.",
    );

    // Switch at any time: what is on screen is said again in the new language.
    await switcher(page).selectOption("zh");
    await expect(refused).toHaveText(
      "没有发送：client 是正在等待回复的 REQ：只有回复到达后它才能再次发送。",
    );
    await editor.selectSocket("server");
    await live.getByRole("tab", { name: "事件", exact: true }).click();
    await expect(log.locator('[data-kind="accept"]')).toContainText(
      `server 在 ${ENDPOINT} 上接受了一个连接。`,
    );
  });

  test("a broken or foreign file says why it does not open, in Vietnamese", async ({
    page,
  }, testInfo) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await switcher(page).selectOption("vi");
    const dialog = page.getByRole("dialog");

    await importText(
      page,
      testInfo.outputPath("broken.json"),
      '{\n  "format": "zmq-topology",\n  "version": 1\n  "sockets": []\n}\n',
    );
    await expect(dialog).toContainText("Không mở được broken.json");
    const problem = dialog.getByTestId("import-error").locator("li");
    await expect(problem.locator("code")).toHaveText("dòng 4, cột 3");
    await expect(problem).toContainText("Đây không phải JSON hợp lệ (dòng 4, cột 3):");
    await page.keyboard.press("Escape");

    await importText(page, testInfo.outputPath("drawing.json"), '{ "type": "excalidraw" }');
    await expect(dialog.getByTestId("import-error")).toContainText(
      'Đây không phải file topology: nó không có trường "format"',
    );
    await page.keyboard.press("Escape");

    const badType = { ...reqWaits, sockets: [{ id: "a", type: "PUBB" }] };
    await importText(page, testInfo.outputPath("bad-type.json"), JSON.stringify(badType));
    const schema = dialog.getByTestId("import-error").locator("li");
    await expect(schema.locator("code")).toHaveText("sockets[0].type");
    await expect(schema).toContainText('sockets[0].type (socket "a") phải là một trong "REQ"');
    await expect(schema).toContainText('không phải "PUBB".');
    await page.keyboard.press("Escape");
    // Nothing was changed by the three files.
    await expect(editor.sockets()).toHaveCount(0);
  });
});
