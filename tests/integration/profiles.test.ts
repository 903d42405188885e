/**
 * Saved profiles (issue 17): a side's lead downloads its answers as a profile
 * and imports one into another check or a partner search's prime side, giving
 * the same answers and so the same scores; a bad file is refused whole with a
 * sentence naming the problem; only a side's lead, and only before submitting.
 */
import type { ActionFunctionArgs } from "@remix-run/node";
import { describe, expect, test } from "vitest";
import { sealKeys } from "~/access/session.server";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer, Position, Side } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { PROFILE_MAX_BYTES } from "~/forms/profile.server";
import { inviteRespondent } from "~/models/board.server";
import { applyToSearch, createSearch } from "~/models/search.server";
import * as importRoute from "~/routes/checks.$checkId.$side.import";
import * as profileRoute from "~/routes/checks.$checkId.$side.profile[.json]";
import * as openLinkRoute from "~/routes/i.$token";
import { api } from "./api-support";
import { HEALTHY_FACTS, ORIGIN, callAction, callLoader, checkWithSessions, openLink } from "./support";

const questionnaire = currentQuestionnaire();
const itemIds = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));

/** A varied, complete set of a side's answers as the API takes them: positions, notes, clauses, ticked figures. */
function fullBody(side: Side, shift = 0) {
  const answers: Record<string, unknown> = {};
  itemIds.forEach((id, n) => {
    const preferred = (((n + shift) % 5) + 1) as Position;
    const answer: Answer = {
      preferred,
      acceptable: { min: Math.max(1, preferred - 1) as Position, max: preferred },
      importance: (["low", "medium", "high"] as const)[n % 3]!,
      redLine: n % 7 === 0,
      ...(n % 4 === 0 ? { note: `Our note on ${id}: “quoted”, and a line\nbelow` } : {}),
      ...(side === "prime" && n % 6 === 0 ? { clause: `Clause ${n}.2`, fixed: true } : {}),
    };
    answers[id] = toApiAnswer(answer);
  });
  if (side === "prime") {
    return {
      answers,
      facts: { ...HEALTHY_FACTS.prime, guaranteedReferralsPerYear: 60, namedPartnersFundedShare: 40 },
      redLineFacts: ["terminationNoticeDays"],
      findingOnlyFacts: ["namedPartnersFundedShare"],
    };
  }
  return { answers, facts: { ...HEALTHY_FACTS.vcs }, redLineFacts: ["minNoticeDays"] };
}

async function put(token: string, body: unknown) {
  const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", { token, body });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  return saved.body;
}

async function submit(token: string) {
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

/** What GET /api/v1/answers gives, without the status. */
async function answersOf(token: string) {
  const got = await api<Record<string, unknown>>("GET", "/api/v1/answers", { token });
  expect(got.status).toBe(200);
  const { status: _status, ...rest } = got.body;
  return rest;
}

/** The profile download, as the side's browser gets it. */
async function exportProfile(checkId: string, side: string, cookie: string) {
  const request = new Request(`${ORIGIN}/checks/${checkId}/${side}/profile.json`, { headers: { Cookie: cookie } });
  const response = (await profileRoute.loader({ request, params: { checkId, side }, context: {} })) as Response;
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Disposition")).toMatch(
    /^attachment; filename=".+-profile-\d{4}-\d\d-\d\d\.json"$/,
  );
  expect(response.headers.get("Cache-Control")).toBe("no-store");
  return response.text();
}

interface ImportResult {
  status: number;
  location: string | null;
  body: Record<string, unknown> | null;
}

/** Posts the import form as a browser does: multipart, with the file (or the confirmation's fields). */
async function postImport(
  checkId: string,
  side: string,
  cookie: string,
  fields: Record<string, string | File>,
): Promise<ImportResult> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const request = new Request(`${ORIGIN}/checks/${checkId}/${side}/import`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie },
  });
  let result: unknown;
  try {
    result = await importRoute.action({ request, params: { checkId, side }, context: {} } as ActionFunctionArgs);
  } catch (thrown) {
    result = thrown;
  }
  if (result instanceof Response) {
    return { status: result.status, location: result.headers.get("Location"), body: null };
  }
  const withInit = result as { type?: string; data: Record<string, unknown>; init: ResponseInit | null };
  if (withInit.type === "DataWithResponseInit") {
    return { status: withInit.init?.status ?? 200, location: null, body: withInit.data };
  }
  throw new Error(`Unexpected result: ${JSON.stringify(result)}`);
}

