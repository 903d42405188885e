/**
 * Each test file gets its own fresh SQLite database file, migrated with the
 * real migrations when app/db.server.ts first opens it.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

process.env.DATABASE_URL = join(mkdtempSync(join(tmpdir(), "common-ground-test-")), "test.db");
