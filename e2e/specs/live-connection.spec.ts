import { expect, test, type WebSocketRoute } from "@playwright/test";
import { LivePage } from "../pages/live-page.js";

const RESULTS = "tcp://127.0.0.1:5558";

test.describe("the connection to the gateway", () => {
  let live: LivePage;

  test.afterEach(async () => {
    await live.stop();
  });

  test("says when the connection drops, keeps the diagram, and resumes the run on reconnect", async ({
    page,
  }) => {
    // Every page WebSocket goes through here, so the test can cut it like a network would.
    let open = true;
    const routes: WebSocketRoute[] = [];
    await page.routeWebSocket(/\/ws/, (ws) => {
      if (!open) {
        void ws.close({ code: 4999, reason: "cut by the test" });
        return;
      }
      routes.push(ws);
      ws.connectToServer();
    });
    live = new LivePage(page);
    await live.openTemplate("pipeline");
    await live.speed.selectOption("0.25");
    await live.run();
    await expect(live.link("consumer-1-out", RESULTS)).toHaveAttribute("data-state", "connected");

    open = false;
    await routes.at(-1)?.close({ code: 4999, reason: "cut by the test" });
    const banner = page.getByTestId("connection-banner");
    await expect(banner).toContainText("Lost the connection to the gateway.");
    await expect(banner).toContainText(/Reconnecting/);
    // The diagram stays, with what it showed last.
    await expect(live.socket("collector")).toBeVisible();
    await expect(live.pauseButton).toBeDisabled();

    open = true;
    await expect(banner).toBeHidden({ timeout: 15_000 });
    // The gateway kept the session: the same run goes on.
    await expect(live.stopButton).toBeVisible();
    await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
      timeout: 20_000,
    });
  });

  test("a reloaded tab finds its running topology again", async ({ page }) => {
    live = new LivePage(page);
    await live.openTemplate("pipeline");
    await live.run();
    await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
      timeout: 15_000,
    });
    await page.reload();
    await expect(live.stopButton).toBeVisible({ timeout: 10_000 });
    await expect(live.socket("collector")).toHaveAttribute("data-received", "100");
    await expect(live.link("consumer-1-out", RESULTS)).toHaveAttribute("data-state", "connected");
  });

  test("Run waits until the topology has no errors, and says why", async ({ page }) => {
    live = new LivePage(page);
    await live.editor.openFresh();
    await live.editor.dropSocket("PUB", { x: 200, y: 250 });
    await live.editor.dropSocket("PULL", { x: 600, y: 250 });
    await live.editor.dragLink("pull-1", "pub-1");
    await page.getByRole("menuitem", { name: /^Bind tcp/ }).click();
    await expect(live.runButton).toBeDisabled();
    await expect(live.runButton).toHaveAccessibleDescription(/Fix the problem first/);
    await page.keyboard.press("Control+Enter");
    await expect(live.runButton).toBeVisible();
    await expect(live.stopButton).toBeHidden();
  });
});
