import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { openDatabase, openSqliteDatabase } from "../../db/client";
import { findPostgresBinaries, startPostgres, type PostgresCluster } from "../setup/postgres";

const run = promisify(execFile);

test("npm run db:backup writes a verified, timestamped copy that holds the data", () => {
  const folder = mkdtempSync(join(tmpdir(), "common-ground-backup-"));
  const databasePath = join(folder, "live.db");
  const { sqlite } = openSqliteDatabase(databasePath);
  sqlite
    .prepare("insert into checks (id, title, questionnaire_version, created_at) values ('c1', 'Backed up', '1', 0)")
    .run();
  // The app is still "running": the connection stays open, with the last write possibly still in the WAL.
  const output = execFileSync("npm", ["run", "--silent", "db:backup"], {
    env: { ...process.env, DATABASE_URL: `file:${databasePath}`, BACKUP_DIR: join(folder, "backups") },
    encoding: "utf8",
  });
  sqlite.close();
  expect(output).toMatch(/integrity check ok/);
  const [file] = readdirSync(join(folder, "backups"));
  expect(file).toMatch(/^common-ground-\d{4}-\d{2}-\d{2}T.*\.db$/);
  const copy = openSqliteDatabase(join(folder, "backups", file!));
  try {
    expect(copy.sqlite.prepare("select title from checks").all()).toEqual([{ title: "Backed up" }]);
  } finally {
    copy.sqlite.close();
  }
});

/*
 * On PostgreSQL, db:backup runs pg_dump against a throwaway cluster (tests/setup/postgres.ts). Without
 * PostgreSQL these tests warn and skip; under CI=true they fail instead.
 */
const started = await startPostgres();
const skipped = "skipped" in started ? started.skipped : null;
const cluster = skipped ? null : (started as PostgresCluster);
const inCI = process.env.CI === "true";
if (skipped && !inCI) console.warn(`\n*** PostgreSQL backup tests skipped: ${skipped}\n`);

afterAll(async () => {
  await cluster?.stop();
});

// Under CI=true a PostgreSQL that cannot start fails this file; elsewhere its PostgreSQL tests are skipped, with the
// reason printed above.
if (skipped !== null && inCI) throw new Error(`PostgreSQL tests cannot run under CI=true: ${skipped}`);

describe.skipIf(skipped !== null)("npm run db:backup on PostgreSQL", () => {
  const folders: string[] = [];
  const newFolder = () => {
    folders.push(mkdtempSync(join(tmpdir(), "common-ground-pg-backup-")));
    return folders.at(-1)!;
  };
  afterAll(() => {
    for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  });
  // Trust authentication ignores the password: it is here to show it is never printed.
  const url = () => cluster!.url.replace("postgres@", "postgres:s3cret-Pa55@");
  const backup = (env: Record<string, string>) =>
    run("npm", ["run", "--silent", "db:backup"], { env: { ...process.env, ...env }, encoding: "utf8" }).then(
      (r) => ({ code: 0, out: r.stdout + r.stderr }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, out: e.stdout + e.stderr }),
    );

  test("writes a pg_dump custom-format file that pg_restore lists and restores, while the app is connected", async () => {
    const app = openDatabase(cluster!.url);
    await app.ready;
    await app.write((tx) =>
      tx.insert(app.tables.checks).values({ id: "c1", title: "Backed up on PostgreSQL", questionnaireVersion: "2" }),
    );
    const folder = newFolder();
    let result;
    try {
      result = await backup({ DATABASE_URL: url(), BACKUP_DIR: folder });
    } finally {
      await app.close();
    }
    expect(result.out).toMatch(/pg_restore --list reads it/);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/point-in-time recovery/i);
    expect(result.out).toMatch(/pg_basebackup/);
    expect(result.out).not.toContain("s3cret");
    const [file] = readdirSync(folder);
    expect(file).toMatch(/^common-ground-\d{4}-\d{2}-\d{2}T.*\.dump$/);

    const bin = findPostgresBinaries()!;
    const listing = execFileSync(join(bin, "pg_restore"), ["--list", join(folder, file!)], { encoding: "utf8" });
    expect(listing).toMatch(/TABLE DATA public checks /);
    expect(listing).toMatch(/TABLE DATA drizzle __drizzle_migrations /);

    // And it holds the data: restored into a new database, the row is there.
    const admin = new pg.Client({ connectionString: cluster!.url });
    await admin.connect();
    try {
      await admin.query("create database restored");
    } finally {
      await admin.end();
    }
    const restoredUrl = cluster!.url.replace(/\/[^/]+$/, "/restored");
    execFileSync(join(bin, "pg_restore"), ["--no-owner", "--dbname", restoredUrl, join(folder, file!)]);
    const restored = new pg.Client({ connectionString: restoredUrl });
    await restored.connect();
    try {
      expect((await restored.query("select title from checks")).rows).toEqual([{ title: "Backed up on PostgreSQL" }]);
    } finally {
      await restored.end();
    }
  });

  test("without pg_dump it makes no backup, prints what to run (no password) and exits 1", async () => {
    const folder = newFolder();
    const result = await backup({ DATABASE_URL: url(), BACKUP_DIR: folder, PG_BIN: join(folder, "no-such-bin") });
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/pg_dump was not found/);
    expect(result.out).toMatch(/pg_dump --format=custom --file .*common-ground-.*\.dump 'postgres:\/\/postgres@127/);
    expect(result.out).toMatch(/point-in-time recovery/i);
    expect(result.out).not.toContain("s3cret");
    expect(readdirSync(folder)).toEqual([]);
  });
});
