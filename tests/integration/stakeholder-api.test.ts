/**
 * Stakeholder reviews through the API (issue 20; docs/api.md, "Stakeholder reviews"), on both databases: the two
 * who run it each confirm through their own link before anyone is invited; stakeholders answer by invitation or
 * through their group's open link, each only their own answers; nobody, the commissioner and provider included,
 * reads one stakeholder's answers; results appear only once the review is closed, with no group below three, and
 * free text only for a group that reaches it.
 */
import { describe, expect, test } from "vitest";
import { currentStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import type { Agreement } from "~/domain/stakeholder/types";
import { api } from "./api-support";

const questionnaire = currentStakeholderQuestionnaire();
const ids = statementsOf(questionnaire).map((s) => s.id);

interface Created {
  id: string;
  tokens: { commissioner: string; provider: string };
  claimed: { commissioner: boolean; provider: boolean };
}
interface Review {
  confirmed: { commissioner: boolean; provider: boolean };
  groups: Array<{ id: string; name: string; invited: number; submitted: number; openLink: boolean }>;
  closedAt: string | null;
}
interface Results {
  threshold: number;
  counted: number;
  overall: { responses: number; statements: Array<{ statementId: string; mean: number | null }> } | null;
  groups: Array<{ id: string; name: string; shown: boolean; responses?: number; freeText?: Record<string, string[]> }>;
  levels: unknown;
  selfAssessment: Record<string, number | null> | null;
  selfText: Record<string, string> | null;
  divergence: Array<{ statementId: string; self: number | null; system: number | null; reasons: string[] }>;
}

const ratings = (value: Agreement | null) => Object.fromEntries(ids.map((id) => [id, value]));

async function claim(invitation: string) {
  const claimed = await api<{ token: string }>("POST", "/api/v1/invitations/claim", { token: invitation });
  expect(claimed.status).toBe(200);
  return claimed.body.token;
}

/** A review made by the commissioner, its provider's invitation claimed, and both confirmed. */
async function runningReview() {
  const created = await api<Created>("POST", "/api/v1/stakeholder-reviews", {
    body: {
      service: "Healthwatch Eastshire",
      providerName: "Eastshire Community Voice",
      commissionerName: "Eastshire County Council",
      createdBy: "commissioner",
      groups: ["GP practices", "Council officers", "Residents' representatives"],
    },
  });
  expect(created.status).toBe(201);
  expect(created.body.claimed).toEqual({ commissioner: true, provider: false });
  const commissioner = created.body.tokens.commissioner;
  const provider = await claim(created.body.tokens.provider);
  return { id: created.body.id, commissioner, provider };
}

async function invite(token: string, groupId: string, level: string, count: number) {
  const made = await api<{ tokens: string[]; links: string[] }>("POST", "/api/v1/stakeholder-review/invitations", {
    token,
    body: { groupId, level, count },
  });
  expect(made.status).toBe(201);
  return made.body.tokens;
}

async function answerAndSubmit(token: string, value: Agreement | null, text: Record<string, string> = {}) {
  const saved = await api("PUT", "/api/v1/stakeholder-review/answers", {
    token,
    body: { ratings: ratings(value), text },
  });
  expect(saved.status).toBe(200);
  const submitted = await api("POST", "/api/v1/stakeholder-review/answers/submit", { token });
  expect(submitted.status).toBe(200);
}

const reviewOf = async (token: string) => (await api<Review>("GET", "/api/v1/stakeholder-review", { token })).body;

describe("running a stakeholder review", () => {
  test("nobody is invited until both the commissioner and the provider have confirmed, each through its own link", async () => {
    const { commissioner, provider } = await runningReview();
    const before = await reviewOf(commissioner);
    expect(before.confirmed).toEqual({ commissioner: true, provider: false });
    const group = before.groups[0]!.id;
    const early = await api("POST", "/api/v1/stakeholder-review/invitations", {
      token: commissioner,
      body: { groupId: group, level: "operational", count: 2 },
    });
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain("must confirm");
    // The commissioner's confirming again does not stand in for the provider's.
    expect((await api("POST", "/api/v1/stakeholder-review/confirm", { token: commissioner })).status).toBe(200);
    expect((await reviewOf(commissioner)).confirmed.provider).toBe(false);
    expect((await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider })).status).toBe(200);
    expect((await reviewOf(provider)).confirmed).toEqual({ commissioner: true, provider: true });
    expect((await invite(commissioner, group, "operational", 2)).length).toBe(2);

    const bad = await api("POST", "/api/v1/stakeholder-review/invitations", {
      token: commissioner,
      body: { groupId: group, level: "sideways", count: 0 },
    });
    expect(bad.status).toBe(422);
    const unknownGroup = await api("POST", "/api/v1/stakeholder-review/invitations", {
      token: provider,
      body: { groupId: "nope", level: "strategic", count: 1 },
    });
    expect(unknownGroup.status).toBe(404);
  });

  test("a stakeholder answers only its own response; nobody else reads it; results wait for the close and keep the threshold", async () => {
    const { commissioner, provider } = await runningReview();
    await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider });
    const [gps, council, residents] = (await reviewOf(commissioner)).groups;

    // Seven stakeholders in three groups: three GPs (invited), three council officers (through the open link),
    // one residents' representative.
    const gpTokens = [
      ...(await invite(commissioner, gps!.id, "operational", 2)),
      ...(await invite(commissioner, gps!.id, "strategic", 1)),
    ];
    const gp = await Promise.all(gpTokens.map(claim));
    // An invitation opens nothing once claimed.
    expect((await api("POST", "/api/v1/invitations/claim", { token: gpTokens[0] })).status).toBe(409);
    const open = await api<{ token: string }>("POST", `/api/v1/stakeholder-review/groups/${council!.id}/open-link`, {
      token: provider,
    });
    expect(open.status).toBe(201);
    const councilTokens: string[] = [];
    for (const level of ["operational", "operational", "strategic"]) {
      const joined = await api<{ token: string }>("POST", "/api/v1/stakeholder-review/join", {
        token: open.body.token,
        body: { level },
      });
      expect(joined.status).toBe(201);
      councilTokens.push(joined.body.token);
    }
    const [resident] = await Promise.all((await invite(commissioner, residents!.id, "strategic", 1)).map(claim));

    // A stakeholder reads the questionnaire in its own words, and starts blank.
    const own = await api<{ questionnaire: { themes: Array<{ statements: Array<{ text: string }> }> } }>(
      "GET",
      "/api/v1/stakeholder-review/answers",
      { token: gp[0] },
    );
    expect(own.status).toBe(200);
    expect(own.body.questionnaire.themes[0]!.statements[0]!.text).toBe(
      questionnaire.themes[0]!.statements[0]!.stakeholder,
    );
    expect(own.body).toMatchObject({ answers: { ratings: {}, text: {} }, submittedAt: null });

    // Submitting with statements unanswered is refused, naming them; what was saved is kept.
    await api("PUT", "/api/v1/stakeholder-review/answers", {
      token: gp[0],
      body: { ratings: { [ids[0]!]: 4 } },
    });
    const early = await api<{ errors: Array<{ path: string }> }>("POST", "/api/v1/stakeholder-review/answers/submit", {
      token: gp[0],
    });
    expect(early.status).toBe(422);
    expect(early.body.errors.map((e) => e.path)).toEqual(ids.slice(1).map((id) => `ratings.${id}`));
    const kept = await api<{ answers: { ratings: Record<string, number> } }>(
      "GET",
      "/api/v1/stakeholder-review/answers",
      {
        token: gp[0],
      },
    );
    expect(kept.body.answers.ratings).toEqual({ [ids[0]!]: 4 });
    const unknown = await api("PUT", "/api/v1/stakeholder-review/answers", {
      token: gp[0],
      body: { ratings: { "no-such-statement": 3 } },
    });
    expect(unknown.status).toBe(422);

    await answerAndSubmit(gp[0]!, 2, { "change-service": "Visit practices more often" });
    await answerAndSubmit(gp[1]!, 2, { "change-service": "Answer emails sooner" });
    await answerAndSubmit(gp[2]!, null);
    for (const token of councilTokens) await answerAndSubmit(token, 4);
    await answerAndSubmit(resident!, 1, { "change-service": "Only one person in our group wrote this" });
    // The provider rates itself.
    await answerAndSubmit(provider, 5, { "change-own": "Tell us sooner\nwhen plans change" });

    // Submitted answers do not change.
    expect(
      (await api("PUT", "/api/v1/stakeholder-review/answers", { token: gp[1], body: { ratings: ratings(5) } })).status,
    ).toBe(409);
    // The commissioner cannot read anyone's answers, nor a stakeholder the review.
    expect((await api("GET", "/api/v1/stakeholder-review/answers", { token: commissioner })).status).toBe(403);
    expect((await api("GET", "/api/v1/stakeholder-review", { token: gp[0] })).status).toBe(403);
    expect((await api("GET", "/api/v1/stakeholder-review/results", { token: gp[0] })).status).toBe(403);

    const counts = await reviewOf(commissioner);
    expect(counts.groups.map((g) => [g.name, g.invited, g.submitted])).toEqual([
      ["GP practices", 3, 3],
      ["Council officers", 3, 3],
      ["Residents' representatives", 1, 1],
    ]);

    // Until it closes, no results: each new answer would show in them.
    const sealed = await api("GET", "/api/v1/stakeholder-review/results", { token: commissioner });
    expect(sealed.status).toBe(409);
    expect((await api("POST", "/api/v1/stakeholder-review/close", { token: provider })).status).toBe(403);
    expect((await api("POST", "/api/v1/stakeholder-review/close", { token: commissioner })).status).toBe(200);

    for (const token of [commissioner, provider]) {
      const { status, body } = await api<Results>("GET", "/api/v1/stakeholder-review/results", { token });
      expect(status).toBe(200);
      expect(body.threshold).toBe(3);
      expect(body.counted).toBe(6);
      expect(body.groups.map((g) => [g.name, g.shown, g.responses])).toEqual([
        ["GP practices", true, 3],
        ["Council officers", true, 3],
        ["Residents' representatives", false, undefined],
      ]);
      // The one residents' representative is nowhere: not its answers, not its words, not in the total.
      expect(JSON.stringify(body)).not.toContain("Only one person");
      expect(body.overall!.responses).toBe(6);
      // 2, 2, don't know (GPs) and 4, 4, 4 (council): 16 / 5.
      expect(body.overall!.statements[0]!.mean).toBe(3.2);
      expect(body.groups[0]!.freeText!["change-service"]).toEqual([
        "Answer emails sooner",
        "Visit practices more often",
      ]);
      // Operational 2 GPs + 2 officers, strategic 1 GP + 1 officer: below three, so neither level shows.
      expect(body.levels).toBeNull();
      expect(body.selfAssessment![ids[0]!]).toBe(5);
      // The provider's own words are the provider's, line break kept; the question it left blank is left out.
      expect(body.selfText).toEqual({ "change-own": "Tell us sooner\nwhen plans change" });
      expect(body.divergence[0]).toMatchObject({ self: 5, system: 3.2, reasons: ["self-higher", "groups-differ"] });
      // No individual response, and no link, anywhere in the results.
      expect(JSON.stringify(body)).not.toMatch(/token|tokenHash|responseId/);
    }

    // Closed: no more answers, no more invitations, and the open link starts nothing.
    expect(
      (await api("PUT", "/api/v1/stakeholder-review/answers", { token: councilTokens[0], body: { ratings: {} } }))
        .status,
    ).toBe(409);
    const late = await api("POST", "/api/v1/stakeholder-review/join", {
      token: open.body.token,
      body: { level: "strategic" },
    });
    expect(late.status).toBe(409);
  });

  test("an invitation not used before the review closed opens nothing afterwards, through the API as on the page", async () => {
    const { commissioner, provider } = await runningReview();
    await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider });
    const [gps] = (await reviewOf(commissioner)).groups;
    const [late] = await invite(commissioner, gps!.id, "operational", 1);
    expect((await api("POST", "/api/v1/stakeholder-review/close", { token: commissioner })).status).toBe(200);

    for (let attempt = 0; attempt < 2; attempt++) {
      const refused = await api<{ errors: Array<{ message: string }> }>("POST", "/api/v1/invitations/claim", {
        token: late,
      });
      // Both times "closed", never "claimed before": the refusal used nothing up.
      expect(refused.status).toBe(409);
      expect(refused.body.errors[0]!.message).toMatch(/review has closed/);
    }
    expect((await reviewOf(commissioner)).groups[0]).toMatchObject({ invited: 1, submitted: 0 });
  });

  test("a group's open link made again stops the old one; an open link is not a stakeholder's own", async () => {
    const { commissioner, provider } = await runningReview();
    await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider });
    const group = (await reviewOf(commissioner)).groups[0]!.id;
    const path = `/api/v1/stakeholder-review/groups/${group}/open-link`;
    const first = await api<{ token: string }>("POST", path, { token: commissioner });
    const second = await api<{ token: string }>("POST", path, { token: commissioner });
    expect(second.body.token).not.toBe(first.body.token);
    const stale = await api("POST", "/api/v1/stakeholder-review/join", {
      token: first.body.token,
      body: { level: "operational" },
    });
    expect(stale.status).toBe(401);
    expect((await api("GET", "/api/v1/stakeholder-review/answers", { token: second.body.token })).status).toBe(403);
    expect((await reviewOf(commissioner)).groups[0]!.openLink).toBe(true);
  });

  test("shared actions: who, what, by when, for the provider or another organisation; bad input refused", async () => {
    const { commissioner, provider } = await runningReview();
    const post = (token: string, body: unknown) =>
      api<{ id: string }>("POST", "/api/v1/stakeholder-review/actions", { token, body });
    const made = await post(commissioner, {
      forWhom: "system",
      who: "Eastshire GP Federation",
      what: "Share practice survey results with the service each quarter",
      dueOn: "2027-03-31",
      themeId: "listening",
    });
    expect(made.status).toBe(201);
    expect(
      (await post(provider, { forWhom: "provider", who: "The service", what: "Publish what changed" })).status,
    ).toBe(201);
    expect((await post(provider, { forWhom: "provider", who: "", what: "x" })).status).toBe(422);
    expect((await post(provider, { forWhom: "provider", who: "a", what: "b", dueOn: "2027-02-30" })).status).toBe(422);
    expect((await post(provider, { forWhom: "provider", who: "a", what: "b", themeId: "nothing" })).status).toBe(422);
    const listed = await api<{
      actions: Array<{ who: string; forWhom: string; recordedBy: string; dueOn: string | null }>;
    }>("GET", "/api/v1/stakeholder-review/actions", { token: provider });
    expect(listed.body.actions.map((a) => [a.forWhom, a.who, a.recordedBy, a.dueOn])).toEqual([
      ["system", "Eastshire GP Federation", "commissioner", "2027-03-31"],
      ["provider", "The service", "provider", null],
    ]);
    const removed = await api("DELETE", `/api/v1/stakeholder-review/actions/${made.body.id}`, { token: provider });
    expect(removed.status).toBe(204);
    expect(
      (await api("DELETE", `/api/v1/stakeholder-review/actions/${made.body.id}`, { token: provider })).status,
    ).toBe(404);
  });

  test("next year's review starts from a closed one, with the same groups, and the rounds are compared by theme", async () => {
    const { commissioner, provider } = await runningReview();
    await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider });
    expect((await api("POST", "/api/v1/stakeholder-review/rounds", { token: commissioner })).status).toBe(409);
    const gps = (await reviewOf(commissioner)).groups[0]!;
    for (const token of await Promise.all((await invite(commissioner, gps.id, "operational", 3)).map(claim))) {
      await answerAndSubmit(token, 2);
    }
    await api("POST", "/api/v1/stakeholder-review/close", { token: commissioner });
    const next = await api<{
      id: string;
      number: number;
      tokens: { commissioner: string; provider: string };
      claimed: unknown;
    }>("POST", "/api/v1/stakeholder-review/rounds", { token: commissioner });
    expect(next.status).toBe(201);
    expect(next.body.number).toBe(2);
    expect(next.body.claimed).toEqual({ commissioner: true, provider: false });
    expect((await api("POST", "/api/v1/stakeholder-review/rounds", { token: provider })).status).toBe(409);

    const second = next.body.tokens.commissioner;
    const year2 = await reviewOf(second);
    expect(year2.groups.map((g) => [g.name, g.invited])).toEqual([
      ["GP practices", 0],
      ["Council officers", 0],
      ["Residents' representatives", 0],
    ]);
    // The provider confirms again for the new year, through the new year's invitation.
    await api("POST", "/api/v1/stakeholder-review/confirm", { token: await claim(next.body.tokens.provider) });
    for (const token of await Promise.all((await invite(second, year2.groups[0]!.id, "strategic", 3)).map(claim))) {
      await answerAndSubmit(token, 4);
    }
    await api("POST", "/api/v1/stakeholder-review/close", { token: second });
    const trend = await api<{
      rounds: Array<{ number: number }>;
      trend: {
        overall: Array<{ themeId: string; means: number[] }>;
        groups: Array<{ name: string; themes: Array<{ means: unknown[] }> }>;
      };
    }>("GET", "/api/v1/stakeholder-review/rounds", { token: second });
    expect(trend.body.rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(trend.body.trend.overall[0]).toEqual({ themeId: questionnaire.themes[0]!.id, means: [2, 4] });
    expect(trend.body.trend.groups.map((g) => [g.name, g.themes[0]!.means])).toEqual([
      ["GP practices", [2, 4]],
      ["Council officers", [null, null]],
      ["Residents' representatives", [null, null]],
    ]);
  });

  test("a review's links open the review's pages, never a check's: the own link goes home, the invitation asks first", async () => {
    const created = await api<Created>("POST", "/api/v1/stakeholder-reviews", {
      body: { service: "Community anchor", providerName: "P", commissionerName: "C", createdBy: "provider" },
    });
    expect(created.status).toBe(201);
    const { loader } = await import("~/routes/i.$token");
    const { callLoader } = await import("./support");
    const own = await callLoader(loader, `/i/${created.body.tokens.provider}`, { token: created.body.tokens.provider });
    expect(own.status).toBe(303);
    expect(own.location).toBe(`/stakeholder-reviews/${created.body.id}`);
    // Opening the invitation claims nothing: it shows what accepting means.
    const invitation = created.body.tokens.commissioner;
    const shown = await callLoader(loader, `/i/${invitation}`, { token: invitation });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ state: "review-party", party: "commissioner", other: "P" });
    // The invitation is still good for the API.
    expect((await api("POST", "/api/v1/invitations/claim", { token: created.body.tokens.commissioner })).status).toBe(
      200,
    );
    // The suggested groups, when none are named.
    const review = await reviewOf(created.body.tokens.provider);
    expect(review.groups.map((g) => g.name)).toEqual([
      "NHS trusts",
      "GP practices",
      "Council officers",
      "Voluntary and community groups",
      "Residents' and patients' representatives",
    ]);
  });

  test("the commissioner deletes a review: every answer, word and link goes; next year's review stays", async () => {
    const { id, commissioner, provider } = await runningReview();
    await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider });
    const group = (await reviewOf(commissioner)).groups[0]!.id;
    const [stakeholder] = await Promise.all((await invite(commissioner, group, "operational", 2)).map(claim));
    await answerAndSubmit(stakeholder!, 3, { "change-service": "Words that must not outlive the review" });
    await api("POST", "/api/v1/stakeholder-review/actions", {
      token: provider,
      body: { forWhom: "provider", who: "Us", what: "Publish it" },
    });
    await api("POST", "/api/v1/stakeholder-review/close", { token: commissioner });
    const next = await api<{ id: string }>("POST", "/api/v1/stakeholder-review/rounds", { token: commissioner });

    expect((await api("DELETE", "/api/v1/stakeholder-review", { token: provider })).status).toBe(403);
    expect((await api("DELETE", "/api/v1/stakeholder-review", { token: stakeholder })).status).toBe(403);
    expect((await api("DELETE", "/api/v1/stakeholder-review", { token: commissioner })).status).toBe(204);
    for (const token of [commissioner, provider, stakeholder!]) {
      expect((await api("GET", "/api/v1/stakeholder-review/answers", { token })).status).toBe(401);
    }
    const { db, tables } = await import("~/db.server");
    const { eq } = await import("drizzle-orm");
    for (const [table, column] of [
      [tables.stakeholderReviews, tables.stakeholderReviews.checkId],
      [tables.stakeholderGroups, tables.stakeholderGroups.reviewId],
      [tables.stakeholderResponses, tables.stakeholderResponses.reviewId],
      [tables.stakeholderActions, tables.stakeholderActions.reviewId],
      [tables.accessTokens, tables.accessTokens.checkId],
      [tables.checks, tables.checks.id],
    ] as const) {
      expect(await db().select().from(table).where(eq(column, id))).toEqual([]);
    }
    const texts = await db().select().from(tables.stakeholderTexts);
    expect(JSON.stringify(texts)).not.toContain("must not outlive");
    const [kept] = await db()
      .select()
      .from(tables.stakeholderReviews)
      .where(eq(tables.stakeholderReviews.checkId, next.body.id));
    expect(kept).toMatchObject({ previousCheckId: null, number: 2 });
  });

  test("the models refuse a stakeholder's authority for what only the two who run a review do", async () => {
    const { id, commissioner } = await runningReview();
    const { closeReview, confirmReview, deleteStakeholderReview, startNextRound } =
      await import("~/models/stakeholder.server");
    const { hashToken } = await import("~/models/tokens.server");
    const { sealKeys } = await import("~/access/session.server");
    const stakeholder = { checkId: id, role: "stakeholder" as const, tokenHash: hashToken(commissioner) };
    expect((await confirmReview(stakeholder)).status).toBe("unauthorised");
    expect((await closeReview(stakeholder)).status).toBe("unauthorised");
    expect((await deleteStakeholderReview(stakeholder)).status).toBe("unauthorised");
    expect((await startNextRound(stakeholder, await sealKeys())).status).toBe("unauthorised");
    expect((await reviewOf(commissioner)).confirmed.provider).toBe(false);
  });
});
