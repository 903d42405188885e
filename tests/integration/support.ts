/**
 * Calls real loaders and actions with real Requests, against the real
 * database (a fresh file per test file, see tests/setup/database.ts).
 */
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer, FactId, Position, Questionnaire, Side } from "~/domain/types";
import { sealKeys } from "~/access/session.server";
import { claimInvitation, createCheck, type Role } from "~/models/check.server";
import type { Authority } from "~/models/session.server";
import { hashToken } from "~/models/tokens.server";
import * as openLinkRoute from "~/routes/i.$token";

export const ORIGIN = "http://localhost";

type Handler = (args: LoaderFunctionArgs & ActionFunctionArgs) => unknown;

export interface HandlerResult {
  status: number;
  /** Where a redirect points. */
  location: string | null;
  /** The cookie a response sets, as a browser would send it back ("name=value"). */
  cookie: string | null;
  /** Loader or action data (for `data(...)` results, the payload). */
  body: unknown;
}

export interface CallOptions {
  /** A Cookie header, as a browser holding a session would send it. */
  cookie?: string | null;
}

function isDataWithInit(value: unknown): value is { data: unknown; init: ResponseInit | null } {
  return typeof value === "object" && value !== null && (value as { type?: string }).type === "DataWithResponseInit";
}

async function settle(run: () => unknown): Promise<HandlerResult> {
  let result: unknown;
  try {
    result = await run();
  } catch (thrown) {
    result = thrown;
  }
  if (result instanceof Response) {
    const text = await result.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    const setCookie = result.headers.get("Set-Cookie");
    return {
      status: result.status,
      location: result.headers.get("Location"),
      cookie: setCookie ? (setCookie.split(";")[0] as string) : null,
      body,
    };
  }
  if (isDataWithInit(result)) {
    const setCookie = new Headers(result.init?.headers).get("Set-Cookie");
    return {
      status: result.init?.status ?? 200,
      location: null,
      cookie: setCookie ? (setCookie.split(";")[0] as string) : null,
      body: result.data,
    };
  }
  if (result instanceof Error) throw result;
  return { status: 200, location: null, cookie: null, body: result };
}

function headersFor(options: CallOptions): Headers {
  const headers = new Headers();
  if (options.cookie) headers.set("Cookie", options.cookie);
  return headers;
}

export function callLoader(
  handler: Handler,
  path: string,
  params: Record<string, string> = {},
  options: CallOptions = {},
) {
  const request = new Request(`${ORIGIN}${path}`, { headers: headersFor(options) });
  return settle(() => handler({ request, params, context: {} }));
}

export function callAction(
  handler: Handler,
  path: string,
  form: Record<string, string> | URLSearchParams,
  params: Record<string, string> = {},
  options: CallOptions = {},
) {
  const body = form instanceof URLSearchParams ? form : new URLSearchParams(form);
  const request = new Request(`${ORIGIN}${path}`, { method: "POST", body, headers: headersFor(options) });
  return settle(() => handler({ request, params, context: {} }));
}

/** A check whose invitations nobody has claimed yet: tokens.vcs and tokens.prime are invitations. */
export async function newUnclaimedCheck(overrides: Partial<Parameters<typeof createCheck>[0]> = {}) {
  return createCheck(
    { title: "Employment support, Lot 2", vcsName: "Helping Hands", primeName: "BigCo Services", ...overrides },
    await sealKeys(),
  );
}

/**
 * A check whose invitations have both been claimed: tokens.vcs and tokens.prime
 * are each side's own link (the invitations they came from are in `invitations`),
 * and `authority(role)` is what a request with that link proves.
 */
export async function newCheck(overrides: Partial<Parameters<typeof createCheck>[0]> = {}) {
  const created = await newUnclaimedCheck(overrides);
  const tokens = { ...created.tokens };
  const invitations: Partial<Record<Side, string>> = {};
  for (const side of ["vcs", "prime"] as const) {
    if (created.claimed[side]) continue;
    invitations[side] = tokens[side];
    const claimed = await claimInvitation(tokens[side]);
    if (claimed.status !== "claimed") throw new Error(`Could not claim the ${side} invitation`);
    tokens[side] = claimed.token;
  }
  const authority = (role: "owner" | Side): Authority => ({
    checkId: created.id,
    role,
    tokenHash: hashToken(tokens[role]),
  });
  return { ...created, tokens, invitations, authority };
}

export { HEALTHY_FACTS } from "../fixtures";
import { HEALTHY_FACTS } from "../fixtures";

export const MIDDLE_ANSWER: Answer = {
  preferred: 3,
  acceptable: { min: 2, max: 4 },
  importance: "medium",
  redLine: false,
};

