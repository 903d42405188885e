import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { databasePath, openSqliteDatabase } from "../../db/client";

const tempDir = () => mkdtempSync(join(tmpdir(), "common-ground-db-"));

describe("DATABASE_URL", () => {
  test("accepts a plain path, a relative file: URL and an absolute file:// URL", () => {
    expect(databasePath("data/x.db")).toBe(resolve("data/x.db"));
    expect(databasePath("file:data/x.db")).toBe(resolve("data/x.db"));
    expect(databasePath(pathToFileURL("/tmp/cg/x.db").href)).toBe("/tmp/cg/x.db");
  });

  test("creates the folder and migrates a new database", () => {
    const path = join(tempDir(), "nested", "folder", "new.db");
    const { sqlite } = openSqliteDatabase(`file://${path}`);
    try {
      const tables = sqlite.prepare("select name from sqlite_master where type = 'table'").all() as Array<{
        name: string;
      }>;
      expect(tables.map((t) => t.name)).toEqual(
        expect.arrayContaining(["checks", "parties", "access_tokens", "responses", "answers", "fact_answers"]),
      );
    } finally {
      sqlite.close();
    }
  });
});

test("durability settings: WAL, synchronous=FULL, foreign keys on, a busy timeout", () => {
  const { sqlite } = openSqliteDatabase(join(tempDir(), "pragmas.db"));
  try {
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(1000);
  } finally {
    sqlite.close();
  }
});

test("every foreign key leads an index, so a cascade or a join never scans its table", () => {
  const { sqlite } = openSqliteDatabase(`file://${join(tempDir(), "fk.db")}`);
  try {
    const tables = (
      sqlite
        .prepare("select name from sqlite_master where type = 'table' and name not like '\\_\\_%' escape '\\'")
        .all() as Array<{
        name: string;
      }>
    ).map((t) => t.name);
    const unindexed: string[] = [];
    for (const table of tables) {
      const keys = sqlite.prepare(`pragma foreign_key_list("${table}")`).all() as Array<{ id: number; from: string }>;
      // Each index's leading column (the primary key counts as one).
      const leading = new Set<string>();
      for (const idx of sqlite.prepare(`pragma index_list("${table}")`).all() as Array<{ name: string }>) {
        const columns = sqlite.prepare(`pragma index_info("${idx.name}")`).all() as Array<{
          seqno: number;
          name: string;
        }>;
        const first = columns.find((c) => c.seqno === 0);
        if (first) leading.add(first.name);
      }
      const pk = (sqlite.prepare(`pragma table_info("${table}")`).all() as Array<{ name: string; pk: number }>).find(
        (c) => c.pk === 1,
      );
      if (pk) leading.add(pk.name);
      for (const key of keys) if (!leading.has(key.from)) unindexed.push(`${table}.${key.from}`);
    }
    expect(unindexed).toEqual([]);
  } finally {
    sqlite.close();
  }
});
