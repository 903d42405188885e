/**
 * Check-ups (issue 19; docs/method.md, "Check-ups"; docs/api.md, "Check-ups"): the owner starts the next round of a
 * completed check, once; each side's answers to the questions start from its last round's and its figures are
 * asked again; the rounds are compared once both are complete (never before: the seal), on one bank and across
 * bank versions, where what only one round asked is listed as not compared. Through the API, the models and the
 * pages' real loaders and actions, on both databases.
 */
import { describe, expect, test } from "vitest";
import { flagKey } from "~/domain/flags";
import { currentQuestionnaire, getQuestionnaire } from "~/domain/questionnaires";
import type { RoundComparison } from "~/domain/round-comparison";
import type { Answer, Side } from "~/domain/types";
import { sealKeys } from "~/access/session.server";
import { getCheckSummary } from "~/models/check.server";
import { getReport } from "~/models/report.server";
import { getSideAnswers } from "~/models/response.server";
import { startRound } from "~/models/round.server";
import * as ownerHome from "~/routes/checks.$checkId._index";
import * as roundsRoute from "~/routes/checks.$checkId.$side.rounds";
import * as ownerRounds from "~/routes/checks.$checkId.rounds";
import { api } from "./api-support";
import { answerAndSubmit, completedCheck, flaggedAnswer, itemIdsOf } from "./review-support";
import { callAction, callLoader, checkWithSessions, openLink, sideAuthority } from "./support";

interface Started {
  id: string;
  number: number;
  previousId: string;
  tokens: Record<"owner" | Side, string>;
  links: Record<"owner" | Side, string>;
}
interface Rounds {
  rounds: Array<{ id: string; number: number; occasion: string | null; verdict?: { code: string }; overall?: number }>;
  comparison?: RoundComparison;
}

/** Round 2's answers: the first two questions now meet at 2 (the dealbreakers clear); the rest as in round 1. */
const settled =
  (version: string, side: Side) =>
  (itemId: string): Answer => {
    const questionnaire = getQuestionnaire(version)!;
    const n = itemIdsOf(questionnaire).indexOf(itemId);
    if (n === 0 || n === 1) return { preferred: 2, acceptable: { min: 2, max: 3 }, importance: "high", redLine: false };
    return flaggedAnswer(questionnaire, side, itemId);
  };

/** Claims both of a new round's invitations through the API (as a side's browser or client would). */
async function claimBoth(started: Pick<Started, "tokens">) {
  for (const side of ["vcs", "prime"] as const) {
    const claimed = await api("POST", "/api/v1/invitations/claim", { token: started.tokens[side] });
    expect(claimed.status).toBe(200);
  }
}

const startThroughApi = (ownerToken: string, occasion = "12-months") =>
  api<Started>("POST", "/api/v1/rounds", { token: ownerToken, body: { occasion } });

describe("POST /api/v1/rounds", () => {
  test("starts the next round once, for the owner of a completed check only", async () => {
    const check = await checkWithSessions();
    await answerAndSubmit(check.id, "vcs");
    const early = await startThroughApi(check.tokens.owner);
    expect(early.status).toBe(409);
    expect(JSON.stringify(early.body)).toContain("both sides must submit first");
    await answerAndSubmit(check.id, "prime");

    for (const side of ["vcs", "prime"] as const) {
      expect((await startThroughApi(check.tokens[side])).status).toBe(403);
    }
    const bad = await api("POST", "/api/v1/rounds", { token: check.tokens.owner, body: { occasion: "next-week" } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(bad.body)).toContain("Say when this check-up is");

    const started = await api<Started & { claimed: Record<Side, boolean> }>("POST", "/api/v1/rounds", {
      token: check.tokens.owner,
      body: { occasion: "12-months", creatorSide: "prime" },
    });
    expect(started.status).toBe(201);
    // The owner answers for the prime itself: its own link for round 2, and an invitation for the organisation.
    expect(started.body.claimed).toEqual({ vcs: false, prime: true });
    expect((await api("GET", "/api/v1/side", { token: started.body.tokens.prime })).status).toBe(200);
    expect(started.body).toMatchObject({ number: 2, previousId: check.id });
    expect(started.body.id).not.toBe(check.id);
    expect(started.body.links.vcs).toMatch(/\/i\/[A-Za-z0-9_-]{32,}$/);

    const again = await startThroughApi(check.tokens.owner, "renewal");
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ next: { id: started.body.id } });

    // Both rounds list the chain; only the complete one shows a verdict, and nothing compares yet.
    for (const token of [check.tokens.owner, check.tokens.vcs, started.body.tokens.owner]) {
      const listed = await api<Rounds>("GET", "/api/v1/rounds", { token });
      expect(listed.status).toBe(200);
      expect(listed.body.rounds.map((r) => [r.number, r.occasion])).toEqual([
        [1, null],
        [2, "12-months"],
      ]);
      expect(listed.body.rounds[0]!.verdict?.code).toBe("RED_LINES");
      expect(listed.body.rounds[1]!.verdict).toBeUndefined();
      expect(listed.body.comparison).toBeUndefined();
    }
  });

  test("two starts at the same moment make one round", async () => {
    const check = await completedCheck();
    const previous = (await getCheckSummary(check.id))!;
    const authority = await sideAuthority(check.id, "owner");
    const keys = await sealKeys();
    const results = await Promise.all([
      startRound({ authority, previous, occasion: "6-months" }, keys),
      startRound({ authority, previous, occasion: "renewal" }, keys),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["exists", "started"]);
  });
});

