/**
 * Contract tests of stakeholder reviews (app/api/openapi/stakeholder-reviews.ts) against the real server: one
 * review from creation to next year's, with the refusals along the way, each response held to the served OpenAPI
 * document (tests/contract/support.ts). Three stakeholders answer for one group (the threshold), one joins another
 * group from its open link and does not finish, so the results show one group and hide the other.
 */
import { describe, expect, test } from "vitest";
import { stakeholderReviewsDomain } from "~/api/openapi/stakeholder-reviews";
import { contractServer } from "./support";
import { expectUndocumentedMethodsRefused } from "./undocumented-methods";

const api = contractServer();

type Parties = { commissioner: string; provider: string };
type Review = { id: string; groups: Array<{ id: string; name: string; invited: number; submitted: number }> };
type OwnAnswers = { questionnaire: { themes: Array<{ id: string; statements: Array<{ id: string }> }> } };

const NEW_REVIEW = {
  service: "Healthwatch Eastshire",
  providerName: "Eastshire Community Voice",
  commissionerName: "Eastshire County Council",
  createdBy: "commissioner",
  groups: ["GP practices", "Council officers"],
};

/** Claims an invitation through the usual claim: the caller's own token. */
async function claim(invitation: string) {
  const claimed = await api.call<{ token: string; role: string }>("POST", "/api/v1/invitations/claim", {
    token: invitation,
  });
  expect(claimed.status).toBe(200);
  return claimed.body;
}

/** Every statement rated `rating`, and the answers submitted. */
async function answerAll(token: string, rating: number) {
  const own = await api.call<OwnAnswers>("GET", "/api/v1/stakeholder-review/answers", { token });
  expect(own.status).toBe(200);
  const ids = own.body.questionnaire.themes.flatMap((t) => t.statements.map((s) => s.id));
  const ratings = Object.fromEntries(ids.map((id, n) => [id, n === 0 ? null : rating]));
  const saved = await api.call("PUT", "/api/v1/stakeholder-review/answers", {
    token,
    body: { ratings, text: { "change-service": "Report back to us sooner" } },
  });
  expect(saved.status).toBe(200);
  expect((await api.call("POST", "/api/v1/stakeholder-review/answers/submit", { token })).status).toBe(200);
  return { ids, themeIds: own.body.questionnaire.themes.map((t) => t.id) };
}