/** An answer at a position, accepting one either side of it (medium importance, no red line unless `extra` says). */
export const answerAt = (preferred: Position, extra: Partial<Answer> = {}): Answer => ({
  preferred,
  acceptable: { min: Math.max(1, preferred - 1) as Position, max: Math.min(5, preferred + 1) as Position },
  importance: "medium",
  redLine: false,
  ...extra,
});

/** A complete, valid set of answers for one side: every item and that side's facts. */
export function completeAnswers(
  side: Side,
  choose: (itemId: string) => Answer = () => MIDDLE_ANSWER,
  questionnaire: Questionnaire = currentQuestionnaire(),
) {
  const answers: Record<string, Answer> = {};
  for (const d of questionnaire.dimensions) for (const item of d.items) answers[item.id] = choose(item.id);
  const facts: Partial<Record<FactId, number>> = {};
  for (const fact of questionnaire.facts) {
    if (fact.side === side) facts[fact.id] = HEALTHY_FACTS[side][fact.id] as number;
  }
  return { answers, facts };
}

/**
 * Opens a secret link as a browser would: returns the session cookie (added
 * to any the browser already holds) and where the link leads.
 */
export async function openLink(token: string, cookie: string | null = null) {
  const result = await callLoader(openLinkRoute.loader, `/i/${token}`, { token }, { cookie });
  return { status: result.status, location: result.location, cookie: result.cookie };
}

/** A check, with a browser session for each of its three roles. */
export async function checkWithSessions(overrides: Partial<Parameters<typeof createCheck>[0]> = {}) {
  const check = await newCheck(overrides);
  const owner = await openLink(check.tokens.owner);
  const vcs = await openLink(check.tokens.vcs);
  const prime = await openLink(check.tokens.prime);
  return {
    ...check,
    cookies: { owner: owner.cookie as string, vcs: vcs.cookie as string, prime: prime.cookie as string },
    paths: { owner: `/checks/${check.id}`, vcs: `/checks/${check.id}/vcs`, prime: `/checks/${check.id}/prime` },
  };
}

/** What a side's active link proves, read from the database (for tests that call the models directly). */
export async function sideAuthority(checkId: string, role: Role): Promise<Authority> {
  const { db, tables } = await import("~/db.server");
  const { and, eq, isNull } = await import("drizzle-orm");
  const [row] = await db()
    .select({ tokenHash: tables.accessTokens.tokenHash })
    .from(tables.accessTokens)
    .where(
      and(
        eq(tables.accessTokens.checkId, checkId),
        eq(tables.accessTokens.role, role),
        eq(tables.accessTokens.kind, "link"),
        isNull(tables.accessTokens.revokedAt),
      ),
    );
  if (!row) throw new Error(`No active ${role} link for check ${checkId}`);
  return { checkId, role, tokenHash: row.tokenHash };
}

/**
 * Runs raw SQL on the database the tests use, in the dialect it speaks: for the few tests that
 * need what no model offers (a trigger that makes a write fail, say).
 */
export async function execRawSql(statements: { sqlite: string; postgresql: string }): Promise<void> {
  const { databaseDialect, databaseReady } = await import("~/db.server");
  await databaseReady();
  const handle = globalThis.__commonGroundDb as import("../../db/client").SqliteHandle;
  if (databaseDialect() === "sqlite") {
    handle.sqlite.exec(statements.sqlite);
    return;
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(statements.postgresql);
  } finally {
    await client.end();
  }
}

/**
 * Runs one statement on a server's own database, behind the server's back (as another process,
 * a restore or an operator would), in that database's dialect; returns the rows it changed.
 */
export async function runOnDatabase(
  url: string,
  statement: { sqlite: string; postgresql: string },
  params: unknown[] = [],
): Promise<number> {
  if (/^postgres(ql)?:/.test(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return (await client.query(statement.postgresql, params)).rowCount ?? 0;
    } finally {
      await client.end();
    }
  }
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(url);
  try {
    sqlite.pragma("foreign_keys = ON");
    return sqlite.prepare(statement.sqlite).run(...params).changes;
  } finally {
    sqlite.close();
  }
}

/**
 * The rows of some tables of a server's own database, read behind its back, in an order that
 * does not depend on the database's storage (each table's rows sorted by their JSON): for
 * comparing a database before and after with the same dialect.
 */
export async function tableContents(url: string, tables: readonly string[]): Promise<string> {
  const sorted = (rows: unknown[]) => rows.map((row) => JSON.stringify(row)).sort();
  if (/^postgres(ql)?:/.test(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const contents: string[][] = [];
      for (const table of tables) contents.push(sorted((await client.query(`select * from ${table}`)).rows));
      return JSON.stringify(contents);
    } finally {
      await client.end();
    }
  }
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(url, { readonly: true });
  try {
    return JSON.stringify(tables.map((table) => sorted(sqlite.prepare(`select * from ${table}`).all())));
  } finally {
    sqlite.close();
  }
}
