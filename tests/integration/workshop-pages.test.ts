/**
 * The facilitator's pages (issue 18), through the real loaders and actions
 * with a browser's cookies: starting a workshop (good and bad input), a custom
 * scenario's prime link, the workshop's page and who may open it, closing and
 * reopening, deleting, the room's figures as CSV, and the workshop's own check
 * sending its owner to the workshop's page.
 */
import { describe, expect, test } from "vitest";
import { readFlash } from "~/access/session.server";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { formatJoinCode } from "~/domain/workshop";
import { ukToday } from "~/forms/workshop-schemas.server";
import { db, tables } from "~/db.server";
import { lookupToken } from "~/models/check.server";
import { generateId, hashToken } from "~/models/tokens.server";
import { getWorkshop, joinWorkshop } from "~/models/workshop.server";
import * as newWorkshopRoute from "~/routes/workshops.new";
import * as workshopRoute from "~/routes/workshops.$workshopId._index";
import * as closeRoute from "~/routes/workshops.$workshopId.close";
import * as reopenRoute from "~/routes/workshops.$workshopId.reopen";
import * as deleteRoute from "~/routes/workshops.$workshopId.delete";
import * as figuresRoute from "~/routes/workshops.$workshopId.figures[.csv]";
import * as checkRoute from "~/routes/checks.$checkId._index";
import * as checkDeleteRoute from "~/routes/checks.$checkId.delete";
import * as checkReplaceRoute from "~/routes/checks.$checkId.replace.$link";
import * as checkReportRoute from "~/routes/checks.$checkId.report";
import * as sideRoute from "~/routes/checks.$checkId.$side._index";
import { api } from "./api-support";
import { answerAt, callAction, callLoader, ORIGIN } from "./support";

const [YEAR, MONTH, DAY] = ukToday()
  .split("-")
  .map((part) => String(Number(part))) as [string, string, string];

const FORM = {
  title: "Preparing for the probation re-tender",
  "date.day": DAY,
  "date.month": MONTH,
  "date.year": YEAR,
  profile: "tighter-embrace",
  primeName: "",
  questionSet: "core",
  retentionDays: "30",
};

/** The form as a browser sends it: every field, the ticked sections repeated. */
function formBody(fields: Record<string, string>, sections: readonly string[]) {
  const body = new URLSearchParams(fields);
  for (const id of sections) body.append("sections", id);
  return body;
}

const EVERY_DIMENSION = currentQuestionnaire().dimensions.map((d) => d.id);

/** Starts a workshop through the page, as its facilitator's browser would. */
async function startWorkshop(fields: Record<string, string> = {}, sections: readonly string[] = EVERY_DIMENSION) {
  const started = await callAction(
    newWorkshopRoute.action,
    "/workshops/new",
    formBody({ ...FORM, ...fields }, sections),
  );
  expect(started.status, JSON.stringify(started.body)).toBe(303);
  const id = /^\/workshops\/([A-Za-z0-9_-]+)$/.exec(started.location ?? "")?.[1];
  expect(id).toBeDefined();
  const workshop = (await getWorkshop(id!))!;
  expect(workshop).not.toBeNull();
  return { workshop, cookie: started.cookie!, params: { workshopId: workshop.id } };
}

const workshopCount = async () => (await db().select({ id: tables.workshops.id }).from(tables.workshops)).length;

