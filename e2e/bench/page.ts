import type { Locator, Page } from "@playwright/test";
import type { Topology } from "@zmq-playground/shared";

const TIMEOUT = 30_000;

/** Poll `check` every 100 ms until it holds; throws `what` after `timeout`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeout = TIMEOUT,
): Promise<void> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** `promise`, or an error naming `what` after `ms` (a page that never answers must not hang the bench). */
export function withTimeout<T>(what: string, promise: Promise<T>, ms = TIMEOUT): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** The editor with nothing autosaved from an earlier run. */
export async function openFresh(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.locator(".react-flow__pane").waitFor({ timeout: TIMEOUT });
}

/** Wait until the viewport's transform stops changing (a load frames the diagram, animated). */
export async function waitForStillView(page: Page): Promise<void> {
  const viewport = page.locator(".react-flow__viewport");
  let last = "";
  await waitFor("a still view", async () => {
    const now = (await viewport.getAttribute("style")) ?? "";
    const still = now === last;
    last = now;
    return still;
  });
}

/** Open a template from the gallery, as a person does. */
export async function openTemplate(page: Page, id: string): Promise<void> {
  await page.getByRole("button", { name: "Templates" }).click();
  await page.locator(`[data-template-id="${id}"]`).getByRole("button").click();
  await waitForStillView(page);
}

/** Import a topology through the toolbar's Import file input (what the file chooser feeds). */
export async function importTopology(page: Page, topology: Topology): Promise<void> {
  await page.getByTestId("import-input").setInputFiles({
    name: "bench.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(topology, null, 2)),
  });
}

export function socket(page: Page, id: string): Locator {
  return page.locator(`[data-testid="socket-node"][data-socket-id="${id}"]`);
}

/** Every socket's `data-sent` and `data-received` hooks, by socket id. */
export async function counters(
  page: Page,
): Promise<Map<string, { sent: number; received: number }>> {
  const rows = await page.getByTestId("socket-node").evaluateAll((nodes) =>
    nodes.map((n) => ({
      id: n.getAttribute("data-socket-id") ?? "",
      sent: Number(n.getAttribute("data-sent")),
      received: Number(n.getAttribute("data-received")),
    })),
  );
  return new Map(rows.map((r) => [r.id, { sent: r.sent, received: r.received }]));
}

/** Whether a screen point shows the empty pane (a place to grab for panning). */
export async function paneAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    ([px, py]) =>
      document.elementFromPoint(px ?? 0, py ?? 0)?.classList.contains("react-flow__pane") ?? false,
    [x, y],
  );
}
