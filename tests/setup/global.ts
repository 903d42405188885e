/**
 * Runs once before all tests: builds the app and its server (the HTTP and browser tests run
 * the production server), and says clearly why browser tests will be skipped
 * when there is no Chromium (failing under CI=true, where a missing browser
 * is an error, not a reason to skip).
 */
import { execFileSync } from "node:child_process";
import { chromiumPath, hasChromium } from "../e2e/support/chromium";

export default function setup() {
  // Both test projects (sqlite, postgresql) run this; the build is made once per run.
  if (process.env.COMMON_GROUND_TEST_BUILD === "done") return;
  process.env.COMMON_GROUND_TEST_BUILD = "done";
  // NOTE: vitest sets NODE_ENV=test, which would make a development build.
  execFileSync("npm", ["run", "build"], { stdio: "pipe", env: { ...process.env, NODE_ENV: "production" } });
  if (!hasChromium) {
    const message =
      `Browser tests skipped: no Chromium at ${chromiumPath}.\n` +
      "Install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary.";
    if (process.env.CI === "true") throw new Error(`${message}\nCI=true: browser tests are required.`);
    console.warn(`\n*** ${message}\n`);
  }
}
