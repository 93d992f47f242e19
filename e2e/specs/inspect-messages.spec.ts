import { expect, test } from "@playwright/test";
import { InspectPage } from "../pages/inspect-page.js";

// The req-router template: a ROUTER server bound at tcp://127.0.0.1:5564 answers two
// REQ clients, five requests each. What the ROUTER receives is [identity, "", request].
test.describe("inspecting messages while running", () => {
  let inspect: InspectPage;

  test.beforeEach(async ({ page }) => {
    inspect = new InspectPage(page);
    await inspect.openTemplate("req-router");
    await inspect.run();
  });

  test.afterEach(async () => {
    await inspect.stop();
  });

  test("shows a ROUTER's messages with the identity and delimiter frames labelled", async () => {
    await inspect.selectSocket("server");
    // Newest first; the server's own replies are listed too, so pick what it received.
    const newest = inspect.messages().and(inspect.page.locator('[data-to="server"]')).first();
    await expect(newest).toBeVisible({ timeout: 10_000 });
    await expect(newest).toHaveAttribute("data-to", "server");
    await expect(newest).toHaveAttribute("data-from", /^client-[12]$/);
    await expect(newest).toContainText("→ binder");

    const frames = newest.getByTestId("frame");
    await expect(frames).toHaveCount(3);
    await expect(frames.nth(0)).toHaveAttribute("data-role", "identity");
    await expect(frames.nth(0)).toContainText("identity");
    await expect(frames.nth(1)).toHaveAttribute("data-role", "delimiter");
    await expect(frames.nth(1)).toHaveAttribute("data-size", "0");
    await expect(frames.nth(1)).toContainText("(empty)");
    await expect(frames.nth(2)).toHaveAttribute("data-role", "body");
    await expect(frames.nth(2)).toContainText(/request \d+ from client-[12]/);

    // libzmq's own identities are 5 bytes: 0x00, then a 32-bit number.
    await inspect.live.getByRole("checkbox", { name: "Hex" }).check();
    await expect(frames.nth(0)).toContainText(/^identity00( [0-9a-f]{2}){4}/);
    await expect(frames.nth(2)).toContainText("72 65 71 75 65 73 74"); // "request"

    // All ten requests arrive; the counters agree.
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(10);
    await expect.poll(() => inspect.counter("sent")).toBe(10);
  });

  test("a REQ's messages show what it sent and the replies it got, newest first", async () => {
    await inspect.selectSocket("client-1");
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(5);
    const messages = inspect.messages();
    await expect(messages.first()).toHaveAttribute("data-from", "server");
    await expect(messages.first()).toContainText("← connector");
    await expect(messages.first().getByTestId("frame")).toHaveText(
      /^reply to request 5 from client-1/,
    );
    await expect(messages.filter({ hasText: "request 1 from client-1" }).first()).toBeVisible();
  });

  test("sends a message by hand and sees it counted and delivered", async () => {
    await inspect.selectSocket("client-1");
    // A REQ may send only once its last reply is in: wait for its five requests to end.
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(5);
    const sent = await inspect.counter("sent");

    await inspect.sendByHand(["typed by hand"]);
    await expect(inspect.live.getByTestId("send-form").getByRole("status")).toContainText("Sent.");
    await expect.poll(() => inspect.counter("sent")).toBe(sent + 1);
    await expect.poll(() => inspect.counter("received")).toBe(6);

    await inspect.tab("Messages").click();
    const reply = inspect.messages().filter({ hasText: "reply to typed by hand" });
    await expect(reply).toHaveAttribute("data-from", "server");
    const request = inspect.messages().filter({ hasText: /^(?!.*reply to).*typed by hand/ });
    await expect(request).toHaveAttribute("data-from", "client-1");

    // The ROUTER got it with client-1's envelope in front.
    await inspect.selectSocket("server");
    const atServer = inspect
      .messages()
      .and(inspect.page.locator('[data-to="server"]'))
      .filter({ hasText: "typed by hand" });
    await expect(atServer.getByTestId("frame")).toHaveCount(3);
    await expect(atServer.getByTestId("frame").nth(0)).toHaveAttribute("data-role", "identity");
  });

  test("clicking a link shows its state, its counters and what crossed it", async () => {
    await inspect.selectSocket("client-1");
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(5);
    const endpoint = "tcp://127.0.0.1:5564";
    // The edge's wide, invisible hit path is what a click lands on.
    await inspect.editor
      .link("client-1", endpoint)
      .locator("xpath=ancestor::*[contains(@class,'react-flow__edge')][1]")
      .locator(".react-flow__edge-interaction")
      .dispatchEvent("click");
    const live = inspect.page.locator(
      `[data-testid="live-inspector"][data-link-id="client-1|${endpoint}"]`,
    );
    await expect(live).toBeVisible();
    const counters = live.getByTestId("live-counters");
    await expect(counters).toHaveAttribute("data-state", "connected");
    await expect(counters).toHaveAttribute("data-to-binder", "5");
    await expect(counters).toHaveAttribute("data-to-connector", "5");
    const messages = live.getByTestId("live-message");
    await expect(messages).toHaveCount(10);
    await expect(messages.and(inspect.page.locator('[data-from="client-2"]'))).toHaveCount(0);
    await expect(messages.first()).toContainText("← connector");
  });
});
