/**
 * Contract tests of the checks part of the API (app/api/openapi/checks.ts) against the real server: every
 * operation, its success and its errors, each response held to the served OpenAPI document
 * (tests/contract/support.ts).
 */
import { describe, expect, test } from "vitest";
import { checksDomain } from "~/api/openapi/checks";
import { completeAnswers, createClaimedCheck, submitBothSides, contractServer } from "./support";

const api = contractServer();

const answer = { preferred: 3, acceptable: [2, 3, 4], importance: "medium", redLine: false };

/** A partner search, made outside this domain's operations (they are the searches domain's), for /apply. */
async function partnerSearch() {
  const response = await fetch(`${api.server.url}/api/v1/searches`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: "Employability partners", primeName: "BigCo Services" }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { applyCode: string; tokens: { owner: string; prime: string } };
}

describe("the question bank", () => {
  test("the current bank, a published version, and an unknown one", async () => {
    expect((await api.call("GET", "/api/v1/questionnaire")).status).toBe(200);
    expect((await api.call("GET", "/api/v1/questionnaire/2")).status).toBe(200);
    expect((await api.call("GET", "/api/v1/questionnaire/99")).status).toBe(404);
  });
});

describe("creating a check and claiming its invitations", () => {
  test("created; invalid, not JSON and too large bodies refused; other methods are 405", async () => {
    const created = await api.call("POST", "/api/v1/checks", {
      body: { title: "Lot 1", vcsName: "Helping Hands", primeName: "BigCo", creatorSide: "vcs" },
    });
    expect(created.status).toBe(201);
    const invalid = await api.call<{ errors: Array<{ path: string }> }>("POST", "/api/v1/checks", {
      body: { vcsName: "" },
    });
    expect(invalid.status).toBe(422);
    expect(invalid.body.errors.map((e) => e.path)).toEqual(expect.arrayContaining(["title", "primeName"]));
    expect((await api.call("POST", "/api/v1/checks", { rawBody: "not json" })).status).toBe(400);
    const tooLarge = await api.call("POST", "/api/v1/checks", { rawBody: `{"title":"${"x".repeat(300_000)}"}` });
    expect(tooLarge.status).toBe(413);
    expect((await api.call("GET", "/api/v1/checks")).status).toBe(405);
    // A write another website's page started is refused before any route runs, as every write documents.
    const foreign = await api.call<{ errors: Array<{ message: string }> }>("POST", "/api/v1/checks", {
      body: { title: "Lot 1", vcsName: "Helping Hands", primeName: "BigCo" },
      headers: { "Sec-Fetch-Site": "cross-site" },
    });
    expect(foreign.status).toBe(403);
    expect(foreign.body.errors[0]!.message).toMatch(/another website/);
  });

  test("an invitation is claimed once; anything else is refused", async () => {
    const created = await api.call<{ tokens: { vcs: string } }>("POST", "/api/v1/checks", {
      body: { title: "Lot 3", vcsName: "Helping Hands", primeName: "BigCo" },
    });
    const invitation = created.body.tokens.vcs;
    const claimed = await api.call<{ role: string }>("POST", "/api/v1/invitations/claim", { token: invitation });
    expect(claimed.status).toBe(200);
    expect(claimed.body.role).toBe("vcs");
    expect((await api.call("POST", "/api/v1/invitations/claim", { token: invitation })).status).toBe(409);
    const unknown = await api.call("POST", "/api/v1/invitations/claim", { token: "not-a-token" });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect((await api.call("POST", "/api/v1/invitations/claim")).status).toBe(401);
  });
});