const file = (text: string, name = "profile.json") => new File([text], name, { type: "application/json" });

async function searchWithSession() {
  const created = await createSearch({ title: "Employment support, Kent", primeName: "Acme Prime" });
  const { cookie } = await openLink(created.tokens.prime);
  return { ...created, cookie: cookie! };
}

async function candidate(code: string, name: string) {
  const applied = await applyToSearch({ code, name, email: "bids@example.org" });
  if (applied.status !== "applied") throw new Error(applied.status);
  return applied.candidate;
}

describe("saving a profile and starting from it", () => {
  test("a profile taken from one check gives another check and a search's prime the same answers and the same scores", async () => {
    const source = await checkWithSessions({ primeName: "Acme Prime" });
    await put(source.tokens.prime, fullBody("prime"));
    const original = await answersOf(source.tokens.prime);
    const text = await exportProfile(source.id, "prime", source.cookies.prime);
    const profile = JSON.parse(text) as Record<string, unknown>;
    expect(profile).toMatchObject({
      format: "common-ground/side-answers",
      formatVersion: 1,
      questionnaireVersion: questionnaire.version,
      side: "prime",
      organisation: "Acme Prime",
    });
    expect(Date.parse(profile.exportedAt as string)).not.toBeNaN();
    // Its answers are exactly what GET /api/v1/answers returns, notes included.
    const answers = Object.fromEntries(
      ["answers", "facts", "redLineFacts", "findingOnlyFacts"].flatMap((key) =>
        key in profile ? [[key, profile[key]]] : [],
      ),
    );
    expect(answers).toEqual(original);

    // Into another check's prime side, which has answered nothing: no confirmation needed.
    const other = await checkWithSessions();
    const imported = await postImport(other.id, "prime", other.cookies.prime, { profile: file(text) });
    expect(imported.status).toBe(303);
    expect(imported.location).toBe(
      `/checks/${other.id}/prime/review?imported=${itemIds.length + Object.keys(fullBody("prime").facts).length}`,
    );
    expect(await answersOf(other.tokens.prime)).toEqual(original);

    // Into a partner search's prime side.
    const search = await searchWithSession();
    const intoSearch = await postImport(search.checkId, "prime", search.cookie, { profile: file(text) });
    expect(intoSearch.status).toBe(303);
    expect(await answersOf(search.tokens.prime)).toEqual(original);

    // The same organisation against the source check's prime and as the search's candidate: the same result.
    await submit(source.tokens.prime);
    await submit(search.tokens.prime);
    const applicant = await candidate(search.applyCode, "Helping Hands");
    for (const token of [source.tokens.vcs, applicant.token]) {
      await put(token, fullBody("vcs", 2));
      await submit(token);
    }
    const direct = await api<Record<string, unknown>>("GET", "/api/v1/report", { token: source.tokens.vcs });
    const viaProfile = await api<Record<string, unknown>>("GET", "/api/v1/report", { token: applicant.token });
    expect(direct.status).toBe(200);
    expect(viaProfile.status).toBe(200);
    const { checkId: _a, ...directReport } = direct.body;
    const { checkId: _b, ...candidateReport } = viaProfile.body;
    expect(candidateReport).toEqual(directReport);
    const listed = await api<{ candidates: Array<{ overall?: number; verdict?: string }> }>(
      "GET",
      `/api/v1/searches/${search.id}/candidates`,
      { token: search.tokens.owner },
    );
    expect(listed.body.candidates[0]!.overall).toBe(direct.body.overall);
  });

  test("answers already given are replaced only once the lead confirms, and the page says how many", async () => {
    const source = await checkWithSessions();
    await put(source.tokens.prime, fullBody("prime"));
    const text = await exportProfile(source.id, "prime", source.cookies.prime);
    const target = await checkWithSessions();
    const own = fullBody("prime", 1);
    // Three answers of its own: two differ from the profile's, one is the same.
    const sameId = itemIds[0]!;
    const source0 = fullBody("prime").answers;
    await put(target.tokens.prime, {
      answers: {
        [itemIds[1]!]: own.answers[itemIds[1]!],
        [itemIds[2]!]: own.answers[itemIds[2]!],
        [sameId]: source0[sameId],
      },
    });
    const before = await answersOf(target.tokens.prime);
    const preview = await postImport(target.id, "prime", target.cookies.prime, { profile: file(text) });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ kind: "confirm", conflicted: false });
    expect((preview.body!.changed as unknown[]).length).toBe(2);
    expect(await answersOf(target.tokens.prime)).toEqual(before);

    const confirmed = await postImport(target.id, "prime", target.cookies.prime, {
      intent: "confirm",
      profileText: preview.body!.profileText as string,
      seen: preview.body!.seen as string,
    });
    expect(confirmed.status).toBe(303);
    expect(await answersOf(target.tokens.prime)).toEqual(await answersOf(source.tokens.prime));
  });

  test("a colleague's change after the preview is not overwritten unseen", async () => {
    const source = await checkWithSessions();
    await put(source.tokens.prime, fullBody("prime"));
    const text = await exportProfile(source.id, "prime", source.cookies.prime);
    const target = await checkWithSessions();
    await put(target.tokens.prime, { answers: { [itemIds[1]!]: fullBody("prime", 1).answers[itemIds[1]!] } });
    const preview = await postImport(target.id, "prime", target.cookies.prime, { profile: file(text) });
    expect(preview.body).toMatchObject({ kind: "confirm" });
    // Meanwhile a colleague changes that answer again.
    await put(target.tokens.prime, { answers: { [itemIds[1]!]: fullBody("prime", 3).answers[itemIds[1]!] } });
    const between = await answersOf(target.tokens.prime);
    const confirmed = await postImport(target.id, "prime", target.cookies.prime, {
      intent: "confirm",
      profileText: preview.body!.profileText as string,
      seen: preview.body!.seen as string,
    });
    expect(confirmed.status).toBe(409);
    expect(confirmed.body).toMatchObject({ kind: "confirm", conflicted: true });
    expect(await answersOf(target.tokens.prime)).toEqual(between);
  });
});

