import { defineConfig } from "vitest/config";

// One runner for every package's unit and integration tests. Real-socket tests bind
// real ports and ipc files, so files run one after another on this 2-core machine.
export default defineConfig({
  test: {
    include: [
      "packages/*/src/**/*.test.ts",
      "packages/*/scripts/**/*.test.ts",
      "apps/gateway/src/**/*.test.ts",
      "apps/gateway/test/**/*.test.ts",
      "apps/web/src/**/*.test.{ts,tsx}",
    ],
    fileParallelism: false,
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
