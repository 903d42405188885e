/**
 * `npm run db:copy -- --from <url> --to <url>`: copies every table of the
 * schema from one database to another (SQLite to PostgreSQL, PostgreSQL to
 * SQLite, or the same dialect), then proves the copy (issue 15).
 *
 * - Both databases are opened with openDatabase (db/client.ts), so both are
 *   migrated to the current schema as they open, as the app would do.
 * - The target must be empty: a single row in any table and nothing is
 *   written (checked inside the copy's own write transaction, so nothing can
 *   slip in between the check and the copy).
 * - Tables are copied in foreign-key order, in batches, inside one write
 *   transaction on the target: the target ends up with all of it or none.
 * - Then each table's row count and checksum are computed the same way on
 *   both sides and compared: a sha256 over the rows sorted by primary key,
 *   each row written canonically (columns by name; Dates as epoch
 *   milliseconds; booleans, numbers, strings and null as JSON). Any
 *   difference is a failure (exit code 1).
 *
 * Stop the app first: rows written to the source during a copy are not
 * copied, and the verification then fails rather than pass a partial copy.
 * `--verify` compares two databases without copying anything.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { getTableColumns, is, type Column } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, PgTable, type PgColumn } from "drizzle-orm/pg-core";
import { getTableConfig as getSqliteTableConfig, SQLiteTable } from "drizzle-orm/sqlite-core";
import { databasePath, dialectOf, openDatabase, type DatabaseHandle, type Tables } from "./client";

/** Rows read and inserted at a time; well under both databases' limits on bound parameters (14 columns at most). */
export const DEFAULT_BATCH_SIZE = 500;

type Row = Record<string, unknown>;

interface TableInfo {
  /** The key in the schema module (`accessTokens`), the same in both schemas. */
  key: keyof Tables;
  /** The SQL name (`access_tokens`). */
  name: string;
  table: PgTable;
  /** Column keys, sorted: the canonical column order. */
  columns: string[];
  /** Keys of the primary key's columns, in the key's order. */
  primaryKey: string[];
  /** Keys (in the schema module) of the tables this one references. */
  references: (keyof Tables)[];
}

/** The tables of an open database, parents before children (foreign-key order). */
export function tablesInForeignKeyOrder(handle: DatabaseHandle): TableInfo[] {
  const entries = Object.entries(handle.tables).filter(([, value]) => is(value, PgTable) || is(value, SQLiteTable)) as [
    keyof Tables,
    PgTable | SQLiteTable,
  ][];
  const keyOf = new Map(entries.map(([key, table]) => [table as unknown, key]));
  const infos = entries.map(([key, table]): TableInfo => {
    const config = is(table, PgTable) ? getPgTableConfig(table) : getSqliteTableConfig(table as SQLiteTable);
    const columns = getTableColumns(table) as Record<string, Column>;
    const keyOfColumn = new Map(Object.entries(columns).map(([k, column]) => [column.name, k]));
    const pkColumns = config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary);
    if (pkColumns.length === 0) throw new Error(`Table ${config.name} has no primary key to order its rows by`);
    const references = config.foreignKeys
      .map((fk) => keyOf.get(fk.reference().foreignTable))
      .filter((k): k is keyof Tables => k !== undefined && k !== key);
    return {
      key,
      name: config.name,
      table: table as PgTable,
      columns: Object.keys(columns).sort(),
      primaryKey: pkColumns.map((c) => keyOfColumn.get(c.name)!),
      references: [...new Set(references)],
    };
  });
  // Parents first; ties keep the schema's order, so the order is the same for both dialects.
  const ordered: TableInfo[] = [];
  const placed = new Set<keyof Tables>();
  while (ordered.length < infos.length) {
    const next = infos.find((t) => !placed.has(t.key) && t.references.every((r) => placed.has(r)));
    if (!next) throw new Error("The schema's foreign keys form a cycle: no order to copy the tables in");
    ordered.push(next);
    placed.add(next.key);
  }
  return ordered;
}

