import { expect, test } from "@playwright/test";
import { LivePage } from "../pages/live-page.js";

const P5556 = "tcp://127.0.0.1:5556";

test.describe("editing while running", () => {
  let live: LivePage;

  test.afterEach(async () => {
    await live.stop();
  });

  test("applies an edit to the running topology; the sockets it did not touch keep counting", async ({
    page,
  }) => {
    live = new LivePage(page);
    await live.openTemplate("pub-sub");
    // Slow motion: the publishers are still sending when the edit lands.
    await live.speed.selectOption("0.25");
    await live.run();
    await expect
      .poll(() => live.socketCount("sub-2", "received"), { timeout: 15_000 })
      .toBeGreaterThan(1);
    await expect(live.link("sub-1", P5556)).toHaveAttribute("data-to-connector", "0");
    const sub2Before = await live.socketCount("sub-2", "received");

    // Subscriber 1 now wants "10002" too: only it is recreated.
    await live.editor.selectSocket("sub-1");
    await page.getByTestId("live-inspector").getByRole("tab", { name: "Edit" }).click();
    const list = page.locator(".string-list", {
      has: page.getByRole("textbox", { name: "subscribe 1" }),
    });
    await list.getByRole("button", { name: /Add/ }).click();
    await page.getByRole("textbox", { name: "subscribe 2" }).fill("10002");

    await expect
      .poll(() => live.linkCount("sub-1", P5556, "to-connector"), { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(await live.socketCount("sub-2", "received")).toBeGreaterThanOrEqual(sub2Before);
    await expect(live.socket("sub-2")).toHaveAttribute("data-received", "20", { timeout: 20_000 });
    await expect(live.socket("pub-5556")).toHaveAttribute("data-sent", "10");
  });
});