describe("a check answered, submitted and reported", () => {
  test("the whole of one check, with the refusals along the way", async () => {
    const check = await createClaimedCheck(api);
    const { vcs, prime, owner } = check.tokens;

    expect((await api.call("GET", "/api/v1/check", { token: owner })).status).toBe(200);
    expect((await api.call("GET", "/api/v1/check")).status).toBe(401);

    // Answers: the owner answers for no side.
    expect((await api.call("GET", "/api/v1/answers", { token: owner })).status).toBe(403);
    expect((await api.call("PUT", "/api/v1/answers", { token: owner, body: { answers: {} } })).status).toBe(403);
    const bad = await api.call("PUT", "/api/v1/answers", {
      token: vcs,
      body: { answers: { "brand-delivery": { ...answer, preferred: 9 } } },
    });
    expect(bad.status).toBe(422);
    const partial = await api.call<{ missing: string[] }>("PUT", "/api/v1/answers", {
      token: vcs,
      body: { answers: { "brand-delivery": answer }, facts: { reservesMonths: 6 } },
    });
    expect(partial.status).toBe(200);
    expect(partial.body.missing).not.toContain("brand-delivery");
    const given = await api.call<{ answers: Record<string, unknown> }>("GET", "/api/v1/answers", { token: vcs });
    expect(given.status).toBe(200);
    expect(Object.keys(given.body.answers)).toEqual(["brand-delivery"]);

    // Submitting too early lists what is missing.
    const early = await api.call<{ missing: string[] }>("POST", "/api/v1/answers/submit", { token: vcs });
    expect(early.status).toBe(422);
    expect(early.body.missing.length).toBeGreaterThan(0);
    expect((await api.call("POST", "/api/v1/answers/submit", { token: owner })).status).toBe(403);

    // The board of a side with no respondents.
    expect((await api.call("GET", "/api/v1/side", { token: vcs })).status).toBe(200);
    expect((await api.call("GET", "/api/v1/side", { token: owner })).status).toBe(403);

    // The report waits for both sides.
    const waiting = await api.call<{ sides: unknown }>("GET", "/api/v1/report", { token: owner });
    expect(waiting.status).toBe(409);
    expect(waiting.body.sides).toEqual({ vcs: { status: "in_progress" }, prime: { status: "not_started" } });

    await submitBothSides(api, { vcs, prime });
    expect((await api.call("POST", "/api/v1/answers/submit", { token: vcs })).status).toBe(409);
    const late = await api.call("PUT", "/api/v1/answers", {
      token: vcs,
      body: { answers: { "brand-delivery": answer } },
    });
    expect(late.status).toBe(409);

    const report = await api.call<{ checkId: string }>("GET", "/api/v1/report", { token: prime });
    expect(report.status).toBe(200);
    expect(report.body.checkId).toBe(check.id);
    expect((await api.call("GET", "/api/v1/report?candidate=someone", { token: owner })).status).toBe(422);
    expect((await api.call("GET", "/api/v1/report", { token: "nobody" })).status).toBe(401);
  });
});

