/**
 * The PostgreSQL migrations (drizzle/pg) apply to a real, throwaway cluster
 * (tests/setup/postgres.ts): every table of db/schema-pg.ts and every index
 * exists afterwards, a row reads back with the same JavaScript types SQLite
 * gives, and stopping the cluster leaves nothing behind.
 *
 * Without PostgreSQL this file warns and skips; under CI=true it fails instead.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { eq, getTableName, is } from "drizzle-orm";
import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import * as schema from "../../db/schema-pg";
import { startPostgres, type PostgresCluster } from "../setup/postgres";

const migrationsFolder = fileURLToPath(new URL("../../drizzle/pg", import.meta.url));
const tables = Object.values(schema).filter((value) => is(value, PgTable)) as PgTable[];

const started = await startPostgres();
const skipped = "skipped" in started ? started.skipped : null;
const cluster = skipped ? null : (started as PostgresCluster);
const inCI = process.env.CI === "true";
if (skipped && !inCI) console.warn(`\n*** PostgreSQL tests skipped: ${skipped}\n`);

afterAll(async () => {
  await cluster?.stop();
});

// Under CI=true a PostgreSQL that cannot start fails this file; elsewhere its PostgreSQL tests are skipped, with the
// reason printed above.
if (skipped !== null && inCI) throw new Error(`PostgreSQL tests cannot run under CI=true: ${skipped}`);

describe.skipIf(skipped !== null)("a throwaway PostgreSQL cluster", () => {
  let pool: pg.Pool;
  let db: NodePgDatabase<typeof schema>;

  test("starts on 127.0.0.1 and a free port, in a temporary folder", () => {
    expect(cluster!.url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/common_ground_test$/);
    expect(existsSync(cluster!.folder)).toBe(true);
  });

  test("the drizzle/pg migrations create every table and index of db/schema-pg.ts", async () => {
    pool = new pg.Pool({ connectionString: cluster!.url, max: 2 });
    db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder });

    const found = await pool.query<{ table_name: string }>(
      "select table_name from information_schema.tables where table_schema = 'public' order by table_name",
    );
    expect(found.rows.map((r) => r.table_name)).toEqual(tables.map((t) => getTableName(t)).sort());

    const indexes = await pool.query<{ indexname: string }>(
      "select indexname from pg_indexes where schemaname = 'public' and indexname not like '%_pkey' and indexname not like '%_pk'",
    );
    // Every index, and the index behind each unique column (partner searches: the search's check, its apply code).
    const expected = tables.flatMap((t) => {
      const config = getTableConfig(t);
      const unique = config.columns.filter((c) => c.isUnique).map((c) => c.uniqueName ?? "");
      return [...config.indexes.map((i) => i.config.name), ...unique];
    });
    expect(indexes.rows.map((r) => r.indexname).sort()).toEqual(expected.sort());

    const foreignKeys = await pool.query<{ n: string }>(
      "select count(*) as n from information_schema.table_constraints where constraint_type = 'FOREIGN KEY' and table_schema = 'public'",
    );
    expect(Number(foreignKeys.rows[0]!.n)).toBe(tables.reduce((n, t) => n + getTableConfig(t).foreignKeys.length, 0));
  });

  test("a row reads back with SQLite's JavaScript types (Date, boolean, 8-byte float), and deletes cascade", async () => {
    const updatedAt = new Date("2026-12-01T10:11:12.345Z");
    await db.insert(schema.checks).values({ id: "c1", title: "A check", questionnaireVersion: "2" });
    await db.insert(schema.parties).values({ id: "p1", checkId: "c1", role: "vcs", name: "Org" });
    await db.insert(schema.responses).values({ id: "r1", partyId: "p1" });
    await db.insert(schema.factAnswers).values({ responseId: "r1", factId: "reservesMonths", value: 2.1, updatedAt });

    const [check] = await db.select().from(schema.checks).where(eq(schema.checks.id, "c1"));
    expect(check!.createdAt).toBeInstanceOf(Date);
    expect(check!.questionSet).toBe("full");
    const [fact] = await db.select().from(schema.factAnswers);
    expect(fact).toEqual({
      responseId: "r1",
      factId: "reservesMonths",
      value: 2.1,
      redLine: false,
      findingOnly: false,
      updatedAt,
    });

    await db.delete(schema.checks).where(eq(schema.checks.id, "c1"));
    expect(await db.select().from(schema.factAnswers)).toEqual([]);
    await pool.end();
  });

  test("stop() stops the server and removes its folder", async () => {
    await cluster!.stop();
    expect(existsSync(cluster!.folder)).toBe(false);
    const client = new pg.Client({ connectionString: cluster!.url, connectionTimeoutMillis: 2000 });
    await expect(client.connect()).rejects.toThrow();
  });
});
