/**
 * Several respondents per side through the JSON API (issue 16): invitations,
 * claiming, answering alone, the anonymity threshold, shared notes, overrides,
 * withdrawal and the submitted side's report.
 */
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { api, apiCreateCheck } from "./api-support";
import { answerAt as at, completeAnswers } from "./support";

const questionnaire = currentQuestionnaire();
const itemIds = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));
const firstItem = itemIds[0]!;

function apiAnswers(choose: (itemId: string) => Answer, extra: Record<string, unknown> = {}) {
  const answers: Record<string, unknown> = {};
  for (const id of itemIds) answers[id] = { ...toApiAnswer(choose(id)), ...extra };
  return answers;
}

async function invite(leadToken: string, label?: string) {
  const invited = await api<{ id: string; token: string; link: string }>("POST", "/api/v1/respondents", {
    token: leadToken,
    body: label === undefined ? {} : { label },
  });
  expect(invited.status).toBe(201);
  const claimed = await api<{ token: string; role: string }>("POST", "/api/v1/invitations/claim", {
    token: invited.body.token,
  });
  expect(claimed.status).toBe(200);
  expect(claimed.body.role).toBe("vcs-respondent");
  return { id: invited.body.id, invitation: invited.body.token, token: claimed.body.token };
}

async function answerAndSubmit(token: string, choose: (itemId: string) => Answer, extra: Record<string, unknown> = {}) {
  const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", {
    token,
    body: { answers: apiAnswers(choose, extra) },
  });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.missing).toEqual([]);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

async function saveFacts(leadToken: string) {
  const { facts } = completeAnswers("vcs");
  const saved = await api("PUT", "/api/v1/answers", { token: leadToken, body: { facts } });
  expect(saved.status).toBe(200);
}

type Side = {
  submitted: number;
  invited: number;
  combined: { answers: Record<string, { preferred: number; acceptable: number[]; redLine: boolean }> };
  spread: Record<string, { positions: number[]; redLines: number }> | null;
  sharedNotes: Record<string, string[]>;
  missing: string[];
};

