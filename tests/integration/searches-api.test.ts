/**
 * Partner searches through the JSON API (issue 17): the prime answers once,
 * candidates apply or are invited, each candidate's check is scored by the
 * same engine, and the dashboard ranks, filters and pages them. Sealed both
 * ways; withdrawal; closing the open link and the closing date.
 */
import { eq, inArray } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { formatApplyCode } from "~/domain/search";
import type { Answer, Side } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { db, tables } from "~/db.server";
import { api, apiCreateCheck } from "./api-support";
import { answerAt, completeAnswers, execRawSql } from "./support";

const questionnaire = currentQuestionnaire();
const itemIds = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));
const dimensionIds = questionnaire.dimensions.map((d) => d.id);

function body(side: Side, choose?: (itemId: string) => Answer) {
  const complete = completeAnswers(side);
  const answers: Record<string, unknown> = {};
  for (const id of itemIds) answers[id] = toApiAnswer(choose ? choose(id) : complete.answers[id]!);
  return { answers, facts: complete.facts };
}

interface CreatedSearch {
  id: string;
  tokens: { owner: string; prime: string };
  links: { owner: string; prime: string; apply: string };
  applyCode: string;
}

async function newSearch(extra: Record<string, unknown> = {}) {
  const created = await api<CreatedSearch>("POST", "/api/v1/searches", {
    body: { title: "Employment support, Kent", primeName: "Acme Prime", ...extra },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function answerAndSubmit(token: string, side: Side, choose?: (itemId: string) => Answer) {
  const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", { token, body: body(side, choose) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.missing).toEqual([]);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

async function apply(code: string, name: string) {
  const applied = await api<{ id: string; tokens: { vcs: string }; links: { vcs: string } }>("POST", "/api/v1/apply", {
    body: { code, name, email: `${name.toLowerCase().replace(/\W+/g, ".")}@example.org` },
  });
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  return applied.body;
}

interface Invited {
  id: string;
  name: string;
  tokens: { vcs: string };
  links: { vcs: string };
}

async function invite(search: CreatedSearch, names: string[]) {
  const added = await api<{ candidates: Invited[] }>("POST", `/api/v1/searches/${search.id}/candidates`, {
    token: search.tokens.owner,
    body: { names },
  });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return added.body.candidates;
}

/** Claims a named candidate's invitation, as the candidate would: returns its own token. */
async function claim(invitation: string) {
  const claimed = await api<{ token: string }>("POST", "/api/v1/invitations/claim", { token: invitation });
  expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
  return claimed.body.token;
}

interface Row {
  id: string;
  name: string;
  source: string;
  status: string;
  email?: string;
  verdict?: string;
  overall?: number;
  dealbreakers?: number;
  dimensions?: Record<string, number | null>;
}

interface Listed {
  total: number;
  page: number;
  pageSize: number;
  pages: number;
  candidates: Row[];
}

async function list(search: CreatedSearch, query = "") {
  const listed = await api<Listed>("GET", `/api/v1/searches/${search.id}/candidates${query ? `?${query}` : ""}`, {
    token: search.tokens.owner,
  });
  expect(listed.status, JSON.stringify(listed.body)).toBe(200);
  return listed.body;
}

interface ReportBody {
  overall: number;
  verdict: { code: string };
  dimensions: Array<{ id: string; score: number | null }>;
  flags: Array<{ severity: string }>;
}

const ids = (rows: Row[]) => rows.map((r) => r.id);

/** Every answer at 3 but one red line at 1 that the prime's 3 breaks: a high score and a dealbreaker. */
const redLineAtFirst = (itemId: string): Answer =>
  itemId === itemIds[0]
    ? { preferred: 1, acceptable: { min: 1, max: 1 }, importance: "high", redLine: true }
    : answerAt(3);

describe("creating a search", () => {
  test("gives the owner's and the prime's tokens and links, the open link and its code", async () => {
    const search = await newSearch();
    expect(search.applyCode).toMatch(/^[0-9A-Z]{10}$/);
    expect(search.links.apply).toBe(`http://localhost/apply/${search.applyCode}`);
    expect(search.links.owner).toBe(`http://localhost/i/${search.tokens.owner}`);
    expect(search.links.prime).toBe(`http://localhost/i/${search.tokens.prime}`);
    const got = await api<Record<string, unknown>>("GET", `/api/v1/searches/${search.id}`, {
      token: search.tokens.owner,
    });
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({
      id: search.id,
      title: "Employment support, Kent",
      primeName: "Acme Prime",
      prime: { status: "not_started" },
      applyCode: search.applyCode,
      closesAt: null,
      closedAt: null,
      open: true,
    });
    const check = await api<Record<string, unknown>>("GET", "/api/v1/check", { token: search.tokens.prime });
    expect(check.body).toMatchObject({ primeName: "Acme Prime", search: { id: search.id, part: "search" } });
  });

  test("a closing date given as a day means the end of that day, UK time (summer and winter)", async () => {
    const summer = await newSearch({ closesAt: "2027-03-31" });
    const winter = await newSearch({ closesAt: "2027-01-15" });
    const exact = await newSearch({ closesAt: "2027-06-01T12:30:00+01:00" });
    const closesAt = async (s: CreatedSearch) =>
      (await api<{ closesAt: string }>("GET", `/api/v1/searches/${s.id}`, { token: s.tokens.owner })).body.closesAt;
    // British Summer Time has begun by 31 March 2027: midnight in London is 23:00 UTC.
    expect(await closesAt(summer)).toBe("2027-03-31T23:00:00.000Z");
    expect(await closesAt(winter)).toBe("2027-01-16T00:00:00.000Z");
    expect(await closesAt(exact)).toBe("2027-06-01T11:30:00.000Z");
  });

  test("refuses a missing title, a past or unreal closing date, and unknown fields with 422", async () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ primeName: "Acme Prime" }, "title"],
      [{ title: "   ", primeName: "Acme Prime" }, "title"],
      [{ title: "A search" }, "primeName"],
      [{ title: "A search", primeName: "Acme Prime", closesAt: "2020-01-01" }, "closesAt"],
      [{ title: "A search", primeName: "Acme Prime", closesAt: "2027-02-30" }, "closesAt"],
      [{ title: "A search", primeName: "Acme Prime", closesAt: "next Friday" }, "closesAt"],
      [{ title: "A search", primeName: "Acme Prime", closesAt: 20270331 }, "closesAt"],
      [{ title: "A search", primeName: "Acme Prime", vcsName: "Someone" }, "vcsName"],
    ];
    for (const [sent, path] of cases) {
      const refused = await api<{ errors: Array<{ path: string; message: string }> }>("POST", "/api/v1/searches", {
        body: sent,
      });
      expect(refused.status, JSON.stringify(sent)).toBe(422);
      expect(
        refused.body.errors.map((e) => e.path),
        JSON.stringify(sent),
      ).toContain(path);
    }
    const past = await api<{ errors: Array<{ message: string }> }>("POST", "/api/v1/searches", {
      body: { title: "A search", primeName: "Acme Prime", closesAt: "2020-01-01" },
    });
    expect(past.body.errors[0]!.message).toBe("The closing date must be in the future");
    expect((await api("POST", "/api/v1/searches", { rawBody: "{not json" })).status).toBe(400);
  });
});

