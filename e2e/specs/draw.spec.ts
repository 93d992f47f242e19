import { expect, test } from "@playwright/test";
import { fileURLToPath } from "node:url";
import { EditorPage } from "../pages/editor-page.js";

const pipeline = fileURLToPath(
  new URL("../../packages/shared/fixtures/pipeline.json", import.meta.url),
);

test.describe("drawing a topology", () => {
  test("drags sockets from the palette, links them, and sees a wrong pair flagged until retyped", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();

    await editor.dropSocket("PUB", { x: 250, y: 250 });
    await editor.dropSocket("PULL", { x: 650, y: 250 });
    await expect(editor.sockets()).toHaveCount(2);
    await expect(editor.socket("pub-1")).toHaveAttribute("data-socket-type", "PUB");

    // The PUB binds nothing yet: dropping the link on it offers to bind a free port.
    await editor.dragLink("pull-1", "pub-1");
    await page.getByRole("menuitem", { name: "Bind tcp://127.0.0.1:5555 and connect" }).click();

    const link = editor.link("pull-1", "tcp://127.0.0.1:5555");
    await expect(link).toHaveAttribute("data-severity", "error");
    await expect(editor.socket("pub-1").getByTestId("problem-badge")).toBeVisible();
    await expect(editor.problems.locator('[data-code="incompatible-peers"]')).toContainText(
      "cannot talk to PUB",
    );

    // Clicking the problem selects the link it is about.
    await editor.problems.locator('[data-code="incompatible-peers"]').click();
    await expect(link).toHaveClass(/link--selected/);
    await expect(page.getByTestId("link-inspector")).toContainText("tcp://127.0.0.1:5555");

    await editor.selectSocket("pub-1");
    await editor.inspector.getByLabel("Type").selectOption("PUSH");

    await expect(link).toHaveAttribute("data-severity", "none");
    await expect(editor.socket("pub-1")).toHaveAttribute("data-socket-type", "PUSH");
    await expect(editor.socket("pub-1").getByTestId("problem-badge")).toHaveCount(0);
    await expect(editor.problems.getByTestId("problems-summary")).toHaveText(
      "No problems: this topology can run.",
    );
  });

  test("the inspector's buttons duplicate and delete the selected socket", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.dropSocket("REP", { x: 300, y: 250 });
    await editor.selectSocket("rep-1");
    await editor.inspector.getByRole("button", { name: "Duplicate", exact: true }).click();
    await expect(editor.sockets()).toHaveCount(2);
    await expect(editor.socket("rep-2")).toHaveAttribute("data-socket-type", "REP");
    await editor.inspector.getByRole("button", { name: "Delete", exact: true }).click();
    await expect(editor.sockets()).toHaveCount(1);
  });

  test("a student draws the tutorial pipeline: producer, a consumer process, collector", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.dropSocket("PUSH", { x: 110, y: 300 });
    await editor.dropSocket("PULL", { x: 330, y: 300 });
    await editor.dropSocket("PUSH", { x: 550, y: 300 });
    await editor.dropSocket("PULL", { x: 770, y: 300 });

    await editor.dragLink("pull-1", "push-1");
    await page.getByRole("menuitem", { name: /^Bind tcp:\/\/127\.0\.0\.1:5555/ }).click();
    await editor.dragLink("push-2", "pull-2");
    await page.getByRole("menuitem", { name: /^Bind tcp:\/\/127\.0\.0\.1:5556/ }).click();
    await expect(page.getByTestId("link")).toHaveCount(2);

    // The consumer's two sockets make one program: group them, then forward in -> out.
    await editor.selectSocket("pull-1");
    await editor
      .socket("push-2")
      .locator(".socket-node__name")
      .click({ modifiers: ["Shift"] });
    await page.getByRole("toolbar").getByRole("button", { name: "Make process" }).click();
    await expect(page.getByTestId("process-node")).toHaveCount(1);

    await editor.selectSocket("pull-1");
    await editor.inspector.getByRole("checkbox", { name: "Forward" }).check();
    await expect(editor.socket("pull-1")).toContainText("forwards to push-2");
    // The worker's output now sends what it is given, not the palette's sample messages.
    await expect(editor.socket("push-2")).toContainText("sends what pull-1 forwards");
    await expect(editor.problems.getByTestId("problems-summary")).toHaveText(
      "No problems: this topology can run.",
    );
  });

  test("moving a socket writes its new place into the document", async ({ page }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.dropSocket("PUSH", { x: 300, y: 300 });
    const saved = () =>
      page.evaluate(() => {
        const doc = JSON.parse(localStorage.getItem("zmq-playground:autosave") ?? "{}");
        return doc.sockets?.[0]?.position ?? null;
      });
    await expect.poll(saved).not.toBeNull();
    const before = await saved();

    const box = await editor.socket("push-1").locator(".socket-node__type").boundingBox();
    if (!box) throw new Error("socket not on screen");
    await page.mouse.move(box.x + 10, box.y + 10);
    await page.mouse.down();
    await page.mouse.move(box.x + 130, box.y + 90, { steps: 10 });
    await page.mouse.up();

    // Snapped to the 20 px grid, and React Flow starts a drag a few pixels in.
    await expect.poll(async () => (await saved()).x).toBeGreaterThanOrEqual(before.x + 100);
    const after = await saved();
    expect(after.y).toBeGreaterThanOrEqual(before.y + 60);
    expect(after.x % 20).toBe(0);
    await page.keyboard.press("Control+z");
    await expect.poll(saved).toEqual(before);
  });

  test("dragging a socket into a process box puts it in that process, and out again", async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.openFresh();
    await editor.importFile(pipeline);
    await editor.waitForStillView();
    const processOf = (id: string) =>
      page.evaluate((socketId) => {
        const doc = JSON.parse(localStorage.getItem("zmq-playground:autosave") ?? "{}");
        return doc.sockets?.find((s: { id: string }) => s.id === socketId)?.process ?? null;
      }, id);
    const dragBy = async (id: string, to: { x: number; y: number }) => {
      const from = await editor.socket(id).locator(".socket-node__type").boundingBox();
      if (!from) throw new Error("socket not on screen");
      await page.mouse.move(from.x + 5, from.y + 5);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 12 });
      await page.mouse.up();
    };

    const box = await page.locator('[data-process-id="consumer-2"]').boundingBox();
    if (!box) throw new Error("process not on screen");
    await dragBy("collector", { x: box.x + box.width / 2 - 60, y: box.y + box.height / 2 - 20 });
    await expect.poll(() => processOf("collector")).toBe("consumer-2");

    await dragBy("collector", { x: box.x + box.width / 2, y: box.y + box.height + 260 });
    await expect.poll(() => processOf("collector")).toBeNull();
  });
});
