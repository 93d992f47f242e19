import { expect, test } from "@playwright/test";
import { InspectPage } from "../pages/inspect-page.js";

// The dealer-router template: a ROUTER server bound at tcp://127.0.0.1:5566 replies to
// two DEALERs named by their routing ids, dealer-a (5 messages) and dealer-b (3).
const ENDPOINT = "tcp://127.0.0.1:5566";

test.describe("acting on a running topology from the inspector", () => {
  let inspect: InspectPage;

  test.beforeEach(async ({ page }) => {
    inspect = new InspectPage(page);
    await inspect.openTemplate("dealer-router");
    await inspect.run();
  });

  test.afterEach(async () => {
    await inspect.stop();
  });

  test("a ROUTER sends by hand to the DEALER its first frame names", async () => {
    await inspect.selectSocket("server");
    await expect.poll(() => inspect.counter("received"), { timeout: 10_000 }).toBe(8);
    await inspect.tab("Send").click();
    const form = inspect.live.getByTestId("send-form");
    await expect(form).toContainText("Frame 1 is the identity of the peer");
    await expect(form.getByRole("button", { name: "dealer-b" })).toBeVisible();

    // Ctrl+Enter sends from the form; elsewhere it would stop the topology.
    await inspect.sendByHand(["dealer-b", "hi from the router"], "Control+Enter");
    await expect(form.getByRole("status")).toContainText("Sent.");
    await expect.poll(() => inspect.counter("sent")).toBe(9);
    await expect(inspect.stopButton()).toBeVisible();

    await inspect.selectSocket("dealer-b");
    await expect.poll(() => inspect.counter("received")).toBe(4);
    await inspect.tab("Messages").click();
    const message = inspect.messages().filter({ hasText: "hi from the router" });
    await expect(message).toHaveAttribute("data-from", "server");
    // The ROUTER took the identity off: the DEALER gets the body alone.
    await expect(message.getByTestId("frame")).toHaveCount(1);
    await expect(message.getByTestId("frame")).toHaveAttribute("data-role", "body");
  });

  test("kills and restarts the ROUTER's process; the links retry, then reconnect", async () => {
    const link = inspect.editor.link("dealer-a", ENDPOINT);
    await expect(link).toHaveAttribute("data-state", "connected", { timeout: 10_000 });
    await inspect.selectSocket("server");
    await expect(inspect.live).toContainText("Watch its links");

    await inspect.live.getByRole("button", { name: "Kill process" }).click();
    await expect(inspect.live.getByRole("status")).toContainText("Killed.");
    await expect(link).toHaveAttribute("data-state", "retrying", { timeout: 10_000 });
    // The canvas and the inspector say it is down, from the gateway's counters.
    await expect(inspect.editor.socket("server")).toHaveAttribute("data-killed", "true");
    await expect(inspect.editor.socket("server")).toContainText("killed");
    await expect(inspect.live.getByRole("button", { name: "Kill process" })).toBeDisabled();

    // A killed socket cannot send; the inspector says why, in words.
    await inspect.sendByHand(["dealer-a", "anyone there?"]);
    const error = inspect.live.getByTestId("send-error");
    await expect(error).toContainText("not running");
    await expect(error).toContainText("killed");

    await inspect.live.getByRole("button", { name: "Restart process" }).click();
    await expect(inspect.live.getByRole("status")).toContainText("Restarted.");
    await expect(link).toHaveAttribute("data-state", "connected", { timeout: 10_000 });
    await expect(inspect.editor.socket("server")).not.toHaveAttribute("data-killed");
    await expect(inspect.live.getByRole("button", { name: "Restart process" })).toBeDisabled();

    // The global log, with nothing selected, tells the story.
    await inspect.page.keyboard.press("Escape");
    const log = inspect.live.getByTestId("event-log");
    await expect(log.locator('[data-kind="process-killed"]')).toHaveCount(1);
    await expect(log.locator('[data-kind="process-restarted"]')).toHaveCount(1);
    await log.getByRole("checkbox", { name: "Info" }).uncheck();
    await expect(log.locator('[data-kind="process-restarted"]')).toHaveCount(0);
    await log.getByRole("searchbox").fill("killed");
    await expect(log.getByTestId("event")).toHaveCount(1);
  });
});
