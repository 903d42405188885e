/**
 * A partner search of 1,000 candidates (issue 17), on SQLite and on
 * PostgreSQL, against the production server: the prime answers and submits
 * first, then 1,000 organisations apply through the open link, answer and
 * submit through the API (each scored as it submits; the seeding is not
 * timed). Then the owner's dashboard is read page after page: p50/p95 of
 * `GET /api/v1/searches/{id}/candidates` (the default order, other orders and
 * each filter), and of the dashboard page `GET /searches/{id}` with the
 * owner's session where the build has that page. Budget (issue 17): a page of
 * the dashboard p50 under 200 ms on both databases.
 */
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { startServer, type RunningServer } from "../e2e/support/server";
import { startPostgres } from "../setup/postgres";
import type { BenchContext, BenchResult } from "./runner";
import { percentile } from "./workshop-load";

export const name = "search";

const questionnaire = currentQuestionnaire();
const SERVER_ENV = { RATE_LIMIT_CHECKS_PER_MINUTE: "100000", RATE_LIMIT_LINK_OPENS_PER_MINUTE: "100000" };
const BUDGET_MS = 200;
/** Candidates seeded at once: enough to keep the server busy, few enough not to queue behind the database. */
const SEEDING_CONCURRENCY = 4;

async function call(url: string, method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(body ? { "Content-Type": "application/json" } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** A spread of answers from a seed: every position, importance, and now and then a red line. */
function answers(seed: number) {
  const out: Record<string, unknown> = {};
  let n = seed;
  for (const d of questionnaire.dimensions) {
    for (const item of d.items) {
      n = (n * 1103515245 + 12345) % 2147483648;
      const preferred = ((n >> 8) % 5) + 1;
      const answer: Answer = {
        preferred: preferred as Answer["preferred"],
        acceptable: {
          min: Math.max(1, preferred - 1) as Answer["preferred"],
          max: Math.min(5, preferred + 1) as Answer["preferred"],
        },
        importance: (["low", "medium", "high"] as const)[(n >> 4) % 3]!,
        redLine: (n >> 12) % 40 === 0,
      };
      out[item.id] = toApiAnswer(answer);
    }
  }
  return out;
}

const facts = (side: "vcs" | "prime") =>
  Object.fromEntries(
    questionnaire.facts
      .filter((f) => f.side === side && !f.optional)
      .map((f) => [f.id, f.integer ? Math.ceil((f.min + f.max) / 4) : (f.min + f.max) / 4]),
  );

interface Seeded {
  searchId: string;
  owner: string;
  seconds: number;
}

async function seedSearch(url: string, candidates: number): Promise<Seeded> {
  const started = performance.now();
  const created = await call(url, "POST", "/api/v1/searches", "", {
    title: "Employment support, Kent",
    primeName: "Acme Prime",
  });
  const tokens = created.tokens as { owner: string; prime: string };
  await call(url, "PUT", "/api/v1/answers", tokens.prime, { answers: answers(7), facts: facts("prime") });
  await call(url, "POST", "/api/v1/answers/submit", tokens.prime);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < candidates; i = next++) {
      const applied = await call(url, "POST", "/api/v1/apply", "", {
        code: created.applyCode,
        name: `Candidate ${String(i + 1).padStart(4, "0")} Trust`,
        email: `candidate${i + 1}@example.org`,
      });
      const vcs = (applied.tokens as { vcs: string }).vcs;
      await call(url, "PUT", "/api/v1/answers", vcs, { answers: answers(1000 + i), facts: facts("vcs") });
      await call(url, "POST", "/api/v1/answers/submit", vcs);
    }
  };
  await Promise.all(Array.from({ length: SEEDING_CONCURRENCY }, worker));
  return { searchId: created.id as string, owner: tokens.owner, seconds: (performance.now() - started) / 1000 };
}

/** The owner's session cookie, as a browser gets it by opening the owner's link. */
async function ownerCookie(url: string, owner: string): Promise<string> {
  const response = await fetch(`${url}/i/${owner}`, { redirect: "manual" });
  await response.text();
  const cookie = response.headers.get("Set-Cookie")?.split(";")[0];
  if (!cookie) throw new Error(`Opening the owner's link set no cookie (${response.status})`);
  return cookie;
}

async function timedGet(url: string, path: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}${path}`, { headers });
  await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`);
  return ms;
}

type Row = BenchResult["rows"][number];

/** `reads` reads of each page address in turn; p50/p95 over all of them. */
async function measure(
  url: string,
  label: string,
  paths: string[],
  reads: number,
  headers: Record<string, string>,
): Promise<Row> {
  // One read each first: the first read of an address warms the server's caches and the database's pages.
  for (const path of paths.slice(0, 3)) await timedGet(url, path, headers);
  const times: number[] = [];
  for (let i = 0; i < reads; i++) times.push(await timedGet(url, paths[i % paths.length]!, headers));
  times.sort((a, b) => a - b);
  return {
    read: label,
    reads,
    "p50 ms": Math.round(percentile(times, 50) * 10) / 10,
    "p95 ms": Math.round(percentile(times, 95) * 10) / 10,
    "max ms": Math.round(times[times.length - 1]! * 10) / 10,
  };
}

