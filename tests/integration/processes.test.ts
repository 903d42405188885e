/**
 * Two app processes on one database, as behind a load balancer (issue 15):
 * nothing one process does is missed by the other. A link replaced or a check
 * deleted through one is refused at once by the other; a save through one is
 * what the other reads next; the rate limits count both processes' requests.
 * Runs on SQLite (two processes, one file) and, in the "postgresql" project,
 * on PostgreSQL (two processes, one database).
 */
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { answersFor, createCheck } from "../bench/seed";
import { startServer, type RunningServer } from "../e2e/support/server";

/** Two servers on one database: the second is given the first's. */
async function pair(env: Record<string, string> = {}): Promise<[RunningServer, RunningServer]> {
  const first = await startServer(env);
  return [first, await startServer({ ...env, DATABASE_URL: first.databaseUrl })];
}

let a: RunningServer;
let b: RunningServer;
/** A second pair with small limits, so counting them does not limit the other tests. */
let limitedA: RunningServer;
let limitedB: RunningServer;

beforeAll(async () => {
  [a, b] = await pair();
  [limitedA, limitedB] = await pair({ RATE_LIMIT_CHECKS_PER_MINUTE: "6", RATE_LIMIT_SECRET_FAILURES_PER_MINUTE: "4" });
}, 180_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop(), limitedA?.stop(), limitedB?.stop()]);
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const cookieOf = (response: Response) => (response.headers.get("set-cookie") ?? "").split(";")[0]!;
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

describe("two processes, one database", () => {
  test("a side's link replaced through one process is refused at once by the other, by token and by session", async () => {
    const check = await createCheck(a.url, "Revoked across processes");
    const onB = cookieOf(await fetch(`${b.url}/i/${check.tokens.vcs}`, { redirect: "manual" }));
    const sidePage = () => fetch(`${b.url}/checks/${check.id}/vcs`, { headers: { Cookie: onB } });
    expect((await sidePage()).status).toBe(200);
    expect((await fetch(`${b.url}/api/v1/check`, { headers: bearer(check.tokens.vcs) })).status).toBe(200);

    const onA = cookieOf(await fetch(`${a.url}/i/${check.tokens.vcs}`, { redirect: "manual" }));
    const replaced = await fetch(`${a.url}/checks/${check.id}/vcs/link`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: onA, "Sec-Fetch-Site": "same-origin" },
      body: form({ intent: "replace" }),
      redirect: "manual",
    });
    expect(replaced.status).toBe(303);

    expect((await sidePage()).status).toBe(410);
    // The API answers a replaced token as any token it does not know (docs/api.md).
    expect((await fetch(`${b.url}/api/v1/check`, { headers: bearer(check.tokens.vcs) })).status).toBe(401);
  });

  test("a save through one process is what the other reads next; a check deleted through one is gone from both", async () => {
    const check = await createCheck(b.url, "Saved across processes");
    const { answers } = answersFor("vcs");
    const [firstId, firstAnswer] = Object.entries(answers)[0]!;
    const saved = await fetch(`${a.url}/api/v1/answers`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", ...bearer(check.tokens.vcs) },
      body: JSON.stringify({ answers: { [firstId]: { ...firstAnswer, note: "Saved on process A" } } }),
    });
    expect(saved.status).toBe(200);
    const read = await fetch(`${b.url}/api/v1/answers`, { headers: bearer(check.tokens.vcs) });
    const body = (await read.json()) as { answers: Record<string, { note?: string }> };
    expect(body.answers[firstId]?.note).toBe("Saved on process A");

    const owner = cookieOf(await fetch(`${b.url}/i/${check.tokens.owner}`, { redirect: "manual" }));
    expect((await fetch(`${b.url}/checks/${check.id}`, { headers: { Cookie: owner } })).status).toBe(200);
    const ownerOnA = cookieOf(await fetch(`${a.url}/i/${check.tokens.owner}`, { redirect: "manual" }));
    const deleted = await fetch(`${a.url}/checks/${check.id}/delete`, {
      method: "POST",
      headers: {
        "Content-Type": "application/x-www-form-urlencoded",
        Cookie: ownerOnA,
        "Sec-Fetch-Site": "same-origin",
      },
      body: form({ confirm: "on" }),
      redirect: "manual",
    });
    expect(deleted.status).toBe(303);
    expect((await fetch(`${b.url}/checks/${check.id}`, { headers: { Cookie: owner } })).status).toBe(403);
    expect((await fetch(`${b.url}/api/v1/answers`, { headers: bearer(check.tokens.vcs) })).status).toBe(401);
  });

  test("refused secrets are counted across both processes: the limit is one limit", async () => {
    const wrong = (i: number) => ({ Authorization: `Bearer ${String(i).repeat(32)}` });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const server = i % 2 === 0 ? limitedA : limitedB;
      statuses.push((await fetch(`${server.url}/api/v1/answers`, { headers: wrong(i) })).status);
    }
    // Four refusals in all, two through each process, and then both refuse the next guess.
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  test("checks created through either process count towards one creation limit", async () => {
    const create = (server: RunningServer) =>
      fetch(`${server.url}/api/v1/checks`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ title: "Counted", vcsName: "Helping Hands", primeName: "BigCo" }),
      }).then((r) => r.status);
    // Six a minute in all: three through each process, and then both refuse.
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push(await create(i % 2 === 0 ? limitedA : limitedB));
    expect(statuses).toEqual([201, 201, 201, 201, 201, 201, 429, 429]);
  });
});
