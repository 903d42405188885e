import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { postgresUnavailable } from "./tests/setup/postgres";

/**
 * Two projects: "sqlite" runs every test on SQLite (the default database);
 * "postgresql" runs the integration suite again on PostgreSQL, in a throwaway
 * cluster (tests/setup/postgres-global.ts). Left out here, and only here: what
 * is about SQLite itself (pragmas, its backups, its migration history), what
 * compares or starts databases of its own, and what touches no database.
 */
const SQLITE_ONLY = [
  "tests/integration/database.test.ts",
  "tests/integration/backup.test.ts",
  "tests/integration/migrations.test.ts",
  "tests/integration/schema-parity.test.ts",
  "tests/integration/postgres-cluster.test.ts",
  "tests/integration/db-copy.test.ts",
  "tests/integration/bundle-budget.test.ts",
];

// PG_TESTS=0 leaves the PostgreSQL runs out on purpose (say so); otherwise they run wherever a cluster can start.
const postgresSkipped = process.env.PG_TESTS === "0" ? "PG_TESTS=0 was set" : postgresUnavailable();
if (postgresSkipped) {
  const message = `PostgreSQL test runs skipped: ${postgresSkipped}`;
  if (process.env.CI === "true") throw new Error(`${message}\nCI=true: the PostgreSQL runs are required.`);
  console.warn(`\n*** ${message}\n`);
}

export default defineConfig({
  resolve: {
    // NOTE: the same "~" alias as tsconfig.json; vitest does not read tsconfig paths.
    alias: { "~": fileURLToPath(new URL("./app", import.meta.url)) },
  },
  test: {
    testTimeout: 30_000,
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
    // Browser journeys share two cores with their servers; run files one or two at a time.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: "sqlite",
          include: ["tests/**/*.test.{ts,tsx}"],
          setupFiles: ["tests/setup/database.ts"],
          globalSetup: ["tests/setup/global.ts"],
        },
      },
      ...(postgresSkipped
        ? []
        : [
            {
              extends: true as const,
              test: {
                name: "postgresql",
                // The contract tests start the real server, which then runs on PostgreSQL too (tests/contract/).
                include: ["tests/integration/**/*.test.ts", "tests/contract/*-contract.test.ts"],
                exclude: SQLITE_ONLY,
                setupFiles: ["tests/setup/database-pg.ts"],
                globalSetup: ["tests/setup/global.ts", "tests/setup/postgres-global.ts"],
              },
            },
          ]),
    ],
  },
});
