/** A new, empty database in the PostgreSQL test cluster (tests/setup/postgres-global.ts): its URL. */
import { randomBytes } from "node:crypto";
import pg from "pg";

export async function createTestDatabase(adminUrl: string): Promise<string> {
  const name = `test_${randomBytes(8).toString("hex")}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