describe("a new round", () => {
  test("starts from each side's answers to the questions, notes included, with the figures asked again", async () => {
    const check = await checkWithSessions();
    await answerAndSubmit(check.id, "vcs");
    await answerAndSubmit(check.id, "prime");
    const started = (await startThroughApi(check.tokens.owner)).body;
    const before = (await getCheckSummary(check.id))!;
    const after = (await getCheckSummary(started.id))!;
    expect(after.questionnaireVersion).toBe(currentQuestionnaire().version);
    for (const side of ["vcs", "prime"] as const) {
      const was = await getSideAnswers(before.sides[side].responseId);
      const now = await getSideAnswers(after.sides[side].responseId);
      expect(Object.keys(now.answers).sort()).toEqual(Object.keys(was.answers).sort());
      for (const [id, answer] of Object.entries(was.answers)) {
        expect(now.answers[id]).toEqual(answer);
      }
      if (side === "vcs") expect(Object.values(now.answers).some((a) => a?.note === "Our name stays")).toBe(true);
      expect(Object.keys(was.facts).length).toBeGreaterThan(0);
      expect(now.facts).toEqual({});
      expect(after.sides[side].status).not.toBe("submitted");
    }
    // Nothing of round 2 is a report until both its sides submit again.
    expect(await getReport(after)).toBeNull();
  });

  test("is compared with the round before once both are complete, and only then", async () => {
    const check = await checkWithSessions();
    await answerAndSubmit(check.id, "vcs");
    await answerAndSubmit(check.id, "prime");
    const started = (await startThroughApi(check.tokens.owner)).body;
    await claimBoth(started);
    const version = currentQuestionnaire().version;
    await answerAndSubmit(started.id, "vcs", settled(version, "vcs"));

    const sealed = await api<Rounds>("GET", "/api/v1/rounds", { token: started.tokens.owner });
    expect(sealed.body.comparison).toBeUndefined();
    const ownerCookie = (await openLink(started.tokens.owner)).cookie!;
    const page = await callLoader(
      ownerRounds.loader,
      `/checks/${started.id}/rounds`,
      { checkId: started.id },
      { cookie: ownerCookie },
    );
    expect(page.status).toBe(200);
    const waiting = (page.body as Awaited<ReturnType<typeof ownerRounds.loader>>).page;
    expect(waiting.comparison).toBeNull();
    expect(waiting.waiting).toEqual(["Round 2 (twelve months in)"]);
    expect(JSON.stringify(waiting)).not.toContain("Our name stays");
    // Round 1's side session opens nothing of round 2.
    const other = await callLoader(
      roundsRoute.loader,
      `/checks/${started.id}/vcs/rounds`,
      { checkId: started.id, side: "vcs" },
      { cookie: check.cookies.vcs },
    );
    expect(other.status).toBe(403);

    await answerAndSubmit(started.id, "prime", settled(version, "prime"));
    const { body } = await api<Rounds>("GET", "/api/v1/rounds", { token: started.tokens.owner });
    const comparison = body.comparison!;
    expect(comparison.previous.number).toBe(1);
    expect(comparison.current.number).toBe(2);
    expect(comparison.verdict.before.code).toBe("RED_LINES");
    expect(comparison.verdict.after.code).not.toBe("RED_LINES");
    const first = (await getReport((await getCheckSummary(check.id))!))!;
    const dealbreakers = first.flags.filter((f) => f.severity === "dealbreaker").map(flagKey);
    expect(dealbreakers).toHaveLength(2);
    expect(comparison.cleared.map((f) => f.key).sort()).toEqual(dealbreakers.sort());
    expect(comparison.appeared).toEqual([]);
    const ids = itemIdsOf(currentQuestionnaire());
    expect(comparison.moved.map((m) => m.itemId)).toEqual(ids.slice(0, 2));
    expect(comparison.moved[0]!.fit).toEqual({ before: 0, after: 100 });
    expect(comparison.compared).toEqual(ids);
    expect(comparison.notCompared).toEqual({ questions: [], sections: [], flags: [], versions: null });
    expect(comparison.sections.length).toBe(currentQuestionnaire().dimensions.length);
  });

  test("compared across bank versions, says which questions and flags it could not compare", async () => {
    const check = await completedCheck({ questionnaireVersion: "1" });
    const v1 = getQuestionnaire("1")!;
    const v2 = currentQuestionnaire();
    const started = await startRound(
      {
        authority: await sideAuthority(check.id, "owner"),
        previous: (await getCheckSummary(check.id))!,
        occasion: "renewal",
      },
      await sealKeys(),
    );
    if (started.status !== "started") throw new Error(started.status);
    await claimBoth(started.check);
    // Prefilled only where v2 still asks v1's question.
    const round2 = (await getCheckSummary(started.check.id))!;
    const prefilled = await getSideAnswers(round2.sides.vcs.responseId);
    const both = itemIdsOf(v2).filter((id) => itemIdsOf(v1).includes(id));
    expect(Object.keys(prefilled.answers).sort()).toEqual(both.sort());

    await answerAndSubmit(started.check.id, "vcs", settled(v2.version, "vcs"));
    await answerAndSubmit(started.check.id, "prime", settled(v2.version, "prime"));
    const { body } = await api<Rounds>("GET", "/api/v1/rounds", { token: started.check.tokens.owner });
    const comparison = body.comparison!;
    expect(comparison.previous.questionnaireVersion).toBe("1");
    expect(comparison.current.questionnaireVersion).toBe(v2.version);
    expect(comparison.notCompared.versions).toMatch(/used .* and .*; .* used /);
    expect(comparison.fitComparable).toBe(false);
    expect(comparison.compared.sort()).toEqual(both.sort());
    const onlyV2 = itemIdsOf(v2).filter((id) => !itemIdsOf(v1).includes(id));
    const onlyV1 = itemIdsOf(v1).filter((id) => !itemIdsOf(v2).includes(id));
    expect(onlyV2.length + onlyV1.length).toBeGreaterThan(0);
    expect(comparison.notCompared.questions.filter((q) => q.onlyIn === 2).map((q) => q.id)).toEqual(onlyV2);
    expect(comparison.notCompared.questions.filter((q) => q.onlyIn === 1).map((q) => q.id)).toEqual(onlyV1);
    // A flag from the figures raised in both rounds neither appears nor clears, though v2 reads more figures.
    const [firstReport, secondReport] = await Promise.all(
      [check.id, started.check.id].map(async (id) => (await getReport((await getCheckSummary(id))!))!),
    );
    const figureCodes = (flags: NonNullable<typeof firstReport>["flags"]) =>
      new Set(flags.filter((f) => f.itemIds.length === 0).map((f) => f.code));
    const before = figureCodes(firstReport!.flags);
    const inBoth = [...figureCodes(secondReport!.flags)].filter((code) => before.has(code));
    for (const change of [...comparison.appeared, ...comparison.cleared]) {
      expect(inBoth).not.toContain(change.key.split(":")[0]);
    }
    // No flag about a question only one round asked is counted as appearing or clearing.
    const counted = [...comparison.appeared, ...comparison.cleared, ...comparison.changed];
    for (const change of counted) {
      for (const id of [...onlyV1, ...onlyV2]) expect(change.key).not.toContain(id);
    }
    // Moves across methods are answers that moved, not fits that moved with the method.
    for (const move of comparison.moved) expect(move.sides.length).toBeGreaterThan(0);
  });
});

