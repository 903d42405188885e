import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { databasePath, openDatabase } from "../../db/client";

const tempDir = () => mkdtempSync(join(tmpdir(), "common-ground-db-"));

describe("DATABASE_URL", () => {
  test("accepts a plain path, a relative file: URL and an absolute file:// URL", () => {
    expect(databasePath("data/x.db")).toBe(resolve("data/x.db"));
    expect(databasePath("file:data/x.db")).toBe(resolve("data/x.db"));
    expect(databasePath(pathToFileURL("/tmp/cg/x.db").href)).toBe("/tmp/cg/x.db");
  });

  test("creates the folder and migrates a new database", () => {
    const path = join(tempDir(), "nested", "folder", "new.db");
    const { sqlite } = openDatabase(`file://${path}`);
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
  const { sqlite } = openDatabase(join(tempDir(), "pragmas.db"));
  try {
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(sqlite.pragma("synchronous", { simple: true })).toBe(2); // FULL
    expect(sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(sqlite.pragma("busy_timeout", { simple: true })).toBeGreaterThanOrEqual(1000);
  } finally {
    sqlite.close();
  }
});
