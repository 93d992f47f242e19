import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { BrowserContext } from "@playwright/test";

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".map": "application/json",
  ".svg": "image/svg+xml",
};

/**
 * Serve the page's files from another build of apps/web (an unminified one, say, so a
 * CPU profile names React's and the app's functions), while the WebSocket still goes
 * to the real gateway. Only for diagnosis: the figures are meant for the real build.
 */
export async function serveDistFrom(
  context: BrowserContext,
  base: string,
  dir: string,
): Promise<void> {
  await context.route(`${base}**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = normalize(join(dir, path === "/" ? "index.html" : path));
    if (!file.startsWith(normalize(dir))) return route.fulfill({ status: 404 });
    try {
      const body = await readFile(file);
      return await route.fulfill({
        body,
        contentType: TYPES[extname(file)] ?? "application/octet-stream",
      });
    } catch {
      return route.fulfill({ status: 404 });
    }
  });
}