describe("the check-ups pages", () => {
  test("the owner starts a round from the page; bad input is refused with the form kept; a side cannot start one", async () => {
    const check = await checkWithSessions();
    await answerAndSubmit(check.id, "vcs");
    await answerAndSubmit(check.id, "prime");
    const path = `/checks/${check.id}/rounds`;
    const params = { checkId: check.id };

    const page = await callLoader(ownerRounds.loader, path, params, { cookie: check.cookies.owner });
    expect(page.status).toBe(200);
    const view = page.body as Awaited<ReturnType<typeof roundsRoute.loader>>;
    expect(view.canStart).toBe(true);
    expect(view.page.previous).toBeNull();
    expect(view.page.rounds.map((r) => r.name)).toEqual(["Round 1"]);
    const home = await callLoader(ownerHome.loader, `/checks/${check.id}`, params, { cookie: check.cookies.owner });
    expect((home.body as Awaited<ReturnType<typeof ownerHome.loader>>).canStartRound).toBe(true);

    const sidePath = `/checks/${check.id}/vcs/rounds`;
    const sideParams = { checkId: check.id, side: "vcs" };
    const sidePage = await callLoader(roundsRoute.loader, sidePath, sideParams, { cookie: check.cookies.vcs });
    expect(sidePage.status).toBe(200);
    expect((sidePage.body as typeof view).canStart).toBe(false);
    const sidePost = await callAction(roundsRoute.action, sidePath, { occasion: "renewal" }, sideParams, {
      cookie: check.cookies.vcs,
    });
    expect(sidePost.status).toBe(403);
    // The owner's page refuses a side's session too.
    expect(
      (await callAction(ownerRounds.action, path, { occasion: "renewal" }, params, { cookie: check.cookies.vcs }))
        .status,
    ).toBe(403);

    const bad = await callAction(ownerRounds.action, path, { occasion: "someday" }, params, {
      cookie: check.cookies.owner,
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ errors: { occasion: expect.stringMatching(/^Say when this check-up is/) } });
    expect(bad.body).toMatchObject({ values: { occasion: "someday" } });

    const done = await callAction(ownerRounds.action, path, { occasion: "6-months" }, params, {
      cookie: check.cookies.owner,
    });
    expect(done.status).toBe(303);
    const nextId = done.location!.match(/^\/checks\/([^/?]+)\?created=1$/)![1]!;
    expect(nextId).not.toBe(check.id);
    expect(done.cookie).toBeTruthy();

    // The new round's page shows its links once, and knows its place; the first round can start no other.
    const next = await callLoader(
      ownerHome.loader,
      `/checks/${nextId}?created=1`,
      { checkId: nextId },
      {
        cookie: done.cookie!,
      },
    );
    const nextView = next.body as Awaited<ReturnType<typeof ownerHome.loader>>;
    expect(nextView.newLinks.map((l) => l.role).sort()).toEqual(["owner"]);
    expect(nextView.round).toMatchObject({ number: 2, name: "Round 2 (six months in)" });
    expect(nextView.round?.previous).toEqual({ name: "Round 1", href: `/checks/${check.id}` });
    expect(nextView.canStartRound).toBe(false);
    const first = await callLoader(ownerRounds.loader, path, params, { cookie: done.cookie! });
    expect((first.body as typeof view).canStart).toBe(false);
    const twice = await callAction(ownerRounds.action, path, { occasion: "renewal" }, params, {
      cookie: done.cookie!,
    });
    expect(twice.status).toBe(409);

    // The side's session holds round 1 only: it sees round 2 listed, with no link into it.
    const listed = await callLoader(roundsRoute.loader, sidePath, sideParams, { cookie: check.cookies.vcs });
    const rounds = (listed.body as typeof view).page.rounds;
    expect(rounds.map((r) => [r.number, r.href])).toEqual([
      [1, `/checks/${check.id}/vcs/report`],
      [2, null],
    ]);
  });

  test("before both sides submit, the page lists the round waiting and offers no start; without a session, nothing", async () => {
    const check = await checkWithSessions();
    const path = `/checks/${check.id}/rounds`;
    const ok = await callLoader(ownerRounds.loader, path, { checkId: check.id }, { cookie: check.cookies.owner });
    expect(ok.status).toBe(200);
    const view = ok.body as Awaited<ReturnType<typeof roundsRoute.loader>>;
    expect(view.canStart).toBe(false);
    expect(view.page.rounds).toMatchObject([{ number: 1, result: null, submitted: { vcs: false, prime: false } }]);
    expect(view.page.comparison).toBeNull();
    const nobody = await callLoader(ownerRounds.loader, path, { checkId: check.id });
    expect(nobody.status).toBe(403);
  });
});
