import { expect, test } from "@playwright/test";
import { GatewayProcess } from "../pages/gateway-process.js";
import { LivePage } from "../pages/live-page.js";

// Beside the config's own gateway, never on it: this one is stopped under the page.
const PORT = Number(process.env.E2E_PORT ?? 4399) + 50;
const RESULTS = "tcp://127.0.0.1:5558";

test.describe("the gateway stops while a page is open", () => {
  const gateway = new GatewayProcess(PORT);
  let live: LivePage | undefined;

  test.afterEach(async () => {
    await live?.stop().catch(() => undefined);
    await gateway.stop("SIGKILL");
  });

  for (const signal of ["SIGTERM", "SIGKILL"] as const) {
    test(`${signal}: the page keeps the diagram and edits, reconnects by itself, and runs again`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await gateway.start();
      live = new LivePage(page);
      await live.openTemplate("pipeline", gateway.url);
      await live.run();
      await expect(live.link("consumer-1-out", RESULTS)).toHaveAttribute("data-state", "connected");

      await gateway.stop(signal);
      const banner = page.getByTestId("connection-banner");
      await expect(banner).toContainText(
        signal === "SIGTERM" ? "The gateway stopped." : "Lost the connection to the gateway.",
      );
      await expect(banner).toContainText("Your diagram is safe");
      await expect(live.socket("collector")).toBeVisible();
      const sockets = page.getByTestId("socket-node");
      const before = await sockets.count();
      // Editing goes on while the gateway is away; nothing of it is lost.
      await live.editor.dropSocket("PAIR", { x: 700, y: 620 });
      await expect(sockets).toHaveCount(before + 1);

      await gateway.start();
      await expect(banner).toBeHidden({ timeout: 30_000 });
      // A new gateway knows no run: the page says stopped, and keeps the edited diagram.
      await expect(live.runButton).toBeVisible();
      await expect(sockets).toHaveCount(before + 1);
      await expect(live.socket("pair-1")).toBeVisible();
      // Take the new PAIR out again, so the run is the pipeline's alone.
      await live.socket("pair-1").locator(".socket-node__name").click();
      await page.keyboard.press("Delete");
      await expect(sockets).toHaveCount(before);
      await live.run();
      await expect(live.socket("collector")).toHaveAttribute("data-received", "100", {
        timeout: 20_000,
      });
    });
  }
});
