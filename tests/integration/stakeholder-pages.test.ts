/**
 * The commissioner's and the provider's pages of a stakeholder review (issue 20), through their real loaders and
 * actions with each party's browser session: bad input keeps what was typed; the creator's session opens the
 * dashboard and nobody else's does; nobody is invited before both confirm; the other party accepts its invitation
 * and confirms; new links are shown once; only the commissioner closes the review.
 */
import { describe, expect, test } from "vitest";
import { openSession } from "~/access/session.server";
import { hashToken } from "~/models/tokens.server";
import { claimInvitation } from "~/models/check.server";
import * as closeRoute from "~/routes/stakeholder-reviews.$reviewId.close";
import * as dashboardRoute from "~/routes/stakeholder-reviews.$reviewId._index";
import * as newRoute from "~/routes/stakeholder-reviews.new";
import * as openLinkRoute from "~/routes/i.$token";
import { ORIGIN, callAction, callLoader, openLink } from "./support";

type Dashboard = Awaited<ReturnType<typeof dashboardRoute.loader>>;
interface Refusal {
  intent: string;
  errors: Record<string, string>;
  values?: Record<string, unknown>;
}

const DETAILS = {
  service: "Healthwatch Eastshire",
  providerName: "Eastshire Community Voice",
  commissionerName: "Eastshire County Council",
  createdBy: "commissioner",
  groups: "GP practices\r\nCouncil officers\r\n\r\nResidents’ representatives",
};

const tokenOf = (url: string) => url.split("/i/")[1] as string;

/** A review started on the page; the creator's browser session and the review's pages for any cookie. */
async function startedReview(details: Partial<typeof DETAILS> = {}) {
  const created = await callAction(newRoute.action, "/stakeholder-reviews/new", { ...DETAILS, ...details });
  expect(created.status).toBe(303);
  const id = /^\/stakeholder-reviews\/([^/?]+)\?created=1$/.exec(created.location ?? "")?.[1] as string;
  expect(id).toBeTruthy();
  const path = `/stakeholder-reviews/${id}`;
  const dashboard = (cookie: string | null, at = path) =>
    callLoader(dashboardRoute.loader, at, { reviewId: id }, { cookie });
  const post = (cookie: string | null, form: Record<string, string>) =>
    callAction(dashboardRoute.action, path, form, { reviewId: id }, { cookie });
  /** The dashboard as a browser holding `cookie` sees it, at `at` (where a redirect pointed, say). */
  const page = async (cookie: string | null, at = path) => {
    const loaded = await dashboard(cookie, at);
    expect(loaded.status).toBe(200);
    return loaded.body as Dashboard;
  };
  return { id, path, creator: created.cookie as string, dashboard, post, page };
}

/** The other party accepts its invitation (read from the creator's page) on its own browser. */
async function acceptInvitation(review: Awaited<ReturnType<typeof startedReview>>) {
  const invitation = (await review.page(review.creator)).partyInvitation as string;
  const token = tokenOf(invitation);
  const shown = await callLoader(openLinkRoute.loader, `/i/${token}`, { token });
  expect(shown.status).toBe(200);
  const accepted = await callAction(openLinkRoute.action, `/i/${token}`, {}, { token });
  expect(accepted.status).toBe(303);
  expect(accepted.location).toBe(`${review.path}?claimed=1`);
  return {
    shown: shown.body as Record<string, unknown>,
    cookie: accepted.cookie as string,
    location: accepted.location!,
  };
}

/** A review both parties have confirmed, with each one's browser session. */
async function runningReview() {
  const review = await startedReview();
  const provider = (await acceptInvitation(review)).cookie;
  expect((await review.post(provider, { intent: "confirm" })).status).toBe(303);
  return { ...review, commissioner: review.creator, provider };
}

