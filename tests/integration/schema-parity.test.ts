/**
 * db/schema.ts (SQLite) and db/schema-pg.ts (PostgreSQL, issue 15) describe the
 * same database: the same tables, columns (name, nullability, primary key,
 * default, and the JavaScript type drizzle reads them as), foreign keys (with
 * their ON DELETE and ON UPDATE actions), unique constraints, indexes and CHECK
 * constraints. The same model code runs on both, so the row types must match
 * exactly too: the expectTypeOf lines below fail `tsc` if a table's selected or
 * inserted row type differs between the dialects.
 *
 * Column SQL types differ by design; each is checked against the mapping in
 * db/schema-pg.ts (`storage` below), and drizzle's `dataType` (string, number,
 * boolean, date) must be equal. SQL defaults are not compared (SQLite's unixepoch expression vs now()) or CHECK
 * expressions, whose text is dialect-specific: their presence and names are.
 */
import { getTableName, is, SQL, type Table } from "drizzle-orm";
import { getTableConfig as getPgTableConfig, PgTable, pgTable, text as pgText } from "drizzle-orm/pg-core";
import {
  getTableConfig as getSqliteTableConfig,
  SQLiteTable,
  sqliteTable,
  text as sqliteText,
} from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, test } from "vitest";
import * as pg from "../../db/schema-pg";
import * as sqlite from "../../db/schema";

interface ColumnShape {
  dataType: string;
  storage: string;
  notNull: boolean;
  primaryKey: boolean;
  default: string;
  unique: string | null;
}

/** A dialect-neutral description of a table: what both schemas must agree on. */
interface TableShape {
  name: string;
  columns: Record<string, ColumnShape>;
  primaryKey: string[];
  foreignKeys: string[];
  uniqueConstraints: string[];
  indexes: string[];
  checks: string[];
}

type AnyConfig = ReturnType<typeof getSqliteTableConfig> | ReturnType<typeof getPgTableConfig>;

function describeDefault(column: AnyConfig["columns"][number]): string {
  if (column.defaultFn) return "runtime function";
  if (column.onUpdateFn) return "runtime function on update";
  if (!column.hasDefault || column.default === undefined) return "none";
  // SQL defaults are written per dialect (unixepoch vs now()); only their presence must match.
  if (is(column.default, SQL)) return "SQL expression";
  return `value ${JSON.stringify(column.default)}`;
}

/**
 * The mapping of db/schema-pg.ts, as dialect-neutral names: a column matches only if both
 * dialects store it the mapped way (e.g. a SQLite `real` must be `double precision`, not `real`).
 */
function storage(column: AnyConfig["columns"][number]): string {
  const c = column as unknown as { columnType: string; mode?: string; precision?: number; withTimezone?: boolean };
  switch (c.columnType) {
    case "SQLiteText":
    case "PgText":
      return "text";
    case "SQLiteInteger":
    case "PgInteger":
      return "integer";
    case "SQLiteBoolean":
    case "PgBoolean":
      return "boolean";
    case "SQLiteReal":
    case "PgDoublePrecision":
      return "8-byte float";
    case "SQLiteTimestamp":
      return c.mode === "timestamp_ms" ? "milliseconds timestamp" : `SQLiteTimestamp mode ${c.mode}`;
    case "PgTimestamp":
      return c.precision === 3 && c.withTimezone
        ? "milliseconds timestamp"
        : `PgTimestamp precision ${c.precision} withTimezone ${c.withTimezone}`;
    default:
      return `${c.columnType} (not in the mapping: add it here and to db/schema-pg.ts's comment)`;
  }
}

function indexedColumnName(column: unknown): string {
  if (is(column, SQL)) return "<expression>";
  return (column as { name?: string }).name ?? "<unknown>";
}

