import { defineConfig } from "@playwright/test";

// E2E_PORT lets two checkouts run their browser tests on one machine side by side.
const PORT = Number(process.env.E2E_PORT ?? 4399);

// Real product, real browser: the gateway's `serve` (which serves the built web app)
// in Debian's Chromium. `npm run e2e` builds the web app first.
export default defineConfig({
  // "specs" are the browser tests `npm test` runs; "screenshots" only takes pictures
  // for a person to look at (`npm run screenshots`).
  projects: [
    { name: "specs", testDir: "specs" },
    { name: "screenshots", testDir: "screenshots" },
  ],
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI ? "line" : "list",
  outputDir: "../test-results",
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1440, height: 900 },
    acceptDownloads: true,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: `../node_modules/.bin/tsx ../apps/gateway/src/main.ts serve --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
  },
});
