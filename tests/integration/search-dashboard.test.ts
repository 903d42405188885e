/**
 * The prime's partner search pages (issue 17): the dashboard ranks, filters
 * and pages its candidates; a candidate's page is sealed until both sides
 * have submitted, then shows the full report; two or three candidates can be
 * compared; the shortlist downloads as CSV with the report's neutralisation.
 * Another search's owner gets a 403 for every one of them, as a check's pages give anyone without the grant.
 */
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer, Side } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import * as dashboard from "~/routes/searches.$searchId._index";
import * as candidatePage from "~/routes/searches.$searchId.candidates.$candidateId";
import * as candidateExport from "~/routes/searches.$searchId.candidates.$candidateId_.export.$format";
import * as candidatePrint from "~/routes/searches.$searchId.candidates.$candidateId_.print";
import * as compare from "~/routes/searches.$searchId.compare";
import * as shortlist from "~/routes/searches.$searchId.shortlist[.csv]";
import { api } from "./api-support";
import { answerAt, callLoader, completeAnswers, openLink, type HandlerResult } from "./support";

const questionnaire = currentQuestionnaire();
const itemIds = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));
const firstItem = itemIds[0]!;
const brandSection = "brand-identity";

function body(side: Side, choose: (itemId: string) => Answer) {
  const complete = completeAnswers(side);
  const answers: Record<string, unknown> = {};
  for (const id of itemIds) answers[id] = toApiAnswer(choose(id));
  return { answers, facts: complete.facts };
}