function shape(config: AnyConfig): TableShape {
  const compositeKey = config.primaryKeys.flatMap((pk) => pk.columns.map((c) => c.name));
  const columns: Record<string, ColumnShape> = {};
  for (const column of config.columns) {
    const primaryKey = column.primary || compositeKey.includes(column.name);
    columns[column.name] = {
      dataType: column.dataType,
      storage: storage(column),
      // Both dialects make primary key columns NOT NULL, whether or not the schema says so.
      notNull: column.notNull || primaryKey,
      primaryKey,
      default: describeDefault(column),
      unique: column.isUnique ? (column.uniqueName ?? "unnamed") : null,
    };
  }
  const primaryKey = [...config.columns.filter((c) => c.primary).map((c) => c.name), ...compositeKey];
  const foreignKeys = config.foreignKeys
    .map((fk) => {
      const ref = fk.reference();
      return (
        `(${ref.columns.map((c) => c.name).join(", ")}) -> ${getTableName(ref.foreignTable)}` +
        `(${ref.foreignColumns.map((c) => c.name).join(", ")}) on delete ${fk.onDelete ?? "no action"}` +
        ` on update ${fk.onUpdate ?? "no action"}`
      );
    })
    .sort();
  const uniqueConstraints = config.uniqueConstraints
    .map((u) => `${u.getName() ?? "unnamed"} (${u.columns.map((c) => c.name).join(", ")})`)
    .sort();
  const indexes = config.indexes
    .map((i) => {
      const { name, columns, unique, where } = i.config;
      return (
        `${unique ? "unique " : ""}index ${name ?? "unnamed"} on (${columns.map(indexedColumnName).join(", ")})` +
        (where ? " with a where clause" : "")
      );
    })
    .sort();
  const checks = config.checks.map((c) => c.name).sort();
  return { name: config.name, columns, primaryKey, foreignKeys, uniqueConstraints, indexes, checks };
}

/** Each difference between two table shapes, as a sentence that names it. */
function differences(a: TableShape, b: TableShape, [aName, bName] = ["SQLite", "PostgreSQL"]): string[] {
  const found: string[] = [];
  const table = a.name;
  if (a.name !== b.name) found.push(`table name: ${aName} "${a.name}", ${bName} "${b.name}"`);
  for (const column of Object.keys(a.columns)) {
    if (!(column in b.columns)) found.push(`${table}.${column}: only in ${aName}`);
  }
  for (const column of Object.keys(b.columns)) {
    const theirs = b.columns[column]!;
    const ours = a.columns[column];
    if (!ours) {
      found.push(`${table}.${column}: only in ${bName}`);
      continue;
    }
    for (const key of Object.keys(ours) as (keyof ColumnShape)[]) {
      if (ours[key] !== theirs[key]) {
        found.push(
          `${table}.${column} ${key}: ${aName} ${JSON.stringify(ours[key])}, ${bName} ${JSON.stringify(theirs[key])}`,
        );
      }
    }
  }
  // The key's column order matters (it orders the key's index); the other lists are sorted.
  if (a.primaryKey.join(", ") !== b.primaryKey.join(", ")) {
    found.push(`${table} primary key: ${aName} (${a.primaryKey.join(", ")}), ${bName} (${b.primaryKey.join(", ")})`);
  }
  for (const key of ["foreignKeys", "uniqueConstraints", "indexes", "checks"] as const) {
    for (const item of a[key]) if (!b[key].includes(item)) found.push(`${table} ${key}: "${item}" only in ${aName}`);
    for (const item of b[key]) if (!a[key].includes(item)) found.push(`${table} ${key}: "${item}" only in ${bName}`);
  }
  return found;
}

function tablesOf(schema: Record<string, unknown>, kind: typeof SQLiteTable | typeof PgTable): Map<string, Table> {
  const tables = new Map<string, Table>();
  for (const [exportName, value] of Object.entries(schema)) if (is(value, kind)) tables.set(exportName, value as Table);
  return tables;
}

const sqliteTables = tablesOf(sqlite, SQLiteTable);
const pgTables = tablesOf(pg, PgTable);

describe("the PostgreSQL schema matches the SQLite schema", () => {
  test("both export the same tables, under the same names", () => {
    expect(sqliteTables.size).toBeGreaterThan(10);
    expect([...pgTables.keys()].sort()).toEqual([...sqliteTables.keys()].sort());
    for (const [exportName, table] of sqliteTables) {
      const other = pgTables.get(exportName);
      if (other) expect(getTableName(other), exportName).toBe(getTableName(table));
    }
  });

  test.each([...sqliteTables.keys()])("%s: columns, keys, indexes and constraints", (exportName) => {
    const sqliteTable = sqliteTables.get(exportName)!;
    const pgTable = pgTables.get(exportName);
    expect(pgTable, `db/schema-pg.ts has no table exported as ${exportName}`).toBeDefined();
    const ours = shape(getSqliteTableConfig(sqliteTable as SQLiteTable));
    const theirs = shape(getPgTableConfig(pgTable as PgTable));
    expect(differences(ours, theirs)).toEqual([]);
  });

  test("the comparison notices a difference (so a pass means something)", () => {
    const target = sqliteTable("target", { id: sqliteText("id").primaryKey() });
    const a = sqliteTable("t", {
      id: sqliteText("id").primaryKey(),
      ref: sqliteText("ref").references(() => target.id, { onDelete: "cascade" }),
      note: sqliteText("note").notNull().default("x"),
    });
    const pgTarget = pgTable("target", { id: pgText("id").primaryKey() });
    const b = pgTable("t", {
      id: pgText("id").primaryKey(),
      ref: pgText("ref").references(() => pgTarget.id, { onDelete: "set null" }),
      note: pgText("note"),
    });
    expect(differences(shape(getSqliteTableConfig(a)), shape(getPgTableConfig(b)))).toEqual([
      "t.note notNull: SQLite true, PostgreSQL false",
      't.note default: SQLite "value \\"x\\"", PostgreSQL "none"',
      't foreignKeys: "(ref) -> target(id) on delete cascade on update no action" only in SQLite',
      't foreignKeys: "(ref) -> target(id) on delete set null on update no action" only in PostgreSQL',
    ]);
  });
});