describe("a profile that cannot be imported", () => {
  async function refused(fields: Record<string, string | File>, message: RegExp, detail?: RegExp) {
    const target = await checkWithSessions();
    await put(target.tokens.prime, { answers: { [itemIds[0]!]: fullBody("prime", 4).answers[itemIds[0]!] } });
    const before = await answersOf(target.tokens.prime);
    const result = await postImport(target.id, "prime", target.cookies.prime, fields);
    expect(result.status).toBe(400);
    expect(result.body).toMatchObject({ kind: "error" });
    expect(result.body!.error).toMatch(message);
    if (detail) expect((result.body!.details as string[]).join("\n")).toMatch(detail);
    expect(await answersOf(target.tokens.prime)).toEqual(before);
  }

  async function primeProfile() {
    const source = await checkWithSessions();
    await put(source.tokens.prime, fullBody("prime"));
    return JSON.parse(await exportProfile(source.id, "prime", source.cookies.prime)) as Record<string, unknown>;
  }

  test("another side's profile, naming both sides", async () => {
    const source = await checkWithSessions();
    await put(source.tokens.vcs, fullBody("vcs"));
    const text = await exportProfile(source.id, "vcs", source.cookies.vcs);
    await refused(
      { profile: file(text) },
      /holds a voluntary or community organisation’s answers, and you are answering as a prime contractor/,
    );
  });

  test("another question bank's profile, naming both versions", async () => {
    const profile = { ...(await primeProfile()), questionnaireVersion: "1" };
    await refused(
      { profile: file(JSON.stringify(profile)) },
      new RegExp(`question bank v1, and this check uses question bank v${questionnaire.version}`),
    );
  });

  test("a file that is not JSON, or not a profile, or no file at all", async () => {
    await refused({ profile: file("{ not json") }, /not JSON/);
    await refused({ profile: file(JSON.stringify({ answers: {} })) }, /not a Common Ground profile/);
    const other = { ...(await primeProfile()), format: "someone-else/answers" };
    await refused({ profile: file(JSON.stringify(other)) }, /not a Common Ground profile/);
    await refused(
      { profile: file(JSON.stringify({ ...(await primeProfile()), formatVersion: 2 })) },
      /format version 2/,
    );
    await refused({ profile: new File([], "") }, /Choose a profile file/);
    await refused({}, /Choose a profile file/);
    await refused({ profile: file("") }, /empty/);
  });

  test("a file over the size cap is refused before it is read", async () => {
    await refused({ profile: file(" ".repeat(PROFILE_MAX_BYTES + 1)) }, /too big/);
  });

  test("a question this bank does not have is reported by its id, and nothing is saved", async () => {
    const profile = await primeProfile();
    const answers = { ...(profile.answers as Record<string, unknown>), "no-such-question": { preferred: 3 } };
    await refused(
      { profile: file(JSON.stringify({ ...profile, answers })) },
      /1 question|a question/,
      /no-such-question/,
    );
  });

  test("an invalid answer or figure is named by its question", async () => {
    const profile = await primeProfile();
    const answers = { ...(profile.answers as Record<string, unknown>) };
    answers[itemIds[3]!] = { preferred: 2, acceptable: [1, 3], importance: "high", redLine: false };
    const prompt = questionnaire.dimensions.flatMap((d) => d.items).find((i) => i.id === itemIds[3])!.prompt.prime;
    await refused(
      { profile: file(JSON.stringify({ ...profile, answers })) },
      /not valid/,
      new RegExp(prompt.slice(0, 20)),
    );
    const facts = { ...(profile.facts as Record<string, unknown>), reservesMonths: 3 };
    await refused({ profile: file(JSON.stringify({ ...profile, facts })) }, /not valid/, /reservesMonths/);
  });
});