describe("starting a stakeholder review", () => {
  test("bad input is refused with a 400 that says what to correct and keeps what was typed", async () => {
    const result = await callAction(newRoute.action, "/stakeholder-reviews/new", {
      service: "",
      providerName: "Eastshire Community Voice",
      commissionerName: "Eastshire County Council",
      groups: "GP practices\r\ngp practices",
    });
    expect(result.status).toBe(400);
    expect(result.cookie).toBeNull();
    const body = result.body as { errors: Record<string, string>; values: Record<string, unknown>; groups: string };
    expect(Object.keys(body.errors).sort()).toEqual(["createdBy", "groups", "service"]);
    expect(body.errors.groups).toBe("Give each stakeholder group a different name");
    expect(body.values.providerName).toBe("Eastshire Community Voice");
    expect(body.groups).toBe("GP practices\r\ngp practices");
  });

  test("an empty list of groups asks for one, rather than falling back on the suggestions", async () => {
    const result = await callAction(newRoute.action, "/stakeholder-reviews/new", { ...DETAILS, groups: " \r\n " });
    expect(result.status).toBe(400);
    expect((result.body as { errors: Record<string, string> }).errors.groups).toBe(
      "Name at least one stakeholder group",
    );
  });

  test("the creator's session opens the dashboard, which shows its own link once and the groups as typed", async () => {
    const review = await startedReview();
    const first = await review.page(review.creator, `${review.path}?created=1`);
    expect(first.role).toBe("commissioner");
    expect(first.created).toBe(true);
    expect(first.ownLinks).toHaveLength(1);
    expect(first.review.groups.map((g) => g.name)).toEqual([
      "GP practices",
      "Council officers",
      "Residents’ representatives",
    ]);
    expect(first.review.confirmed).toEqual({ commissioner: true, provider: false });
    expect(first.partyInvitation).toMatch(/^http:\/\/localhost\/i\/[A-Za-z0-9_-]+$/);
    // The flash is read once: the next load shows no link of the creator's.
    expect((await review.page(review.creator)).ownLinks).toEqual([]);
    // The link shown opens the same page in another browser.
    const opened = await openLink(tokenOf(first.ownLinks[0] as string));
    expect(opened.status).toBe(303);
    expect(opened.location).toBe(review.path);
    expect((await review.page(opened.cookie)).role).toBe("commissioner");
  });

  test("a provider who starts the review is the provider on its page", async () => {
    const review = await startedReview({ createdBy: "provider" });
    const page = await review.page(review.creator);
    expect(page.role).toBe("provider");
    expect(page.review.confirmed).toEqual({ commissioner: false, provider: true });
  });

  test("no session, another review's session and a stakeholder's session get a 403", async () => {
    const review = await runningReview();
    expect((await review.dashboard(null)).status).toBe(403);
    const other = await startedReview();
    expect((await review.dashboard(other.creator)).status).toBe(403);
    expect((await review.post(other.creator, { intent: "confirm" })).status).toBe(403);
    // A stakeholder's own link, from an invitation the commissioner made.
    const invited = await review.post(review.commissioner, {
      intent: "invite",
      groupId: (await review.page(review.commissioner)).review.groups[0]!.id,
      level: "operational",
      count: "1",
    });
    const invitation = (await review.page(invited.cookie)).invitations[0] as string;
    const claimed = await claimInvitation(tokenOf(invitation));
    if (claimed.status !== "claimed") throw new Error("The stakeholder's invitation was not claimed");
    const cookie = (
      await openSession(new Request(ORIGIN), [
        { checkId: review.id, role: "stakeholder", tokenHash: hashToken(claimed.token) },
      ])
    ).split(";")[0] as string;
    expect((await review.dashboard(cookie)).status).toBe(403);
    expect(
      (await callLoader(closeRoute.loader, `${review.path}/close`, { reviewId: review.id }, { cookie })).status,
    ).toBe(403);
  });
});

