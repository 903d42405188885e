/**
 * A workshop participant's journey through the pages (issue 18), through the real loaders and actions with a
 * browser's cookies: joining with the code (and the code's errors), answering alone against the scenario prime,
 * its result at once, the take-home summary as a page and a text file, who may open what, and a closed workshop.
 */
import { describe, expect, test } from "vitest";
import { readFlash } from "~/access/session.server";
import { requireFacilitator } from "~/access/workshop.server";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { WORKSHOP_CLOSED, formatJoinCode } from "~/domain/workshop";
import { getCheckSummary } from "~/models/check.server";
import { getSideAnswers } from "~/models/response.server";
import * as joinCodeRoute from "~/routes/join._index";
import * as joinRoute from "~/routes/join.$code";
import * as sideRoute from "~/routes/checks.$checkId.$side._index";
import * as sectionRoute from "~/routes/checks.$checkId.$side.section.$sectionId";
import * as reviewRoute from "~/routes/checks.$checkId.$side.review";
import * as submittedRoute from "~/routes/checks.$checkId.$side.submitted";
import * as reportRoute from "~/routes/checks.$checkId.report";
import * as summaryRoute from "~/routes/checks.$checkId.$side.summary";
import * as summaryTextRoute from "~/routes/checks.$checkId.$side.summary[.txt]";
import * as linkRoute from "~/routes/checks.$checkId.$side.link";
import * as respondentsRoute from "~/routes/checks.$checkId.$side.respondents";
import { api } from "./api-support";
import { ORIGIN, answerAt, callAction, callLoader, completeAnswers, openLink } from "./support";

interface CreatedWorkshop {
  id: string;
  joinCode: string;
  tokens: { facilitator: string; prime?: string };
}