/** A value as the checksum sees it: the same for a SQLite and a PostgreSQL read of the same row. */
function canonicalValue(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === "number" && !Number.isFinite(value)) return String(value);
  if (typeof value === "bigint") return value.toString();
  if (Buffer.isBuffer(value)) return value.toString("base64");
  return value;
}

function canonicalRow(info: TableInfo, row: Row): string {
  return JSON.stringify(info.columns.map((column) => canonicalValue(row[column])));
}

/** Reads a table in pages ordered by its primary key (stable while nothing writes). */
async function* readPages(handle: DatabaseHandle, info: TableInfo, batchSize: number): AsyncGenerator<Row[]> {
  // NOTE: typed as PostgreSQL's columns, as the models are; at run time they are the open database's own.
  const table = info.table as unknown as Record<string, PgColumn>;
  const orderBy = info.primaryKey.map((key) => table[key]!);
  for (let offset = 0; ; offset += batchSize) {
    const rows = (await handle.read
      .select()
      .from(info.table)
      .orderBy(...orderBy)
      .limit(batchSize)
      .offset(offset)) as Row[];
    if (rows.length > 0) yield rows;
    if (rows.length < batchSize) return;
  }
}

export interface TableSummary {
  table: string;
  rows: number;
  checksum: string;
}

/**
 * Each table's row count and checksum: sha256 over the rows' canonical forms,
 * sorted in JavaScript by primary key (not by the database, whose collation
 * may differ), one per line.
 */
export async function summariseDatabase(
  handle: DatabaseHandle,
  options: { batchSize?: number } = {},
): Promise<TableSummary[]> {
  await handle.ready;
  const summaries: TableSummary[] = [];
  for (const info of tablesInForeignKeyOrder(handle)) {
    const keyed: [string, string][] = [];
    for await (const page of readPages(handle, info, options.batchSize ?? DEFAULT_BATCH_SIZE)) {
      for (const row of page) {
        const key = JSON.stringify(info.primaryKey.map((k) => canonicalValue(row[k])));
        keyed.push([key, canonicalRow(info, row)]);
      }
    }
    keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const hash = createHash("sha256");
    for (const [, line] of keyed) hash.update(`${line}\n`);
    summaries.push({ table: info.name, rows: keyed.length, checksum: hash.digest("hex") });
  }
  return summaries;
}

export interface TableComparison {
  table: string;
  sourceRows: number;
  targetRows: number;
  sourceChecksum: string;
  targetChecksum: string;
  ok: boolean;
}

export interface Verification {
  ok: boolean;
  tables: TableComparison[];
}

/** Compares every table of two open databases by row count and checksum. */
export async function compareDatabases(source: DatabaseHandle, target: DatabaseHandle): Promise<Verification> {
  const [a, b] = await Promise.all([summariseDatabase(source), summariseDatabase(target)]);
  const byName = new Map(b.map((s) => [s.table, s]));
  const tables = a.map((s): TableComparison => {
    const t = byName.get(s.table);
    return {
      table: s.table,
      sourceRows: s.rows,
      targetRows: t?.rows ?? 0,
      sourceChecksum: s.checksum,
      targetChecksum: t?.checksum ?? "(no such table)",
      ok: t !== undefined && t.rows === s.rows && t.checksum === s.checksum,
    };
  });
  return { ok: tables.every((t) => t.ok) && a.length === b.length, tables };
}

/** A database URL fit to print: a PostgreSQL URL's password (and any password parameter) masked. */
export function maskUrl(url: string): string {
  if (dialectOf(url) !== "postgresql") return url;
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "****";
    for (const name of [...parsed.searchParams.keys()]) {
      if (/pass/i.test(name)) parsed.searchParams.set(name, "****");
    }
    return parsed.toString();
  } catch {
    return "(a PostgreSQL URL that could not be parsed)";
  }
}

