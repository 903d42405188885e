/**
 * Contract tests of the joint review, the draft heads of terms and check-ups (app/api/openapi/review.ts, terms.ts,
 * rounds.ts) against the real server: every operation, its success and its errors, each response held to the
 * served OpenAPI document (tests/contract/support.ts). One check raises a dealbreaker on the bank's first question
 * (red lines in conflict) and a gap on its second, so the review has two flags to work on.
 */
import { describe, expect, test } from "vitest";
import { reviewDomain } from "~/api/openapi/review";
import { roundsDomain } from "~/api/openapi/rounds";
import { DOCX_TYPE, termsDomain } from "~/api/openapi/terms";
import { completeAnswers, contractServer, createClaimedCheck, submitBothSides } from "./support";
import { expectUndocumentedMethodsRefused } from "./undocumented-methods";

const api = contractServer();

type Tokens = { owner: string; vcs: string; prime: string };
type Outcome = { flagKey: string; code: string; confirmed: boolean; proposed?: { revision: number } };

/** Both sides answer, far apart on the first two questions, and submit. */
async function submitFlagged(tokens: Tokens) {
  for (const side of ["vcs", "prime"] as const) {
    const body = await completeAnswers(api, side);
    const [first, second] = Object.keys(body.answers);
    const far =
      side === "vcs"
        ? { preferred: 1, acceptable: [1, 2], importance: "high", redLine: true }
        : { preferred: 5, acceptable: [4, 5], importance: "high", redLine: false };
    const gap =
      side === "vcs"
        ? { preferred: 1, acceptable: [1, 2], importance: "high", redLine: false }
        : { preferred: 4, acceptable: [4, 5], importance: "high", redLine: false };
    const answers = { ...body.answers, [first!]: far, [second!]: gap };
    expect((await api.call("PUT", "/api/v1/answers", { token: tokens[side], body: { ...body, answers } })).status).toBe(
      200,
    );
    expect((await api.call("POST", "/api/v1/answers/submit", { token: tokens[side] })).status).toBe(200);
  }
}

const path = (flagKey: string, rest = "") => `/api/v1/review/${encodeURIComponent(flagKey)}${rest}`;

describe("before both sides have submitted", () => {
  test("the review, its outcomes and the heads of terms are 409; check-ups cannot start", async () => {
    const { tokens } = await createClaimedCheck(api);
    const review = await api.call<{ sides: { vcs: { status: string } } }>("GET", "/api/v1/review", {
      token: tokens.owner,
    });
    expect(review.status).toBe(409);
    expect(review.body.sides.vcs.status).toBe("not_started");
    const key = "VALUES_CONFLICT:service-purpose:";
    expect((await api.call("GET", path(key), { token: tokens.vcs })).status).toBe(409);
    expect((await api.call("PUT", path(key), { token: tokens.vcs, body: { kind: "open" } })).status).toBe(409);
    expect((await api.call("POST", path(key, "/confirm"), { token: tokens.prime })).status).toBe(409);
    expect((await api.call("GET", "/api/v1/terms", { token: tokens.prime })).status).toBe(409);
    expect((await api.call("GET", "/api/v1/terms.docx", { token: tokens.prime })).status).toBe(409);
    const start = await api.call("POST", "/api/v1/rounds", { token: tokens.owner, body: { occasion: "6-months" } });
    expect(start.status).toBe(409);
    const rounds = await api.call<{ rounds: Array<{ number: number; verdict?: unknown }> }>("GET", "/api/v1/rounds", {
      token: tokens.vcs,
    });
    expect(rounds.status).toBe(200);
    expect(rounds.body.rounds).toEqual([expect.objectContaining({ number: 1, occasion: null })]);
    expect(rounds.body.rounds[0]!.verdict).toBeUndefined();
  });
});

