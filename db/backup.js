#!/usr/bin/env node
/**
 * `npm run db:backup`: an online backup of the SQLite database (safe while
 * the app is running) to a timestamped file, verified with integrity_check.
 * Restore: stop the app, copy the backup over the DATABASE_URL file (and
 * delete any -wal and -shm files beside it), start the app.
 *
 * When DATABASE_URL is a postgres:// URL, PostgreSQL's own tool makes the
 * backup: `pg_dump --format=custom` (a consistent snapshot, safe while the app
 * runs) to BACKUP_DIR/common-ground-<stamp>.dump, checked with
 * `pg_restore --list`. pg_dump is looked for in PG_BIN if set, else on PATH,
 * else in /usr/lib/postgresql/N/bin (newest first); without it, the script
 * prints what to run and exits 1, having made no backup.
 *
 * Plain JavaScript so it runs with `node` alone, without a build.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

// NOTE: the same rules as databasePath() in db/client.ts, which this script cannot import (TypeScript).
function databasePath(url) {
  if (url.startsWith("file://")) return fileURLToPath(url);
  if (url.startsWith("file:")) return resolve(url.slice("file:".length));
  return resolve(url);
}

const url = process.env.DATABASE_URL || "data/common-ground.db";
const stamp = new Date().toISOString().replace(/[:.]/g, "-");

if (/^postgres(ql)?:\/\//i.test(url)) {
  backupPostgres(url);
} else {
  await backupSqlite(url);
}

async function backupSqlite(url) {
  const source = databasePath(url);
  const folder = resolve(process.env.BACKUP_DIR || join(dirname(source), "backups"));
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
}

/** Where a PostgreSQL client tool is: PG_BIN, else PATH, else the newest /usr/lib/postgresql/N/bin. */
function findPgTool(name) {
  if (process.env.PG_BIN) {
    const tool = join(process.env.PG_BIN, name);
    return existsSync(tool) ? tool : null;
  }
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  const debian = "/usr/lib/postgresql";
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+(\.\d+)?$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const tool = join(debian, version, "bin", name);
      if (existsSync(tool)) return tool;
    }
  }
  return null;
}

/**
 * The URL without its password (printed, and put on pg_dump's command line, which other users can
 * see in the process list), and the password, which goes to pg_dump in PGPASSWORD instead.
 */
function splitPassword(url) {
  try {
    const parsed = new URL(url);
    let password = parsed.password ? decodeURIComponent(parsed.password) : null;
    parsed.password = "";
    if (parsed.searchParams.has("password")) {
      password = parsed.searchParams.get("password");
      parsed.searchParams.delete("password");
    }
    return { bare: parsed.toString(), password, masked: password ? maskPassword(parsed) : parsed.toString() };
  } catch {
    return { bare: url, password: null, masked: "(a PostgreSQL URL that could not be parsed)" };
  }
}

function maskPassword(parsed) {
  const copy = new URL(parsed);
  copy.password = "****";
  return copy.toString();
}

function printRecoveryNote() {
  console.log(
    [
      "",
      "A dump is the database as it was when the dump began. To restore it: create an empty database, then",
      "  pg_restore --no-owner --dbname <new database URL> <dump file>",
      "Point-in-time recovery (back to any moment, not only the last dump) needs continuous WAL archiving",
      "(archive_mode = on and an archive_command) plus regular base backups (pg_basebackup), or your managed",
      "PostgreSQL service's own point-in-time recovery. Keep dumps too: unlike a base backup, a dump also restores into a newer major version.",
    ].join("\n"),
  );
}

function backupPostgres(url) {
  const folder = resolve(process.env.BACKUP_DIR || join("data", "backups"));
  const target = join(folder, `common-ground-${stamp}.dump`);
  const { bare, password, masked } = splitPassword(url);
  const pgDump = findPgTool("pg_dump");
  const pgRestore = pgDump ? join(dirname(pgDump), "pg_restore") : null;
  if (!pgDump || !existsSync(pgRestore)) {
    console.error(
      [
        `pg_dump was not found (${process.env.PG_BIN ? `in PG_BIN=${process.env.PG_BIN}` : "on PATH or in /usr/lib/postgresql/*/bin"}), so no backup was made.`,
        "Install PostgreSQL's client tools (Debian/Ubuntu: apt-get install postgresql-client, of the server's major version or newer)",
        "and run npm run db:backup again, or run (the password from PGPASSWORD or ~/.pgpass):",
        `  pg_dump --format=custom --file ${target} '${bare}'`,
        `  pg_restore --list ${target}`,
      ].join("\n"),
    );
    printRecoveryNote();
    process.exit(1);
  }

  mkdirSync(folder, { recursive: true });
  const env = { ...process.env, ...(password ? { PGPASSWORD: password } : {}) };
  try {
    execFileSync(pgDump, ["--format=custom", "--file", target, bare], { env, stdio: ["ignore", "inherit", "pipe"] });
  } catch (error) {
    const stderr = String(error.stderr ?? error.message).trim();
    console.error(
      `pg_dump of ${masked} failed; no backup was made.\n${password ? stderr.replaceAll(password, "****") : stderr}`,
    );
    process.exit(1);
  }
  let listing;
  try {
    listing = execFileSync(pgRestore, ["--list", target], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (error) {
    console.error(
      `Backup written to ${target} but pg_restore --list cannot read it: ${String(error.stderr ?? error.message).trim()}`,
    );
    process.exit(1);
  }
  const tables = listing.split("\n").filter((line) => / TABLE DATA /.test(line));
  if (!tables.some((line) => / checks /.test(line))) {
    console.error(
      `Backup written to ${target} but it holds no data for the checks table: is ${masked} this app's database?`,
    );
    process.exit(1);
  }
  const bytes = statSync(target).size;
  console.log(
    `Backup of ${masked} written to ${target} (${bytes} bytes, data of ${tables.length} tables); pg_restore --list reads it.`,
  );
  printRecoveryNote();
}