describe("several respondents per side, through the API", () => {
  test("the lead invites, lists and withdraws respondents; a respondent sees only their own answers", async () => {
    const check = await apiCreateCheck();
    const treasurer = await invite(check.tokens.vcs, "Treasurer");
    const chair = await invite(check.tokens.vcs, "Chair");
    const listed = await api<{ respondents: Array<{ id: string; label: string; status: string }> }>(
      "GET",
      "/api/v1/respondents",
      { token: check.tokens.vcs },
    );
    expect(listed.body.respondents).toEqual([
      { id: treasurer.id, label: "Treasurer", status: "not_started" },
      { id: chair.id, label: "Chair", status: "not_started" },
    ]);

    await api("PUT", "/api/v1/answers", { token: treasurer.token, body: { answers: apiAnswers(() => at(2)) } });
    const own = await api<{ answers: Record<string, unknown>; facts: Record<string, number> }>(
      "GET",
      "/api/v1/answers",
      { token: chair.token },
    );
    expect(own.body.answers).toEqual({});
    // The lead's own answers and figures are not the respondents' either.
    await saveFacts(check.tokens.vcs);
    expect((await api<{ facts: object }>("GET", "/api/v1/answers", { token: treasurer.token })).body.facts).toEqual({});

    // A respondent may not lead: no inviting, no board, no report of their own side's spread.
    expect((await api("POST", "/api/v1/respondents", { token: treasurer.token, body: {} })).status).toBe(403);
    expect((await api("GET", "/api/v1/side", { token: treasurer.token })).status).toBe(403);
    // Nor may the other side's lead see this side's respondents.
    expect(
      (await api<{ respondents: unknown[] }>("GET", "/api/v1/respondents", { token: check.tokens.prime })).body,
    ).toEqual({ respondents: [] });
    // A respondent sends positions and notes only: no figures.
    const withFacts = await api("PUT", "/api/v1/answers", {
      token: treasurer.token,
      body: { facts: { reservesMonths: 3 } },
    });
    expect(withFacts.status).toBe(422);

    const withdrawn = await api("DELETE", `/api/v1/respondents/${treasurer.id}`, { token: check.tokens.vcs });
    expect(withdrawn.status).toBe(204);
    expect((await api("GET", "/api/v1/answers", { token: treasurer.token })).status).toBe(401);
    expect((await api("DELETE", `/api/v1/respondents/${treasurer.id}`, { token: check.tokens.vcs })).status).toBe(404);
    // The invitation a withdrawn respondent never claimed opens nothing either.
    const unclaimed = await api<{ id: string; token: string }>("POST", "/api/v1/respondents", {
      token: check.tokens.vcs,
      body: {},
    });
    await api("DELETE", `/api/v1/respondents/${unclaimed.body.id}`, { token: check.tokens.vcs });
    expect((await api("POST", "/api/v1/invitations/claim", { token: unclaimed.body.token })).status).toBe(401);
    const after = await api<{ respondents: Array<{ id: string }> }>("GET", "/api/v1/respondents", {
      token: check.tokens.vcs,
    });
    expect(after.body.respondents.map((r) => r.id)).toEqual([chair.id]);
  });

  test("below three submitted the lead sees only the combined answer; from three, the spread, never who said what", async () => {
    const check = await apiCreateCheck();
    await saveFacts(check.tokens.vcs);
    const [a, b, c] = [await invite(check.tokens.vcs), await invite(check.tokens.vcs), await invite(check.tokens.vcs)];
    await answerAndSubmit(a!.token, () => at(1, { redLine: true, note: "We must keep our name", shareNote: true }));
    await answerAndSubmit(b!.token, () => at(2, { note: "A private worry" }));

    const two = await api<Side>("GET", "/api/v1/side", { token: check.tokens.vcs });
    expect(two.status).toBe(200);
    expect(two.body.submitted).toBe(2);
    expect(two.body.invited).toBe(3);
    expect(two.body.spread).toBeNull();
    // The median of 1 and 2 ties toward the more independent position; a red line survives.
    expect(two.body.combined.answers[firstItem]).toMatchObject({ preferred: 1, redLine: true });
    expect(two.body.sharedNotes[firstItem]).toEqual(["We must keep our name"]);

    // Someone who has submitted is part of the board's answer, and cannot be taken out again.
    expect((await api("DELETE", `/api/v1/respondents/${a!.id}`, { token: check.tokens.vcs })).status).toBe(409);

    await answerAndSubmit(c!.token, () => at(4));
    const three = await api<Side>("GET", "/api/v1/side", { token: check.tokens.vcs });
    expect(three.body.submitted).toBe(3);
    expect(three.body.spread?.[firstItem]).toEqual({ positions: [1, 1, 0, 1, 0], redLines: 1 });
    expect(three.body.combined.answers[firstItem]).toMatchObject({ preferred: 2, redLine: true });
    // Nothing in the board names a respondent.
    const text = JSON.stringify(three.body);
    for (const r of [a!, b!, c!]) expect(text).not.toContain(r.id);
    expect(text).not.toContain("A private worry");
  });

  test("the lead's own answers count in the combination but not toward the three: the lead knows them", async () => {
    const check = await apiCreateCheck();
    await saveFacts(check.tokens.vcs);
    const lead = await api("PUT", "/api/v1/answers", {
      token: check.tokens.vcs,
      body: { answers: apiAnswers(() => at(5)) },
    });
    expect(lead.status).toBe(200);
    const [a, b, c] = [await invite(check.tokens.vcs), await invite(check.tokens.vcs), await invite(check.tokens.vcs)];
    await answerAndSubmit(a!.token, () => at(1, { redLine: true }));
    await answerAndSubmit(b!.token, () => at(2));
    // The lead and two others: a spread would show the lead those two answers exactly.
    const withLead = await api<Side>("GET", "/api/v1/side", { token: check.tokens.vcs });
    expect(withLead.body.submitted).toBe(3);
    expect(withLead.body.spread).toBeNull();
    await answerAndSubmit(c!.token, () => at(4));
    const four = await api<Side>("GET", "/api/v1/side", { token: check.tokens.vcs });
    expect(four.body.submitted).toBe(4);
    expect(four.body.spread?.[firstItem]).toEqual({ positions: [1, 1, 0, 1, 1], redLines: 1 });
    // Median of 1, 2, 4, 5 is 2 (the lower middle: toward independence).
    expect(four.body.combined.answers[firstItem]).toMatchObject({ preferred: 2, redLine: true });
  });

  test("the lead overrides an item with a reason and submits one side; the report shows the spread and the disagreement", async () => {
    const check = await apiCreateCheck();
    await saveFacts(check.tokens.vcs);
    const respondents = [
      await invite(check.tokens.vcs),
      await invite(check.tokens.vcs),
      await invite(check.tokens.vcs),
    ];
    await answerAndSubmit(respondents[0]!.token, () => at(1));
    await answerAndSubmit(respondents[1]!.token, () => at(1));
    await answerAndSubmit(respondents[2]!.token, (id) => (id === firstItem ? at(4) : at(1)));

    // An override needs a reason; nothing is submitted when it is missing.
    const noReason = await api("POST", "/api/v1/answers/submit", {
      token: check.tokens.vcs,
      body: { overrides: { [firstItem]: { ...toApiAnswer(at(3)) } } },
    });
    expect(noReason.status).toBe(422);
    const submitted = await api("POST", "/api/v1/answers/submit", {
      token: check.tokens.vcs,
      body: { overrides: { [firstItem]: { ...toApiAnswer(at(3)), reason: "The chief executive's advice" } } },
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    // Closed: respondents can change nothing now, and nobody can be invited or withdrawn.
    expect((await api("PUT", "/api/v1/answers", { token: respondents[0]!.token, body: { answers: {} } })).status).toBe(
      409,
    );
    expect((await api("POST", "/api/v1/respondents", { token: check.tokens.vcs, body: {} })).status).toBe(409);
    expect((await api("DELETE", `/api/v1/respondents/${respondents[0]!.id}`, { token: check.tokens.vcs })).status).toBe(
      409,
    );

    const lead = await api<{ status: string; answers: Record<string, { preferred: number }> }>(
      "GET",
      "/api/v1/answers",
      {
        token: check.tokens.vcs,
      },
    );
    expect(lead.body.status).toBe("submitted");
    expect(lead.body.answers[firstItem]?.preferred).toBe(3);
    expect(lead.body.answers[itemIds[1]!]?.preferred).toBe(1);

    const prime = completeAnswers("prime");
    await api("PUT", "/api/v1/answers", {
      token: check.tokens.prime,
      body: {
        answers: Object.fromEntries(Object.entries(prime.answers).map(([k, v]) => [k, toApiAnswer(v)])),
        facts: prime.facts,
      },
    });
    expect((await api("POST", "/api/v1/answers/submit", { token: check.tokens.prime })).status).toBe(200);

    const report = await api<{
      sides: Record<string, { respondents: number; spread?: Record<string, { positions: number[] }> }>;
      flags: Array<{ code: string; itemIds: string[]; side?: string }>;
    }>("GET", "/api/v1/report", { token: check.tokens.owner });
    expect(report.status).toBe(200);
    expect(report.body.sides.vcs?.respondents).toBe(3);
    expect(report.body.sides.prime?.respondents).toBe(1);
    expect(report.body.sides.vcs?.spread?.[firstItem]?.positions).toEqual([2, 0, 0, 1, 0]);
    expect(report.body.sides.prime?.spread).toBeUndefined();
    expect(report.body.flags).toContainEqual(
      expect.objectContaining({ code: "INTERNAL_DISAGREEMENT", itemIds: [firstItem], side: "vcs" }),
    );
  });

  test("a respondent submitting as the lead submits is either counted or refused, never lost", async () => {
    for (let round = 0; round < 4; round++) {
      const check = await apiCreateCheck();
      await saveFacts(check.tokens.vcs);
      const early = [await invite(check.tokens.vcs), await invite(check.tokens.vcs)];
      for (const r of early) await answerAndSubmit(r.token, () => at(2));
      const late = await invite(check.tokens.vcs);
      await api("PUT", "/api/v1/answers", { token: late.token, body: { answers: apiAnswers(() => at(5)) } });
      const [respondent, board] = await Promise.all([
        api("POST", "/api/v1/answers/submit", { token: late.token }),
        api("POST", "/api/v1/answers/submit", { token: check.tokens.vcs }),
      ]);
      expect(board.status).toBe(200);
      const side = await api<Side>("GET", "/api/v1/side", { token: check.tokens.vcs });
      // Counted if it got in first (then the side's answer includes it); refused with 409 if the side closed first.
      if (respondent.status === 200) expect(side.body.submitted).toBe(3);
      else {
        expect(respondent.status).toBe(409);
        expect(side.body.submitted).toBe(2);
      }
    }
  });

  test("a side with no respondents submits exactly as before", async () => {
    const check = await apiCreateCheck();
    const { answers, facts } = completeAnswers("vcs");
    await api("PUT", "/api/v1/answers", {
      token: check.tokens.vcs,
      body: { answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, toApiAnswer(v)])), facts },
    });
    expect((await api("POST", "/api/v1/answers/submit", { token: check.tokens.vcs })).status).toBe(200);
    const side = await api<Side>("GET", "/api/v1/side", { token: check.tokens.vcs });
    expect(side.body).toMatchObject({ submitted: 1, invited: 0, spread: null });
  });
});
