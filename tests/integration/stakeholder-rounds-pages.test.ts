/**
 * A stakeholder review's year-on-year page, starting next year's round, and deleting a review (issue 20), through
 * their real loaders and actions with each party's browser session, on both databases: the rounds and their figures
 * with nothing the results hide; next year's started once, from a closed review only, its new link shown once;
 * only the commissioner deletes, after a yes; bad input and the wrong role refused, never a 500.
 */
import { describe, expect, test } from "vitest";
import * as dashboardRoute from "~/routes/stakeholder-reviews.$reviewId._index";
import * as deleteRoute from "~/routes/stakeholder-reviews.$reviewId.delete";
import * as resultsRoute from "~/routes/stakeholder-reviews.$reviewId.results";
import * as roundsRoute from "~/routes/stakeholder-reviews.$reviewId.rounds";
import { api } from "./api-support";
import { answer, answeredReview, claim, closeReview, groupsOf, sessionFor, stakeholders } from "./stakeholder-support";
import { callAction, callLoader } from "./support";

type Rounds = Awaited<ReturnType<typeof roundsRoute.loader>>;
type Dashboard = Awaited<ReturnType<typeof dashboardRoute.loader>>;
type Deletion = Awaited<ReturnType<typeof deleteRoute.loader>>;

const pages = (id: string) => {
  const params = { reviewId: id };
  const path = `/stakeholder-reviews/${id}`;
  return {
    path,
    rounds: (cookie: string | null) => callLoader(roundsRoute.loader, `${path}/rounds`, params, { cookie }),
    start: (cookie: string | null, form: Record<string, string> = { intent: "start-next" }) =>
      callAction(roundsRoute.action, `${path}/rounds`, form, params, { cookie }),
    dashboard: (cookie: string | null, at = path) => callLoader(dashboardRoute.loader, at, params, { cookie }),
    results: (cookie: string | null) => callLoader(resultsRoute.loader, `${path}/results`, params, { cookie }),
    deletion: (cookie: string | null) => callLoader(deleteRoute.loader, `${path}/delete`, params, { cookie }),
    remove: (cookie: string | null, form: Record<string, string>) =>
      callAction(deleteRoute.action, `${path}/delete`, form, params, { cookie }),
  };
};

const tokenOf = (url: string) => url.split("/i/")[1] as string;

/** A closed first round, with the commissioner's and the provider's browser sessions. */
async function closedRound() {
  const review = await answeredReview();
  await closeReview(review.commissioner);
  return {
    ...review,
    cookies: {
      commissioner: await sessionFor(review.id, "commissioner", review.commissioner),
      provider: await sessionFor(review.id, "provider", review.provider),
    },
    pages: pages(review.id),
  };
}

describe("starting next year's round", () => {
  test("from an open review it is refused with a reason, not a 500; a form it does not expect is a 400", async () => {
    const review = await answeredReview();
    const cookie = await sessionFor(review.id, "provider", review.provider);
    const open = await pages(review.id).start(cookie);
    expect(open.status).toBe(409);
    expect((open.body as { error: string }).error).toMatch(/^Close this review to answers before/);
    expect((await pages(review.id).start(cookie, { intent: "something" })).status).toBe(400);
    const page = (await pages(review.id).rounds(cookie)).body as Rounds;
    expect(page.canStart).toBe(false);
    expect(page.moves).toBeNull();
    expect(page.rounds.map((r) => [r.number, r.closedOn, r.answered, r.counted])).toEqual([[1, null, 4, null]]);
  });

  test("from a closed review: the new round's dashboard shows the starter's own link once; a second press opens it", async () => {
    const review = await closedRound();
    const before = (await review.pages.dashboard(review.cookies.provider)).body as Dashboard;
    expect(before.review).toMatchObject({ closed: true, nextId: null, number: 1 });
    const started = await review.pages.start(review.cookies.provider);
    expect(started.status).toBe(303);
    const next = /^\/stakeholder-reviews\/([^/?]+)\?started=1$/.exec(started.location ?? "")?.[1] as string;
    expect(next).toBeTruthy();
    const landing = await pages(next).dashboard(started.cookie, started.location!);
    expect(landing.status).toBe(200);
    const shown = landing.body as Dashboard;
    expect(shown).toMatchObject({ role: "provider", started: true });
    expect(shown.review).toMatchObject({
      number: 2,
      closed: false,
      confirmed: { commissioner: false, provider: true },
    });
    expect(shown.review.groups.map((g) => g.name)).toEqual(["GP practices", "Residents' representatives"]);
    expect(shown.ownLinks).toHaveLength(1);
    expect(shown.partyInvitation).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
    expect(((await pages(next).dashboard(started.cookie)).body as Dashboard).ownLinks).toEqual([]);
    // The same browser presses again: it is sent to the round it started, and nothing new is made.
    const again = await review.pages.start(started.cookie);
    expect(again).toMatchObject({ status: 303, location: `/stakeholder-reviews/${next}` });
    // The commissioner's browser never saw round 2's links: refused with a reason.
    const elsewhere = await review.pages.start(review.cookies.commissioner);
    expect(elsewhere.status).toBe(409);
    expect((elsewhere.body as { error: string }).error).toMatch(/already been started, from another browser/);
    const old = (await review.pages.dashboard(review.cookies.commissioner)).body as Dashboard;
    expect(old.review).toMatchObject({ nextId: next, nextLink: null });
    expect(((await review.pages.dashboard(started.cookie)).body as Dashboard).review.nextLink).toBe(
      `/stakeholder-reviews/${next}`,
    );
    // No session, or a stakeholder's: the existing refusal.
    expect((await review.pages.start(null)).status).toBe(403);
    const stakeholder = await sessionFor(review.id, "stakeholder", review.resident);
    expect((await review.pages.start(stakeholder)).status).toBe(403);
    expect((await review.pages.rounds(stakeholder)).status).toBe(403);
  });
});

