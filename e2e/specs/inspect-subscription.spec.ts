import { expect, test } from "@playwright/test";
import { InspectPage } from "../pages/inspect-page.js";

// The pub-sub template: pub-5546 publishes "10001 …" and pub-5556 "10002 …", ten each;
// sub-1 subscribes to "10001" only, sub-2 to both.
test.describe("a subscriber's live view across a change of subscription", () => {
  let inspect: InspectPage;

  test.beforeEach(async ({ page }) => {
    inspect = new InspectPage(page);
    await inspect.openTemplate("pub-sub");
    await inspect.run();
  });

  test.afterEach(async () => {
    await inspect.stop();
  });

  test("a topic sent by hand reaches the SUB once it subscribes, labelled as the topic", async () => {
    await inspect.selectSocket("sub-1");
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(10);
    await expect(inspect.messages().filter({ hasText: "10002" })).toHaveCount(0);

    // Subscribe to "1000", a prefix of both topics; the running SUB is redeployed.
    await inspect.tab("Edit").click();
    await inspect.live.getByRole("textbox", { name: "subscribe 1" }).fill("1000");
    await inspect.tab("Messages").click();

    // The PUB's first frame is the topic. A fresh subscription needs a moment to reach
    // the PUB (slow joiner), so send until one arrives (each try from the PUB again: the
    // SUB, selected to look, has no Send tab).
    await expect(async () => {
      await inspect.selectSocket("pub-5556");
      await inspect.sendByHand(["10002", "typed by hand"]);
      await inspect.selectSocket("sub-1");
      await inspect.tab("Messages").click();
      await expect(inspect.messages().filter({ hasText: "typed by hand" }).first()).toBeVisible({
        timeout: 1000,
      });
    }).toPass({ timeout: 15_000 });

    const message = inspect.messages().filter({ hasText: "typed by hand" }).first();
    await expect(message).toHaveAttribute("data-from", "pub-5556");
    const frames = message.getByTestId("frame");
    await expect(frames).toHaveCount(2);
    await expect(frames.nth(0)).toHaveAttribute("data-role", "topic");
    await expect(frames.nth(0)).toContainText("10002");
    await expect(inspect.counters()).toBeVisible();
  });
});
