/**
 * Workshops through the JSON API (issue 18): a facilitator starts one against
 * a built-in scenario prime or its own, participants join with the code and
 * see their own private result at once, and the facilitator sees only the
 * room's figures, from three submitted. Closing, reopening, retention and
 * deletion; the selection of sections.
 */
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import type { Answer, Position } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { formatJoinCode } from "~/domain/workshop";
import { getWorkshopProfile } from "~/domain/workshop-profiles";
import { db, tables } from "~/db.server";
import { deleteExpiredWorkshopAnswers } from "~/models/workshop.server";
import { api } from "./api-support";
import { answerAt, completeAnswers, execRawSql } from "./support";

interface CreatedWorkshop {
  id: string;
  joinCode: string;
  tokens: { facilitator: string; prime?: string };
  links: { facilitator: string; join: string; prime?: string };
}

interface Figures {
  joined: number;
  submitted: number;
  counted: number;
  items: Array<{ id: string; positions: number[]; redLines: number }> | null;
  dealbreakers: Array<{ code: string; share: number }> | null;
}

async function newWorkshop(extra: Record<string, unknown> = {}) {
  const created = await api<CreatedWorkshop>("POST", "/api/v1/workshops", {
    body: { title: "What we will and won't compromise on", profile: "tighter-embrace", ...extra },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function join(code: string, organisation?: string) {
  const joined = await api<{ tokens: { participant: string }; links: { participant: string } }>(
    "POST",
    "/api/v1/workshops/join",
    { body: { code, ...(organisation ? { organisation } : {}) } },
  );
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  return joined.body.tokens.participant;
}

/** The VCS answers of the core set (the default selection), every item at `position` unless `choose` says otherwise. */
function coreBody(choose: (itemId: string) => Answer, sections: readonly string[] | null = null) {
  const questionnaire = questionnaireFor(currentQuestionnaire().version, "core", sections)!;
  const answers: Record<string, unknown> = {};
  for (const d of questionnaire.dimensions) for (const item of d.items) answers[item.id] = toApiAnswer(choose(item.id));
  const facts = questionnaire.facts.length > 0 ? completeAnswers("vcs").facts : {};
  return { answers, facts };
}

async function answerAndSubmit(token: string, choose: (itemId: string) => Answer, sections?: readonly string[]) {
  const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", {
    token,
    body: coreBody(choose, sections ?? null),
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.missing).toEqual([]);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

const summaryOf = (workshop: CreatedWorkshop) =>
  api<Figures>("GET", `/api/v1/workshops/${workshop.id}/summary`, { token: workshop.tokens.facilitator });

describe("workshops through the API", () => {
  test("lists the built-in scenario primes", async () => {
    const listed = await api<{ profiles: Array<{ id: string; title: string; summary: string }> }>(
      "GET",
      "/api/v1/workshops/profiles",
    );
    expect(listed.status).toBe(200);
    expect(listed.body.profiles.map((p) => p.id)).toEqual(
      expect.arrayContaining(["tighter-embrace", "council-framework", "alliance"]),
    );
    for (const p of listed.body.profiles) expect(p.summary.length).toBeGreaterThan(20);
  });

  test("refuses a bad workshop with field errors, and creates nothing", async () => {
    const before = await db().select({ id: tables.workshops.id }).from(tables.workshops);
    const bad = await api<{ errors: Array<{ path: string }> }>("POST", "/api/v1/workshops", {
      body: { title: "", profile: "no-such-prime", sections: ["nowhere"], retentionDays: 400, date: "2020-01-01" },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(["title", "profile", "sections.0", "retentionDays", "date"]),
    );
    const onlyFigures = await api<{ errors: Array<{ path: string; message: string }> }>("POST", "/api/v1/workshops", {
      body: { title: "Figures only", profile: "alliance", sections: ["facts"] },
    });
    expect(onlyFigures.status).toBe(422);
    expect(onlyFigures.body.errors).toEqual([
      { path: "sections", message: "Choose at least one section of questions, not only the figures" },
    ]);
    const farAhead = await api<{ errors: Array<{ path: string }> }>("POST", "/api/v1/workshops", {
      body: { title: "Far ahead", profile: "alliance", date: `${new Date().getUTCFullYear() + 3}-01-01` },
    });
    expect(farAhead.status).toBe(422);
    expect(farAhead.body.errors.map((e) => e.path)).toEqual(["date"]);
    const custom = await api<{ errors: Array<{ path: string }> }>("POST", "/api/v1/workshops", {
      body: { title: "Our own scenario", profile: "custom" },
    });
    expect(custom.status).toBe(422);
    expect(custom.body.errors.map((e) => e.path)).toEqual(["primeName"]);
    expect(await db().select({ id: tables.workshops.id }).from(tables.workshops)).toHaveLength(before.length);
  });

  test("a participant joins with the code, answers the core set and sees its own result against the scenario at once", async () => {
    const workshop = await newWorkshop();
    // The code as people type it off a screen: lower case, with its dash, O for 0.
    const typed = formatJoinCode(workshop.joinCode).toLowerCase().replace(/0/g, "o");
    const token = await join(typed, "Riverside Advice");
    const before = await api("GET", "/api/v1/report", { token });
    expect(before.status).toBe(409);
    const side = await api<{ organisation?: string; questionnaire?: { set?: string } }>("GET", "/api/v1/side", {
      token,
    });
    expect(side.status).toBe(200);
    await answerAndSubmit(token, () => answerAt(1, { redLine: true }));
    const report = await api<{
      verdict: { code: string };
      questionSet: string;
      flags: Array<{ code: string; severity: string }>;
    }>("GET", "/api/v1/report", { token });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.questionSet).toBe("core");
    expect(report.body.verdict.code).toBe("RED_LINES");
    expect(report.body.flags.some((f) => f.code === "MANDATORY_REBRANDING" && f.severity === "dealbreaker")).toBe(true);
    // The facilitator's link opens nothing of a participant's.
    const peek = await api("GET", "/api/v1/answers", { token: workshop.tokens.facilitator });
    expect(peek.status).toBe(403);
  });

  test("the room's figures stay hidden until three have submitted, and then are only counts", async () => {
    const workshop = await newWorkshop();
    const tokens = [
      await join(workshop.joinCode, "Alpha Trust"),
      await join(workshop.joinCode),
      await join(workshop.joinCode),
    ];
    let figures = await summaryOf(workshop);
    expect(figures.status).toBe(200);
    expect(figures.body).toEqual({ joined: 3, submitted: 0, counted: 0, items: null, dealbreakers: null });
    await answerAndSubmit(tokens[0]!, () => answerAt(1, { redLine: true }));
    await answerAndSubmit(tokens[1]!, () => answerAt(1));
    figures = await summaryOf(workshop);
    expect(figures.body).toEqual({ joined: 3, submitted: 2, counted: 0, items: null, dealbreakers: null });

    await answerAndSubmit(tokens[2]!, () => answerAt(5, { acceptable: { min: 1, max: 5 } }));
    figures = await summaryOf(workshop);
    expect(figures.body.joined).toBe(3);
    expect(figures.body.submitted).toBe(3);
    const core = questionnaireFor(currentQuestionnaire().version, "core")!;
    const coreIds = core.dimensions.flatMap((d) => d.items.map((i) => i.id));
    expect(figures.body.items!.map((i) => i.id)).toEqual(coreIds);
    for (const item of figures.body.items!) {
      expect(item.positions).toEqual([2, 0, 0, 0, 1]);
      expect(item.redLines).toBe(1);
    }
    // Two of the three refuse the prime's single brand; the third accepts anything.
    const rebrand = figures.body.dealbreakers!.find((d) => d.code === "MANDATORY_REBRANDING");
    expect(rebrand?.share).toBeCloseTo(2 / 3, 5);
    for (const d of figures.body.dealbreakers!) expect(d.share).toBeLessThanOrEqual(1);
    // Nothing identifying anywhere in the answer.
    expect(JSON.stringify(figures.body)).not.toContain("Alpha Trust");
    expect(Object.keys(figures.body).sort()).toEqual(["counted", "dealbreakers", "items", "joined", "submitted"]);
    expect(figures.body.counted).toBe(3);
  });

  test("the figures grow in steps of three: a fourth submission changes nothing until the sixth", async () => {
    const workshop = await newWorkshop();
    const tokens = await Promise.all([1, 2, 3, 4, 5, 6].map(() => join(workshop.joinCode)));
    for (const token of tokens.slice(0, 3)) await answerAndSubmit(token, () => answerAt(2));
    const three = (await summaryOf(workshop)).body;
    // The fourth answers differently on every item and refuses everything: nothing of it shows yet.
    await answerAndSubmit(tokens[3]!, () => answerAt(1, { redLine: true }));
    const four = (await summaryOf(workshop)).body;
    expect(four.submitted).toBe(4);
    expect(four.counted).toBe(3);
    expect(four.items).toEqual(three.items);
    expect(four.dealbreakers).toEqual(three.dealbreakers);
    await answerAndSubmit(tokens[4]!, () => answerAt(2));
    expect((await summaryOf(workshop)).body.items).toEqual(three.items);
    await answerAndSubmit(tokens[5]!, () => answerAt(2));
    const six = (await summaryOf(workshop)).body;
    expect(six.counted).toBe(6);
    for (const item of six.items!) expect(item.positions).toEqual([1, 5, 0, 0, 0]);
  });

  test("the summary is the facilitator's alone: other workshops' links, participants and no token are refused", async () => {
    const mine = await newWorkshop();
    const theirs = await newWorkshop();
    const participant = await join(mine.joinCode);
    expect(
      (await api("GET", `/api/v1/workshops/${mine.id}/summary`, { token: theirs.tokens.facilitator })).status,
    ).toBe(404);
    expect((await api("GET", `/api/v1/workshops/${mine.id}/summary`, { token: participant })).status).toBe(403);
    expect((await api("GET", `/api/v1/workshops/${mine.id}/summary`)).status).toBe(401);
  });

  test("closing refuses joins, saves and submissions; reopening lets them in again; what was saved is kept", async () => {
    const workshop = await newWorkshop();
    const token = await join(workshop.joinCode);
    const half = coreBody(() => answerAt(2));
    const first = Object.keys(half.answers)[0]!;
    expect(
      (await api("PUT", "/api/v1/answers", { token, body: { answers: { [first]: half.answers[first] }, facts: {} } }))
        .status,
    ).toBe(200);
    const closed = await api<{ open: boolean; closedAt: string }>("POST", `/api/v1/workshops/${workshop.id}/close`, {
      token: workshop.tokens.facilitator,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.open).toBe(false);
    const refusedJoin = await api("POST", "/api/v1/workshops/join", { body: { code: workshop.joinCode } });
    expect(refusedJoin.status).toBe(410);
    const refusedSave = await api("PUT", "/api/v1/answers", { token, body: half });
    expect(refusedSave.status).toBe(410);
    expect((await api("POST", "/api/v1/answers/submit", { token })).status).toBe(410);
    const kept = await api<{ answers: Record<string, unknown> }>("GET", "/api/v1/answers", { token });
    expect(Object.keys(kept.body.answers)).toEqual([first]);

    const reopened = await api<{ open: boolean }>("POST", `/api/v1/workshops/${workshop.id}/reopen`, {
      token: workshop.tokens.facilitator,
    });
    expect(reopened.body.open).toBe(true);
    await answerAndSubmit(token, () => answerAt(2));
    await join(workshop.joinCode);
  });

  test("a custom scenario: the facilitator answers the prime's side, and no one joins until it is submitted", async () => {
    const workshop = await newWorkshop({ profile: "custom", primeName: "Our example prime", questionSet: "core" });
    expect(workshop.tokens.prime).toBeTruthy();
    const early = await api("POST", "/api/v1/workshops/join", { body: { code: workshop.joinCode } });
    expect(early.status).toBe(409);
    const prime = completeAnswers("prime");
    const core = questionnaireFor(currentQuestionnaire().version, "core")!;
    const answers: Record<string, unknown> = {};
    for (const d of core.dimensions)
      for (const item of d.items) answers[item.id] = toApiAnswer(prime.answers[item.id]!);
    expect(
      (await api("PUT", "/api/v1/answers", { token: workshop.tokens.prime!, body: { answers, facts: prime.facts } }))
        .status,
    ).toBe(200);
    expect((await api("POST", "/api/v1/answers/submit", { token: workshop.tokens.prime! })).status).toBe(200);
    const token = await join(workshop.joinCode);
    await answerAndSubmit(token, () => answerAt(3, { acceptable: { min: 2, max: 4 } }));
    expect((await api("GET", "/api/v1/report", { token })).status).toBe(200);
  });

  test("a selection of sections: only those are asked and scored, and the result names them", async () => {
    const sections = ["brand-identity", "independence-voice"];
    const workshop = await newWorkshop({ sections });
    const token = await join(workshop.joinCode);
    await answerAndSubmit(token, () => answerAt(1), sections);
    const report = await api<{ sections?: string[]; dimensions: Array<{ id: string }> }>("GET", "/api/v1/report", {
      token,
    });
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.sections).toEqual(sections);
    expect(report.body.dimensions.map((d) => d.id)).toEqual(sections);
  });

  test("the built-in scenario is stored as the profile's answers, notes included, submitted", async () => {
    const workshop = await newWorkshop({ questionSet: "full" });
    const [row] = await db().select().from(tables.workshops).where(eq(tables.workshops.id, workshop.id));
    const profile = getWorkshopProfile("tighter-embrace")!;
    const answers = await db()
      .select()
      .from(tables.answers)
      .innerJoin(tables.responses, eq(tables.responses.id, tables.answers.responseId))
      .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
      .where(eq(tables.parties.checkId, row!.checkId));
    expect(answers).toHaveLength(Object.keys(profile.answers).length);
    for (const { answers: a, responses: r } of answers) {
      expect(r.submittedAt).not.toBeNull();
      expect(a.preferred).toBe(profile.answers[a.itemId]!.preferred as Position);
      expect(a.note).toBe(profile.answers[a.itemId]!.note);
    }
  });

  test("answers are deleted once the retention period ends; the workshop stays and says so", async () => {
    const workshop = await newWorkshop({ retentionDays: 7 });
    const tokens = await Promise.all([1, 2, 3].map(() => join(workshop.joinCode)));
    for (const token of tokens) await answerAndSubmit(token, () => answerAt(2));
    expect(await deleteExpiredWorkshopAnswers(new Date())).toBe(0);
    // Eight days after the workshop's date.
    await execRawSql({
      sqlite: `update workshops set held_on = '2020-01-01' where id = '${workshop.id}'`,
      postgresql: `update workshops set held_on = '2020-01-01' where id = '${workshop.id}'`,
    });
    expect(await deleteExpiredWorkshopAnswers(new Date())).toBe(1);
    const participants = await db()
      .select()
      .from(tables.participants)
      .where(eq(tables.participants.workshopId, workshop.id));
    expect(participants).toHaveLength(0);
    for (const token of tokens) expect((await api("GET", "/api/v1/answers", { token })).status).toBe(401);
    const summary = await summaryOf(workshop);
    expect(summary.body).toEqual({ joined: 0, submitted: 0, counted: 0, items: null, dealbreakers: null });
    const details = await api<{ answersDeletedAt: string | null; open: boolean }>(
      "GET",
      `/api/v1/workshops/${workshop.id}`,
      { token: workshop.tokens.facilitator },
    );
    expect(details.body.answersDeletedAt).not.toBeNull();
    expect(details.body.open).toBe(false);
    expect((await api("POST", "/api/v1/workshops/join", { body: { code: workshop.joinCode } })).status).toBe(410);
  });

  test("a participant can delete its own answers at any time; the room's counts no longer include it", async () => {
    const workshop = await newWorkshop();
    const token = await join(workshop.joinCode, "Leaving Early CIC");
    await answerAndSubmit(token, () => answerAt(2));
    expect((await summaryOf(workshop)).body.joined).toBe(1);
    expect((await api("DELETE", "/api/v1/answers", { token })).status).toBe(204);
    expect((await api("GET", "/api/v1/answers", { token })).status).toBe(401);
    expect((await summaryOf(workshop)).body).toEqual({
      joined: 0,
      submitted: 0,
      counted: 0,
      items: null,
      dealbreakers: null,
    });
  });

  test("deleting a workshop deletes every participant's check and answers", async () => {
    const workshop = await newWorkshop();
    const token = await join(workshop.joinCode);
    await answerAndSubmit(token, () => answerAt(2));
    const [row] = await db().select().from(tables.workshops).where(eq(tables.workshops.id, workshop.id));
    const refused = await api("DELETE", `/api/v1/workshops/${workshop.id}`, { token });
    expect(refused.status).toBe(403);
    const deleted = await api("DELETE", `/api/v1/workshops/${workshop.id}`, { token: workshop.tokens.facilitator });
    expect(deleted.status).toBe(204);
    expect(await db().select().from(tables.workshops).where(eq(tables.workshops.id, workshop.id))).toHaveLength(0);
    expect(await db().select().from(tables.checks).where(eq(tables.checks.id, row!.checkId))).toHaveLength(0);
    expect(
      await db().select().from(tables.participants).where(eq(tables.participants.workshopId, workshop.id)),
    ).toHaveLength(0);
    expect((await api("GET", "/api/v1/answers", { token })).status).toBe(401);
    expect((await api("POST", "/api/v1/workshops/join", { body: { code: workshop.joinCode } })).status).toBe(404);
  });
});
