import { expect, test } from "@playwright/test";
import { LivePage } from "../pages/live-page.js";

const P5546 = "tcp://127.0.0.1:5546";
const P5556 = "tcp://127.0.0.1:5556";

test.describe("running the PUB-SUB template", () => {
  let live: LivePage;

  test.beforeEach(async ({ page }) => {
    live = new LivePage(page);
    await live.openTemplate("pub-sub");
  });

  test.afterEach(async () => {
    await live.stop();
  });

  test("each subscriber hears both publishers once both subscribe to both topics", async ({
    page,
  }) => {
    // The template's subscriber 1 only wants "10001"; give it "10002" as well.
    await live.editor.selectSocket("sub-1");
    const list = page.locator(".string-list", {
      has: page.getByRole("textbox", { name: "subscribe 1" }),
    });
    await list.getByRole("button", { name: /Add/ }).click();
    await page.getByRole("textbox", { name: "subscribe 2" }).fill("10002");
    await live.run();

    for (const sub of ["sub-1", "sub-2"]) {
      await expect(live.socket(sub)).toHaveAttribute("data-received", "20", { timeout: 10_000 });
      for (const endpoint of [P5546, P5556]) {
        await expect(live.link(sub, endpoint)).toHaveAttribute("data-state", "connected");
        expect(await live.linkCount(sub, endpoint, "to-connector")).toBe(10);
      }
    }
  });

  test("shows a late subscriber waiting, then its first message; a filter keeps a link silent", async () => {
    await live.run();
    // The publishers start after 1 s: the links are up, the subscriptions on their way.
    await expect(live.linkLabel("sub-2", P5556)).toContainText("subscribing…");
    await expect(live.link("sub-2", P5556)).toHaveClass(/link--flash/, { timeout: 5_000 });

    await expect(live.socket("sub-2")).toHaveAttribute("data-received", "20", { timeout: 10_000 });
    await expect(live.socket("sub-1")).toHaveAttribute("data-received", "10");
    await expect(live.link("sub-1", P5546)).toHaveAttribute("data-to-connector", "10");
    // PUB filters at the sender: what subscriber 1 did not ask for never crosses its link.
    await expect(live.link("sub-1", P5556)).toHaveAttribute("data-to-connector", "0");
    await expect(live.linkLabel("sub-1", P5556)).toContainText("no matching topic");
    await expect(live.socket("pub-5556")).toHaveAttribute("data-sent", "10");
  });
});