async function newWorkshop(extra: Record<string, unknown> = {}) {
  const created = await api<CreatedWorkshop>("POST", "/api/v1/workshops", {
    body: { title: "Spring partnership session", profile: "tighter-embrace", ...extra },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

/** Joins through the join page's form, as a phone would; returns the participant's check, cookie and own token. */
async function joinThroughPage(code: string, organisation = "Riverside Advice") {
  const joined = await callAction(joinRoute.action, `/join/${code}`, { organisation }, { code });
  expect(joined.status, JSON.stringify(joined.body)).toBe(303);
  const checkId = /^\/checks\/([A-Za-z0-9_-]+)\/vcs$/.exec(joined.location ?? "")?.[1];
  expect(checkId).toBeDefined();
  const cookie = joined.cookie!;
  const flash = await readFlash(new Request(ORIGIN, { headers: { Cookie: cookie } }));
  const token = flash?.links.find((link) => link.role === "vcs")?.token;
  expect(token).toBeDefined();
  return { checkId: checkId!, cookie, token: token!, params: { checkId: checkId!, side: "vcs" } };
}

/** The core set answered through the API with the participant's own token, the brand a red line, then submitted. */
async function answerAndSubmit(token: string) {
  const questionnaire = questionnaireFor(currentQuestionnaire().version, "core")!;
  const answers: Record<string, unknown> = {};
  for (const d of questionnaire.dimensions) {
    for (const item of d.items) {
      const answer: Answer =
        item.id === "brand-delivery" ? answerAt(1, { redLine: true, importance: "high" }) : answerAt(3);
      answers[item.id] = toApiAnswer(answer);
    }
  }
  const facts = questionnaire.facts.length > 0 ? completeAnswers("vcs").facts : {};
  const saved = await api("PUT", "/api/v1/answers", { token, body: { answers, facts } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

describe("joining a workshop through the pages", () => {
  test("the code page sends a code, however typed, to its workshop; a bad or unknown code is a field error, kept", async () => {
    const workshop = await newWorkshop();
    const typed = formatJoinCode(workshop.joinCode).toLowerCase();
    const sent = await callAction(joinCodeRoute.action, "/join", { code: typed });
    expect(sent).toMatchObject({ status: 303, location: `/join/${workshop.joinCode}` });

    const malformed = await callAction(joinCodeRoute.action, "/join", { code: "abc" });
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ errors: { code: expect.stringMatching(/8 letters and numbers/) } });
    expect(malformed.body).toMatchObject({ values: { code: "abc" } });

    const unknown = await callAction(joinCodeRoute.action, "/join", { code: "ZZZZ-ZZZZ" });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({
      errors: { code: expect.stringMatching(/No workshop has this code/) },
      values: { code: "ZZZZ-ZZZZ" },
    });
    const empty = await callAction(joinCodeRoute.action, "/join", { code: "" });
    expect(empty.body).toMatchObject({ errors: { code: "Enter the workshop code" } });
  });

  test("the join page names the scenario prime, the time, the privacy and the deletion date; an unknown code is not found", async () => {
    // A date some weeks ahead (at most a year away); its answers are kept until the end of the day 14 days later.
    const held = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000);
    const kept = new Date(held.getTime() + 14 * 24 * 60 * 60 * 1000);
    const words = (d: Date) =>
      d.toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
    const workshop = await newWorkshop({ date: held.toISOString().slice(0, 10), retentionDays: 14 });
    const code = workshop.joinCode;
    const page = await callLoader(joinRoute.loader, `/join/${code}`, { code });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      title: "Spring partnership session",
      primeName: expect.stringContaining("(example)"),
      primeSummary: expect.any(String),
      minutes: 20,
      deletedOn: words(kept),
      threshold: 3,
    });
    // Fewer sections, fewer minutes.
    const short = await newWorkshop({ sections: ["brand-identity"] });
    const shortPage = await callLoader(joinRoute.loader, `/join/${short.joinCode}`, { code: short.joinCode });
    expect((shortPage.body as { minutes: number }).minutes).toBeLessThan(20);
    // The code in small letters is sent to its one spelling.
    const lower = await callLoader(joinRoute.loader, `/join/${code.toLowerCase()}`, { code: code.toLowerCase() });
    expect(lower).toMatchObject({ status: 302, location: `/join/${code}` });
    expect((await callLoader(joinRoute.loader, "/join/ZZZZZZZZ", { code: "ZZZZZZZZ" })).status).toBe(404);
  });

  test("joining opens the participant's own side, shows its own link once, and keeps a name too long with its error", async () => {
    const workshop = await newWorkshop();
    const tooLong = await callAction(
      joinRoute.action,
      `/join/${workshop.joinCode}`,
      { organisation: "x".repeat(201) },
      { code: workshop.joinCode },
    );
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({
      errors: { organisation: expect.stringMatching(/200 characters or fewer/) },
      values: { organisation: "x".repeat(201) },
    });

    const joined = await callAction(
      joinRoute.action,
      `/join/${workshop.joinCode}`,
      { organisation: "Riverside Advice" },
      {
        code: workshop.joinCode,
      },
    );
    expect(joined.status).toBe(303);
    const checkId = /^\/checks\/([^/]+)\/vcs$/.exec(joined.location ?? "")![1]!;
    const home = await callLoader(
      sideRoute.loader,
      `/checks/${checkId}/vcs`,
      { checkId, side: "vcs" },
      {
        cookie: joined.cookie,
      },
    );
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({
      kind: "lead",
      organisation: "Riverside Advice",
      newLink: expect.any(String),
      workshop: { id: workshop.id, part: "participant", closed: false },
      report: null,
      email: null,
    });
    // Shown once.
    const again = await callLoader(
      sideRoute.loader,
      `/checks/${checkId}/vcs`,
      { checkId, side: "vcs" },
      {
        cookie: joined.cookie,
      },
    );
    expect(again.body).toMatchObject({ newLink: null });
    // No board to invite, no link to replace, no email updates for a participant.
    const params = { checkId, side: "vcs" };
    const opts = { cookie: joined.cookie };
    expect((await callLoader(respondentsRoute.loader, `/checks/${checkId}/vcs/respondents`, params, opts)).status).toBe(
      404,
    );
    expect((await callLoader(linkRoute.loader, `/checks/${checkId}/vcs/link`, params, opts)).status).toBe(404);
    expect(
      (await callAction(linkRoute.action, `/checks/${checkId}/vcs/link`, { intent: "replace" }, params, opts)).status,
    ).toBe(404);
    expect(
      (await callAction(sideRoute.action, `/checks/${checkId}/vcs`, { email: "a@b.example" }, params, opts)).status,
    ).toBe(404);
  });

  test("a closed workshop is a 410 and a custom scenario not yet submitted a 409, for the page and for joining", async () => {
    const closed = await newWorkshop();
    expect(
      (await api("POST", `/api/v1/workshops/${closed.id}/close`, { token: closed.tokens.facilitator })).status,
    ).toBe(200);
    const code = closed.joinCode;
    const page = await callLoader(joinRoute.loader, `/join/${code}`, { code });
    expect(page).toMatchObject({ status: 410, body: { title: "Spring partnership session" } });
    expect((await callAction(joinRoute.action, `/join/${code}`, {}, { code })).status).toBe(410);

    const custom = await newWorkshop({ profile: "custom", primeName: "Our Own Prime Ltd" });
    const waiting = await callLoader(joinRoute.loader, `/join/${custom.joinCode}`, { code: custom.joinCode });
    expect(waiting.status).toBe(409);
    expect((await callAction(joinRoute.action, `/join/${custom.joinCode}`, {}, { code: custom.joinCode })).status).toBe(
      409,
    );
  });
});

describe("a participant's result and summary", () => {
  test("after submitting, the pages show its result against the scenario, and the summary its red lines and dealbreakers", async () => {
    const workshop = await newWorkshop();
    const { checkId, cookie, token, params } = await joinThroughPage(workshop.joinCode);
    await answerAndSubmit(token);
    const base = `/checks/${checkId}/vcs`;

    const home = await callLoader(sideRoute.loader, base, params, { cookie });
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({ status: "submitted", report: { verdict: { code: "RED_LINES" } } });

    const submitted = await callLoader(submittedRoute.loader, `${base}/submitted`, params, { cookie });
    expect(submitted.status).toBe(200);
    expect(submitted.body).toMatchObject({ participantReport: { verdict: { code: "RED_LINES" } } });

    const report = await callLoader(reportRoute.loader, `${base}/report`, params, { cookie });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ vcsName: "Riverside Advice", canRecordOutcomes: false });

    const summary = await callLoader(summaryRoute.loader, `${base}/summary`, params, { cookie });
    expect(summary.status).toBe(200);
    const { compromise } = summary.body as Awaited<ReturnType<typeof summaryRoute.loader>>;
    expect(compromise.redLines.map((p) => p.itemId)).toEqual(["brand-delivery"]);
    expect(compromise.dealbreakers.map((d) => d.title)).toContain("Mandatory rebranding");
    expect(compromise.questions.length).toBeGreaterThan(0);
    expect(compromise.questions.length).toBeLessThanOrEqual(8);

    const file = (await summaryTextRoute.loader({
      request: new Request(`${ORIGIN}${base}/summary.txt`, { headers: { Cookie: cookie } }),
      params,
      context: {},
    })) as Response;
    expect(file.status).toBe(200);
    expect(file.headers.get("Content-Type")).toBe("text/plain; charset=utf-8");
    expect(file.headers.get("Content-Disposition")).toBe(
      'attachment; filename="riverside-advice-what-we-will-and-wont-compromise-on.txt"',
    );
    const text = await file.text();
    expect(text).toContain("Our red lines");
    expect(text).toContain(compromise.redLines[0]!.question);
    expect(text).toContain("Mandatory rebranding");
    expect(text).toContain("Questions to take back to our board");
  });

  test("the summary is only the participant's own, after submitting: before, or for anyone else, it is not there", async () => {
    const workshop = await newWorkshop();
    const { checkId, cookie, token, params } = await joinThroughPage(workshop.joinCode);
    const base = `/checks/${checkId}/vcs`;
    expect((await callLoader(summaryRoute.loader, `${base}/summary`, params, { cookie })).status).toBe(404);
    expect((await callLoader(summaryTextRoute.loader, `${base}/summary.txt`, params, { cookie })).status).toBe(404);
    await answerAndSubmit(token);
    // The prime's side of a participant's check is nobody's address; another browser has no grant.
    const prime = { checkId, side: "prime" };
    expect((await callLoader(summaryRoute.loader, `/checks/${checkId}/prime/summary`, prime, { cookie })).status).toBe(
      404,
    );
    const stranger = await callLoader(summaryRoute.loader, `${base}/summary`, params);
    expect(stranger.status).toBe(403);
    // The facilitator's session opens none of a participant's pages.
    const facilitator = await openLink(workshop.tokens.facilitator);
    for (const [loader, path] of [
      [sideRoute.loader, base],
      [submittedRoute.loader, `${base}/submitted`],
      [reportRoute.loader, `${base}/report`],
      [summaryRoute.loader, `${base}/summary`],
    ] as const) {
      expect((await callLoader(loader, path, params, { cookie: facilitator.cookie })).status, path).toBe(403);
    }
  });

  test("a participant's session and link open nothing of the facilitator's", async () => {
    const workshop = await newWorkshop();
    const { cookie, token } = await joinThroughPage(workshop.joinCode);
    const request = new Request(`${ORIGIN}/workshops/${workshop.id}`, { headers: { Cookie: cookie } });
    const refused = await requireFacilitator(request, workshop.id).catch((thrown: unknown) => thrown);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(403);
    for (const path of [`/api/v1/workshops/${workshop.id}`, `/api/v1/workshops/${workshop.id}/summary`]) {
      const tried = await api("GET", path, { token });
      expect([403, 404], path).toContain(tried.status);
    }
    const close = await api("POST", `/api/v1/workshops/${workshop.id}/close`, { token });
    expect([403, 404]).toContain(close.status);
  });
});