async function answerAndSubmit(token: string, side: Side, choose: (itemId: string) => Answer) {
  const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", { token, body: body(side, choose) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

interface Search {
  id: string;
  tokens: { owner: string; prime: string };
  applyCode: string;
  cookie: string;
}

async function newSearch(options: { primeSubmits?: boolean } = {}): Promise<Search> {
  const created = await api<{ id: string; tokens: { owner: string; prime: string }; applyCode: string }>(
    "POST",
    "/api/v1/searches",
    { body: { title: "Employment support, Kent", primeName: "Acme Prime" } },
  );
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  if (options.primeSubmits ?? true) await answerAndSubmit(created.body.tokens.prime, "prime", () => answerAt(3));
  const owner = await openLink(created.body.tokens.owner);
  return { ...created.body, cookie: owner.cookie as string };
}

async function apply(search: Search, name: string) {
  const applied = await api<{ id: string; tokens: { vcs: string } }>("POST", "/api/v1/apply", {
    body: { code: search.applyCode, name, email: `hello@${name.toLowerCase().replace(/\W+/g, "")}.example.org` },
  });
  expect(applied.status, JSON.stringify(applied.body)).toBe(201);
  return { id: applied.body.id, token: applied.body.tokens.vcs, name };
}

async function invite(search: Search, names: string[]) {
  const added = await api<{ candidates: Array<{ id: string; name: string; tokens: { vcs: string } }> }>(
    "POST",
    `/api/v1/searches/${search.id}/candidates`,
    { token: search.tokens.owner, body: { names } },
  );
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  return added.body.candidates.map((c) => ({ id: c.id, token: c.tokens.vcs, name: c.name }));
}

/** Everywhere at 3 but one question, on which the candidate can accept only 1 and calls it a red line. */
const redLineOnFirst = (id: string) =>
  id === firstItem ? answerAt(1, { acceptable: { min: 1, max: 1 }, redLine: true }) : answerAt(3);

/**
 * A field of six: three submitted at different distances from the prime, one
 * with a red line in conflict, one applied but not submitted, one invited.
 */
async function field(search: Search) {
  const close = await apply(search, "Close Fit Trust");
  const near = await apply(search, "Near Enough CIC");
  const far = await apply(search, "Far Apart Foundation");
  const redLine = await apply(search, "Red Line Housing");
  const pending = await apply(search, "Still Answering Ltd");
  const [invited] = await invite(search, ["Invited Org"]);
  await answerAndSubmit(close.token, "vcs", () => answerAt(3));
  await answerAndSubmit(near.token, "vcs", (id) => (itemIds.indexOf(id) % 2 === 0 ? answerAt(2) : answerAt(3)));
  await answerAndSubmit(far.token, "vcs", () => answerAt(1));
  await answerAndSubmit(redLine.token, "vcs", redLineOnFirst);
  await api("PUT", "/api/v1/answers", { token: pending.token, body: body("vcs", () => answerAt(3)) });
  return { close, near, far, redLine, pending, invited: invited! };
}

type DashboardBody = Awaited<ReturnType<typeof dashboard.loader>>["data"];

async function openDashboard(search: Search, query = "", cookie = search.cookie) {
  const result = await callLoader(
    dashboard.loader as never,
    `/searches/${search.id}${query}`,
    { searchId: search.id },
    { cookie },
  );
  return { status: result.status, body: result.body as DashboardBody };
}

const names = (page: DashboardBody) => page.list?.candidates.map((c) => c.name) ?? [];

describe("the search dashboard", () => {
  test("ranks by verdict, then score: a red line sinks a high score below a weak fit, unscored candidates last", async () => {
    const search = await newSearch();
    const people = await field(search);
    const { status, body: page } = await openDashboard(search);
    expect(status).toBe(200);
    expect(page.counts).toEqual({ total: 6, submitted: 4 });
    const rows = page.list!.candidates;
    const scored = rows.filter((r) => r.result);
    expect(scored.map((r) => r.name).slice(0, 3)).toEqual([people.close.name, people.near.name, people.far.name]);
    const rank = { STRONG: 3, WORKABLE: 2, WEAK: 1, RED_LINES: 0 } as Record<string, number>;
    for (const [a, b] of scored.slice(1).map((r, i) => [scored[i]!, r] as const)) {
      const order = rank[a.result!.verdict]! - rank[b.result!.verdict]! || a.result!.overall - b.result!.overall;
      expect(order, `${a.name} before ${b.name}`).toBeGreaterThanOrEqual(0);
    }
    const red = rows.find((r) => r.id === people.redLine.id)!;
    const far = rows.find((r) => r.id === people.far.id)!;
    expect(red.result!.verdict).toBe("RED_LINES");
    expect(red.result!.dealbreakers).toBeGreaterThan(0);
    expect(red.result!.overall).toBeGreaterThan(far.result!.overall);
    expect(rows.indexOf(red)).toBeGreaterThan(rows.indexOf(far));
    expect(rows.slice(4).map((r) => [r.name, r.result, r.waiting])).toEqual([
      ["Invited Org", null, "Not submitted yet"],
      ["Still Answering Ltd", null, "Not submitted yet"],
    ]);
    // The invited candidate has not opened its invitation: the dashboard shows it again.
    expect(rows.find((r) => r.id === people.invited.id)!.invitation).toBe(`http://localhost/i/${people.invited.token}`);
    expect(rows.find((r) => r.id === people.pending.id)!.invitation).toBeNull();
    expect(page.search.primeStatus).toBe("submitted");
    expect(page.search.applyLink).toBe(`http://localhost/apply/${search.applyCode}`);
  });

  test("before the prime submits, a submitted candidate waits for the prime's answers", async () => {
    const search = await newSearch({ primeSubmits: false });
    const candidate = await apply(search, "Early Bird Trust");
    await answerAndSubmit(candidate.token, "vcs", () => answerAt(3));
    const { body: page } = await openDashboard(search);
    expect(page.search.primeStatus).toBe("not_started");
    expect(page.list!.candidates.map((c) => [c.name, c.result, c.waiting])).toEqual([
      ["Early Bird Trust", null, "Waiting for your answers"],
    ]);
  });

  test("each filter narrows the list, and sorting by name ignores the verdict", async () => {
    const search = await newSearch();
    const people = await field(search);
    const all = await openDashboard(search);
    const overall = Object.fromEntries(all.body.list!.candidates.map((c) => [c.name, c.result?.overall]));
    const threshold = overall[people.near.name]!;

    const minScore = await openDashboard(search, `?minScore=${threshold}`);
    expect(minScore.status).toBe(200);
    expect(names(minScore.body).sort()).toEqual(
      Object.entries(overall)
        .filter(([, score]) => score !== undefined && score >= threshold)
        .map(([name]) => name)
        .sort(),
    );
    expect(minScore.body.filtered).toBe(true);

    const noDealbreakers = await openDashboard(search, "?noDealbreakers=true");
    expect(names(noDealbreakers.body)).not.toContain(people.redLine.name);
    expect(names(noDealbreakers.body)).toContain(people.close.name);
    expect(names(noDealbreakers.body)).not.toContain(people.pending.name);

    const submittedOnly = await openDashboard(search, "?submittedOnly=true");
    expect(names(submittedOnly.body).sort()).toEqual(
      [people.close.name, people.near.name, people.far.name, people.redLine.name].sort(),
    );

    const brandScores = Object.fromEntries(
      all.body.list!.candidates.flatMap((c) => (c.result ? [[c.name, c.result.dimensions[brandSection]]] : [])),
    );
    const section = await openDashboard(search, `?section=${brandSection}&minSectionScore=90`);
    expect(names(section.body).sort()).toEqual(
      Object.entries(brandScores)
        .filter(([, score]) => typeof score === "number" && score >= 90)
        .map(([name]) => name)
        .sort(),
    );
    expect(names(section.body)).not.toContain(people.far.name);

    const byName = await openDashboard(search, "?sort=name");
    expect(names(byName.body)).toEqual([...names(byName.body)].sort((a, b) => a.localeCompare(b)));
    // The shortlist link carries the same filters.
    expect(section.body.shortlist).toBe(
      `/searches/${search.id}/shortlist.csv?section=${brandSection}&minSectionScore=90`,
    );
  });

  test("a filter typed wrongly is a 400 page with each error and what was typed, never a 500", async () => {
    const search = await newSearch();
    await field(search);
    const cases: Array<[string, Record<string, string>]> = [
      ["?minScore=lots", { minScore: "The minimum score must be a number from 0 to 100" }],
      ["?minScore=150", { minScore: "The minimum score must be from 0 to 100" }],
      ["?sort=random", { sort: "Choose how to sort" }],
      ["?section=nowhere&minSectionScore=50", { section: "Choose one of the sections" }],
      ["?section=brand-identity", { minSectionScore: "Give the section’s minimum score" }],
      ["?minSectionScore=40", { section: "Choose the section the minimum score is for" }],
      ["?noDealbreakers=maybe", { noDealbreakers: "Use true or false" }],
      ["?page=-2", {}],
    ];
    for (const [query, errors] of cases) {
      const { status, body: page } = await openDashboard(search, query);
      expect(status, query).toBe(400);
      expect(page.list, query).toBeNull();
      for (const [field, message] of Object.entries(errors)) expect(page.errors?.[field], query).toBe(message);
      expect(Object.keys(page.errors ?? {}).length, query).toBeGreaterThan(0);
    }
    const typed = await openDashboard(search, "?minScore=lots&submittedOnly=true&sort=name");
    expect(typed.body.values).toEqual({ minScore: "lots", submittedOnly: "true", sort: "name" });
    // A parameter the dashboard does not use is ignored, not refused.
    expect((await openDashboard(search, "?utm_source=newsletter")).status).toBe(200);
  });

  test("pages keep the filters, and a page past the end shows the last", async () => {
    const search = await newSearch();
    const invited = await invite(
      search,
      Array.from({ length: 23 }, (_, i) => `Org ${String(i + 1).padStart(2, "0")}`),
    );
    expect(invited).toHaveLength(23);
    const first = await openDashboard(search, "?sort=name&pageSize=10");
    expect(first.body.list!.pages).toBe(3);
    expect(names(first.body)).toEqual(Array.from({ length: 10 }, (_, i) => `Org ${String(i + 1).padStart(2, "0")}`));
    expect(first.body.list!.previous).toBeNull();
    expect(first.body.list!.next).toBe(`/searches/${search.id}?sort=name&pageSize=10&page=2`);
    const second = await openDashboard(search, "?sort=name&pageSize=10&page=2");
    expect(names(second.body)[0]).toBe("Org 11");
    expect(second.body.list!.previous).toBe(`/searches/${search.id}?sort=name&pageSize=10`);
    const beyond = await openDashboard(search, "?sort=name&pageSize=10&page=9");
    expect(beyond.body.list!.page).toBe(3);
    expect(names(beyond.body)).toEqual(["Org 21", "Org 22", "Org 23"]);
    expect(beyond.body.list!.next).toBeNull();
  });

  test("another search's owner, or nobody, cannot open the dashboard", async () => {
    const search = await newSearch({ primeSubmits: false });
    const other = await newSearch({ primeSubmits: false });
    expect((await openDashboard(search, "", other.cookie)).status).toBe(403);
    expect((await openDashboard(search, "", "")).status).toBe(403);
    const wrongId = await callLoader(
      dashboard.loader as never,
      "/searches/nosuchsearch0000",
      {
        searchId: "nosuchsearch0000",
      },
      { cookie: search.cookie },
    );
    expect(wrongId.status).toBe(404);
  });
});

type Loader = Parameters<typeof callLoader>[0];

function load(handler: unknown, search: Search, path: string, params: Record<string, string>, cookie = search.cookie) {
  return callLoader(handler as Loader, path, { searchId: search.id, ...params }, { cookie });
}

const SECRET_NOTE = "Our trustees will not deliver under another logo";
const withNote = (id: string) => (id === firstItem ? answerAt(3, { note: SECRET_NOTE }) : answerAt(3));

describe("a candidate's page", () => {
  test("is sealed, showing nothing of the candidate's answers, until both sides have submitted; then it is the report", async () => {
    const search = await newSearch({ primeSubmits: false });
    const candidate = await apply(search, "Careful Counsel Trust");
    await api("PUT", "/api/v1/answers", { token: candidate.token, body: body("vcs", withNote) });
    const path = `/searches/${search.id}/candidates/${candidate.id}`;
    const open = () => load(candidatePage.loader, search, path, { candidateId: candidate.id });

    const draft = await open();
    expect(draft.status).toBe(200);
    expect(draft.body).toMatchObject({ sealed: true, status: "in_progress", name: candidate.name });
    expect(JSON.stringify(draft.body)).not.toContain(SECRET_NOTE);

    await api("POST", "/api/v1/answers/submit", { token: candidate.token });
    const submitted = await open();
    expect(submitted.body).toMatchObject({ sealed: true, status: "submitted", primeStatus: "not_started" });
    expect(JSON.stringify(submitted.body)).not.toContain(SECRET_NOTE);
    // The downloads and the board paper are sealed too.
    for (const [handler, extra] of [
      [candidateExport.loader, { format: "csv" }],
      [candidateExport.loader, { format: "json" }],
      [candidatePrint.loader, {}],
    ] as const) {
      const sealed = await load(handler, search, `${path}/x`, { candidateId: candidate.id, ...extra });
      expect(sealed.status).toBe(409);
      expect(JSON.stringify(sealed.body)).not.toContain(SECRET_NOTE);
    }

    await answerAndSubmit(search.tokens.prime, "prime", () => answerAt(3));
    const ready = await open();
    expect(ready.status).toBe(200);
    const page = ready.body as { sealed: boolean; email: string; report: { overall: number; items: unknown[] } };
    expect(page.sealed).toBe(false);
    expect(page.email).toBe("hello@carefulcounseltrust.example.org");
    expect(JSON.stringify(page.report.items)).toContain(SECRET_NOTE);
    const own = await api<{ overall: number }>("GET", `/api/v1/report?candidate=${candidate.id}`, {
      token: search.tokens.owner,
    });
    expect(page.report.overall).toBe(own.body.overall);
    const csv = await load(candidateExport.loader, search, `${path}/export/csv`, {
      candidateId: candidate.id,
      format: "csv",
    });
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain(SECRET_NOTE);
    expect((await load(candidatePrint.loader, search, `${path}/print`, { candidateId: candidate.id })).status).toBe(
      200,
    );
  });
});

describe("comparing candidates", () => {
  test("two or three ready candidates side by side; one, four, or the same one twice refused plainly", async () => {
    const search = await newSearch();
    const people = await field(search);
    const path = (...ids: string[]) => `/searches/${search.id}/compare?${ids.map((id) => `c=${id}`).join("&")}`;
    const compareOf = async (...ids: string[]) => {
      const result = await load(compare.loader, search, path(...ids), {});
      return { status: result.status, body: result.body as Awaited<ReturnType<typeof compare.loader>>["data"] };
    };

    const two = await compareOf(people.close.id, people.redLine.id);
    expect(two.status).toBe(200);
    expect(two.body.compared!.map((c) => c.name)).toEqual([people.close.name, people.redLine.name]);
    const [close, red] = two.body.compared!;
    expect(close!.verdict).toBe("STRONG");
    expect(close!.dealbreakers).toEqual([]);
    expect(red!.verdict).toBe("RED_LINES");
    expect(red!.dealbreakers.length).toBeGreaterThan(0);
    expect(typeof red!.dealbreakers[0]).toBe("string");
    // The red line's question is the biggest difference in its section.
    const section = questionnaire.dimensions.find((d) => d.items.some((i) => i.id === firstItem))!;
    const differences = two.body.sections.find((s) => s.id === section.id)!;
    expect(differences.items[0]!.id).toBe(firstItem);
    expect(differences.items[0]!.answers.map((a) => a.redLine)).toEqual([false, true]);

    const three = await compareOf(people.close.id, people.near.id, people.far.id);
    expect(three.body.compared).toHaveLength(3);

    for (const ids of [
      [people.close.id],
      [people.close.id, people.near.id, people.far.id, people.redLine.id],
      [people.close.id, people.close.id],
      [],
    ]) {
      const refused = await compareOf(...ids);
      expect(refused.status, ids.join(",")).toBe(400);
      expect(refused.body.error, ids.join(",")).toMatch(/Choose (two or three|at most three)/);
      expect(refused.body.compared).toBeNull();
    }

    // A candidate whose report is sealed is named, with its status, and not compared.
    const withPending = await compareOf(people.close.id, people.near.id, people.pending.id);
    expect(withPending.status).toBe(200);
    expect(withPending.body.compared!.map((c) => c.name)).toEqual([people.close.name, people.near.name]);
    expect(withPending.body.waiting.map((w) => [w.name, w.status])).toEqual([[people.pending.name, "in_progress"]]);
    const tooFew = await compareOf(people.close.id, people.pending.id);
    expect(tooFew.body.compared).toBeNull();
    expect(tooFew.body.waiting).toHaveLength(1);
  });
});

async function shortlistOf(search: Search, query = "", cookie = search.cookie): Promise<HandlerResult> {
  return load(shortlist.loader, search, `/searches/${search.id}/shortlist.csv${query}`, {}, cookie);
}

/** Parses the CSV the shortlist returns (quoted cells, doubled quotes), without its byte-order mark. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  const source = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < source.length; i += 1) {
    const ch = source[i]!;
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}

describe("the shortlist download", () => {
  test("every filtered candidate in the dashboard's order, with the report's formula neutralisation", async () => {
    const search = await newSearch();
    const people = await field(search);
    const hostile = await apply(search, '=HYPERLINK("http://evil.example","Click me")');
    await answerAndSubmit(hostile.token, "vcs", () => answerAt(3));

    const all = await shortlistOf(search);
    expect(all.status).toBe(200);
    const rows = parseCsv(String(all.body));
    const sectionTitles = questionnaire.dimensions.map((d) => `${d.title} (0 to 100)`);
    expect(rows[0]).toEqual([
      "Rank",
      "Organisation",
      "Contact email",
      "How they joined",
      "Status",
      "Verdict",
      "Overall score (0 to 100)",
      "Dealbreakers",
      ...sectionTitles,
      "Submitted at (UK time)",
    ]);
    expect(rows).toHaveLength(1 + 7);
    const dashboardOrder = names((await openDashboard(search)).body).map((n) => (n.startsWith("=") ? `'${n}` : n));
    expect(rows.slice(1).map((r) => r[1])).toEqual(dashboardOrder);
    // A name a spreadsheet would run as a formula is text, as in the report's CSV.
    const evil = rows.find((r) => r[1]!.includes("HYPERLINK"))!;
    expect(evil[1]).toBe(`'=HYPERLINK("http://evil.example","Click me")`);
    expect(evil[0]).toBe("1");
    const close = rows.find((r) => r[1] === people.close.name)!;
    expect(close.slice(2, 8)).toEqual([
      "hello@closefittrust.example.org",
      "Applied",
      "Submitted",
      "Strong fit",
      "100",
      "0",
    ]);
    expect(close.at(-1)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    const invited = rows.find((r) => r[1] === people.invited.name)!;
    expect(invited.slice(2, 7)).toEqual(["", "Invited", "Not started", "Not submitted yet", ""]);
    expect(all.body).toBeDefined();

    const filtered = await shortlistOf(search, "?noDealbreakers=true&minScore=50");
    const kept = parseCsv(String(filtered.body))
      .slice(1)
      .map((r) => r[1]);
    expect(kept).toContain(people.close.name);
    expect(kept).not.toContain(people.redLine.name);
    expect(kept).not.toContain(people.far.name);
    expect(kept).not.toContain(people.pending.name);

    const wrong = await shortlistOf(search, "?minScore=high");
    expect(wrong.status).toBe(400);
    expect(String(wrong.body)).toContain("The minimum score must be a number from 0 to 100");
  });

  test("reads every page of a long list, and names the file after the search", async () => {
    const search = await newSearch({ primeSubmits: false });
    await invite(
      search,
      Array.from({ length: 120 }, (_, i) => `Partner ${String(i + 1).padStart(3, "0")}`),
    );
    const request = new Request(`http://localhost/searches/${search.id}/shortlist.csv?sort=name&pageSize=10`, {
      headers: { Cookie: search.cookie },
    });
    const response = (await shortlist.loader({ request, params: { searchId: search.id }, context: {} })) as Response;
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="common-ground-shortlist-employment-support-kent-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    const rows = parseCsv(await response.text()).slice(1);
    expect(rows).toHaveLength(120);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(["120", "Partner 120"]);
  });
});

describe("another search's owner", () => {
  test("gets a 403 from every page and download of a search that is not theirs", async () => {
    const search = await newSearch();
    const people = await field(search);
    const other = await newSearch({ primeSubmits: false });
    const id = people.close.id;
    const base = `/searches/${search.id}`;
    const attempts: Array<[unknown, string, Record<string, string>]> = [
      [dashboard.loader, base, {}],
      [candidatePage.loader, `${base}/candidates/${id}`, { candidateId: id }],
      [candidateExport.loader, `${base}/candidates/${id}/export/csv`, { candidateId: id, format: "csv" }],
      [candidatePrint.loader, `${base}/candidates/${id}/print`, { candidateId: id }],
      [compare.loader, `${base}/compare?c=${id}&c=${people.near.id}`, {}],
      [shortlist.loader, `${base}/shortlist.csv`, {}],
    ];
    for (const [handler, path, params] of attempts) {
      const refused = await load(handler, search, path, params, other.cookie);
      expect(refused.status, path).toBe(403);
      expect(JSON.stringify(refused.body), path).not.toContain(people.close.name);
      // The owner, for contrast, is let in.
      expect((await load(handler, search, path, params)).status, path).toBe(200);
    }
    // Nor can the owner reach another search's candidate through its own search.
    const stranger = await apply(other, "Someone Else Trust");
    const crossed = await load(candidatePage.loader, search, `${base}/candidates/${stranger.id}`, {
      candidateId: stranger.id,
    });
    expect(crossed.status).toBe(404);
    const crossCompare = await load(compare.loader, search, `${base}/compare?c=${id}&c=${stranger.id}`, {});
    expect(crossCompare.status).toBe(404);
  });
});