describe("a completed check's joint review, heads of terms and check-up", () => {
  test("propose, confirm, draft the terms, start round 2 and compare it", async () => {
    const { tokens } = await createClaimedCheck(api);
    await submitFlagged(tokens);

    const review = await api.call<{ outcomes: Outcome[]; revised: { verdict: { code: string } } }>(
      "GET",
      "/api/v1/review",
      { token: tokens.owner },
    );
    expect(review.status).toBe(200);
    expect(review.body.revised.verdict.code).toBe("RED_LINES");
    expect((await api.call("GET", "/api/v1/review")).status).toBe(401);
    const dealbreaker = review.body.outcomes.find((o) => o.code !== "INTERNAL_DISAGREEMENT")!;
    const other = review.body.outcomes.find((o) => o.flagKey !== dealbreaker.flagKey)!;
    expect(other).toBeDefined();

    // One flag's outcome; a key the report does not raise.
    expect((await api.call("GET", path(dealbreaker.flagKey), { token: tokens.prime })).status).toBe(200);
    const unknown = await api.call<{ errors: Array<{ path: string }> }>("GET", path("NO_SUCH:flag:"), {
      token: tokens.prime,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0]!.path).toBe("flagKey");

    // Proposing: the owner only reads; bodies that are not JSON, or not a proposal, are refused.
    const proposal = { kind: "open", reason: "The brand is still to settle" };
    expect((await api.call("PUT", path(dealbreaker.flagKey), { token: tokens.owner, body: proposal })).status).toBe(
      403,
    );
    expect((await api.call("PUT", path(dealbreaker.flagKey), { token: tokens.vcs, rawBody: "{" })).status).toBe(400);
    const invalid = await api.call<{ errors: Array<{ path: string }> }>("PUT", path(dealbreaker.flagKey), {
      token: tokens.vcs,
      body: { kind: "maybe", colour: "red" },
    });
    expect(invalid.status).toBe(422);
    expect((await api.call("PUT", path("NO_SUCH:flag:"), { token: tokens.vcs, body: proposal })).status).toBe(404);
    const proposed = await api.call<Outcome>("PUT", path(dealbreaker.flagKey), { token: tokens.vcs, body: proposal });
    expect(proposed.status).toBe(200);
    expect(proposed.body.proposed?.revision).toBe(1);

    // Confirming: not one's own; not a revision that has moved on; nothing proposed yet; then the other side.
    const confirm = path(dealbreaker.flagKey, "/confirm");
    expect((await api.call("POST", confirm, { token: tokens.vcs })).status).toBe(403);
    const stale = await api.call<{ outcome: Outcome }>("POST", confirm, {
      token: tokens.prime,
      body: { revision: 7 },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.outcome.proposed?.revision).toBe(1);
    expect((await api.call("POST", confirm, { token: tokens.prime, body: { revision: "one" } })).status).toBe(422);
    expect((await api.call("POST", confirm, { token: tokens.prime, rawBody: "not json" })).status).toBe(400);
    expect((await api.call("POST", path(other.flagKey, "/confirm"), { token: tokens.prime })).status).toBe(409);
    expect((await api.call("POST", path("NO_SUCH:flag:", "/confirm"), { token: tokens.prime })).status).toBe(404);
    const confirmed = await api.call<Outcome>("POST", confirm, { token: tokens.prime, body: { revision: 1 } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.confirmed).toBe(true);
    const again = await api.call<Outcome>("POST", confirm, { token: tokens.prime });
    expect(again.status).toBe(200);

    // The heads of terms, as JSON and as a Word document.
    const terms = await api.call<{ open: Array<{ flagKey: string }> }>("GET", "/api/v1/terms", { token: tokens.vcs });
    expect(terms.status).toBe(200);
    expect(terms.body.open.map((o) => o.flagKey)).toContain(dealbreaker.flagKey);
    const docx = await api.call("GET", "/api/v1/terms.docx", { token: tokens.owner });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("Content-Type")).toBe(DOCX_TYPE);
    expect(docx.headers.get("Content-Disposition")).toMatch(/^attachment; filename="heads-of-terms-.*\.docx"$/);
    expect((await api.call("GET", "/api/v1/terms", { token: "not-a-token" })).status).toBe(401);
    expect((await api.call("GET", "/api/v1/terms.docx")).status).toBe(401);

    // A check-up: only the owner starts it, for a known occasion, and only once from this round.
    expect(
      (await api.call("POST", "/api/v1/rounds", { token: tokens.vcs, body: { occasion: "renewal" } })).status,
    ).toBe(403);
    expect((await api.call("POST", "/api/v1/rounds", { token: tokens.owner, body: { occasion: "soon" } })).status).toBe(
      422,
    );
    expect((await api.call("POST", "/api/v1/rounds", { token: tokens.owner, rawBody: "[" })).status).toBe(400);
    const started = await api.call<{ id: string; number: number; previousId: string; tokens: Tokens }>(
      "POST",
      "/api/v1/rounds",
      { token: tokens.owner, body: { occasion: "12-months" } },
    );
    expect(started.status).toBe(201);
    expect(started.body.number).toBe(2);
    const twice = await api.call<{ next: { id: string } }>("POST", "/api/v1/rounds", {
      token: tokens.owner,
      body: { occasion: "12-months" },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.next.id).toBe(started.body.id);

    // Round 2 answered (the middle everywhere) and submitted: the comparison appears, the dealbreaker cleared.
    const round2 = { ...started.body.tokens };
    for (const side of ["vcs", "prime"] as const) {
      const claimed = await api.call<{ token: string }>("POST", "/api/v1/invitations/claim", { token: round2[side] });
      round2[side] = claimed.body.token;
    }
    await submitBothSides(api, round2);
    const rounds = await api.call<{
      rounds: Array<{ number: number; occasion: string | null }>;
      comparison: { cleared: Array<{ key: string }> };
    }>("GET", "/api/v1/rounds", { token: round2.owner });
    expect(rounds.status).toBe(200);
    expect(rounds.body.rounds.map((r) => [r.number, r.occasion])).toEqual([
      [1, null],
      [2, "12-months"],
    ]);
    expect(rounds.body.comparison.cleared.map((c) => c.key)).toContain(dealbreaker.flagKey);
    expect((await api.call("GET", "/api/v1/rounds", { token: "not-a-token" })).status).toBe(401);
  });

  test("a partner search's checks have no joint review, heads of terms or check-ups", async () => {
    const created = await fetch(`${api.server.url}/api/v1/searches`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title: "Employability partners", primeName: "BigCo Services" }),
    });
    expect(created.status).toBe(201);
    const token = ((await created.json()) as { tokens: { prime: string } }).tokens.prime;
    for (const path of ["/api/v1/review", "/api/v1/terms", "/api/v1/rounds"]) {
      const refused = await api.call<{ errors: Array<{ message: string }> }>("GET", path, { token });
      expect(refused.status, path).toBe(409);
      expect(refused.body.errors[0]!.message, path).toMatch(/partner search/);
    }
  });

  test("a stakeholder review's token is 403 on a check's review, terms and rounds", async () => {
    const created = await fetch(`${api.server.url}/api/v1/stakeholder-reviews`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({
        service: "Healthwatch Eastshire",
        providerName: "Eastshire Community Voice",
        commissionerName: "Eastshire County Council",
        createdBy: "commissioner",
      }),
    });
    const token = ((await created.json()) as { tokens: { commissioner: string } }).tokens.commissioner;
    expect((await api.call("GET", "/api/v1/review", { token })).status).toBe(403);
    expect((await api.call("GET", path("VALUES_CONFLICT:service-purpose:"), { token })).status).toBe(403);
    expect((await api.call("GET", "/api/v1/terms", { token })).status).toBe(403);
    expect((await api.call("GET", "/api/v1/terms.docx", { token })).status).toBe(403);
    expect((await api.call("GET", "/api/v1/rounds", { token })).status).toBe(403);
    expect((await api.call("DELETE", "/api/v1/rounds", { token })).status).toBe(405);
    expect((await api.call("POST", "/api/v1/review", { token })).status).toBe(405);
  });
});

test("a method a path does not document is 405, naming the documented ones", async () => {
  for (const domain of [reviewDomain, termsDomain, roundsDomain]) await expectUndocumentedMethodsRefused(api, domain);
});

test("every operation of the review, terms and rounds was exercised", () => {
  api.expectEveryOperationExercised(reviewDomain);
  api.expectEveryOperationExercised(termsDomain);
  api.expectEveryOperationExercised(roundsDomain);
});