describe("a closed workshop", () => {
  test("refuses a save with its message and saves nothing; the pages say it has closed and offer no form", async () => {
    const workshop = await newWorkshop();
    const { checkId, cookie, params } = await joinThroughPage(workshop.joinCode);
    const base = `/checks/${checkId}/vcs`;
    const sectionParams = { ...params, sectionId: "brand-identity" };
    const page = await callLoader(sectionRoute.loader, `${base}/section/brand-identity`, sectionParams, { cookie });
    expect(page.status).toBe(200);
    const versions = (page.body as Awaited<ReturnType<typeof sectionRoute.loader>>).versions;
    const seen = Object.fromEntries(Object.entries(versions).map(([id, v]) => [`seen.items.${id}`, String(v)]));

    expect(
      (await api("POST", `/api/v1/workshops/${workshop.id}/close`, { token: workshop.tokens.facilitator })).status,
    ).toBe(200);

    const save = await callAction(
      sectionRoute.action,
      `${base}/section/brand-identity`,
      { ...seen, "items.brand-delivery.preferred": "2", "items.brand-delivery.importance": "high" },
      sectionParams,
      { cookie },
    );
    expect(save.status).toBe(410);
    expect(save.body).toBe(WORKSHOP_CLOSED);
    const summary = await getCheckSummary(checkId);
    expect((await getSideAnswers(summary!.sides.vcs.responseId)).answers).toEqual({});

    // The answering pages send the participant home, where the banner says why.
    const section = await callLoader(sectionRoute.loader, `${base}/section/brand-identity`, sectionParams, { cookie });
    expect(section).toMatchObject({ status: 302, location: base });
    const review = await callLoader(reviewRoute.loader, `${base}/review`, params, { cookie });
    expect(review).toMatchObject({ status: 302, location: base });
    const home = await callLoader(sideRoute.loader, base, params, { cookie });
    expect(home.body).toMatchObject({ workshop: { closed: true }, status: "not_started" });
    const submit = await callAction(reviewRoute.action, `${base}/review`, { confirm: "on" }, params, { cookie });
    expect(submit.status).toBe(410);
    expect(submit.body).toBe(WORKSHOP_CLOSED);
  });
});

describe("the facilitator's own scenario", () => {
  test("its prime side is answered on the ordinary side pages, as the scenario's prime, with a way back to the workshop", async () => {
    const workshop = await newWorkshop({ profile: "custom", primeName: "Our Own Prime Ltd" });
    const prime = await openLink(workshop.tokens.prime!);
    const created = await api<{ checkId: string }>("GET", `/api/v1/workshops/${workshop.id}`, {
      token: workshop.tokens.facilitator,
    });
    expect(created.status).toBe(200);
    const checkId = /\/checks\/([^/]+)\/prime/.exec(prime.location ?? "")?.[1];
    expect(checkId, prime.location ?? "").toBeDefined();
    const page = await callLoader(
      sideRoute.loader,
      `/checks/${checkId}/prime`,
      { checkId: checkId!, side: "prime" },
      {
        cookie: prime.cookie,
      },
    );
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({
      role: "prime",
      organisation: "Our Own Prime Ltd",
      workshop: { id: workshop.id, part: "workshop" },
      email: null,
    });
  });
});