describe("who may save and import a profile", () => {
  test("a respondent has neither: 404", async () => {
    const check = await checkWithSessions();
    const invited = await inviteRespondent({
      authority: check.authority("prime"),
      side: "prime",
      label: "Director",
      keys: await sealKeys(),
    });
    if (invited.status !== "invited") throw new Error(invited.status);
    const accepted = await callAction(openLinkRoute.action, `/i/${invited.token}`, {}, { token: invited.token });
    const params = { checkId: check.id, side: "prime-respondent" };
    const options = { cookie: accepted.cookie };
    const base = `/checks/${check.id}/prime-respondent`;
    expect((await callLoader(profileRoute.loader, `${base}/profile.json`, params, options)).status).toBe(404);
    expect((await callLoader(importRoute.loader, `${base}/import`, params, options)).status).toBe(404);
    const posted = await postImport(check.id, "prime-respondent", accepted.cookie!, { profile: file("{}") });
    expect(posted.status).toBe(404);
  });

  test("the other side's session, or none, cannot download a side's profile", async () => {
    const check = await checkWithSessions();
    const params = { checkId: check.id, side: "prime" };
    const path = `/checks/${check.id}/prime/profile.json`;
    expect((await callLoader(profileRoute.loader, path, params, { cookie: check.cookies.vcs })).status).toBe(403);
    expect((await callLoader(profileRoute.loader, path, params)).status).toBe(403);
  });

  test("a side that has submitted can download its profile but not import one", async () => {
    const source = await checkWithSessions();
    await put(source.tokens.prime, fullBody("prime"));
    const text = await exportProfile(source.id, "prime", source.cookies.prime);
    const target = await checkWithSessions();
    await put(target.tokens.prime, fullBody("prime", 2));
    await submit(target.tokens.prime);
    const before = await answersOf(target.tokens.prime);
    const params = { checkId: target.id, side: "prime" };
    const page = await callLoader(importRoute.loader, `/checks/${target.id}/prime/import`, params, {
      cookie: target.cookies.prime,
    });
    expect(page.status).toBe(302);
    expect(page.location).toBe(`/checks/${target.id}/prime`);
    const posted = await postImport(target.id, "prime", target.cookies.prime, { profile: file(text) });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe(`/checks/${target.id}/prime`);
    expect(await answersOf(target.tokens.prime)).toEqual(before);
    expect(JSON.parse(await exportProfile(target.id, "prime", target.cookies.prime))).toMatchObject(before);
  });
});