describe("the prime's answers, once for the whole search", () => {
  test("are read, saved and submitted with the prime's token, and only its", async () => {
    const search = await newSearch();
    const empty = await api("GET", "/api/v1/answers", { token: search.tokens.prime });
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ status: "not_started", answers: {}, facts: {} });
    expect((await api("GET", "/api/v1/answers", { token: search.tokens.owner })).status).toBe(403);
    const early = await api<{ missing: string[] }>("POST", "/api/v1/answers/submit", { token: search.tokens.prime });
    expect(early.status).toBe(422);
    await answerAndSubmit(search.tokens.prime, "prime", () => answerAt(4));
    const saved = await api<{ status: string; answers: Record<string, { preferred: number }> }>(
      "GET",
      "/api/v1/answers",
      { token: search.tokens.prime },
    );
    expect(saved.body.status).toBe("submitted");
    expect(Object.keys(saved.body.answers)).toHaveLength(itemIds.length);
    expect(saved.body.answers[itemIds[0]!]!.preferred).toBe(4);
    const again = await api("PUT", "/api/v1/answers", { token: search.tokens.prime, body: body("prime") });
    expect(again.status).toBe(409);
    expect((await api("POST", "/api/v1/answers/submit", { token: search.tokens.prime })).status).toBe(409);
    const status = await api<{ prime: { status: string } }>("GET", `/api/v1/searches/${search.id}`, {
      token: search.tokens.owner,
    });
    expect(status.body.prime.status).toBe("submitted");
    // Every candidate's check has those answers as its prime side, applied before or after.
    const candidate = await apply(search.applyCode, "Late Applicant");
    const check = await api<{ sides: { prime: { status: string } }; primeName: string }>("GET", "/api/v1/check", {
      token: candidate.tokens.vcs,
    });
    expect(check.body.primeName).toBe("Acme Prime");
    expect(check.body.sides.prime.status).toBe("submitted");
  });
});

