/**
 * Acknowledged answers survive a crash. Twenty rounds: start the production
 * server, send answers concurrently through the API, kill -9 the server at a
 * random moment, and start it again. Every answer that got a 200 must be in
 * the database (or overwritten only by a later attempt at the same answer),
 * and SQLite's integrity check must pass. In the "postgresql" test project the
 * server runs on a PostgreSQL database of its own (the same twenty kills).
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { expect, test } from "vitest";
import { openSqliteDatabase } from "../../db/client";
import { createTestDatabase } from "../setup/test-database";
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { createCheck } from "../bench/seed";
import { startServer } from "../e2e/support/server";

const ROUNDS = 20;
const CHECKS = 4;
const REQUESTS_PER_ROUND = 40;

interface Attempt {
  seq: number;
  note: string;
  acknowledged: boolean;
}

test("every acknowledged answer survives kill -9, and the database stays intact", { timeout: 240_000 }, async () => {
  const admin = process.env.TEST_POSTGRES_ADMIN_URL;
  const databaseUrl = admin
    ? await createTestDatabase(admin)
    : join(mkdtempSync(join(tmpdir(), "common-ground-crash-")), "crash.db");
  const itemIds = allItems(currentQuestionnaire()).map((i) => i.id);
  const tokens: string[] = [];
  /** Attempts per (token, item), in the order they were sent. */
  const attempts = new Map<string, Attempt[]>();
  let seq = 0;
  let acknowledged = 0;
  let killedInFlight = 0;

  for (let round = 0; round < ROUNDS; round++) {
    const server = await startServer({ DATABASE_URL: databaseUrl, RATE_LIMIT_CHECKS_PER_MINUTE: "1000" });
    if (tokens.length === 0) {
      for (let i = 0; i < CHECKS; i++) {
        const body = await createCheck(server.url, `Crash ${i}`);
        tokens.push(body.tokens.vcs, body.tokens.prime);
      }
    }
    let firstAcknowledged: () => void = () => undefined;
    const someAcknowledged = new Promise<void>((resolve) => (firstAcknowledged = resolve));
    // Distinct (token, item) pairs within a round, so no two in-flight requests race for one answer.
    const offset = (round * REQUESTS_PER_ROUND) % (tokens.length * itemIds.length);
    const requests = Array.from({ length: REQUESTS_PER_ROUND }, (_, i) => {
      const slot = (offset + i) % (tokens.length * itemIds.length);
      const token = tokens[slot % tokens.length]!;
      const itemId = itemIds[Math.floor(slot / tokens.length)]!;
      const attempt: Attempt = { seq: ++seq, note: `round ${round} request ${i}`, acknowledged: false };
      const key = `${token}:${itemId}`;
      attempts.set(key, [...(attempts.get(key) ?? []), attempt]);
      return fetch(`${server.url}/api/v1/answers`, {
        method: "PUT",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
        body: JSON.stringify({
          answers: {
            [itemId]: { preferred: 2, acceptable: [1, 2, 3], importance: "high", redLine: false, note: attempt.note },
          },
        }),
      })
        .then((response) => {
          if (response.status === 200) {
            attempt.acknowledged = true;
            acknowledged++;
            firstAcknowledged();
          } else {
            throw new Error(`Unexpected ${response.status}`);
          }
        })
        .catch((error: Error) => {
          if (error.message.startsWith("Unexpected")) throw error;
          killedInFlight++;
        });
    });
    // A random moment once answers are being acknowledged (a server opens its connections, and a loaded machine
    // answers late): within 300 ms of the first some rounds cut off most requests, others only the last few. Half the
    // rounds are killed on a timer alone, before anything may have been acknowledged.
    if (round % 2 === 0) await Promise.race([someAcknowledged, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 300));
    server.process.kill("SIGKILL");
    await Promise.all(requests);
    await server.stop();
  }

  const query = `select t.token_hash as "tokenHash", a.item_id as "itemId", a.note as note
    from answers a join responses r on r.id = a.response_id
    join access_tokens t on t.party_id = r.party_id and t.revoked_at is null`;
  const { rows, close } = admin ? await readPostgres(databaseUrl, query) : readSqlite(databaseUrl, query);
  try {
    const { createHash } = await import("node:crypto");
    const stored = new Map(rows.map((r) => [`${r.tokenHash}:${r.itemId}`, r.note]));
    let checked = 0;
    for (const [key, list] of attempts) {
      const [token, itemId] = key.split(":") as [string, string];
      const lastAcknowledged = list.map((a) => a.acknowledged).lastIndexOf(true);
      if (lastAcknowledged === -1) continue;
      const note = stored.get(`${createHash("sha256").update(token).digest("hex")}:${itemId}`);
      const allowed = list.slice(lastAcknowledged).map((a) => a.note);
      expect(allowed, `answer ${key} was acknowledged but is missing`).toContain(note);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
    console.log(
      `crash test: ${ROUNDS} rounds, ${seq} answers sent, ${acknowledged} acknowledged (all found), ${killedInFlight} cut off by kill -9`,
    );
  } finally {
    await close();
  }
});

type AnswerRow = { tokenHash: string; itemId: string; note: string };

/** The answers as SQLite has them, after its integrity and foreign-key checks pass. */
function readSqlite(path: string, query: string) {
  const { sqlite } = openSqliteDatabase(path);
  expect(sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
  expect(sqlite.pragma("foreign_key_check")).toEqual([]);
  return { rows: sqlite.prepare(query).all() as AnswerRow[], close: async () => sqlite.close() };
}

/** The answers as PostgreSQL has them (it enforces its foreign keys on every write). */
async function readPostgres(url: string, query: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const result = await client.query<AnswerRow>(query);
  return { rows: result.rows, close: () => client.end() };
}