describe("the year-on-year page", () => {
  test("the chain, the chart's figures and what moved, with no group shown that a round's results hid", async () => {
    const review = await closedRound();
    const started = await review.pages.start(review.cookies.commissioner);
    const next = /^\/stakeholder-reviews\/([^/?]+)/.exec(started.location ?? "")?.[1] as string;
    const landing = (await pages(next).dashboard(started.cookie, started.location!)).body as Dashboard;
    const commissioner = tokenOf(landing.ownLinks[0]!);
    const provider = await claim(tokenOf(landing.partyInvitation!));
    await api("POST", "/api/v1/stakeholder-review/confirm", { token: provider });
    const [gps, residents] = await groupsOf(commissioner);
    for (const token of await stakeholders(commissioner, gps!.id, 3)) await answer(token, 4, "Better this year");
    for (const token of await stakeholders(commissioner, residents!.id, 3)) await answer(token, 3, "Residents now");

    // Round 2 still open: its column has no figures and nothing is compared yet.
    const open = (await pages(next).rounds(started.cookie)).body as Rounds;
    expect(open.rounds.map((r) => [r.number, r.here, r.answered, r.counted])).toEqual([
      [1, false, 4, 3],
      [2, true, 6, null],
    ]);
    expect(open.chart.themes[0]!.means).toEqual([2, null]);
    expect(open.moves).toBeNull();

    await closeReview(commissioner);
    const loaded = await pages(next).rounds(started.cookie);
    expect(loaded.status).toBe(200);
    const page = loaded.body as Rounds;
    expect(page.rounds.map((r) => [r.number, r.counted, r.link])).toEqual([
      [1, 3, `/stakeholder-reviews/${review.id}`],
      [2, 6, `/stakeholder-reviews/${next}`],
    ]);
    expect(page.chart.rounds).toEqual([
      { number: 1, closed: true },
      { number: 2, closed: true },
    ]);
    expect(page.chart.themes[0]!.means).toEqual([2, 3.5]);
    expect(page.moves).toMatchObject({ from: 1, to: 2 });
    expect(page.moves!.overall[0]).toMatchObject({ before: 2, after: 3.5, change: 1.5 });
    // Residents were below three in round 1, so they are compared nowhere; GP practices are, in both.
    expect(page.moves!.groups.map((g) => g.name)).toEqual(["GP practices"]);
    expect(page.moves!.groups[0]!.themes[0]).toMatchObject({ before: 2, after: 4, change: 2 });
    // The lone resident's 5 (and the provider's own 5) appear nowhere.
    expect(JSON.stringify(page)).not.toMatch(/[^.\d]5[,}\]]/);
    expect(page.canStart).toBe(true);

    // Round 1's page, from a browser that runs round 1 only (its provider's): the same chain, round 2 not linked,
    // and no second next round.
    const first = (await review.pages.rounds(review.cookies.provider)).body as Rounds;
    expect(first.canStart).toBe(false);
    expect(first.latestNumber).toBe(2);
    expect(first.rounds.map((r) => r.link)).toEqual([`/stakeholder-reviews/${review.id}`, null]);
    expect(first.chart.themes[0]!.means).toEqual([2, 3.5]);
  });
});

describe("deleting a review", () => {
  test("only the commissioner, after a yes; the provider and bad answers are refused; other rounds stay", async () => {
    const review = await closedRound();
    const started = await review.pages.start(review.cookies.provider);
    const next = /^\/stakeholder-reviews\/([^/?]+)/.exec(started.location ?? "")?.[1] as string;

    expect((await review.pages.deletion(review.cookies.provider)).status).toBe(403);
    expect((await review.pages.remove(review.cookies.provider, { delete: "yes" })).status).toBe(403);
    expect((await review.pages.deletion(null)).status).toBe(403);

    const shown = await review.pages.deletion(review.cookies.commissioner);
    expect(shown.status).toBe(200);
    expect(shown.body as Deletion).toMatchObject({ number: 1, answered: 5, otherRounds: true });
    const unanswered = await review.pages.remove(review.cookies.commissioner, {});
    expect(unanswered.status).toBe(400);
    expect((unanswered.body as { error: string }).error).toBe("Say whether you want to delete this review");
    expect((await review.pages.remove(review.cookies.commissioner, { delete: "maybe" })).status).toBe(400);
    const no = await review.pages.remove(review.cookies.commissioner, { delete: "no" });
    expect(no).toMatchObject({ status: 303, location: review.pages.path });
    expect((await review.pages.results(review.cookies.commissioner)).status).toBe(200);

    const yes = await review.pages.remove(review.cookies.commissioner, { delete: "yes" });
    expect(yes).toMatchObject({ status: 303, location: "/stakeholder-reviews/deleted" });
    expect((await review.pages.dashboard(review.cookies.commissioner)).status).not.toBe(200);
    expect((await review.pages.results(review.cookies.commissioner)).status).not.toBe(200);
    expect((await api("GET", "/api/v1/stakeholder-review", { token: review.commissioner })).status).not.toBe(200);
    // Next year's stays, the first round gone from its chain.
    const after = (await pages(next).rounds(started.cookie)).body as Rounds;
    expect(after.rounds.map((r) => r.number)).toEqual([2]);
  });
});
