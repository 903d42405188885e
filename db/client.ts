/**
 * Opens the database the app runs on: SQLite (a file path or `file:` URL, the
 * zero-set-up default) or PostgreSQL (a `postgres://` or `postgresql://` URL).
 * The only module that knows which driver is underneath; the app reaches it
 * through app/db.server.ts, and the models write one query for both (see
 * docs/architecture.md, "Two databases, one set of models", and
 * docs/decisions/0004-write-transactions-on-both-databases.md).
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { drizzle as drizzleSqlite } from "drizzle-orm/better-sqlite3";
import { migrate as migrateSqlite } from "drizzle-orm/better-sqlite3/migrator";
import { drizzle as drizzlePg, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as sqliteSchema from "./schema";
import * as pgSchema from "./schema-pg";

/**
 * The tables as the models see them. Both schemas give every row the same
 * TypeScript type (tests/integration/schema-parity.test.ts), so the models are
 * typed against PostgreSQL's query builders, the stricter of the two: there is
 * no synchronous `.run()`, `.get()` or `.all()` to reach for, and every query
 * must be awaited. At run time the tables are the open database's own.
 */
export type Tables = typeof pgSchema;
export type AppDatabase = NodePgDatabase<Tables>;
export type WriteTransaction = Parameters<Parameters<AppDatabase["transaction"]>[0]>[0];
export type Dialect = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "data/common-ground.db";