describe("running it together", () => {
  test("nobody is invited, and no open link made, until both have confirmed", async () => {
    const review = await startedReview();
    const groupId = (await review.page(review.creator)).review.groups[0]!.id;
    const invite = await review.post(review.creator, { intent: "invite", groupId, level: "strategic", count: "2" });
    expect(invite.status).toBe(409);
    expect((invite.body as Refusal).errors.form).toMatch(/must confirm the review before anyone is invited/);
    const open = await review.post(review.creator, { intent: "open-link", groupId });
    expect(open.status).toBe(409);
    expect((open.body as Refusal).errors.form).toMatch(/must confirm/);
    // The provider has accepted but not confirmed: still refused.
    const provider = (await acceptInvitation(review)).cookie;
    expect((await review.post(review.creator, { intent: "open-link", groupId })).status).toBe(409);
    expect((await review.page(review.creator)).review.groups[0]!.hasOpenLink).toBe(false);
    expect((await review.post(provider, { intent: "confirm" })).status).toBe(303);
    expect((await review.post(review.creator, { intent: "open-link", groupId })).status).toBe(303);
  });

  test("the other party's invitation shows who asks, is accepted once, and then the provider confirms", async () => {
    const review = await startedReview();
    const invitation = (await review.page(review.creator)).partyInvitation as string;
    const { shown, cookie, location } = await acceptInvitation(review);
    expect(shown).toMatchObject({
      state: "review-party",
      service: "Healthwatch Eastshire",
      party: "provider",
      organisation: "Eastshire Community Voice",
      other: "Eastshire County Council",
    });
    // Accepted: it opens nothing again, and the commissioner's page no longer shows it.
    const again = await callAction(openLinkRoute.action, "/i/x", {}, { token: tokenOf(invitation) });
    expect(again.status).toBe(409);
    expect((await review.page(review.creator)).partyInvitation).toBeNull();
    const provider = await review.page(cookie, location);
    expect(provider.role).toBe("provider");
    expect(provider.claimed).toBe(true);
    expect(provider.ownLinks).toHaveLength(1);
    expect(provider.review.confirmed.provider).toBe(false);
    const confirmed = await review.post(cookie, { intent: "confirm" });
    expect(confirmed.status).toBe(303);
    expect(confirmed.location).toBe(`${review.path}?confirmed=1`);
    expect((await review.page(review.creator)).review.confirmed).toEqual({ commissioner: true, provider: true });
  });

  test("invitations and an open link are shown once, on the next page, and counted by group", async () => {
    const review = await runningReview();
    const groups = (await review.page(review.commissioner)).review.groups;
    const invited = await review.post(review.commissioner, {
      intent: "invite",
      groupId: groups[0]!.id,
      level: "operational",
      count: "3",
    });
    expect(invited.status).toBe(303);
    expect(invited.location).toBe(`${review.path}?invited=${groups[0]!.id}&level=operational`);
    const shown = await review.page(invited.cookie, invited.location!);
    expect(shown.invitations).toHaveLength(3);
    expect(new Set(shown.invitations).size).toBe(3);
    expect(shown.invitedGroup).toBe("GP practices");
    expect(shown.invitedLevel).toBe("operational");
    expect(shown.review.groups[0]).toMatchObject({ invited: 3, submitted: 0 });
    expect((await review.page(invited.cookie)).invitations).toEqual([]);

    const open = await review.post(invited.cookie, { intent: "open-link", groupId: groups[1]!.id });
    expect(open.status).toBe(303);
    const withOpen = await review.page(open.cookie, open.location!);
    expect(withOpen.openLink).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
    expect(withOpen.openGroup).toBe("Council officers");
    expect(withOpen.review.groups[1]!.hasOpenLink).toBe(true);
    expect((await review.page(open.cookie)).openLink).toBeNull();
    // The provider may invite too.
    const byProvider = await review.post(review.provider, {
      intent: "invite",
      groupId: groups[2]!.id,
      level: "strategic",
      count: "1",
    });
    expect(byProvider.status).toBe(303);
  });

  test("a bad invitation form keeps what was typed; an unknown group and too many are refused, never a 500", async () => {
    const review = await runningReview();
    const groupId = (await review.page(review.commissioner)).review.groups[0]!.id;
    const bad = await review.post(review.commissioner, { intent: "invite", groupId, count: "lots" });
    expect(bad.status).toBe(400);
    const body = bad.body as Refusal;
    expect(Object.keys(body.errors).sort()).toEqual(["count", "level"]);
    expect(body.values).toMatchObject({ groupId, count: "lots" });
    const tooMany = await review.post(review.commissioner, {
      intent: "invite",
      groupId,
      level: "strategic",
      count: "51",
    });
    expect(tooMany.status).toBe(400);
    expect((tooMany.body as Refusal).errors.count).toBe("Make at most 50 invitations at a time");
    const unknown = await review.post(review.commissioner, {
      intent: "invite",
      groupId: "no-such-group",
      level: "strategic",
      count: "1",
    });
    expect(unknown.status).toBe(409);
    expect((unknown.body as Refusal).errors.groupId).toMatch(/no such stakeholder group/);
    expect((await review.post(review.commissioner, { intent: "open-link", groupId: "nope" })).status).toBe(409);
    expect((await review.post(review.commissioner, { intent: "something-else" })).status).toBe(400);
  });
});

describe("closing the review", () => {
  test("only the commissioner can close it; after a yes, nobody else is invited and the page links to the results", async () => {
    const review = await runningReview();
    const closePath = `${review.path}/close`;
    const params = { reviewId: review.id };
    const providerPage = await callLoader(closeRoute.loader, closePath, params, { cookie: review.provider });
    expect(providerPage.status).toBe(403);
    const providerClose = await callAction(closeRoute.action, closePath, { close: "yes" }, params, {
      cookie: review.provider,
    });
    expect(providerClose.status).toBe(403);
    expect((await review.page(review.provider)).review.closed).toBe(false);

    expect((await callLoader(closeRoute.loader, closePath, params, { cookie: review.commissioner })).status).toBe(200);
    const unanswered = await callAction(closeRoute.action, closePath, {}, params, { cookie: review.commissioner });
    expect(unanswered.status).toBe(400);
    const no = await callAction(closeRoute.action, closePath, { close: "no" }, params, { cookie: review.commissioner });
    expect(no.location).toBe(review.path);
    expect((await review.page(review.commissioner)).review.closed).toBe(false);
    const yes = await callAction(closeRoute.action, closePath, { close: "yes" }, params, {
      cookie: review.commissioner,
    });
    expect(yes.status).toBe(303);
    expect((await review.page(review.provider)).review.closed).toBe(true);

    const groupId = (await review.page(review.commissioner)).review.groups[0]!.id;
    const invite = await review.post(review.commissioner, {
      intent: "invite",
      groupId,
      level: "strategic",
      count: "1",
    });
    expect(invite.status).toBe(409);
    expect((invite.body as Refusal).errors.form).toMatch(/closed/);
    // Closed already: the confirmation page sends the commissioner back to the review.
    const after = await callLoader(closeRoute.loader, closePath, params, { cookie: review.commissioner });
    expect(after.status).toBe(303);
  });
});