/** Removes any password of the given URLs from a message (a driver's error could quote one). */
function redact(message: string, urls: string[]): string {
  let out = message;
  for (const url of urls) {
    if (dialectOf(url) !== "postgresql") continue;
    try {
      const parsed = new URL(url);
      const secrets = [parsed.password, ...[...parsed.searchParams].filter(([k]) => /pass/i.test(k)).map(([, v]) => v)];
      for (const secret of secrets.filter((s) => s.length > 0)) {
        out = out.replaceAll(secret, "****").replaceAll(decodeURIComponent(secret), "****");
      }
    } catch {
      // Unparseable: nothing to take out that we could find.
    }
  }
  return out;
}

/** Why a copy was refused before anything was written. */
export class CopyRefused extends Error {
  override name = "CopyRefused";
}

/** Opens a database for the tool; a SQLite source must already exist (opening would create an empty one). */
async function open(url: string, role: "source" | "target", mustExist = role === "source"): Promise<DatabaseHandle> {
  if (mustExist && dialectOf(url) === "sqlite" && !existsSync(databasePath(url))) {
    throw new CopyRefused(`The ${role} database ${databasePath(url)} does not exist`);
  }
  const handle = openDatabase(url);
  try {
    await handle.ready;
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  return handle;
}

function sameDatabase(from: string, to: string): boolean {
  if (dialectOf(from) !== dialectOf(to)) return false;
  if (dialectOf(from) === "sqlite") return databasePath(from) === databasePath(to);
  const key = (u: string) => {
    try {
      const p = new URL(u);
      return `${p.hostname}:${p.port || "5432"}${p.pathname}`;
    } catch {
      return u;
    }
  };
  return key(from) === key(to);
}

export interface CopyResult extends Verification {
  /** Rows copied, all tables together. */
  rowsCopied: number;
  /** Milliseconds for the copy (the transaction), and for the verification. */
  copyMs: number;
  verifyMs: number;
}

export type Log = (line: string) => void;

/** Copies every table from `from` into the empty database `to`, then verifies the copy. */
export async function copyDatabase(options: {
  from: string;
  to: string;
  log?: Log;
  batchSize?: number;
}): Promise<CopyResult> {
  const log = options.log ?? (() => undefined);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (sameDatabase(options.from, options.to)) throw new CopyRefused("The source and the target are the same database");
  const source = await open(options.from, "source");
  let target: DatabaseHandle | null = null;
  try {
    target = await open(options.to, "target");
    const sourceTables = tablesInForeignKeyOrder(source);
    const targetTables = new Map(tablesInForeignKeyOrder(target).map((t) => [t.key, t]));
    log(`Copying ${maskUrl(options.from)} (${source.dialect}) to ${maskUrl(options.to)} (${target.dialect})`);

    const started = performance.now();
    const copied = await target
      .write(async (tx) => {
        // Checked inside the transaction that copies: nothing can be written to the target in between.
        const occupied: string[] = [];
        for (const info of targetTables.values()) {
          const [row] = await tx.select().from(info.table).limit(1);
          if (row) occupied.push(info.name);
        }
        if (occupied.length > 0) {
          throw new CopyRefused(
            `The target database is not empty (rows in ${occupied.join(", ")}); nothing was copied. ` +
              "Copy into a new, empty database.",
          );
        }
        let rows = 0;
        for (const info of sourceTables) {
          const into = targetTables.get(info.key);
          if (!into) throw new Error(`The target has no table ${info.name}`);
          let count = 0;
          for await (const page of readPages(source, info, batchSize)) {
            await tx.insert(into.table).values(page);
            count += page.length;
          }
          log(`  ${info.name}: ${count} rows`);
          rows += count;
        }
        return rows;
      })
      .catch((error: unknown) => {
        if (error instanceof CopyRefused) throw error;
        throw new Error(
          `The copy failed and was rolled back, so nothing was written to the target: ${(error as Error).message}`,
          { cause: error },
        );
      });
    const copyMs = performance.now() - started;

    const verifyStarted = performance.now();
    const verification = await compareDatabases(source, target);
    const verifyMs = performance.now() - verifyStarted;
    return { ...verification, rowsCopied: copied, copyMs, verifyMs };
  } finally {
    await target?.close();
    await source.close();
  }
}

/** Opens two existing databases and compares them table by table (no row is written to either). */
export async function verifyDatabases(options: { from: string; to: string }): Promise<Verification> {
  const source = await open(options.from, "source");
  try {
    const target = await open(options.to, "target", true);
    try {
      return await compareDatabases(source, target);
    } finally {
      await target.close();
    }
  } finally {
    await source.close();
  }
}

/** The verification as a table: one line per table, counts and the first 16 hex digits of each checksum. */
export function formatVerification(verification: Verification): string {
  const width = Math.max(5, ...verification.tables.map((t) => t.table.length));
  const lines = [
    `${"table".padEnd(width)}  ${"source".padStart(7)}  ${"target".padStart(7)}  ${"source sha256".padEnd(16)}  ${"target sha256".padEnd(16)}`,
  ];
  for (const t of verification.tables) {
    lines.push(
      `${t.table.padEnd(width)}  ${String(t.sourceRows).padStart(7)}  ${String(t.targetRows).padStart(7)}  ` +
        `${t.sourceChecksum.slice(0, 16)}  ${t.targetChecksum.slice(0, 16)}  ${t.ok ? "ok" : "MISMATCH"}`,
    );
  }
  return lines.join("\n");
}

const USAGE = `Usage:
  npm run db:copy -- --from <url> --to <url>     copy every table into an empty database, then verify
  npm run db:copy -- --verify --from <url> --to <url>   compare two databases, table by table

A URL is a SQLite path (data/common-ground.db, file:data/x.db, file:///abs/x.db) or postgres://user:pass@host:port/db.
The target is created (SQLite) and migrated if need be, and must hold no rows. Stop the app while copying.`;

export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: {
        from: { type: "string" },
        to: { type: "string" },
        verify: { type: "boolean", default: false },
        "batch-size": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  if (!args.from || !args.to) {
    console.error(`Both --from and --to are required.\n\n${USAGE}`);
    return 2;
  }
  const batchSize = args["batch-size"] ? Number(args["batch-size"]) : DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 2000) {
    console.error("--batch-size must be a whole number from 1 to 2000");
    return 2;
  }
  const urls = [args.from, args.to];
  try {
    if (args.verify) {
      const verification = await verifyDatabases({ from: args.from, to: args.to });
      console.log(`Comparing ${maskUrl(args.from)} with ${maskUrl(args.to)}`);
      console.log(formatVerification(verification));
      console.log(verification.ok ? "Every table matches." : "The databases differ (see MISMATCH above).");
      return verification.ok ? 0 : 1;
    }
    const result = await copyDatabase({ from: args.from, to: args.to, batchSize, log: (line) => console.log(line) });
    console.log(formatVerification(result));
    const seconds = (ms: number) => (ms / 1000).toFixed(2);
    if (!result.ok) {
      console.error(
        `Copied ${result.rowsCopied} rows, but the verification FAILED (see MISMATCH above). ` +
          "Was the source written to during the copy? Do not use the target; empty it and copy again with the app stopped.",
      );
      return 1;
    }
    console.log(
      `Copied ${result.rowsCopied} rows in ${seconds(result.copyMs)} s; verified in ${seconds(result.verifyMs)} s. Every table matches.`,
    );
    return 0;
  } catch (error) {
    console.error(redact((error as Error).message, urls));
    return 1;
  }
}

// Run as a command (build/db-copy.js), not when imported (the tests).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main();
}
