/**
 * The joint review's pages (issue 19), through their real loaders and actions with each role's browser session:
 * a side proposes, the other confirms, nobody confirms their own side's proposal, the owner reads only, bad input
 * keeps what was typed, nothing before both sides submit, and the report and board paper show before → after
 * while the report's own verdict and flags stay as they were.
 */
import { describe, expect, test } from "vitest";
import { flagKey } from "~/domain/flags";
import * as flagRoute from "~/routes/checks.$checkId.$side.joint-review_.$flagKey";
import * as listRoute from "~/routes/checks.$checkId.$side.joint-review";
import * as ownerListRoute from "~/routes/checks.$checkId.joint-review";
import * as reportRoute from "~/routes/checks.$checkId.report";
import * as printRoute from "~/routes/checks.$checkId.print";
import { answerAndSubmit } from "./review-support";
import { callAction, callLoader, checkWithSessions } from "./support";

type ListPage = Awaited<ReturnType<typeof listRoute.loader>>;
type FlagPage = Awaited<ReturnType<typeof flagRoute.loader>>;
type ReportPage = Awaited<ReturnType<typeof reportRoute.loader>>;
type PrintPage = Awaited<ReturnType<typeof printRoute.loader>>;
type Side = "vcs" | "prime";

/** A check both sides submitted with the fixture's flags, and the calls each role's pages take. */
async function reviewedCheck(options: { submit?: boolean } = {}) {
  const check = await checkWithSessions();
  await answerAndSubmit(check.id, "vcs");
  await answerAndSubmit(check.id, "prime", undefined, { submit: options.submit ?? true });
  const list = (side: Side) =>
    callLoader(
      listRoute.loader,
      `/checks/${check.id}/${side}/joint-review`,
      { checkId: check.id, side },
      {
        cookie: check.cookies[side],
      },
    );
  const ownerList = () =>
    callLoader(
      ownerListRoute.loader,
      `/checks/${check.id}/joint-review`,
      { checkId: check.id },
      {
        cookie: check.cookies.owner,
      },
    );
  const path = (side: Side, key: string) => `/checks/${check.id}/${side}/joint-review/${encodeURIComponent(key)}`;
  const flagPage = (side: Side, key: string, cookie = check.cookies[side]) =>
    callLoader(flagRoute.loader, path(side, key), { checkId: check.id, side, flagKey: key }, { cookie });
  const post = (side: Side, key: string, form: Record<string, string>, cookie = check.cookies[side]) =>
    callAction(flagRoute.action, path(side, key), form, { checkId: check.id, side, flagKey: key }, { cookie });
  const listData = async (side: Side) => {
    const page = await list(side);
    expect(page.status).toBe(200);
    return page.body as ListPage;
  };
  const entryOf = (page: ListPage, key: string) => page.groups.flatMap((g) => g.entries).find((e) => e.key === key)!;
  return { check, list, ownerList, flagPage, post, listData, entryOf };
}

/** The fixture's first dealbreaker (a red line on the bank's first question), from the owner's report. */
async function firstDealbreaker(check: { id: string; cookies: { owner: string } }) {
  const page = await callLoader(
    reportRoute.loader,
    `/checks/${check.id}/report`,
    { checkId: check.id },
    {
      cookie: check.cookies.owner,
    },
  );
  const report = (page.body as ReportPage).report;
  const flag = report.flags.find((f) => f.severity === "dealbreaker" && f.itemIds.length > 0)!;
  return { key: flagKey(flag), flag, report };
}

