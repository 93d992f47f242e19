import { expect, test } from "@playwright/test";
import { LivePage } from "../pages/live-page.js";

const TASKS = "tcp://127.0.0.1:5557";
const RESULTS = "tcp://127.0.0.1:5558";

test.describe("running the pipeline template", () => {
  let live: LivePage;

  test.beforeEach(async ({ page }) => {
    live = new LivePage(page);
    await live.openTemplate("pipeline");
  });

  test.afterEach(async () => {
    await live.stop();
  });

  test("delivers every task to the collector, shared between the two consumers", async () => {
    await expect(live.socket("collector")).toHaveAttribute("data-received", "0");
    await expect(live.link("consumer-1-in", TASKS)).toHaveAttribute("data-state", "idle");
    await live.run();

    await expect(live.link("consumer-1-in", TASKS)).toHaveAttribute("data-state", "connected");
    await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
      timeout: 15_000,
    });
    await expect(live.socket("producer")).toHaveAttribute("data-sent", "100");
    const first = await live.linkCount("consumer-1-in", TASKS, "to-connector");
    const second = await live.linkCount("consumer-2-in", TASKS, "to-connector");
    expect(first + second).toBe(100);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(0);
    // The consumers' PUSH sockets connect to the collector: their messages go to the binder.
    const out1 = await live.linkCount("consumer-1-out", RESULTS, "to-binder");
    const out2 = await live.linkCount("consumer-2-out", RESULTS, "to-binder");
    expect(out1 + out2).toBe(100);
    await expect(live.link("consumer-1-in", TASKS)).toHaveAttribute("data-to-binder", "0");
  });

  test("stops: the links go idle, the counters read zero and Run is back", async () => {
    await live.run();
    await expect(live.socket("collector")).not.toHaveAttribute("data-received", "0", {
      timeout: 10_000,
    });
    await live.stopButton.click();
    await expect(live.runButton).toBeEnabled({ timeout: 10_000 });
    for (const link of await live.page.getByTestId("link").all()) {
      await expect(link).toHaveAttribute("data-state", "idle");
      await expect(link).toHaveAttribute("data-to-connector", "0");
    }
    await expect(live.socket("collector")).toHaveAttribute("data-received", "0");
  });

  test("pauses (counters stand still) and steps exactly one message", async () => {
    // Slow motion keeps the producer busy long enough to pause in the middle.
    await live.speed.selectOption("0.25");
    await live.run();
    await expect
      .poll(() => live.socketCount("collector", "received"), { timeout: 15_000 })
      .toBeGreaterThan(3);
    await live.pauseButton.click();
    await expect(live.resumeButton).toBeVisible();
    const paused = await live.settled(() => live.totalReceived());
    await live.page.waitForTimeout(700);
    expect(await live.totalReceived()).toBe(paused);

    await expect(live.stepButton).toBeEnabled();
    await live.stepButton.click();
    await expect.poll(() => live.totalReceived()).toBe(paused + 1);
    expect(await live.settled(() => live.totalReceived())).toBe(paused + 1);

    await live.resumeButton.click();
    await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
      timeout: 20_000,
    });
  });

  test("a killed collector leaves its links retrying; restarted, they connect again", async ({
    page,
  }) => {
    await live.run();
    const link = live.link("consumer-1-out", RESULTS);
    await expect(link).toHaveAttribute("data-state", "connected");
    await live.editor.selectSocket("collector");
    const inspector = page.getByTestId("live-inspector");
    await inspector.getByRole("button", { name: "Kill process" }).click();
    await expect(link).toHaveAttribute("data-state", /retrying|disconnected|connecting/);
    await expect(link).toHaveAttribute("data-state", "retrying", { timeout: 10_000 });
    await expect(live.linkLabel("consumer-1-out", RESULTS)).toContainText("retrying");
    await inspector.getByRole("button", { name: "Restart process" }).click();
    await expect(link).toHaveAttribute("data-state", "connected", { timeout: 10_000 });
  });
});
