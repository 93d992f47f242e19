import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * Where `npm run screenshots` writes its pictures: $SCREENSHOT_DIR, or
 * test-results/screenshots at the repo root. These specs take pictures for a person
 * to look at; the assertions live in ../specs.
 */
export function screenshotDir(): string {
  const dir =
    process.env.SCREENSHOT_DIR ??
    fileURLToPath(new URL("../../test-results/screenshots", import.meta.url));
  mkdirSync(dir, { recursive: true });
  return dir;
}