describe("named candidates", () => {
  test("{ name } and { names } each give a check of its own and an invitation, claimed once", async () => {
    const search = await newSearch();
    const one = await api<{ candidates: Invited[] }>("POST", `/api/v1/searches/${search.id}/candidates`, {
      token: search.tokens.owner,
      body: { name: "  Solo   Trust " },
    });
    expect(one.status).toBe(201);
    expect(one.body.candidates).toHaveLength(1);
    expect(one.body.candidates[0]!.name).toBe("Solo Trust");
    const many = await invite(search, ["North CIC", "South Charity", "East Foundation"]);
    expect(many.map((c) => c.name)).toEqual(["North CIC", "South Charity", "East Foundation"]);
    const all = [...one.body.candidates, ...many];
    expect(new Set(all.map((c) => c.id)).size).toBe(4);
    for (const c of all) expect(c.links.vcs).toBe(`http://localhost/i/${c.tokens.vcs}`);
    // An invitation must be claimed first; then it is the candidate's own, and the invitation is spent.
    expect((await api("GET", "/api/v1/answers", { token: many[0]!.tokens.vcs })).status).toBe(401);
    const own = await claim(many[0]!.tokens.vcs);
    const check = await api<{ id: string; vcsName: string; search: unknown }>("GET", "/api/v1/check", { token: own });
    expect(check.body).toMatchObject({
      id: many[0]!.id,
      vcsName: "North CIC",
      search: { id: search.id, part: "candidate" },
    });
    expect((await api("POST", "/api/v1/invitations/claim", { token: many[0]!.tokens.vcs })).status).toBe(409);
    const listed = await list(search, "sort=name");
    expect(listed.total).toBe(4);
    expect(listed.candidates.map((c) => [c.name, c.source, c.status])).toEqual([
      ["East Foundation", "invited", "not_started"],
      ["North CIC", "invited", "not_started"],
      ["Solo Trust", "invited", "not_started"],
      ["South Charity", "invited", "not_started"],
    ]);
    // Named candidates have no email: nothing to show.
    expect(listed.candidates.every((c) => c.email === undefined)).toBe(true);
  });

  test("refuses an empty list, a blank name, a name given twice and more than 200 at once, adding nothing", async () => {
    const search = await newSearch();
    const refuse = async (sent: unknown) => {
      const refused = await api<{ errors: Array<{ path: string; message: string }> }>(
        "POST",
        `/api/v1/searches/${search.id}/candidates`,
        { token: search.tokens.owner, body: sent },
      );
      expect(refused.status, JSON.stringify(sent).slice(0, 80)).toBe(422);
      return refused.body.errors;
    };
    expect(await refuse({ names: [] })).toEqual([{ path: "names", message: "Give at least one name" }]);
    expect(await refuse({ names: ["Fine", "  "] })).toEqual([
      { path: "names.1", message: "Enter the candidate organisation’s name" },
    ]);
    const neither = { path: "", message: "Give either name (one organisation) or names (a list)" };
    expect(await refuse({})).toEqual([neither]);
    expect(await refuse({ name: "One", names: ["Two"] })).toEqual([neither]);
    expect(await refuse({ names: ["Same Trust", "Other", "same  trust"] })).toEqual([
      { path: "names.2", message: "“Same Trust” is in the list twice" },
    ]);
    const tooMany = await refuse({ names: Array.from({ length: 201 }, (_, i) => `Org ${i + 1}`) });
    expect(tooMany[0]!.message).toBe("Add at most 200 candidates at a time");
    expect((await list(search)).total).toBe(0);
    expect(
      await invite(
        search,
        Array.from({ length: 200 }, (_, i) => `Org ${i + 1}`),
      ),
    ).toHaveLength(200);
    expect((await list(search)).total).toBe(200);
  });

  test("only the search's owner may add them: the prime is 403, another search's owner 404", async () => {
    const search = await newSearch();
    const other = await newSearch();
    const candidate = await apply(search.applyCode, "Applicant One");
    const sent = { body: { name: "Sneaky Ltd" } };
    const path = `/api/v1/searches/${search.id}/candidates`;
    expect((await api("POST", path, { ...sent, token: search.tokens.prime })).status).toBe(403);
    expect((await api("POST", path, { ...sent, token: candidate.tokens.vcs })).status).toBe(403);
    expect((await api("POST", path, { ...sent, token: other.tokens.owner })).status).toBe(404);
    expect((await api("POST", path, sent)).status).toBe(401);
    expect(
      (await api("POST", "/api/v1/searches/nosuchsearch0000/candidates", { ...sent, token: search.tokens.owner }))
        .status,
    ).toBe(404);
    expect((await list(search)).total).toBe(1);
    expect((await list(other)).total).toBe(0);
  });
});

describe("applying through the open link", () => {
  test("takes the code in any case, with or without its dash, and refuses an unknown one with 404", async () => {
    const search = await newSearch();
    const dashed = await apply(formatApplyCode(search.applyCode), "Dashed Trust");
    const lower = await apply(search.applyCode.toLowerCase(), "Lower Trust");
    const spaced = await apply(` ${formatApplyCode(search.applyCode).toLowerCase().replace("-", " - ")} `, "Spaced");
    const listed = await list(search, "sort=name");
    expect(ids(listed.candidates).sort()).toEqual([dashed.id, lower.id, spaced.id].sort());
    expect(listed.candidates.map((c) => [c.name, c.source, c.status, c.email])).toEqual([
      ["Dashed Trust", "applied", "not_started", "dashed.trust@example.org"],
      ["Lower Trust", "applied", "not_started", "lower.trust@example.org"],
      ["Spaced", "applied", "not_started", "spaced@example.org"],
    ]);
    // The applicant holds its own link at once (no invitation to claim).
    expect((await api("GET", "/api/v1/answers", { token: dashed.tokens.vcs })).status).toBe(200);
    expect(dashed.links.vcs).toBe(`http://localhost/i/${dashed.tokens.vcs}`);
    for (const code of ["ZZZZZZZZZZ", "ABC", "!!!!!!!!!!!"]) {
      const unknown = await api("POST", "/api/v1/apply", { body: { code, name: "Who", email: "who@example.org" } });
      expect(unknown.status, code).toBe(404);
    }
  });

  test("refuses a missing or malformed email address and a missing name with 422", async () => {
    const search = await newSearch();
    for (const [sent, path] of [
      [{ code: search.applyCode, name: "No Email" }, "email"],
      [{ code: search.applyCode, name: "Bad Email", email: "not-an-address" }, "email"],
      [{ code: search.applyCode, name: "Bad Email", email: "a@" }, "email"],
      [{ code: search.applyCode, email: "nameless@example.org" }, "name"],
      [{ name: "No Code", email: "x@example.org" }, "code"],
    ] as const) {
      const refused = await api<{ errors: Array<{ path: string }> }>("POST", "/api/v1/apply", { body: sent });
      expect(refused.status, JSON.stringify(sent)).toBe(422);
      expect(refused.body.errors.map((e) => e.path)).toContain(path);
    }
    expect((await list(search)).total).toBe(0);
  });

  test("refuses with 410 once the closing date has passed", async () => {
    const search = await newSearch({ closesAt: "2030-01-01" });
    await apply(search.applyCode, "Early Bird");
    await execRawSql({
      sqlite: `update searches set closes_at = ${Date.now() - 60_000} where id = '${search.id}'`,
      postgresql: `update searches set closes_at = now() - interval '1 minute' where id = '${search.id}'`,
    });
    const late = await api<{ errors: Array<{ message: string }> }>("POST", "/api/v1/apply", {
      body: { code: search.applyCode, name: "Late Comer", email: "late@example.org" },
    });
    expect(late.status).toBe(410);
    expect(late.body.errors[0]!.message).toMatch(/closed/);
    const got = await api<{ open: boolean }>("GET", `/api/v1/searches/${search.id}`, { token: search.tokens.owner });
    expect(got.body.open).toBe(false);
    expect((await list(search)).total).toBe(1);
  });
});