describe("the joint review's pages", () => {
  test("a side proposes through the page; the other side confirms; the outcome then stands for both", async () => {
    const { check, listData, entryOf, flagPage, post } = await reviewedCheck();
    const { key } = await firstDealbreaker(check);

    const before = await listData("vcs");
    expect(entryOf(before, key).status.text).toBe("Not discussed yet");
    expect(before.groups.map((g) => g.title)).toContain(entryOf(before, key).title);

    const page = await flagPage("vcs", key);
    expect(page.status).toBe(200);
    const view = page.body as FlagPage;
    expect(view.positions?.map((p) => p.label)[0]).toMatch(/^1\. /);
    expect(view.questions[0]!.answers.map((a) => a.side)).toEqual(["vcs", "prime"]);
    expect(view.questions[0]!.answers[0]!.lines[0]).toMatch(/^Preferred: 1\. /);

    const proposed = await post("vcs", key, {
      intent: "propose",
      kind: "agreed",
      position: "2",
      wording: "Services are delivered under both names.",
      // Fields of another kind are ignored, whatever they hold.
      acceptedReason: "x".repeat(5000),
    });
    expect(proposed.status).toBe(303);
    expect(proposed.location).toBe(
      `/checks/${check.id}/vcs/joint-review?done=proposed&flag=${encodeURIComponent(key)}#flag-${encodeURIComponent(key)}`,
    );

    const mine = await listData("vcs");
    expect(entryOf(mine, key).status.text).toBe("Waiting for BigCo Services to confirm");
    expect(entryOf(mine, key).canConfirm).toBe(false);
    expect(entryOf(mine, key).standing?.lines).toContainEqual({
      label: "Clause wording",
      text: "Services are delivered under both names.",
    });
    const done = await callLoader(
      listRoute.loader,
      `/checks/${check.id}/vcs/joint-review?done=proposed&flag=${encodeURIComponent(key)}`,
      { checkId: check.id, side: "vcs" },
      { cookie: check.cookies.vcs },
    );
    expect((done.body as ListPage).done).toMatch(/is saved\. It stands once BigCo Services confirms it\.$/);

    const theirs = await listData("prime");
    const entry = entryOf(theirs, key);
    expect(entry.status.text).toBe("Waiting for you to confirm");
    expect(entry.canConfirm).toBe(true);
    expect(entry.standing?.proposedBy).toBe("Helping Hands");
    expect(entry.standing?.lines[0]?.label).toBe("Agreed position");
    expect(entry.standing?.lines[0]?.text).toMatch(/^2\. /);

    const confirmed = await post("prime", key, { intent: "confirm", revision: String(entry.standing!.revision) });
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toContain("done=confirmed");
    expect(entryOf(await listData("prime"), key).status.text).toBe("Agreed by both");
    expect(entryOf(await listData("vcs"), key).status.text).toBe("Agreed by both");
    expect((await listData("vcs")).revised.settled.confirmed).toBe(1);
  });

  test("the proposer has no confirm button, and a forged confirmation of its own proposal is refused", async () => {
    const { check, listData, entryOf, flagPage, post } = await reviewedCheck();
    const { key } = await firstDealbreaker(check);
    expect(
      (await post("prime", key, { intent: "propose", kind: "open", openReason: "Naming is for the board" })).status,
    ).toBe(303);
    const mine = entryOf(await listData("prime"), key);
    expect(mine.canConfirm).toBe(false);
    const page = (await flagPage("prime", key)).body as FlagPage;
    expect(page.standing?.ownProposal).toBe(true);
    const forged = await post("prime", key, { intent: "confirm", revision: String(mine.standing!.revision) });
    expect(forged.status).toBe(403);
    expect(entryOf(await listData("prime"), key).status.text).toBe("Waiting for Helping Hands to confirm");
  });

  test("a stale confirmation re-renders with a 409 and confirms nothing", async () => {
    const { check, listData, entryOf, post } = await reviewedCheck();
    const { key } = await firstDealbreaker(check);
    await post("vcs", key, { intent: "propose", kind: "open" });
    const seen = entryOf(await listData("prime"), key).standing!.revision;
    await post("vcs", key, { intent: "propose", kind: "accepted", acceptedReason: "The board accepts it" });
    const stale = await post("prime", key, { intent: "confirm", revision: String(seen) });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ message: "The proposal changed since you opened this page: read it again" });
    expect(entryOf(await listData("prime"), key).status.text).toBe("Waiting for you to confirm");
  });

  test("the owner's page shows the outcome, offers no links or buttons, and its post is refused", async () => {
    const { check, ownerList, post, listData, entryOf } = await reviewedCheck();
    const { key } = await firstDealbreaker(check);
    await post("vcs", key, {
      intent: "propose",
      kind: "accepted",
      acceptedBy: "both",
      acceptedReason: "The commissioner insists",
    });
    const revision = entryOf(await listData("prime"), key).standing!.revision;
    await post("prime", key, { intent: "confirm", revision: String(revision) });
    const page = await ownerList();
    expect(page.status).toBe(200);
    const view = page.body as ListPage;
    expect(view.reviewPath).toBeNull();
    const entry = entryOf(view, key);
    expect(entry.status.text).toBe("Risk accepted by both");
    expect(entry.canConfirm).toBe(false);
    expect(entry.standing?.lines).toContainEqual({ label: "Who carries the risk", text: "Both" });
    const refused = await callAction(
      ownerListRoute.action,
      `/checks/${check.id}/joint-review`,
      { intent: "confirm", revision: "1" },
      { checkId: check.id },
      { cookie: check.cookies.owner },
    );
    expect(refused.status).toBe(403);
    // Nor can the owner's session use a side's page.
    expect((await post("vcs", key, { intent: "propose", kind: "open" }, check.cookies.owner)).status).toBe(403);
    // Respondents, and strangers, have no access either.
    expect((await post("vcs", key, { intent: "propose", kind: "open" }, "")).status).toBe(403);
  });

  test("bad input comes back with field errors and everything typed (400), and saves nothing", async () => {
    const { check, post, listData, entryOf } = await reviewedCheck();
    const { key } = await firstDealbreaker(check);
    const noReason = await post("vcs", key, {
      intent: "propose",
      kind: "accepted",
      acceptedBy: "prime",
      acceptedReason: "   ",
      wording: "typed under Agreed",
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({
      kind: "errors",
      errors: { acceptedReason: "Say why the risk is accepted" },
      values: { kind: "accepted", acceptedBy: "prime", wording: "typed under Agreed" },
    });
    const noPosition = await post("vcs", key, { intent: "propose", kind: "agreed", wording: "Both names" });
    expect(noPosition.status).toBe(400);
    expect(noPosition.body).toMatchObject({
      errors: { position: "Choose the position both sides agreed" },
      values: { kind: "agreed", wording: "Both names" },
    });
    const tooLong = await post("vcs", key, { intent: "propose", kind: "open", openReason: "y".repeat(1001) });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toMatchObject({ errors: { openReason: expect.stringMatching(/1000 characters or fewer/) } });
    const noKind = await post("vcs", key, { intent: "propose", wording: "kept" });
    expect(noKind.status).toBe(400);
    expect(noKind.body).toMatchObject({ errors: { kind: expect.any(String) }, values: { wording: "kept" } });
    expect(entryOf(await listData("vcs"), key).status.text).toBe("Not discussed yet");
  });

  test("sealed (409) until both sides submit; an unknown flag is a 404", async () => {
    const { check, list, ownerList, flagPage } = await reviewedCheck({ submit: false });
    expect((await list("vcs")).status).toBe(409);
    expect((await list("prime")).status).toBe(409);
    expect((await ownerList()).status).toBe(409);
    expect((await flagPage("vcs", "ANY:item:")).status).toBe(409);
    const done = await reviewedCheck();
    expect((await done.flagPage("vcs", "NOT_A_FLAG::")).status).toBe(404);
    expect(check.id).not.toBe(done.check.id);
  });

  test("the report and board paper show before → after once an outcome stands; the report's own is unchanged", async () => {
    const { check, post, listData, entryOf } = await reviewedCheck();
    const { report: original } = await firstDealbreaker(check);
    const reportPage = async () =>
      (
        await callLoader(
          reportRoute.loader,
          `/checks/${check.id}/report`,
          { checkId: check.id },
          {
            cookie: check.cookies.owner,
          },
        )
      ).body as ReportPage;
    const printPage = async () =>
      (
        await callLoader(
          printRoute.loader,
          `/checks/${check.id}/vcs/print`,
          { checkId: check.id, side: "vcs" },
          {
            cookie: check.cookies.vcs,
          },
        )
      ).body as PrintPage;

    const first = await reportPage();
    expect(first.jointReview).toEqual({ href: `/checks/${check.id}/joint-review`, revised: null });
    expect((await printPage()).revised).toBeNull();

    // Both dealbreakers agreed at a position both can sign up to.
    const dealbreakers = original.flags.filter((f) => f.severity === "dealbreaker" && f.itemIds.length > 0);
    expect(dealbreakers.length).toBe(2);
    for (const flag of dealbreakers) {
      const key = flagKey(flag);
      expect((await post("vcs", key, { intent: "propose", kind: "agreed", position: "3" })).status).toBe(303);
      const revision = entryOf(await listData("prime"), key).standing!.revision;
      expect((await post("prime", key, { intent: "confirm", revision: String(revision) })).status).toBe(303);
    }

    const after = await reportPage();
    expect(after.report.verdict).toEqual(original.verdict);
    expect(after.report.flags).toEqual(original.flags);
    expect(after.report.overall).toBe(original.overall);
    const revised = after.jointReview!.revised!;
    expect(revised.before.code).toBe("RED_LINES");
    expect(revised.after.code).not.toBe("RED_LINES");
    expect(revised.settled).toEqual({ confirmed: 2, of: original.flags.length });
    expect(revised.cleared.map((c) => c.key)).toEqual(expect.arrayContaining(dealbreakers.map((f) => flagKey(f))));
    expect(revised.stillOpen.flatMap((g) => g.flags).length).toBeGreaterThan(0);

    const paper = await printPage();
    expect(paper.report.verdict).toEqual(original.verdict);
    expect(paper.revised).toEqual(revised);
    // A side's report links to its own joint review.
    const sideReport = (
      await callLoader(
        reportRoute.loader,
        `/checks/${check.id}/prime/report`,
        { checkId: check.id, side: "prime" },
        {
          cookie: check.cookies.prime,
        },
      )
    ).body as ReportPage;
    expect(sideReport.jointReview?.href).toBe(`/checks/${check.id}/prime/joint-review`);
  });
});