describe("respondents", () => {
  test("a lead invites, lists and withdraws; a respondent answers and submits; the report shows the board", async () => {
    const check = await createClaimedCheck(api);
    const { vcs, prime, owner } = check.tokens;

    expect((await api.call("POST", "/api/v1/respondents", { token: owner, body: {} })).status).toBe(403);
    expect(
      (await api.call("POST", "/api/v1/respondents", { token: vcs, body: { label: "x".repeat(81) } })).status,
    ).toBe(422);
    const invited = await api.call<{ id: string; token: string }>("POST", "/api/v1/respondents", {
      token: vcs,
      body: { label: "Treasurer" },
    });
    expect(invited.status).toBe(201);
    const other = await api.call<{ id: string }>("POST", "/api/v1/respondents", { token: vcs, body: {} });
    expect(other.status).toBe(201);
    const listed = await api.call<{ respondents: Array<{ id: string; label: string | null }> }>(
      "GET",
      "/api/v1/respondents",
      { token: vcs },
    );
    expect(listed.status).toBe(200);
    expect(listed.body.respondents.map((r) => r.label)).toEqual(["Treasurer", null]);
    expect((await api.call("GET", "/api/v1/respondents", { token: owner })).status).toBe(403);

    expect((await api.call("DELETE", `/api/v1/respondents/${other.body.id}`, { token: vcs })).status).toBe(204);
    expect((await api.call("DELETE", `/api/v1/respondents/${other.body.id}`, { token: vcs })).status).toBe(404);
    expect((await api.call("GET", `/api/v1/respondents/${other.body.id}`, { token: vcs })).status).toBe(405);

    // The respondent claims the invitation and answers, as one person, with a note shared with the lead.
    const claimed = await api.call<{ token: string; role: string }>("POST", "/api/v1/invitations/claim", {
      token: invited.body.token,
    });
    expect(claimed.body.role).toBe("vcs-respondent");
    const respondent = claimed.body.token;
    const { answers } = await completeAnswers(api, "vcs");
    const shared = { ...answers, "brand-delivery": { ...answer, note: "Keep our name", shareNote: true } };
    expect((await api.call("PUT", "/api/v1/answers", { token: respondent, body: { answers: shared } })).status).toBe(
      200,
    );
    expect((await api.call("GET", "/api/v1/answers", { token: respondent })).status).toBe(200);
    expect((await api.call("GET", "/api/v1/check", { token: respondent })).status).toBe(403);
    expect((await api.call("POST", "/api/v1/answers/submit", { token: respondent })).status).toBe(200);
    expect((await api.call("DELETE", `/api/v1/respondents/${invited.body.id}`, { token: vcs })).status).toBe(409);

    const board = await api.call<{ sharedNotes: Record<string, string[]> }>("GET", "/api/v1/side", { token: vcs });
    expect(board.body.sharedNotes["brand-delivery"]).toEqual(["Keep our name"]);

    // The lead overrides one combined answer, with a reason, as it submits.
    const lead = await completeAnswers(api, "vcs");
    expect((await api.call("PUT", "/api/v1/answers", { token: vcs, body: lead })).status).toBe(200);
    const overridden = await api.call("POST", "/api/v1/answers/submit", {
      token: vcs,
      body: { overrides: { "brand-delivery": { ...answer, preferred: 2, reason: "Agreed by the board" } } },
    });
    expect(overridden.status).toBe(200);
    expect((await api.call("POST", "/api/v1/respondents", { token: vcs, body: {} })).status).toBe(409);

    const primeAnswers = await completeAnswers(api, "prime");
    expect((await api.call("PUT", "/api/v1/answers", { token: prime, body: primeAnswers })).status).toBe(200);
    expect(
      (await api.call("POST", "/api/v1/answers/submit", { token: prime, body: { overrides: { x: {} } } })).status,
    ).toBe(422);
    expect((await api.call("POST", "/api/v1/answers/submit", { token: prime, rawBody: "{" })).status).toBe(400);
    expect((await api.call("POST", "/api/v1/answers/submit", { token: prime })).status).toBe(200);
    const report = await api.call<{ sides?: { vcs: { respondents: number } } }>("GET", "/api/v1/report", {
      token: owner,
    });
    expect(report.status).toBe(200);
  });
});

describe("applying to a partner search, and withdrawing", () => {
  test("an applicant applies with the code and withdraws; an unknown code and a side of a check are refused", async () => {
    const search = await partnerSearch();
    const applied = await api.call<{ tokens: { vcs: string } }>("POST", "/api/v1/apply", {
      body: { code: search.applyCode, name: "Helping Hands", email: "bids@helping.example" },
    });
    expect(applied.status).toBe(201);
    const candidate = applied.body.tokens.vcs;
    const seen = await api.call<{ search?: { part: string } }>("GET", "/api/v1/check", { token: candidate });
    expect(seen.body.search?.part).toBe("candidate");
    expect((await api.call("DELETE", "/api/v1/answers", { token: candidate })).status).toBe(204);
    expect((await api.call("GET", "/api/v1/answers", { token: candidate })).status).toBe(401);

    const unknown = await api.call("POST", "/api/v1/apply", {
      body: { code: "00000-00000", name: "Helping Hands", email: "bids@helping.example" },
    });
    expect(unknown.status).toBe(404);
    expect((await api.call("POST", "/api/v1/apply", { body: { code: "" } })).status).toBe(422);
    const check = await createClaimedCheck(api);
    expect((await api.call("DELETE", "/api/v1/answers", { token: check.tokens.vcs })).status).toBe(403);
  });
});

describe("rate limits", () => {
  const limited = contractServer({ RATE_LIMIT_CHECKS_PER_MINUTE: "1" });
  test("a second check in the minute is 429 with Retry-After", async () => {
    const body = { title: "Lot 9", vcsName: "Helping Hands", primeName: "BigCo" };
    expect((await limited.call("POST", "/api/v1/checks", { body })).status).toBe(201);
    const refused = await limited.call("POST", "/api/v1/checks", { body });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("Retry-After"))).toBeGreaterThan(0);
  });
});

test("every checks operation was exercised, with a success and an error", () => {
  api.expectEveryOperationExercised(checksDomain);
});