describe("closing the open link", () => {
  test("is the owner's, changes nothing the second time, refuses applications, and keeps named invitations", async () => {
    const search = await newSearch();
    const invited = await invite(search, ["Before Close CIC"]);
    const path = `/api/v1/searches/${search.id}/close`;
    expect((await api("POST", path, { token: search.tokens.prime })).status).toBe(403);
    expect((await api("POST", path, { token: (await newSearch()).tokens.owner })).status).toBe(404);
    const closed = await api<{ closedAt: string; open: boolean }>("POST", path, { token: search.tokens.owner });
    expect(closed.status).toBe(200);
    expect(closed.body.open).toBe(false);
    expect(closed.body.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const again = await api<{ closedAt: string; open: boolean }>("POST", path, { token: search.tokens.owner });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(closed.body);
    const refused = await api("POST", "/api/v1/apply", {
      body: { code: search.applyCode, name: "Too Late", email: "late@example.org" },
    });
    expect(refused.status).toBe(410);
    // A named candidate invited before can still claim, answer and submit; and the owner can still invite.
    await answerAndSubmit(await claim(invited[0]!.tokens.vcs), "vcs");
    const after = await invite(search, ["After Close CIC"]);
    await answerAndSubmit(await claim(after[0]!.tokens.vcs), "vcs");
    const listed = await list(search, "sort=name");
    expect(listed.candidates.map((c) => [c.name, c.status])).toEqual([
      ["After Close CIC", "submitted"],
      ["Before Close CIC", "submitted"],
    ]);
  });
});

describe("sealed both ways", () => {
  test("the owner sees no result of a candidate before it submits, and no report", async () => {
    const search = await newSearch();
    await answerAndSubmit(search.tokens.prime, "prime");
    const candidate = await apply(search.applyCode, "Halfway Trust");
    const half = Object.fromEntries(Object.entries(body("vcs").answers).slice(0, 5));
    expect((await api("PUT", "/api/v1/answers", { token: candidate.tokens.vcs, body: { answers: half } })).status).toBe(
      200,
    );
    const [row] = (await list(search)).candidates;
    expect(row).toEqual({
      id: candidate.id,
      name: "Halfway Trust",
      source: "applied",
      status: "in_progress",
      email: "halfway.trust@example.org",
    });
    for (const token of [search.tokens.owner, search.tokens.prime]) {
      const sealed = await api("GET", `/api/v1/report?candidate=${candidate.id}`, { token });
      expect(sealed.status).toBe(409);
      expect(JSON.stringify(sealed.body)).not.toMatch(/"answers"|"items"|"overall"/);
    }
    await answerAndSubmit(candidate.tokens.vcs, "vcs");
    const [scored] = (await list(search)).candidates;
    expect(scored).toMatchObject({ status: "submitted", verdict: expect.any(String), overall: expect.any(Number) });
    expect((await api("GET", `/api/v1/report?candidate=${candidate.id}`, { token: search.tokens.owner })).status).toBe(
      200,
    );
  });

  test("a candidate's report is 409 until it has submitted and the prime has, in either order", async () => {
    const search = await newSearch();
    const first = await apply(search.applyCode, "Submits First");
    const second = await apply(search.applyCode, "Submits Second");
    const report = (token: string) => api<{ sides?: unknown }>("GET", "/api/v1/report", { token });
    expect((await report(first.tokens.vcs)).status).toBe(409);
    await answerAndSubmit(first.tokens.vcs, "vcs");
    // The candidate has submitted, the prime has not: still sealed, and nothing of the prime's answers shows.
    const waiting = await report(first.tokens.vcs);
    expect(waiting.status).toBe(409);
    expect(waiting.body.sides).toEqual({ vcs: { status: "submitted" }, prime: { status: "not_started" } });
    await answerAndSubmit(search.tokens.prime, "prime");
    expect((await report(first.tokens.vcs)).status).toBe(200);
    // The prime has submitted, this candidate has not.
    const before = await report(second.tokens.vcs);
    expect(before.status).toBe(409);
    expect(before.body.sides).toEqual({ vcs: { status: "not_started" }, prime: { status: "submitted" } });
    await answerAndSubmit(second.tokens.vcs, "vcs");
    expect((await report(second.tokens.vcs)).status).toBe(200);
  });

  test("a candidate's token opens neither another candidate's report nor the search", async () => {
    const search = await newSearch();
    await answerAndSubmit(search.tokens.prime, "prime");
    const a = await apply(search.applyCode, "Alpha Trust");
    const b = await apply(search.applyCode, "Beta Trust");
    await answerAndSubmit(a.tokens.vcs, "vcs");
    await answerAndSubmit(b.tokens.vcs, "vcs");
    const token = a.tokens.vcs;
    expect((await api("GET", `/api/v1/report?candidate=${b.id}`, { token })).status).toBe(422);
    expect((await api("GET", `/api/v1/searches/${search.id}/candidates`, { token })).status).toBe(403);
    expect((await api("GET", `/api/v1/searches/${search.id}`, { token })).status).toBe(403);
    expect((await api("POST", `/api/v1/searches/${search.id}/close`, { token })).status).toBe(403);
    // Its own report names only itself and the prime.
    const own = await api("GET", "/api/v1/report", { token });
    expect(own.status).toBe(200);
    expect(JSON.stringify(own.body)).not.toContain(b.id);
    expect(JSON.stringify(own.body)).not.toContain("Beta Trust");
    const check = await api("GET", "/api/v1/check", { token });
    expect(check.body).toMatchObject({ id: a.id, vcsName: "Alpha Trust", primeName: "Acme Prime" });
    // Another search's owner names this search's candidate: no such candidate of theirs.
    const other = await newSearch();
    expect((await api("GET", `/api/v1/report?candidate=${a.id}`, { token: other.tokens.owner })).status).toBe(404);
    expect((await api("GET", `/api/v1/report?candidate=${a.id}`, { token: other.tokens.prime })).status).toBe(404);
    // An ordinary check's owner cannot name a candidate at all.
    const ordinary = await apiCreateCheck();
    expect((await api("GET", `/api/v1/report?candidate=${a.id}`, { token: ordinary.tokens.owner })).status).toBe(422);
  });

  test("nothing a candidate reads says how many others applied", async () => {
    const search = await newSearch();
    const lone = await apply(search.applyCode, "Lone Trust");
    const read = async () => ({
      check: (await api("GET", "/api/v1/check", { token: lone.tokens.vcs })).body,
      answers: (await api("GET", "/api/v1/answers", { token: lone.tokens.vcs })).body,
      report: (await api("GET", "/api/v1/report", { token: lone.tokens.vcs })).body,
    });
    const alone = await read();
    const others: Array<{ id: string; tokens: { vcs: string } }> = [];
    for (let i = 0; i < 4; i++) others.push(await apply(search.applyCode, `Other ${i + 1}`));
    for (const other of others.slice(0, 2)) await answerAndSubmit(other.tokens.vcs, "vcs");
    await invite(search, ["Named One", "Named Two"]);
    // The same bodies, word for word, with one candidate or seven.
    expect(await read()).toEqual(alone);
    // And an application's answer has the same fields, with no number in it, whoever applies in what place.
    const later = await apply(search.applyCode, "Eighth Trust");
    expect(Object.keys(later).sort()).toEqual(["id", "links", "tokens"]);
    expect(JSON.stringify(later)).not.toMatch(/:\s*\d/);
    // Once both sides have submitted, the candidate's report is about its own check alone.
    await answerAndSubmit(search.tokens.prime, "prime");
    await answerAndSubmit(lone.tokens.vcs, "vcs");
    const text = JSON.stringify((await api("GET", "/api/v1/report", { token: lone.tokens.vcs })).body);
    for (const other of others) expect(text).not.toContain(other.id);
    expect(text).not.toMatch(/"(total|candidates|pages|applicants|count)"/);
  });
});

describe("withdrawal", () => {
  test("deletes the candidate's check, answers and stored result; its token is then refused", async () => {
    const search = await newSearch();
    await answerAndSubmit(search.tokens.prime, "prime");
    const stays = await apply(search.applyCode, "Stays Trust");
    const leaves = await apply(search.applyCode, "Leaves Trust");
    await answerAndSubmit(stays.tokens.vcs, "vcs");
    await answerAndSubmit(leaves.tokens.vcs, "vcs");
    expect(ids((await list(search)).candidates).sort()).toEqual([stays.id, leaves.id].sort());
    const scores = await db()
      .select()
      .from(tables.candidateScores)
      .where(eq(tables.candidateScores.checkId, leaves.id));
    expect(scores.length).toBe(dimensionIds.length);
    const responseIds = (
      await db()
        .select({ id: tables.responses.id })
        .from(tables.responses)
        .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
        .where(eq(tables.parties.checkId, leaves.id))
    ).map((r) => r.id);
    expect(responseIds.length).toBeGreaterThan(0);
    expect(
      (await db().select().from(tables.answers).where(inArray(tables.answers.responseId, responseIds))).length,
    ).toBe(itemIds.length);

    const withdrawn = await api("DELETE", "/api/v1/answers", { token: leaves.tokens.vcs });
    expect(withdrawn.status).toBe(204);
    expect((await api("GET", "/api/v1/answers", { token: leaves.tokens.vcs })).status).toBe(401);
    expect((await api("DELETE", "/api/v1/answers", { token: leaves.tokens.vcs })).status).toBe(401);
    const listed = await list(search);
    expect(listed.total).toBe(1);
    expect(ids(listed.candidates)).toEqual([stays.id]);
    expect((await api("GET", `/api/v1/report?candidate=${leaves.id}`, { token: search.tokens.owner })).status).toBe(
      404,
    );
    expect(await db().select().from(tables.checks).where(eq(tables.checks.id, leaves.id))).toEqual([]);
    expect(await db().select().from(tables.candidates).where(eq(tables.candidates.checkId, leaves.id))).toEqual([]);
    expect(await db().select().from(tables.parties).where(eq(tables.parties.checkId, leaves.id))).toEqual([]);
    expect(await db().select().from(tables.accessTokens).where(eq(tables.accessTokens.checkId, leaves.id))).toEqual([]);
    expect(await db().select().from(tables.responses).where(inArray(tables.responses.id, responseIds))).toEqual([]);
    expect(await db().select().from(tables.answers).where(inArray(tables.answers.responseId, responseIds))).toEqual([]);
    expect(
      await db().select().from(tables.factAnswers).where(inArray(tables.factAnswers.responseId, responseIds)),
    ).toEqual([]);
    // The other candidate, the search and the prime's answers are untouched.
    expect((await api("GET", "/api/v1/report", { token: stays.tokens.vcs })).status).toBe(200);
    const prime = await api<{ status: string }>("GET", "/api/v1/answers", { token: search.tokens.prime });
    expect(prime.body.status).toBe("submitted");
  });

  test("is a candidate's only: an ordinary check's side, the prime and the owner are refused", async () => {
    const search = await newSearch();
    const ordinary = await apiCreateCheck();
    expect((await api("DELETE", "/api/v1/answers", { token: ordinary.tokens.vcs })).status).toBe(403);
    expect((await api("DELETE", "/api/v1/answers", { token: ordinary.tokens.prime })).status).toBe(403);
    expect((await api("DELETE", "/api/v1/answers", { token: search.tokens.prime })).status).toBe(403);
    expect((await api("DELETE", "/api/v1/answers", { token: search.tokens.owner })).status).toBe(403);
    expect((await api("GET", "/api/v1/check", { token: ordinary.tokens.vcs })).status).toBe(200);
    expect((await api("GET", "/api/v1/answers", { token: search.tokens.prime })).status).toBe(200);
  });

  test("works for a named candidate before it has answered anything", async () => {
    const search = await newSearch();
    const [named] = await invite(search, ["Changed Mind CIC"]);
    const own = await claim(named!.tokens.vcs);
    expect((await api("DELETE", "/api/v1/answers", { token: own })).status).toBe(204);
    expect((await list(search)).total).toBe(0);
  });
});

describe("the owner's list", () => {
  /**
   * A field against a prime at 3 throughout: strong (all at 3), two workable ones
   * (every other answer at 2; all at 2), a weak one (all at 1), a red line the
   * prime's answer breaks (a high score all the same), one half answered and one
   * invited that has not started.
   */
  async function field() {
    const search = await newSearch();
    await answerAndSubmit(search.tokens.prime, "prime", () => answerAt(3));
    const perfect = await apply(search.applyCode, "perfect fit trust");
    const good = await apply(search.applyCode, "Good Fit Trust");
    const middling = await apply(search.applyCode, "Middling Org");
    const far = await apply(search.applyCode, "Far Apart CIC");
    const redLine = await apply(search.applyCode, "Red Line Ltd");
    const halfway = await apply(search.applyCode, "Halfway House");
    const [invited] = await invite(search, ["Named Not Started"]);
    await answerAndSubmit(perfect.tokens.vcs, "vcs", () => answerAt(3));
    await answerAndSubmit(good.tokens.vcs, "vcs", (id) => answerAt(itemIds.indexOf(id) % 2 === 0 ? 3 : 2));
    await answerAndSubmit(middling.tokens.vcs, "vcs", () => answerAt(2));
    await answerAndSubmit(far.tokens.vcs, "vcs", () => answerAt(1));
    await answerAndSubmit(redLine.tokens.vcs, "vcs", redLineAtFirst);
    const some = Object.fromEntries(Object.entries(body("vcs").answers).slice(0, 3));
    expect((await api("PUT", "/api/v1/answers", { token: halfway.tokens.vcs, body: { answers: some } })).status).toBe(
      200,
    );
    const all = await list(search, "pageSize=100");
    const byId = new Map(all.candidates.map((c) => [c.id, c]));
    const f = {
      search,
      perfect: byId.get(perfect.id)!,
      good: byId.get(good.id)!,
      middling: byId.get(middling.id)!,
      far: byId.get(far.id)!,
      redLine: byId.get(redLine.id)!,
      halfway: byId.get(halfway.id)!,
      invited: byId.get(invited!.id)!,
    };
    // The field is what these tests need: each verdict, two of one verdict apart in score, and a red line that
    // outscores every candidate but the strongest.
    expect([f.perfect, f.good, f.middling, f.far, f.redLine].map((c) => [c.verdict, c.dealbreakers])).toEqual([
      ["STRONG", 0],
      ["WORKABLE", 0],
      ["WORKABLE", 0],
      ["WEAK", 0],
      ["RED_LINES", 1],
    ]);
    expect(f.good.overall!).toBeGreaterThan(f.middling.overall!);
    expect(f.redLine.overall!).toBeGreaterThan(f.good.overall!);
    expect(f.perfect.overall!).toBeGreaterThan(f.redLine.overall!);
    for (const unscored of [f.halfway, f.invited]) {
      expect(Object.keys(unscored).sort()).toEqual(
        unscored === f.halfway ? ["email", "id", "name", "source", "status"] : ["id", "name", "source", "status"],
      );
    }
    expect(f.halfway.status).toBe("in_progress");
    expect(f.invited.status).toBe("not_started");
    return f;
  }

  test("ranks by verdict then score: red lines last of the scored, the unscored after them", async () => {
    const f = await field();
    const ranked = (await list(f.search)).candidates;
    expect(ids(ranked)).toEqual([
      f.perfect.id,
      f.good.id,
      f.middling.id,
      f.far.id,
      f.redLine.id,
      f.halfway.id,
      f.invited.id,
    ]);
    expect(ranked[0]).toEqual(f.perfect);
    expect(Object.keys(f.perfect.dimensions!).sort()).toEqual([...dimensionIds].sort());
    expect(ranked.map((c) => c.status)).toEqual([
      "submitted",
      "submitted",
      "submitted",
      "submitted",
      "submitted",
      "in_progress",
      "not_started",
    ]);
  });

  test("sorts by score, by dealbreakers, by name and newest first", async () => {
    const f = await field();
    const sorted = async (sort: string) => ids((await list(f.search, `sort=${sort}`)).candidates);
    // By score alone the red line comes second; the unscored last, by name.
    expect(await sorted("score")).toEqual([
      f.perfect.id,
      f.redLine.id,
      f.good.id,
      f.middling.id,
      f.far.id,
      f.halfway.id,
      f.invited.id,
    ]);
    expect(await sorted("dealbreakers")).toEqual([
      f.perfect.id,
      f.good.id,
      f.middling.id,
      f.far.id,
      f.redLine.id,
      f.halfway.id,
      f.invited.id,
    ]);
    // Names ignore case ("perfect fit trust" is written in lower case).
    expect(await sorted("name")).toEqual([
      f.far.id,
      f.good.id,
      f.halfway.id,
      f.middling.id,
      f.invited.id,
      f.perfect.id,
      f.redLine.id,
    ]);
    expect(await sorted("newest")).toEqual([
      f.invited.id,
      f.halfway.id,
      f.redLine.id,
      f.far.id,
      f.middling.id,
      f.good.id,
      f.perfect.id,
    ]);
    expect(await sorted("fit")).toEqual(ids((await list(f.search)).candidates));
  });

  test("filters by minimum score, no dealbreakers, submitted only, and one section's score", async () => {
    const f = await field();
    const filtered = async (query: string) => ids((await list(f.search, query)).candidates);
    expect(await filtered(`minScore=${f.good.overall}`)).toEqual([f.perfect.id, f.good.id, f.redLine.id]);
    expect(await filtered(`minScore=${f.good.overall! + 0.1}`)).toEqual([f.perfect.id, f.redLine.id]);
    const scored = [f.perfect.id, f.good.id, f.middling.id, f.far.id, f.redLine.id];
    expect(await filtered("minScore=0")).toEqual(scored);
    expect(await filtered("noDealbreakers=true")).toEqual([f.perfect.id, f.good.id, f.middling.id, f.far.id]);
    expect(await filtered("noDealbreakers=false")).toHaveLength(7);
    expect(await filtered("submittedOnly=true")).toEqual(scored);
    expect(await filtered("submittedOnly=false")).toHaveLength(7);
    expect(await filtered(`submittedOnly=1&noDealbreakers=on&minScore=${f.middling.overall}`)).toEqual([
      f.perfect.id,
      f.good.id,
      f.middling.id,
    ]);
    // One section: the first, where the red line's item is, so it scores below the good fit there.
    const section = dimensionIds[0]!;
    const cut = f.good.dimensions![section]!;
    expect(f.redLine.dimensions![section]!).toBeLessThan(cut);
    expect(await filtered(`section=${section}&minSectionScore=${cut}`)).toEqual([f.perfect.id, f.good.id]);
    expect(await filtered(`section=${section}&minSectionScore=0`)).toEqual(scored);
    const { total } = await list(f.search, `section=${section}&minSectionScore=${cut}`);
    expect(total).toBe(2);
    // An empty value is no filter.
    expect((await list(f.search, "minScore=&section=&minSectionScore=&sort=")).total).toBe(7);
  });

  test("refuses invalid values with 422, and a section without its minimum or a minimum without its section", async () => {
    const search = await newSearch();
    for (const query of [
      "sort=best",
      "minScore=abc",
      "minScore=101",
      "minScore=-1",
      "noDealbreakers=maybe",
      "submittedOnly=yes",
      "section=no-such-section&minSectionScore=50",
      `section=${dimensionIds[0]}`,
      "minSectionScore=50",
      `section=${dimensionIds[0]}&minSectionScore=150`,
      "page=0",
      "page=1.5",
      "page=two",
      "pageSize=7",
      "pageSize=1000",
      "colour=red",
    ]) {
      const refused = await api<{ errors: Array<{ path: string }> }>(
        "GET",
        `/api/v1/searches/${search.id}/candidates?${query}`,
        { token: search.tokens.owner },
      );
      expect(refused.status, query).toBe(422);
      expect(refused.body.errors.length, query).toBeGreaterThan(0);
    }
    const noMin = await api<{ errors: Array<{ path: string }> }>(
      "GET",
      `/api/v1/searches/${search.id}/candidates?section=${dimensionIds[0]}`,
      { token: search.tokens.owner },
    );
    expect(noMin.body.errors.map((e) => e.path)).toEqual(["minSectionScore"]);
  });

  test("pages: totals, each page in order with none twice, and a page beyond the end shows the last", async () => {
    const search = await newSearch();
    const names = Array.from({ length: 23 }, (_, i) => `Org ${String(i + 1).padStart(2, "0")}`);
    await invite(search, names);
    const first = await list(search, "sort=name&pageSize=10");
    expect(first).toMatchObject({ total: 23, page: 1, pageSize: 10, pages: 3 });
    expect(first.candidates.map((c) => c.name)).toEqual(names.slice(0, 10));
    const second = await list(search, "sort=name&pageSize=10&page=2");
    expect(second.candidates.map((c) => c.name)).toEqual(names.slice(10, 20));
    const third = await list(search, "sort=name&pageSize=10&page=3");
    expect(third).toMatchObject({ total: 23, page: 3, pages: 3 });
    expect(third.candidates.map((c) => c.name)).toEqual(names.slice(20));
    const beyond = await list(search, "sort=name&pageSize=10&page=99");
    expect(beyond).toEqual(third);
    const byDefault = await list(search);
    expect(byDefault).toMatchObject({ total: 23, page: 1, pageSize: 25, pages: 1 });
    expect(byDefault.candidates).toHaveLength(23);
    // A filter's total is the filtered count, and its pages are of that.
    const none = await list(search, "submittedOnly=true&page=4");
    expect(none).toMatchObject({ total: 0, page: 1, pages: 1, candidates: [] });
  });
});

describe("scoring", () => {
  test("candidates who submitted before the prime are scored when the prime submits", async () => {
    const search = await newSearch();
    const early = await apply(search.applyCode, "Early Trust");
    const [named] = await invite(search, ["Early Named CIC"]);
    await answerAndSubmit(early.tokens.vcs, "vcs", () => answerAt(3));
    await answerAndSubmit(await claim(named!.tokens.vcs), "vcs", () => answerAt(2));
    const waiting = await list(search);
    expect(waiting.candidates.map((c) => [c.status, c.verdict, c.overall])).toEqual([
      ["submitted", undefined, undefined],
      ["submitted", undefined, undefined],
    ]);
    const stored = await db()
      .select({ verdict: tables.candidates.verdict })
      .from(tables.candidates)
      .where(inArray(tables.candidates.checkId, [early.id, named!.id]));
    expect(stored).toEqual([{ verdict: null }, { verdict: null }]);
    await answerAndSubmit(search.tokens.prime, "prime", () => answerAt(3));
    // Scored by the prime's submission itself, before anyone reads the list.
    const scored = await db()
      .select({ checkId: tables.candidates.checkId, verdict: tables.candidates.verdict })
      .from(tables.candidates)
      .where(inArray(tables.candidates.checkId, [early.id, named!.id]));
    expect(scored.every((row) => row.verdict !== null)).toBe(true);
    const ranked = (await list(search)).candidates;
    expect(ids(ranked)).toEqual([early.id, named!.id]);
    expect(ranked.every((c) => c.overall !== undefined && c.dimensions !== undefined)).toBe(true);
  });

  test("the stored result is the candidate's own report: overall, verdict, dealbreakers and each section", async () => {
    const search = await newSearch();
    await answerAndSubmit(search.tokens.prime, "prime", (id) => answerAt(itemIds.indexOf(id) % 2 === 0 ? 2 : 4));
    const candidates = [
      [await apply(search.applyCode, "One"), () => answerAt(3)],
      [await apply(search.applyCode, "Two"), redLineAtFirst],
      [await apply(search.applyCode, "Three"), (id: string) => answerAt(((itemIds.indexOf(id) % 5) + 1) as 1)],
    ] as const;
    for (const [candidate, choose] of candidates) await answerAndSubmit(candidate.tokens.vcs, "vcs", choose);
    const rows = new Map((await list(search)).candidates.map((c) => [c.id, c]));
    for (const [candidate] of candidates) {
      const own = await api<ReportBody>("GET", "/api/v1/report", { token: candidate.tokens.vcs });
      expect(own.status).toBe(200);
      const row = rows.get(candidate.id)!;
      expect(row.overall).toBe(own.body.overall);
      expect(row.verdict).toBe(own.body.verdict.code);
      expect(row.dealbreakers).toBe(own.body.flags.filter((flag) => flag.severity === "dealbreaker").length);
      expect(row.dimensions).toEqual(Object.fromEntries(own.body.dimensions.map((d) => [d.id, d.score])));
      const owners = await api<ReportBody>("GET", `/api/v1/report?candidate=${candidate.id}`, {
        token: search.tokens.owner,
      });
      expect(owners.body).toEqual(own.body);
    }
    expect(new Set([...rows.values()].map((r) => r.verdict)).size).toBeGreaterThan(1);
  });
});

describe("a prime's answers reused", () => {
  test("an ordinary check's prime answers, put into a new search, score a candidate as that check does", async () => {
    const ordinary = await apiCreateCheck();
    const primeChoice = (id: string) => answerAt(((itemIds.indexOf(id) % 3) + 2) as 2);
    const vcsChoice = (id: string) => answerAt(((itemIds.indexOf(id) % 4) + 1) as 1);
    await answerAndSubmit(ordinary.tokens.prime, "prime", primeChoice);
    await answerAndSubmit(ordinary.tokens.vcs, "vcs", vcsChoice);
    const exported = await api<Record<string, unknown>>("GET", "/api/v1/answers", { token: ordinary.tokens.prime });
    expect(exported.status).toBe(200);
    const { status, ...profile } = exported.body;
    expect(status).toBe("submitted");

    const search = await newSearch();
    const imported = await api<{ missing: string[] }>("PUT", "/api/v1/answers", {
      token: search.tokens.prime,
      body: profile,
    });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    expect(imported.body.missing).toEqual([]);
    expect((await api("POST", "/api/v1/answers/submit", { token: search.tokens.prime })).status).toBe(200);
    const reread = await api<Record<string, unknown>>("GET", "/api/v1/answers", { token: search.tokens.prime });
    expect(reread.body).toEqual(exported.body);

    const candidate = await apply(search.applyCode, "Same Answers Trust");
    await answerAndSubmit(candidate.tokens.vcs, "vcs", vcsChoice);
    const fromCheck = await api<ReportBody>("GET", "/api/v1/report", { token: ordinary.tokens.owner });
    const fromSearch = await api<ReportBody>("GET", "/api/v1/report", { token: candidate.tokens.vcs });
    expect(fromSearch.body.overall).toBe(fromCheck.body.overall);
    expect(fromSearch.body.verdict).toEqual(fromCheck.body.verdict);
    expect(fromSearch.body.dimensions).toEqual(fromCheck.body.dimensions);
    const [row] = (await list(search)).candidates;
    expect(row!.overall).toBe(fromCheck.body.overall);
  });
});

test("ranks candidates scored by the same engine as an ordinary check", async () => {
  const search = await newSearch();
  await answerAndSubmit(search.tokens.prime, "prime", () => answerAt(3));
  const close = await apply(search.applyCode, "Close Fit Trust");
  const far = await apply(search.applyCode.toLowerCase(), "Far Apart CIC");
  await answerAndSubmit(close.tokens.vcs, "vcs", () => answerAt(3));
  await answerAndSubmit(far.tokens.vcs, "vcs", () => answerAt(1));
  const listed = await api<{ total: number; candidates: Array<{ id: string; overall?: number; verdict?: string }> }>(
    "GET",
    `/api/v1/searches/${search.id}/candidates`,
    { token: search.tokens.owner },
  );
  expect(listed.status, JSON.stringify(listed.body)).toBe(200);
  expect(listed.body.total).toBe(2);
  expect(listed.body.candidates.map((c) => c.id)).toEqual([close.id, far.id]);
  const report = await api<{ overall: number }>("GET", `/api/v1/report?candidate=${close.id}`, {
    token: search.tokens.owner,
  });
  expect(report.status).toBe(200);
  expect(listed.body.candidates[0]!.overall).toBe(report.body.overall);
  const own = await api<{ overall: number }>("GET", "/api/v1/report", { token: close.tokens.vcs });
  expect(own.body).toEqual(report.body);
});