// Type-level: the same model code runs on both stores, so each table's rows must have the same
// TypeScript type in both dialects. These lines do nothing at run time; `npx tsc` checks them.

test("each table's selected and inserted rows have the same TypeScript type in both dialects", () => {
  expectTypeOf<keyof typeof pg>().toEqualTypeOf<keyof typeof sqlite>();
  expectTypeOf<typeof pg.checks.$inferSelect>().toEqualTypeOf<typeof sqlite.checks.$inferSelect>();
  expectTypeOf<typeof pg.checks.$inferInsert>().toEqualTypeOf<typeof sqlite.checks.$inferInsert>();
  expectTypeOf<typeof pg.parties.$inferSelect>().toEqualTypeOf<typeof sqlite.parties.$inferSelect>();
  expectTypeOf<typeof pg.parties.$inferInsert>().toEqualTypeOf<typeof sqlite.parties.$inferInsert>();
  expectTypeOf<typeof pg.accessTokens.$inferSelect>().toEqualTypeOf<typeof sqlite.accessTokens.$inferSelect>();
  expectTypeOf<typeof pg.accessTokens.$inferInsert>().toEqualTypeOf<typeof sqlite.accessTokens.$inferInsert>();
  expectTypeOf<typeof pg.sessions.$inferSelect>().toEqualTypeOf<typeof sqlite.sessions.$inferSelect>();
  expectTypeOf<typeof pg.sessions.$inferInsert>().toEqualTypeOf<typeof sqlite.sessions.$inferInsert>();
  expectTypeOf<typeof pg.sessionGrants.$inferSelect>().toEqualTypeOf<typeof sqlite.sessionGrants.$inferSelect>();
  expectTypeOf<typeof pg.sessionGrants.$inferInsert>().toEqualTypeOf<typeof sqlite.sessionGrants.$inferInsert>();
  expectTypeOf<typeof pg.serverKeys.$inferSelect>().toEqualTypeOf<typeof sqlite.serverKeys.$inferSelect>();
  expectTypeOf<typeof pg.serverKeys.$inferInsert>().toEqualTypeOf<typeof sqlite.serverKeys.$inferInsert>();
  expectTypeOf<typeof pg.responses.$inferSelect>().toEqualTypeOf<typeof sqlite.responses.$inferSelect>();
  expectTypeOf<typeof pg.responses.$inferInsert>().toEqualTypeOf<typeof sqlite.responses.$inferInsert>();
  expectTypeOf<typeof pg.answers.$inferSelect>().toEqualTypeOf<typeof sqlite.answers.$inferSelect>();
  expectTypeOf<typeof pg.answers.$inferInsert>().toEqualTypeOf<typeof sqlite.answers.$inferInsert>();
  expectTypeOf<typeof pg.factAnswers.$inferSelect>().toEqualTypeOf<typeof sqlite.factAnswers.$inferSelect>();
  expectTypeOf<typeof pg.factAnswers.$inferInsert>().toEqualTypeOf<typeof sqlite.factAnswers.$inferInsert>();
  expectTypeOf<typeof pg.flagOutcomes.$inferSelect>().toEqualTypeOf<typeof sqlite.flagOutcomes.$inferSelect>();
  expectTypeOf<typeof pg.flagOutcomes.$inferInsert>().toEqualTypeOf<typeof sqlite.flagOutcomes.$inferInsert>();
  expectTypeOf<typeof pg.notificationAddresses.$inferSelect>().toEqualTypeOf<
    typeof sqlite.notificationAddresses.$inferSelect
  >();
  expectTypeOf<typeof pg.notificationAddresses.$inferInsert>().toEqualTypeOf<
    typeof sqlite.notificationAddresses.$inferInsert
  >();
  expectTypeOf<typeof pg.outbox.$inferSelect>().toEqualTypeOf<typeof sqlite.outbox.$inferSelect>();
  expectTypeOf<typeof pg.outbox.$inferInsert>().toEqualTypeOf<typeof sqlite.outbox.$inferInsert>();
});
