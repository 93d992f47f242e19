import { writeFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { fullQueues, PUB_COUNT } from "../pages/full-queues.js";
import { LivePage } from "../pages/live-page.js";

test("a full PUSH shows blocked, a PUB counts what its slow subscriber lost", async ({
  page,
}, info) => {
  const file = info.outputPath("full-queues.json");
  await writeFile(file, JSON.stringify(fullQueues));
  const live = new LivePage(page);
  await live.editor.openFresh();
  await live.editor.importFile(file);
  await expect(live.socket("sub")).toBeVisible();
  await live.run();
  try {
    const push = live.socket("push");
    await expect(push).toHaveAttribute("data-blocked", "true");
    await expect(push.getByText("blocked", { exact: true })).toBeVisible();
    // The inspector says it too, in words.
    await push.locator(".socket-node__name").click();
    await expect(page.getByTestId("live-counters")).toHaveAttribute("data-blocked", "true");
    await expect(page.getByTestId("live-counters")).toContainText("high-water mark");
    // A socket that only receives is never blocked.
    await expect(live.socket("pull")).not.toHaveAttribute("data-blocked");

    // Once both ends are quiet, what the subscriber received and what was lost add up
    // to what the PUB sent, and the link says how many were lost.
    const label = live.linkLabel("sub", "inproc://e2e-news");
    await expect
      .poll(
        async () =>
          (await live.socketCount("sub", "received")) +
          Number((await label.getAttribute("data-dropped")) ?? 0),
        { timeout: 20_000 },
      )
      .toBe(PUB_COUNT);
    await expect(live.socket("pub")).toHaveAttribute("data-sent", String(PUB_COUNT));
    const dropped = Number(await label.getAttribute("data-dropped"));
    expect(dropped).toBeGreaterThan(0);
    await expect(label).toContainText(`${dropped.toLocaleString("en-US")} lost`);
  } finally {
    await live.stop();
  }
});
