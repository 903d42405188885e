/**
 * Opens the SQLite database, sets the pragmas that make acknowledged writes
 * durable, and applies the committed migrations. The only module that knows
 * the store is better-sqlite3; the app reaches it through app/db.server.ts.
 */
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import * as schema from "./schema";

export type AppDatabase = BetterSQLite3Database<typeof schema>;
export type WriteTransaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];

export const DEFAULT_DATABASE_URL = "data/common-ground.db";

/** Accepts a plain path, `file:relative/path`, or `file:///absolute/path`. */
export function databasePath(url: string): string {
  if (url.startsWith("file://")) return fileURLToPath(url);
  if (url.startsWith("file:")) return resolve(url.slice("file:".length));
  return resolve(url);
}

/**
 * NOTE: the SQLite migrations folder (drizzle/sqlite; PostgreSQL's are in
 * drizzle/pg) is found from this module's own location (it is
 * bundled into build/ in production and run from db/ in tests), never from the
 * working directory.
 */
export function findMigrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "drizzle", "sqlite");
    if (existsSync(join(candidate, "meta", "_journal.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("Could not find the drizzle/sqlite/ migrations folder");
    dir = parent;
  }
}

export interface DatabaseHandle {
  db: AppDatabase;
  sqlite: Database.Database;
  path: string;
}

export function openDatabase(
  url: string = DEFAULT_DATABASE_URL,
  options: { migrationsFolder?: string } = {},
): DatabaseHandle {
  const path = databasePath(url);
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a commit survives power loss, not only a process crash. Human-paced answers can afford it.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: options.migrationsFolder ?? findMigrationsFolder() });
  return { db, sqlite, path };
}

/**
 * Runs database work in one write transaction that begins IMMEDIATE, so it
 * takes the write lock up front and waits out the busy timeout instead of
 * failing when a read would upgrade to a write. The callback must be
 * synchronous and do database work only.
 */
export function withWriteTransaction<T>(db: AppDatabase, work: (tx: WriteTransaction) => T): T {
  return db.transaction(work, { behavior: "immediate" });
}
