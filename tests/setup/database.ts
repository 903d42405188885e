/**
 * Each test file gets its own fresh SQLite database file, migrated with the
 * real migrations when app/db.server.ts first opens it; its folder is removed
 * when the file's tests are done (a full run used to leave some fifty behind).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll } from "vitest";

const folder = mkdtempSync(join(tmpdir(), "common-ground-test-"));
process.env.DATABASE_URL = join(folder, "test.db");

// Registered before any test file's own hooks, so it runs after all of them.
afterAll(() => rmSync(folder, { recursive: true, force: true }));
