/**
 * In the "postgresql" test project, each test file gets its own fresh
 * database in the run's cluster, migrated with the real migrations
 * (drizzle/pg) before any test runs. Servers a test starts get databases of
 * their own too (tests/e2e/support/server.ts reads TEST_POSTGRES_ADMIN_URL).
 */
import { afterAll, inject } from "vitest";
import { createTestDatabase } from "./test-database";

const adminUrl = inject("postgresAdminUrl");
process.env.TEST_POSTGRES_ADMIN_URL = adminUrl;
process.env.DATABASE_URL = await createTestDatabase(adminUrl);

const { databaseReady } = await import("~/db.server");
await databaseReady();

afterAll(async () => {
  // Each file's pool is closed with it, so the connections of finished files do not pile up.
  await globalThis.__commonGroundDb?.close();
  globalThis.__commonGroundDb = undefined;
});
