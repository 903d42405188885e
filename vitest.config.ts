import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // NOTE: the same "~" alias as tsconfig.json; vitest does not read tsconfig paths.
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    include: ["tests/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup/database.ts"],
    globalSetup: ["tests/setup/global.ts"],
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // Browser journeys share two cores with their servers; run files one or two at a time.
    maxWorkers: 2,
  },
});
