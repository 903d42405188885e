/**
 * The single door to the database. Routes never import this: they call
 * app/models/*.server.ts, which do.
 */
import { DEFAULT_DATABASE_URL, openDatabase, withWriteTransaction, type DatabaseHandle } from "../db/client";

export * as tables from "../db/schema";
export type { AppDatabase, WriteTransaction } from "../db/client";

declare global {
  // Survives module reloads in development so there is one connection per process.
  var __commonGroundDb: DatabaseHandle | undefined;
}

function handle(): DatabaseHandle {
  globalThis.__commonGroundDb ??= openDatabase(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  return globalThis.__commonGroundDb;
}

export function db() {
  return handle().db;
}

export function writeTransaction<T>(work: Parameters<typeof withWriteTransaction<T>>[1]): T {
  return withWriteTransaction(handle().db, work);
}

// Open and migrate the database when the server starts (this module loads with the server build), so a
// migration problem shows at start-up, not on someone's first answer.
handle();
