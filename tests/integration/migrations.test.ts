/**
 * Every migration, applied one at a time to a database that already holds
 * realistic data: no row may be lost (drizzle-kit sometimes rebuilds a table,
 * and inside the migrator's transaction `PRAGMA foreign_keys=OFF` does not
 * apply, so a cascade could empty child tables) and no foreign key may dangle.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { findMigrationsFolder, openSqliteDatabase } from "../../db/client";

const TABLES = ["checks", "parties", "access_tokens", "responses", "answers", "fact_answers"];

function seed(sqlite: ReturnType<typeof openSqliteDatabase>["sqlite"]) {
  const now = Date.now();
  const insert = (sql: string, ...values: unknown[]) => sqlite.prepare(sql).run(...values);
  for (let c = 0; c < 25; c++) {
    const checkId = `check-${c}`;
    insert(
      "insert into checks (id, title, questionnaire_version, created_at) values (?, ?, '1', ?)",
      checkId,
      `Check ${c}`,
      now,
    );
    insert("insert into access_tokens (token_hash, check_id, role) values (?, ?, 'owner')", `owner-${c}`, checkId);
    for (const role of ["vcs", "prime"]) {
      const partyId = `${checkId}-${role}`;
      insert(
        "insert into parties (id, check_id, role, name, created_at) values (?, ?, ?, ?, ?)",
        partyId,
        checkId,
        role,
        `Org ${c} ${role}`,
        now,
      );
      insert(
        "insert into access_tokens (token_hash, check_id, role, party_id) values (?, ?, ?, ?)",
        `${role}-${c}`,
        checkId,
        role,
        partyId,
      );
      const responseId = `${partyId}-response`;
      insert(
        "insert into responses (id, party_id, created_at, updated_at) values (?, ?, ?, ?)",
        responseId,
        partyId,
        now,
        now,
      );
      for (let i = 0; i < 12; i++) {
        insert(
          "insert into answers (response_id, item_id, preferred, acceptable_min, acceptable_max, importance, red_line, note, updated_at) values (?, ?, 3, 2, 4, 'high', 0, 'a note', ?)",
          responseId,
          `item-${i}`,
          now,
        );
      }
      insert(
        "insert into fact_answers (response_id, fact_id, value, updated_at) values (?, 'reservesMonths', 2.5, ?)",
        responseId,
        now,
      );
    }
  }
}

function counts(sqlite: ReturnType<typeof openSqliteDatabase>["sqlite"]) {
  return Object.fromEntries(
    TABLES.map((t) => [t, (sqlite.prepare(`select count(*) as n from ${t}`).get() as { n: number }).n]),
  );
}

test("each migration keeps every row and every foreign key", () => {
  const source = findMigrationsFolder();
  const journal = JSON.parse(readFileSync(join(source, "meta", "_journal.json"), "utf8")) as { entries: unknown[] };
  const databasePath = join(mkdtempSync(join(tmpdir(), "common-ground-migrate-")), "seeded.db");
  let expected: Record<string, number> | null = null;

  for (let applied = 1; applied <= journal.entries.length; applied++) {
    // A copy of drizzle/sqlite/ that knows only the first `applied` migrations.
    const folder = mkdtempSync(join(tmpdir(), "common-ground-migrations-"));
    cpSync(source, folder, { recursive: true });
    writeFileSync(
      join(folder, "meta", "_journal.json"),
      JSON.stringify({ ...journal, entries: journal.entries.slice(0, applied) }),
    );
    const { sqlite } = openSqliteDatabase(databasePath, { migrationsFolder: folder });
    try {
      if (!expected) {
        seed(sqlite);
        expected = counts(sqlite);
        expect(expected.answers).toBe(600);
      }
      expect(counts(sqlite), `after migration ${applied}`).toEqual(expected);
      expect(sqlite.pragma("foreign_key_check")).toEqual([]);
      expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      sqlite.close();
    }
  }

  // Rows written before a column existed get its default.
  const { sqlite } = openSqliteDatabase(databasePath);
  try {
    const generations = sqlite.prepare("select distinct generation from access_tokens").all();
    expect(generations).toEqual([{ generation: 1 }]);
  } finally {
    sqlite.close();
  }
});