export function dialectOf(url: string): Dialect {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** Accepts a plain path, `file:relative/path`, or `file:///absolute/path`. */
export function databasePath(url: string): string {
  if (url.startsWith("file://")) return fileURLToPath(url);
  if (url.startsWith("file:")) return resolve(url.slice("file:".length));
  return resolve(url);
}

/**
 * NOTE: the migrations folders (drizzle/sqlite and drizzle/pg) are found from
 * this module's own location (it is bundled into build/ in production and run
 * from db/ in tests), never from the working directory.
 */
export function findMigrationsFolder(dialect: Dialect = "sqlite"): string {
  const name = dialect === "sqlite" ? "sqlite" : "pg";
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "drizzle", name);
    if (existsSync(join(candidate, "meta", "_journal.json"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Could not find the drizzle/${name}/ migrations folder`);
    dir = parent;
  }
}

export interface DatabaseHandle {
  dialect: Dialect;
  /** The open database's tables, typed as the models use them. */
  tables: Tables;
  /** Reads outside a write transaction. They never see a write that has not committed. */
  read: AppDatabase;
  /**
   * Runs database work in one write transaction and resolves only after it
   * has committed. The work may be run more than once (PostgreSQL retries a
   * transaction that lost a race), so it must do database work only.
   */
  write<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T>;
  /**
   * Inside a write transaction, makes a select lock the rows it reads until the transaction ends
   * (PostgreSQL's FOR UPDATE). On SQLite, where write transactions already run one at a time, the select is
   * left as it is.
   */
  forUpdate<Q>(query: Q, of?: unknown): Q;
  /** Settles when the schema is migrated (at once for SQLite, which migrates as it opens). */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface SqliteHandle extends DatabaseHandle {
  dialect: "sqlite";
  /** The connection writes go through, for db/ tools and SQLite-only tests (backups, pragmas, crash checks). */
  sqlite: Database.Database;
  path: string;
}

/** Whose async work is inside a write transaction: a second one opened inside it would wait for itself. */
const inWrite = new AsyncLocalStorage<true>();

function refuseNested() {
  if (inWrite.getStore()) throw new Error("A write transaction was opened inside another one");
}

export function openDatabase(url: string = DEFAULT_DATABASE_URL, options: { migrationsFolder?: string } = {}) {
  return dialectOf(url) === "postgresql" ? openPostgres(url, options) : openSqliteDatabase(url, options);
}

/**
 * SQLite: two connections to one file. Writes go through one connection, one
 * transaction at a time (BEGIN IMMEDIATE, so the write lock is taken up front
 * and another process waits out the busy timeout instead of failing); reads
 * go through the other, so a page read while a save's transaction is open
 * sees only what has committed (WAL: readers never wait for the writer).
 */
export function openSqliteDatabase(
  url: string = DEFAULT_DATABASE_URL,
  options: { migrationsFolder?: string } = {},
): SqliteHandle {
  const path = databasePath(url);
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new Database(path);
  sqlite.pragma("journal_mode = WAL");
  // FULL: a commit survives power loss, not only a process crash. Human-paced answers can afford it.
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const writer = drizzleSqlite(sqlite, { schema: sqliteSchema });
  migrateSqlite(writer, { migrationsFolder: options.migrationsFolder ?? findMigrationsFolder("sqlite") });
  const readConnection = new Database(path, { readonly: true });
  readConnection.pragma("busy_timeout = 5000");
  const read = drizzleSqlite(readConnection, { schema: sqliteSchema });

  // One write transaction at a time in this process: the queue holds the next until the last has ended.
  let queue: Promise<unknown> = Promise.resolve();
  const write = <T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> => {
    refuseNested();
    const run = queue.then(() =>
      inWrite.run(true, async () => {
        sqlite.exec("BEGIN IMMEDIATE");
        try {
          // NOTE: the SQLite query builders take the same calls as PostgreSQL's for everything the models do.
          const result = await work(writer as unknown as WriteTransaction);
          sqlite.exec("COMMIT");
          return result;
        } catch (error) {
          if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
          throw error;
        }
      }),
    );
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    dialect: "sqlite",
    tables: sqliteSchema as unknown as Tables,
    read: read as unknown as AppDatabase,
    write,
    forUpdate: (query) => query,
    ready: Promise.resolve(),
    close: async () => {
      await queue;
      readConnection.close();
      sqlite.close();
    },
    sqlite,
    path,
  };
}

/** PostgreSQL's codes for a transaction that lost a race and may simply be run again (a deadlock, mostly). */
const RETRYABLE = new Set(["40001", "40P01"]);
const MAX_ATTEMPTS = 10;

function retryable(error: unknown): boolean {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === "string" && RETRYABLE.has(e.code)) return true;
    e = e.cause as typeof e;
  }
  return false;
}

/** A key for PostgreSQL's advisory lock that lets one process migrate while the others wait. */
const MIGRATION_LOCK = 7_262_011;

/**
 * PostgreSQL: a pool of connections. A write transaction runs at READ
 * COMMITTED and first locks the rows its checks depend on (`forUpdate`: the
 * side's response, the invitation being claimed), so the checks a write makes
 * inside it (the link still holds, the side has not submitted, every question
 * is answered) and the write itself are one atomic step, as on SQLite; one
 * that deadlocks is run again
 * (docs/decisions/0004-write-transactions-on-both-databases.md).
 */
function openPostgres(url: string, options: { migrationsFolder?: string }): DatabaseHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: Number(process.env.DATABASE_POOL_SIZE) || 10,
    // Idle connections do not keep a process alive (a tool, a test child, a dispatcher that has stopped).
    allowExitOnIdle: true,
    // A connection the server dropped (a restart, a failover) is replaced, not handed out.
    idleTimeoutMillis: 30_000,
  });
  // NOTE: an idle client's error (the server went away) would otherwise crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  const db = drizzlePg(pool, { schema: pgSchema });
  const ready = (async () => {
    const client = await pool.connect();
    try {
      await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
      try {
        await migratePg(drizzlePg(client), {
          migrationsFolder: options.migrationsFolder ?? findMigrationsFolder("postgresql"),
        });
      } finally {
        await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  })();
  // Reported by whoever awaits `ready` (the server at start-up, the tests); never an unhandled rejection.
  ready.catch(() => undefined);

  const write = async <T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> => {
    refuseNested();
    await ready;
    for (let attempt = 1; ; attempt++) {
      try {
        return await inWrite.run(true, () => db.transaction(work, { isolationLevel: "read committed" }));
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !retryable(error)) throw error;
        // Back off a little, more each time, with jitter so the transactions that collided do not collide again.
        await sleep(Math.random() * 2 ** Math.min(attempt, 6));
      }
    }
  };
  return {
    dialect: "postgresql",
    tables: pgSchema,
    read: db,
    write,
    forUpdate: <Q>(query: Q, of?: unknown) =>
      (query as unknown as { for(strength: "update", config?: { of: unknown }): Q }).for(
        "update",
        of ? { of } : undefined,
      ),
    ready,
    close: () => pool.end(),
  };
}