describe("a stakeholder review from creation to next year's", () => {
  test("create, confirm, invite, answer, close, read the results, record actions, start round 2, delete", async () => {
    // Creating: refusals, then the review with the commissioner's token and the provider's invitation.
    const invalid = await api.call<{ errors: Array<{ path: string }> }>("POST", "/api/v1/stakeholder-reviews", {
      body: { ...NEW_REVIEW, service: "", createdBy: "funder" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["service", "createdBy"]));
    expect((await api.call("POST", "/api/v1/stakeholder-reviews", { rawBody: "nope" })).status).toBe(400);
    const created = await api.call<{ id: string; tokens: Parties; claimed: Parties }>(
      "POST",
      "/api/v1/stakeholder-reviews",
      { body: NEW_REVIEW },
    );
    expect(created.status).toBe(201);
    const commissioner = created.body.tokens.commissioner;
    expect((await api.call("GET", "/api/v1/stakeholder-review", { token: created.body.tokens.provider })).status).toBe(
      401,
    );
    const review = await api.call<Review>("GET", "/api/v1/stakeholder-review", { token: commissioner });
    expect(review.status).toBe(200);
    const [gps, council] = review.body.groups;

    // Nobody is invited before both have confirmed.
    const invite = { groupId: gps!.id, level: "operational", count: 3 };
    const early = await api.call("POST", "/api/v1/stakeholder-review/invitations", {
      token: commissioner,
      body: invite,
    });
    expect(early.status).toBe(409);
    const earlyLink = `/api/v1/stakeholder-review/groups/${council!.id}/open-link`;
    expect((await api.call("POST", earlyLink, { token: commissioner })).status).toBe(409);
    const provider = (await claim(created.body.tokens.provider)).token;
    expect((await api.call("POST", "/api/v1/stakeholder-review/confirm")).status).toBe(401);
    const confirmed = await api.call<{ confirmed: Parties }>("POST", "/api/v1/stakeholder-review/confirm", {
      token: provider,
    });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.confirmed).toEqual({ commissioner: true, provider: true });

    // Invitations and an open link: refusals, then made.
    const badInvite = await api.call("POST", "/api/v1/stakeholder-review/invitations", {
      token: provider,
      body: { ...invite, count: 0, level: "board" },
    });
    expect(badInvite.status).toBe(422);
    const noGroup = await api.call("POST", "/api/v1/stakeholder-review/invitations", {
      token: provider,
      body: { ...invite, groupId: "no-such-group" },
    });
    expect(noGroup.status).toBe(404);
    const invited = await api.call<{ tokens: string[] }>("POST", "/api/v1/stakeholder-review/invitations", {
      token: provider,
      body: invite,
    });
    expect(invited.status).toBe(201);
    expect(invited.body.tokens).toHaveLength(3);
    expect(
      (await api.call("POST", "/api/v1/stakeholder-review/groups/no-such-group/open-link", { token: provider })).status,
    ).toBe(404);
    const openLink = await api.call<{ token: string }>("POST", earlyLink, { token: commissioner });
    expect(openLink.status).toBe(201);

    // Joining from the open link: only the open link joins, at a known level.
    const join = "/api/v1/stakeholder-review/join";
    expect((await api.call("POST", join, { token: commissioner, body: { level: "strategic" } })).status).toBe(403);
    expect((await api.call("POST", join, { token: openLink.body.token, body: { level: "board" } })).status).toBe(422);
    const joined = await api.call<{ token: string }>("POST", join, {
      token: openLink.body.token,
      body: { level: "strategic" },
    });
    expect(joined.status).toBe(201);

    // Answering: the commissioner reads no answers; unknown statements and incomplete submissions are refused.
    const answers = "/api/v1/stakeholder-review/answers";
    expect((await api.call("GET", answers, { token: commissioner })).status).toBe(403);
    const unknownStatement = await api.call<{ errors: Array<{ path: string }> }>("PUT", answers, {
      token: joined.body.token,
      body: { ratings: { "no-such-statement": 3 } },
    });
    expect(unknownStatement.status).toBe(422);
    expect(unknownStatement.body.errors[0]!.path).toBe("ratings.no-such-statement");
    expect((await api.call("PUT", answers, { token: joined.body.token, rawBody: "{" })).status).toBe(400);
    const incomplete = await api.call("POST", `${answers}/submit`, { token: joined.body.token });
    expect(incomplete.status).toBe(422);
    let statements: { ids: string[]; themeIds: string[] } | undefined;
    for (const invitation of invited.body.tokens) {
      const me = await claim(invitation);
      expect(me.role).toBe("stakeholder");
      statements = await answerAll(me.token, 4);
      expect((await api.call("POST", `${answers}/submit`, { token: me.token })).status).toBe(409);
      expect((await api.call("PUT", answers, { token: me.token, body: { ratings: {} } })).status).toBe(409);
    }
    await answerAll(provider, 5);

    // Results only once closed, and only the commissioner closes.
    const results = "/api/v1/stakeholder-review/results";
    expect((await api.call("GET", results, { token: provider })).status).toBe(409);
    expect((await api.call("POST", "/api/v1/stakeholder-review/close", { token: provider })).status).toBe(403);
    const closed = await api.call<{ closedAt: string | null }>("POST", "/api/v1/stakeholder-review/close", {
      token: commissioner,
    });
    expect(closed.status).toBe(200);
    expect(closed.body.closedAt).not.toBeNull();
    expect((await api.call("POST", earlyLink, { token: commissioner })).status).toBe(409);
    const lateJoin = await api.call("POST", join, { token: openLink.body.token, body: { level: "strategic" } });
    expect(lateJoin.status).toBe(409);
    const read = await api.call<{ counted: number; groups: Array<{ name: string; shown: boolean }> }>("GET", results, {
      token: provider,
    });
    expect(read.status).toBe(200);
    expect(read.body.counted).toBe(3);
    expect(read.body.groups.map((g) => [g.name, g.shown])).toEqual([
      ["GP practices", true],
      ["Council officers", false],
    ]);
    expect((await api.call("GET", results, { token: joined.body.token })).status).toBe(403);

    // Shared actions.
    const actions = "/api/v1/stakeholder-review/actions";
    const badAction = await api.call<{ errors: Array<{ path: string }> }>("POST", actions, {
      token: provider,
      body: { forWhom: "everyone", who: "", what: "Meet", dueOn: "2027-02-30" },
    });
    expect(badAction.status).toBe(422);
    expect(badAction.body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["forWhom", "who", "dueOn"]));
    const unknownTheme = await api.call("POST", actions, {
      token: provider,
      body: { forWhom: "provider", who: "The service", what: "Visit practices", themeId: "no-such-theme" },
    });
    expect(unknownTheme.status).toBe(422);
    const added = await api.call<{ id: string }>("POST", actions, {
      token: commissioner,
      body: {
        forWhom: "system",
        who: "Eastshire GP Federation",
        what: "Share the practices' feedback each quarter",
        dueOn: "2027-03-31",
        themeId: statements!.themeIds[0],
      },
    });
    expect(added.status).toBe(201);
    const listed = await api.call<{ actions: Array<{ id: string }> }>("GET", actions, { token: provider });
    expect(listed.status).toBe(200);
    expect(listed.body.actions.map((a) => a.id)).toEqual([added.body.id]);
    expect((await api.call("GET", actions, { token: joined.body.token })).status).toBe(403);
    expect((await api.call("DELETE", `${actions}/no-such-action`, { token: provider })).status).toBe(404);
    expect((await api.call("DELETE", `${actions}/${added.body.id}`, { token: provider })).status).toBe(204);
    expect((await api.call("GET", `${actions}/${added.body.id}`, { token: provider })).status).toBe(405);

    // Next year's review: from a closed one, once.
    const rounds = "/api/v1/stakeholder-review/rounds";
    const next = await api.call<{ id: string; number: number; tokens: Parties }>("POST", rounds, { token: provider });
    expect(next.status).toBe(201);
    expect(next.body.number).toBe(2);
    const twice = await api.call<{ next: { id: string } }>("POST", rounds, { token: commissioner });
    expect(twice.status).toBe(409);
    expect(twice.body.next.id).toBe(next.body.id);
    const stillOpen = await api.call("POST", rounds, { token: next.body.tokens.provider });
    expect(stillOpen.status).toBe(409);
    const trend = await api.call<{
      rounds: Array<{ number: number }>;
      trend: { overall: Array<{ means: unknown[] }> };
    }>("GET", rounds, { token: next.body.tokens.provider });
    expect(trend.status).toBe(200);
    expect(trend.body.rounds.map((r) => r.number)).toEqual([1, 2]);
    expect(trend.body.trend.overall[0]!.means[1]).toBeNull();
    expect((await api.call("GET", rounds, { token: joined.body.token })).status).toBe(403);

    // Deleting: the commissioner only; afterwards every token of the review is unknown.
    expect((await api.call("DELETE", "/api/v1/stakeholder-review", { token: provider })).status).toBe(403);
    expect((await api.call("DELETE", "/api/v1/stakeholder-review", { token: commissioner })).status).toBe(204);
    expect((await api.call("GET", "/api/v1/stakeholder-review", { token: commissioner })).status).toBe(401);
    expect((await api.call("GET", answers, { token: provider })).status).toBe(401);
    expect((await api.call("PUT", "/api/v1/stakeholder-review", { token: provider })).status).toBe(405);
  });
});

test("a method a path does not document is 405, naming the documented ones", async () => {
  await expectUndocumentedMethodsRefused(api, stakeholderReviewsDomain);
});

test("every stakeholder review operation was exercised", () => {
  api.expectEveryOperationExercised(stakeholderReviewsDomain);
});
