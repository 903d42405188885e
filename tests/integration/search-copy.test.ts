/**
 * The ordinary check pages where a partner search (issue 17) changes them: the
 * search's own check is managed from its dashboard (the owner's page sends
 * there, and it cannot be deleted from the check's pages), the prime's report
 * of it is the dashboard, and a candidate sees the prime's terms on referrals
 * and naming partners once both have submitted, never before.
 */
import { describe, expect, test } from "vitest";
import { getCheckSummary } from "~/models/check.server";
import { applyToSearch, createSearch } from "~/models/search.server";
import type { BidCandyTerms } from "~/formats/bid-candy";
import * as deleteRoute from "~/routes/checks.$checkId.delete";
import * as ownerRoute from "~/routes/checks.$checkId._index";
import * as sideRoute from "~/routes/checks.$checkId.$side._index";
import * as submittedRoute from "~/routes/checks.$checkId.$side.submitted";
import * as reportRoute from "~/routes/checks.$checkId.$side.report";
import * as ownerReportRoute from "~/routes/checks.$checkId.report";
import { api } from "./api-support";
import {
  HEALTHY_FACTS,
  answerAt,
  callAction,
  callLoader,
  checkWithSessions,
  completeAnswers,
  openLink,
} from "./support";
import { toApiAnswer } from "~/domain/validation";
import type { Side } from "~/domain/types";

function body(side: Side, extra: Record<string, unknown> = {}) {
  const complete = completeAnswers(side, () => answerAt(3));
  const answers = Object.fromEntries(Object.entries(complete.answers).map(([id, a]) => [id, toApiAnswer(a)]));
  return { answers, facts: complete.facts, ...extra };
}