/** A participant answers every question asked (all at `choose`'s answer) and submits, through the API. */
async function joinAndSubmit(code: string, choose: (itemId: string) => Answer, organisation?: string) {
  const joined = await api<{ tokens: { participant: string } }>("POST", "/api/v1/workshops/join", {
    body: { code, ...(organisation ? { organisation } : {}) },
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  const token = joined.body.tokens.participant;
  const questionnaire = questionnaireFor(currentQuestionnaire().version, "core")!;
  const answers: Record<string, unknown> = {};
  for (const d of questionnaire.dimensions) for (const item of d.items) answers[item.id] = toApiAnswer(choose(item.id));
  const saved = await api("PUT", "/api/v1/answers", { token, body: { answers, facts: {} } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

async function csvOf(workshopId: string, cookie: string | null) {
  const request = new Request(`${ORIGIN}/workshops/${workshopId}/figures.csv`, {
    headers: cookie ? { Cookie: cookie } : {},
  });
  try {
    return await figuresRoute.loader({ request, params: { workshopId }, context: {} });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}

describe("starting a workshop", () => {
  test("the form offers the scenarios, the sections with their counts, and today's date", async () => {
    const page = (await callLoader(newWorkshopRoute.loader, "/workshops/new")).body as ReturnType<
      typeof newWorkshopRoute.loader
    >;
    expect(page.today).toEqual({ day: DAY, month: MONTH, year: YEAR });
    expect(page.profiles.map((p) => p.id)).toEqual(
      expect.arrayContaining(["tighter-embrace", "council-framework", "alliance"]),
    );
    expect(page.sections.map((s) => s.id)).toEqual(EVERY_DIMENSION);
    const brand = page.sections.find((s) => s.id === "brand-identity")!;
    expect(brand.hint).toMatch(/^2 questions in the core set, 4 in all: about 2 minutes, or 3 with the full bank\.$/);
    expect(page.sections.find((s) => s.id === "independence-voice")?.hint).toBe(
      "3 questions in the core set, 4 in all: about 3 minutes either way.",
    );
    expect(page.minutes.core).toBe(20);
    expect(page.facts).toContain("figures from the organisation’s accounts");
    expect(page.retention.map((r) => r.days)).toEqual([7, 14, 30, 60, 90]);
  });

  test("creates the workshop and signs its facilitator in, with their link shown once", async () => {
    const sections = ["brand-identity", "independence-voice"];
    const { workshop, cookie, params } = await startWorkshop({ retentionDays: "14" }, sections);
    expect(workshop).toMatchObject({
      title: FORM.title,
      heldOn: ukToday(),
      profile: "tighter-embrace",
      scenarioReady: true,
      questionSet: "core",
      sections,
      retentionDays: 14,
      closedAt: null,
    });
    const page = await callLoader(workshopRoute.loader, `/workshops/${workshop.id}`, params, { cookie });
    expect(page.status).toBe(200);
    const body = page.body as Awaited<ReturnType<typeof workshopRoute.loader>>;
    expect(body.newLinks.map((l) => l.role)).toEqual(["owner"]);
    const token = body.newLinks[0]!.url.split("/i/")[1]!;
    const found = await lookupToken(token);
    expect(found.status === "active" && found.access).toMatchObject({ checkId: workshop.checkId, role: "owner" });
    expect(body.workshop).toMatchObject({
      title: FORM.title,
      code: formatJoinCode(workshop.joinCode),
      joinLink: `${ORIGIN}/join/${workshop.joinCode}`,
      custom: false,
      closedOn: null,
      retentionDays: 14,
    });
    expect(body.counts).toEqual({ joined: 0, submitted: 0 });
    expect(body.qr.path.length).toBeGreaterThan(100);
    expect(body.asked.sections).toEqual(["Brand and identity", "Independence and voice"]);
    // The built-in scenario's answers, each with its note, for the questions asked.
    expect(body.scenario?.answers.map((s) => s.id)).toEqual(sections);
    for (const item of body.scenario!.answers.flatMap((s) => s.items)) expect(item.note.length).toBeGreaterThan(10);
    // Shown once.
    const again = await callLoader(workshopRoute.loader, `/workshops/${workshop.id}`, params, { cookie });
    expect((again.body as typeof body).newLinks).toEqual([]);
  });

  test("the date is the workshop's, and the deletion day counts from it", async () => {
    // A date some weeks ahead (a workshop's date is at most a year away).
    const held = new Date(Date.now() + 40 * 24 * 60 * 60 * 1000);
    const words = (d: Date) =>
      d.toLocaleDateString("en-GB", { timeZone: "UTC", day: "numeric", month: "long", year: "numeric" });
    const { workshop, cookie, params } = await startWorkshop({
      "date.day": String(held.getUTCDate()),
      "date.month": String(held.getUTCMonth() + 1),
      "date.year": String(held.getUTCFullYear()),
      retentionDays: "30",
    });
    expect(workshop.heldOn).toBe(held.toISOString().slice(0, 10));
    const page = await callLoader(workshopRoute.loader, `/workshops/${workshop.id}`, params, { cookie });
    expect((page.body as Awaited<ReturnType<typeof workshopRoute.loader>>).workshop).toMatchObject({
      heldOn: words(held),
      deleteOn: words(new Date(held.getTime() + 30 * 24 * 60 * 60 * 1000)),
      retentionDays: 30,
    });
  });

  test("refuses bad input with every error, keeps what was typed, and creates nothing", async () => {
    const before = await workshopCount();
    const refused = await callAction(
      newWorkshopRoute.action,
      "/workshops/new",
      formBody(
        {
          ...FORM,
          title: "  ",
          "date.day": "31",
          "date.month": "2",
          profile: "custom",
          primeName: "",
          questionSet: "",
        },
        [],
      ),
    );
    expect(refused.status).toBe(400);
    const body = refused.body as { errors: Record<string, string>; values: Record<string, unknown> };
    expect(Object.keys(body.errors).sort()).toEqual(["date", "primeName", "questionSet", "sections", "title"]);
    expect(body.errors.sections).toBe("Choose at least one section to ask");
    expect(body.errors.primeName).toBe("Enter the name of the prime in your scenario");
    expect(body.values).toMatchObject({ profile: "custom", date: { day: "31", month: "2", year: YEAR } });
    expect(await workshopCount()).toBe(before);

    const unknown = await callAction(
      newWorkshopRoute.action,
      "/workshops/new",
      formBody({ ...FORM, profile: "no-such-prime", retentionDays: "365" }, ["brand-identity", "nowhere"]),
    );
    expect(unknown.status).toBe(400);
    const errors = (unknown.body as { errors: Record<string, string> }).errors;
    expect(Object.keys(errors).sort()).toEqual(["profile", "retentionDays", "sections"]);
    expect((unknown.body as { values: Record<string, unknown> }).values.sections).toEqual([
      "brand-identity",
      "nowhere",
    ]);
    expect(await workshopCount()).toBe(before);
  });

  test("a custom scenario: the facilitator also holds the prime's link, and answers its side", async () => {
    const { workshop, cookie, params } = await startWorkshop({
      profile: "custom",
      primeName: "County Employment Partnership",
    });
    expect(workshop).toMatchObject({
      profile: "custom",
      primeName: "County Employment Partnership",
      scenarioReady: false,
    });
    const flash = await readFlash(new Request(ORIGIN, { headers: { Cookie: cookie } }));
    expect(flash?.links.map((l) => l.role).sort()).toEqual(["owner", "prime"]);
    const prime = flash!.links.find((l) => l.role === "prime")!;
    const found = await lookupToken(prime.token);
    expect(found.status === "active" && found.access.tokenHash).toBe(hashToken(prime.token));
    const side = await callLoader(
      sideRoute.loader,
      `/checks/${workshop.checkId}/prime`,
      { checkId: workshop.checkId, side: "prime" },
      { cookie },
    );
    expect(side.status).toBe(200);
    const page = await callLoader(workshopRoute.loader, `/workshops/${workshop.id}`, params, { cookie });
    const body = page.body as Awaited<ReturnType<typeof workshopRoute.loader>>;
    expect(body.workshop).toMatchObject({
      custom: true,
      scenarioReady: false,
      primePath: `/checks/${workshop.checkId}/prime`,
    });
    expect(body.scenario).toBeNull();
  });
});

describe("the facilitator's page", () => {
  test("needs the workshop's owner grant: 403 without it, 404 for no workshop", async () => {
    const { workshop, params } = await startWorkshop();
    const other = await startWorkshop();
    const path = `/workshops/${workshop.id}`;
    expect((await callLoader(workshopRoute.loader, path, params)).status).toBe(403);
    expect((await callLoader(workshopRoute.loader, path, params, { cookie: other.cookie })).status).toBe(403);
    for (const id of [generateId(), "not-an-id"]) {
      expect(
        (await callLoader(workshopRoute.loader, `/workshops/${id}`, { workshopId: id }, { cookie: other.cookie }))
          .status,
      ).toBe(404);
    }
    // The other pages and the download are the facilitator's alone too.
    expect((await callLoader(deleteRoute.loader, `${path}/delete`, params)).status).toBe(403);
    expect((await callAction(closeRoute.action, `${path}/close`, {}, params, { cookie: other.cookie })).status).toBe(
      403,
    );
    expect((await csvOf(workshop.id, other.cookie)).status).toBe(403);
  });

  test("closes and reopens through the page's forms, back to the page each time", async () => {
    const { workshop, cookie, params } = await startWorkshop();
    const path = `/workshops/${workshop.id}`;
    const closed = await callAction(closeRoute.action, `${path}/close`, {}, params, { cookie });
    expect(closed).toMatchObject({ status: 303, location: path });
    expect((await getWorkshop(workshop.id))?.closedAt).toBeInstanceOf(Date);
    const page = await callLoader(workshopRoute.loader, path, params, { cookie });
    expect((page.body as Awaited<ReturnType<typeof workshopRoute.loader>>).workshop.closedOn).toMatch(
      /^\d{1,2} \w+ \d{4}$/,
    );
    expect((await joinWorkshop({ code: workshop.joinCode })).status).toBe("closed");

    const reopened = await callAction(reopenRoute.action, `${path}/reopen`, {}, params, { cookie });
    expect(reopened).toMatchObject({ status: 303, location: path });
    expect((await getWorkshop(workshop.id))?.closedAt).toBeNull();
    expect((await joinWorkshop({ code: workshop.joinCode })).status).toBe("joined");
    // A GET of either shows nothing: it goes to the workshop's page.
    for (const route of [closeRoute, reopenRoute]) {
      expect(await callLoader(route.loader, `${path}/close`, params, { cookie })).toMatchObject({
        status: 303,
        location: path,
      });
    }
  });

  test("deletes only with the confirmation ticked", async () => {
    const { workshop, cookie, params } = await startWorkshop();
    const path = `/workshops/${workshop.id}/delete`;
    expect((await callLoader(deleteRoute.loader, path, params, { cookie })).body).toEqual({
      id: workshop.id,
      title: FORM.title,
    });
    const unconfirmed = await callAction(deleteRoute.action, path, {}, params, { cookie });
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body).toEqual({
      error: "Confirm that you want to delete the workshop and every participant’s answers",
    });
    expect(await getWorkshop(workshop.id)).not.toBeNull();
    const joined = await joinWorkshop({ code: workshop.joinCode });
    expect(joined.status).toBe("joined");
    const deleted = await callAction(deleteRoute.action, path, { confirm: "on" }, params, { cookie });
    expect(deleted).toMatchObject({ status: 303, location: "/workshops/deleted" });
    expect(await getWorkshop(workshop.id)).toBeNull();
    const participant = joined.status === "joined" ? joined.participant.checkId : "";
    const left = await db().select({ id: tables.checks.id }).from(tables.checks);
    expect(left.map((c) => c.id)).not.toEqual(expect.arrayContaining([workshop.checkId]));
    expect(left.map((c) => c.id)).not.toEqual(expect.arrayContaining([participant]));
    expect((await callLoader(workshopRoute.loader, `/workshops/${workshop.id}`, params, { cookie })).status).toBe(404);
  });
});

describe("the room's figures as CSV", () => {
  test("empty, saying why, below three submitted; then counts per question and the dealbreakers' shares", async () => {
    const { workshop, cookie } = await startWorkshop();
    let response = await csvOf(workshop.id, cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="common-ground-workshop-preparing-for-the-probation-re-tender-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    let lines = (await response.text())
      .replace(/^\uFEFF/, "")
      .trimEnd()
      .split("\n");
    expect(lines[0]).toBe("Section,Question,Position 1,Position 2,Position 3,Position 4,Position 5,Red lines");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("once 3 organisations have submitted");

    await joinAndSubmit(workshop.joinCode, () => answerAt(1, { redLine: true }), "Alpha Trust");
    await joinAndSubmit(workshop.joinCode, () => answerAt(1), "Beta Community Action");
    response = await csvOf(workshop.id, cookie);
    lines = (await response.text()).trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("2 of 2 have submitted");

    await joinAndSubmit(workshop.joinCode, () => answerAt(5, { acceptable: { min: 1, max: 5 } }));
    response = await csvOf(workshop.id, cookie);
    const text = (await response.text()).replace(/^\uFEFF/, "");
    lines = text.trimEnd().split("\n");
    const core = questionnaireFor(currentQuestionnaire().version, "core")!;
    const items = core.dimensions.flatMap((d) => d.items.map((item) => ({ d, item })));
    const itemLines = lines.slice(1, 1 + items.length);
    items.forEach(({ d, item }, i) => {
      expect(itemLines[i]).toContain(d.title);
      // The question as participants read it (csv-stringify doubles any quotation mark).
      expect(itemLines[i]).toContain(item.prompt.vcs.replace(/"/g, '""'));
      expect(itemLines[i]?.endsWith(",2,0,0,0,1,1")).toBe(true);
    });
    expect(lines[1 + items.length]).toBe("");
    expect(lines[2 + items.length]).toBe("Dealbreaker,Organisations,Share of submitted organisations (%)");
    expect(lines).toContain("Mandatory rebranding,2,67");
    expect(lines.at(-2)).toBe("Organisations that submitted,3");
    expect(lines.at(-1)).toBe("Organisations these figures are over (the first to submit in threes),3");
    // Nothing identifying.
    expect(text).not.toContain("Alpha Trust");
    expect(text).not.toContain("Beta Community Action");
  });
});

describe("the workshop's own check", () => {
  test("replacing the facilitator's own link comes back to the workshop's page with the new link", async () => {
    const { workshop, cookie, params } = await startWorkshop();
    const checkId = workshop.checkId;
    const replaced = await callAction(
      checkReplaceRoute.action,
      `/checks/${checkId}/replace/owner`,
      { intent: "replace" },
      { checkId, link: "owner" },
      { cookie },
    );
    expect(replaced).toMatchObject({ status: 303, location: `/checks/${checkId}?replaced=owner` });
    const fresh = replaced.cookie!;
    expect(
      await callLoader(checkRoute.loader, `/checks/${checkId}?replaced=owner`, { checkId }, { cookie: fresh }),
    ).toMatchObject({ status: 303, location: `/workshops/${workshop.id}?replaced=owner` });
    const page = await callLoader(workshopRoute.loader, `/workshops/${workshop.id}?replaced=owner`, params, {
      cookie: fresh,
    });
    const body = page.body as Awaited<ReturnType<typeof workshopRoute.loader>>;
    expect(body.replaced).toBe(true);
    expect(body.newLinks.map((l) => l.role)).toEqual(["owner"]);
    // The old link's session no longer opens the page.
    expect((await callLoader(workshopRoute.loader, `/workshops/${workshop.id}`, params, { cookie })).status).not.toBe(
      200,
    );
  });

  test("opens as the workshop's page, never as a check; a participant's check has no owner pages", async () => {
    const { workshop, cookie } = await startWorkshop();
    const checkId = workshop.checkId;
    const to = `/workshops/${workshop.id}`;
    expect(await callLoader(checkRoute.loader, `/checks/${checkId}`, { checkId }, { cookie })).toMatchObject({
      status: 303,
      location: to,
    });
    expect(
      await callLoader(checkDeleteRoute.loader, `/checks/${checkId}/delete`, { checkId }, { cookie }),
    ).toMatchObject({ status: 303, location: to });
    expect(
      await callAction(
        checkDeleteRoute.action,
        `/checks/${checkId}/delete`,
        { confirm: "on" },
        { checkId },
        { cookie },
      ),
    ).toMatchObject({ status: 303, location: to });
    expect(await getWorkshop(workshop.id)).not.toBeNull();
    expect(
      await callLoader(
        checkReplaceRoute.loader,
        `/checks/${checkId}/replace/vcs`,
        { checkId, link: "vcs" },
        { cookie },
      ),
    ).toMatchObject({ status: 303, location: to });
    expect(
      await callLoader(checkReportRoute.loader, `/checks/${checkId}/report`, { checkId }, { cookie }),
    ).toMatchObject({ status: 302, location: to });

    const joined = await joinWorkshop({ code: workshop.joinCode, organisation: "Riverside Advice" });
    expect(joined.status).toBe("joined");
    const participant = joined.status === "joined" ? joined.participant.checkId : "";
    for (const [route, path, params] of [
      [checkRoute, `/checks/${participant}`, { checkId: participant }],
      [checkDeleteRoute, `/checks/${participant}/delete`, { checkId: participant }],
      [checkReplaceRoute, `/checks/${participant}/replace/owner`, { checkId: participant, link: "owner" }],
      [checkReportRoute, `/checks/${participant}/report`, { checkId: participant }],
    ] as const) {
      expect((await callLoader(route.loader, path, params, { cookie })).status, path).toBe(404);
    }
  });
});
