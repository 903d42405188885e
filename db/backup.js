#!/usr/bin/env node
/**
 * `npm run db:backup`: an online backup of the SQLite database (safe while
 * the app is running) to a timestamped file, verified with integrity_check.
 * Restore: stop the app, copy the backup over the DATABASE_URL file (and
 * delete any -wal and -shm files beside it), start the app.
 *
 * Plain JavaScript so it runs with `node` alone, without a build.
 */
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

// NOTE: the same rules as databasePath() in db/client.ts, which this script cannot import (TypeScript).
function databasePath(url) {
  if (url.startsWith("file://")) return fileURLToPath(url);
  if (url.startsWith("file:")) return resolve(url.slice("file:".length));
  return resolve(url);
}

const source = databasePath(process.env.DATABASE_URL || "data/common-ground.db");
const folder = resolve(process.env.BACKUP_DIR || join(dirname(source), "backups"));
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const target = join(folder, `common-ground-${stamp}.db`);

mkdirSync(folder, { recursive: true });
const database = new Database(source, { fileMustExist: true, readonly: true });
try {
  await database.backup(target);
} finally {
  database.close();
}

const copy = new Database(target, { readonly: true });
try {
  const result = copy.pragma("integrity_check", { simple: true });
  if (result !== "ok") {
    console.error(`Backup written to ${target} but failed its integrity check: ${result}`);
    process.exit(1);
  }
  const checks = copy.prepare("select count(*) as n from checks").get().n;
  console.log(`Backup written to ${target} (${checks} checks); integrity check ok.`);
} finally {
  copy.close();
}