async function answerAndSubmit(token: string, side: Side, extra: Record<string, unknown> = {}) {
  const saved = await api("PUT", "/api/v1/answers", { token, body: body(side, extra) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  const submitted = await api("POST", "/api/v1/answers/submit", { token });
  expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
}

async function newSearch() {
  const created = await createSearch({ title: "Employment support, Kent", primeName: "Acme Prime" });
  const owner = await openLink(created.tokens.owner);
  const prime = await openLink(created.tokens.prime);
  return { ...created, cookies: { owner: owner.cookie!, prime: prime.cookie! }, ownerLocation: owner.location };
}

async function newCandidate(code: string, name = "Helping Hands") {
  const applied = await applyToSearch({ code, name, email: "bids@example.org" });
  if (applied.status !== "applied") throw new Error(applied.status);
  const { cookie } = await openLink(applied.candidate.token);
  return { checkId: applied.candidate.id, token: applied.candidate.token, cookie: cookie! };
}

describe("a search's own check, from the check pages", () => {
  test("its owner's page, reached by the owner's link, sends the owner to the search's dashboard", async () => {
    const search = await newSearch();
    expect(search.ownerLocation).toBe(`/checks/${search.checkId}`);
    const page = await callLoader(
      ownerRoute.loader,
      `/checks/${search.checkId}?replaced=owner`,
      {
        checkId: search.checkId,
      },
      { cookie: search.cookies.owner },
    );
    expect(page.status).toBe(303);
    expect(page.location).toBe(`/searches/${search.id}?replaced=owner`);
    // Someone without the owner's link learns nothing of where it leads.
    const stranger = await callLoader(ownerRoute.loader, `/checks/${search.checkId}`, { checkId: search.checkId });
    expect(stranger.status).toBe(403);
  });

  test("cannot be deleted from the check's pages, nor a candidate's check", async () => {
    const search = await newSearch();
    const params = { checkId: search.checkId };
    const path = `/checks/${search.checkId}/delete`;
    const page = await callLoader(deleteRoute.loader, path, params, { cookie: search.cookies.owner });
    expect(page.status).toBe(303);
    expect(page.location).toBe(`/searches/${search.id}`);
    const posted = await callAction(deleteRoute.action, path, { confirm: "on" }, params, {
      cookie: search.cookies.owner,
    });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe(`/searches/${search.id}`);
    expect(await getCheckSummary(search.checkId)).not.toBeNull();

    const applicant = await newCandidate(search.applyCode);
    const candidatePath = `/checks/${applicant.checkId}/delete`;
    for (const cookie of [search.cookies.owner, applicant.cookie]) {
      const refused = await callAction(
        deleteRoute.action,
        candidatePath,
        { confirm: "on" },
        {
          checkId: applicant.checkId,
        },
        { cookie },
      );
      expect(refused.status).toBe(403);
    }
    expect(await getCheckSummary(applicant.checkId)).not.toBeNull();
  });

  test("an ordinary check is still deleted as before", async () => {
    const check = await checkWithSessions();
    const deleted = await callAction(
      deleteRoute.action,
      `/checks/${check.id}/delete`,
      { confirm: "on" },
      {
        checkId: check.id,
      },
      { cookie: check.cookies.owner },
    );
    expect(deleted.location).toBe("/checks/deleted");
    expect(await getCheckSummary(check.id)).toBeNull();
  });

  test("the prime's pages know it answers for every candidate, and its report is the dashboard", async () => {
    const search = await newSearch();
    const params = { checkId: search.checkId, side: "prime" };
    const base = `/checks/${search.checkId}/prime`;
    const overview = await callLoader(sideRoute.loader, base, params, { cookie: search.cookies.prime });
    expect(overview.body).toMatchObject({ kind: "lead", search: { id: search.id, part: "search" } });
    await answerAndSubmit(search.tokens.prime, "prime");
    const report = await callLoader(reportRoute.loader, `${base}/report`, params, { cookie: search.cookies.prime });
    expect(report.status).toBe(302);
    expect(report.location).toBe(`/searches/${search.id}`);
    const ownerReport = await callLoader(
      ownerReportRoute.loader,
      `/checks/${search.checkId}/report`,
      {
        checkId: search.checkId,
      },
      { cookie: search.cookies.owner },
    );
    expect(ownerReport.location).toBe(`/searches/${search.id}`);
    const submitted = await callLoader(submittedRoute.loader, `${base}/submitted`, params, {
      cookie: search.cookies.prime,
    });
    expect(submitted.body).toMatchObject({ searchId: search.id, bidCandy: null });
  });
});

describe("the prime's terms on referrals and naming partners, for a candidate", () => {
  const submittedPage = (candidate: { checkId: string; cookie: string }) =>
    callLoader(
      submittedRoute.loader,
      `/checks/${candidate.checkId}/vcs/submitted`,
      {
        checkId: candidate.checkId,
        side: "vcs",
      },
      { cookie: candidate.cookie },
    );
  const reportPage = (candidate: { checkId: string; cookie: string }) =>
    callLoader(
      reportRoute.loader,
      `/checks/${candidate.checkId}/vcs/report`,
      {
        checkId: candidate.checkId,
        side: "vcs",
      },
      { cookie: candidate.cookie },
    );

  test("appear once the candidate and the prime have both submitted, and not before", async () => {
    const search = await newSearch();
    const applicant = await newCandidate(search.applyCode);
    const overview = await callLoader(
      sideRoute.loader,
      `/checks/${applicant.checkId}/vcs`,
      {
        checkId: applicant.checkId,
        side: "vcs",
      },
      { cookie: applicant.cookie },
    );
    expect(overview.body).toMatchObject({ search: { id: search.id, part: "candidate" }, otherName: "Acme Prime" });
    // Before submitting: no submitted page, no report.
    expect((await submittedPage(applicant)).status).toBe(302);
    expect((await reportPage(applicant)).status).toBe(409);
    await answerAndSubmit(applicant.token, "vcs");
    // Submitted, the prime not yet: sealed.
    expect((await submittedPage(applicant)).body).toMatchObject({ bidCandy: null });
    expect((await reportPage(applicant)).status).toBe(409);
    await answerAndSubmit(search.tokens.prime, "prime", {
      facts: { ...HEALTHY_FACTS.prime, guaranteedReferralsPerYear: 37 },
      findingOnlyFacts: ["guaranteedReferralsPerYear"],
    });
    const submitted = (await submittedPage(applicant)).body as { bidCandy: BidCandyTerms | null; primeName: string };
    expect(submitted.primeName).toBe("Acme Prime");
    expect(submitted.bidCandy?.items.map((t) => t.id)).toEqual([
      "name-in-bid",
      "volume-commitment",
      "shortfall-review",
      "framework-calloff",
    ]);
    expect(submitted.bidCandy?.items[0]?.answer[0]).toMatch(/^Preferred: 3\. Partners are named under a letter/);
    // The figure the prime shared as its finding only: the finding, never the number.
    const referrals = submitted.bidCandy?.figures.find((f) => f.id === "guaranteedReferralsPerYear");
    expect(referrals?.answer[0]).toBe("Shared as the finding only, not the number.");
    expect(JSON.stringify(submitted.bidCandy)).not.toContain("37");
    const report = (await reportPage(applicant)).body as { bidCandy: BidCandyTerms | null };
    expect(report.bidCandy).toEqual(submitted.bidCandy);
  });

  test("a candidate that has not submitted sees nothing of them, even once the prime has", async () => {
    const search = await newSearch();
    await answerAndSubmit(search.tokens.prime, "prime");
    const applicant = await newCandidate(search.applyCode);
    expect((await submittedPage(applicant)).status).toBe(302);
    expect((await reportPage(applicant)).status).toBe(409);
  });

  test("never appear for an ordinary check", async () => {
    const check = await checkWithSessions();
    await answerAndSubmit(check.tokens.vcs, "vcs");
    await answerAndSubmit(check.tokens.prime, "prime");
    const vcs = { checkId: check.id, cookie: check.cookies.vcs };
    expect((await submittedPage(vcs)).body).toMatchObject({ bidCandy: null });
    expect((await reportPage(vcs)).body).toMatchObject({ bidCandy: null });
  });
});
