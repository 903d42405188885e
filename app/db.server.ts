/**
 * The single door to the database. Routes never import this: they call
 * app/models/*.server.ts, which do.
 */
import {
  DEFAULT_DATABASE_URL,
  openDatabase,
  type DatabaseHandle,
  type Tables,
  type WriteTransaction,
} from "../db/client";

export type { AppDatabase, Tables, WriteTransaction } from "../db/client";

declare global {
  // Survives module reloads in development so there is one connection (or pool) per process.
  var __commonGroundDb: DatabaseHandle | undefined;
}

function handle(): DatabaseHandle {
  globalThis.__commonGroundDb ??= openDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  return globalThis.__commonGroundDb;
}

/** Reads. Every write goes through writeTransaction, even a single statement. */
export function db() {
  return handle().read;
}

/**
 * Runs `work` in one write transaction; resolves once it has committed. The
 * work may run more than once (see db/client.ts), so it does database work
 * only: no email, no network, nothing it cannot do again.
 */
export function writeTransaction<T>(work: (tx: WriteTransaction) => Promise<T>): Promise<T> {
  return handle().write(work);
}

/**
 * Inside a write transaction: the rows this select reads stay locked until the
 * transaction ends, so no other write can change them between a check and the
 * write that depends on it (PostgreSQL; SQLite's write transactions run one at
 * a time anyway). Lock before checking: docs/decisions/0004-write-transactions-on-both-databases.md.
 * `of` limits a joined select's locks to one table's rows (locking a party row would hold up a claim's insert).
 */
export function forUpdate<Q>(query: Q, of?: Tables[keyof Tables]): Q {
  return handle().forUpdate(query, of);
}

/** Settles when the database is migrated: the server waits for it before it listens. */
export function databaseReady(): Promise<void> {
  return handle().ready;
}

/** Which database this process runs on ("sqlite" or "postgresql"), for the start-up log and the tests. */
export function databaseDialect() {
  return handle().dialect;
}

// Open and migrate the database when the server starts (this module loads with the server build), so a
// migration problem shows at start-up, not on someone's first answer.
export const tables = handle().tables;