async function benchDatabase(
  database: string,
  server: RunningServer,
  candidates: number,
  reads: number,
): Promise<{ rows: Row[]; budgets: NonNullable<BenchResult["budgets"]> }> {
  const url = server.url;
  const seeded = await seedSearch(url, candidates);
  console.log(
    `${database}: ${candidates} candidates applied, answered and submitted in ${seeded.seconds.toFixed(1)} s`,
  );
  const bearer = { Authorization: `Bearer ${seeded.owner}` };
  const api = `/api/v1/searches/${seeded.searchId}/candidates`;
  const first = await call(url, "GET", api, seeded.owner);
  if (first.total !== candidates) throw new Error(`${database}: ${String(first.total)} candidates listed`);
  const pages = Number(first.pages);
  const verdicts = new Map<string, number>();
  for (let p = 1; p <= Math.ceil(candidates / 100); p++) {
    const listed = await call(url, "GET", `${api}?pageSize=100&page=${p}`, seeded.owner);
    for (const c of listed.candidates as Array<{ verdict?: string }>) {
      verdicts.set(c.verdict ?? "unscored", (verdicts.get(c.verdict ?? "unscored") ?? 0) + 1);
    }
  }
  console.log(`${database}: verdicts ${[...verdicts].map(([v, n]) => `${v} ${n}`).join(", ")}`);
  const everyPage = (query: string) =>
    Array.from({ length: pages }, (_, i) => `${api}?${query}${query ? "&" : ""}page=${i + 1}`);
  const section = questionnaire.dimensions[0]!.id;
  const reads_ = [
    ["API, default order (verdict, then score), pages 1 to last", everyPage("")],
    ["API, by name", everyPage("sort=name")],
    ["API, newest first", everyPage("sort=newest")],
    ["API, minScore=60", [`${api}?minScore=60`, `${api}?minScore=60&page=2`]],
    ["API, noDealbreakers", [`${api}?noDealbreakers=true`, `${api}?noDealbreakers=true&page=2`]],
    ["API, submittedOnly", [`${api}?submittedOnly=true`, `${api}?submittedOnly=true&page=20`]],
    [`API, section ${section} ≥ 60`, [`${api}?section=${section}&minSectionScore=60`]],
    ["API, all filters, pageSize=100", [`${api}?minScore=50&noDealbreakers=true&submittedOnly=true&pageSize=100`]],
  ] as const;
  const rows: Row[] = [];
  for (const [label, paths] of reads_)
    rows.push({ database, ...(await measure(url, label, [...paths], reads, bearer)) });
  const budgets: NonNullable<BenchResult["budgets"]> = [];
  const apiDefault = rows[0]!;
  budgets.push({
    budget: `${database}: a page of the ${candidates}-candidate dashboard (API) p50 under ${BUDGET_MS} ms`,
    value: `${apiDefault["p50 ms"]} ms`,
    met: Number(apiDefault["p50 ms"]) < BUDGET_MS,
  });
  const cookie = await ownerCookie(url, seeded.owner);
  const page = `/searches/${seeded.searchId}`;
  const probe = await fetch(`${url}${page}`, { headers: { Cookie: cookie } });
  await probe.text();
  if (probe.status === 404) {
    console.log(`${database}: this build has no dashboard page (${page} is a 404): the page is not measured`);
  } else {
    const pagePaths = Array.from({ length: pages }, (_, i) => `${page}?page=${i + 1}`);
    const html: Row = {
      database,
      ...(await measure(url, "page, default order, pages 1 to last", pagePaths, reads, { Cookie: cookie })),
    };
    rows.push(html);
    rows.push({
      database,
      ...(await measure(
        url,
        "page, filtered (minScore=50, noDealbreakers)",
        [`${page}?minScore=50&noDealbreakers=on`, `${page}?minScore=50&noDealbreakers=on&page=2`],
        reads,
        { Cookie: cookie },
      )),
    });
    budgets.push({
      budget: `${database}: a page of the ${candidates}-candidate dashboard (HTML) p50 under ${BUDGET_MS} ms`,
      value: `${html["p50 ms"]} ms`,
      met: Number(html["p50 ms"]) < BUDGET_MS,
    });
  }
  return { rows, budgets };
}

export async function run({ server, quick }: BenchContext): Promise<BenchResult> {
  const candidates = quick ? 200 : 1000;
  const reads = quick ? 40 : 200;
  const rows: Row[] = [];
  const budgets: NonNullable<BenchResult["budgets"]> = [];
  const sqlite = await benchDatabase("SQLite", server, candidates, reads);
  rows.push(...sqlite.rows);
  budgets.push(...sqlite.budgets);
  const cluster = await startPostgres();
  if ("skipped" in cluster) {
    console.log(`PostgreSQL rows skipped: ${cluster.skipped}`);
    return { rows, budgets };
  }
  let pgServer: RunningServer | null = null;
  try {
    pgServer = await startServer({ ...SERVER_ENV, DATABASE_URL: cluster.url });
    const pg = await benchDatabase("PostgreSQL", pgServer, candidates, reads);
    rows.push(...pg.rows);
    budgets.push(...pg.budgets);
  } finally {
    await pgServer?.stop();
    await cluster.stop();
  }
  return { rows, budgets };
}
