import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { openSqliteDatabase } from "../../db/client";

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
