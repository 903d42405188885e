/**
 * The stakeholder review's answering pages (issue 20), through their real loaders and actions with each browser's
 * session: an invitation accepted opens only that stakeholder's answers, and nobody else's session (the
 * commissioner's, the provider's, another stakeholder's) opens them; a theme page saves what was chosen and keeps
 * the rest for later; bad input comes back with what was typed; submitting with statements unanswered is refused,
 * each listed; a closed review saves nothing and says so; a group's open link starts a stakeholder's own answers.
 */
import { describe, expect, test } from "vitest";
import { openSession, sealKeys } from "~/access/session.server";
import { statementsOf } from "~/domain/stakeholder";
import { FREE_TEXT_STEP } from "~/domain/stakeholder/answering";
import { claimInvitation } from "~/models/check.server";
import type { Authority } from "~/models/session.server";
import {
  closeReview,
  confirmReview,
  createStakeholderReview,
  getOwnResponse,
  getStakeholderReview,
  inviteStakeholders,
  makeOpenLink,
} from "~/models/stakeholder.server";
import { hashToken } from "~/models/tokens.server";
import * as openLinkRoute from "~/routes/i.$token";
import * as overviewRoute from "~/routes/stakeholder-reviews.$reviewId.answer._index";
import * as stepRoute from "~/routes/stakeholder-reviews.$reviewId.answer.$step";
import * as checkRoute from "~/routes/stakeholder-reviews.$reviewId.answer.check";
import { currentStakeholderQuestionnaire } from "~/domain/stakeholder";
import { callAction, callLoader } from "./support";

type Overview = Awaited<ReturnType<typeof overviewRoute.loader>>;
type Step = Awaited<ReturnType<typeof stepRoute.loader>>;
type Check = Awaited<ReturnType<typeof checkRoute.loader>>;

const questionnaire = currentStakeholderQuestionnaire();
const [firstTheme, secondTheme] = questionnaire.themes;

/** A browser session for a role's link, as opening it would give (the commissioner's and provider's pages are not built here). */
async function sessionFor(authority: Authority) {
  const header = await openSession(new Request("http://localhost/"), [authority]);
  return header.split(";")[0] as string;
}

/** A review both parties have confirmed, with two invitations for its first group. */
async function runningReview() {
  const created = await createStakeholderReview(
    {
      service: "Healthwatch Eastshire",
      providerName: "Eastshire Community Voice",
      commissionerName: "Eastshire County Council",
      createdBy: "commissioner",
      groups: ["GP practices", "Council officers"],
    },
    await sealKeys(),
  );
  const id = created.id;
  const commissioner: Authority = {
    checkId: id,
    role: "commissioner",
    tokenHash: hashToken(created.tokens.commissioner),
  };
  const claimed = await claimInvitation(created.tokens.provider);
  if (claimed.status !== "claimed") throw new Error("Could not claim the provider's invitation");
  const provider: Authority = { checkId: id, role: "provider", tokenHash: hashToken(claimed.token) };
  expect((await confirmReview(provider)).status).toBe("confirmed");
  const review = (await getStakeholderReview(id))!;
  const invited = await inviteStakeholders({
    authority: commissioner,
    groupId: review.groups[0]!.id,
    level: "operational",
    count: 2,
  });
  if (invited.status !== "invited") throw new Error(`Could not invite: ${invited.status}`);
  const base = `/stakeholder-reviews/${id}/answer`;
  const pages = {
    overview: (cookie: string | null, path = base) =>
      callLoader(overviewRoute.loader, path, { reviewId: id }, { cookie }),
    step: (cookie: string | null, step: string, path = base) =>
      callLoader(stepRoute.loader, `${path}/${step}`, { reviewId: id, step }, { cookie }),
    save: (cookie: string | null, step: string, form: Record<string, string>, path = base) =>
      callAction(stepRoute.action, `${path}/${step}`, form, { reviewId: id, step }, { cookie }),
    check: (cookie: string | null, path = base) =>
      callLoader(checkRoute.loader, `${path}/check`, { reviewId: id }, { cookie }),
    submit: (cookie: string | null, path = base) =>
      callAction(checkRoute.action, `${path}/check`, {}, { reviewId: id }, { cookie }),
  };
  return {
    id,
    base,
    review,
    commissioner,
    provider,
    commissionerLink: created.tokens.commissioner,
    invitations: invited.tokens,
    pages,
  };
}

/** Accepts an invitation as its page's button does: the session cookie and where it leads. */
async function accept(invitation: string, cookie: string | null = null) {
  return callAction(openLinkRoute.action, `/i/${invitation}`, {}, { token: invitation }, { cookie });
}

const allOf = (themeIndex: number, value: string) =>
  Object.fromEntries(questionnaire.themes[themeIndex]!.statements.map((s) => [`ratings.${s.id}`, value]));

describe("the stakeholder's answering pages", () => {
  test("an invitation shows the review before anyone accepts; accepting opens only that stakeholder's answers", async () => {
    const { base, invitations, commissioner, provider, pages } = await runningReview();
    const shown = await callLoader(openLinkRoute.loader, `/i/${invitations[0]}`, { token: invitations[0]! });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({
      state: "stakeholder-invitation",
      service: "Healthwatch Eastshire",
      commissionerName: "Eastshire County Council",
      providerName: "Eastshire Community Voice",
      closed: false,
    });
    // Reading the page claims nothing (a mail scanner that fetches it opens nothing).
    const again = await callLoader(openLinkRoute.loader, `/i/${invitations[0]}`, { token: invitations[0]! });
    expect((again.body as { state: string }).state).toBe("stakeholder-invitation");

    const accepted = await accept(invitations[0]!);
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe(`${base}?claimed=1`);
    const mine = accepted.cookie!;
    const first = await pages.overview(mine);
    expect(first.status).toBe(200);
    const overview = first.body as Overview;
    expect(overview.newLink).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    expect(overview.answered).toBe(0);
    expect(overview.themes.map((t) => t.id)).toEqual(questionnaire.themes.map((t) => t.id));
    // The own link is shown once.
    expect(((await pages.overview(mine)).body as Overview).newLink).toBeNull();
    // It is the stakeholder's own link now: opening it again signs a browser in to the same answers.
    const reopened = await callLoader(openLinkRoute.loader, `/i/${overview.newLink}`, { token: overview.newLink! });
    expect(reopened.status).toBe(303);
    expect(reopened.location).toBe(base);
    // The invitation opens nothing again.
    expect((await accept(invitations[0]!)).status).toBe(409);

    expect((await pages.save(mine, firstTheme!.id, allOf(0, "4"))).status).toBe(302);
    expect(((await pages.overview(mine)).body as Overview).answered).toBe(firstTheme!.statements.length);

    // Another stakeholder sees only its own (empty) answers.
    const theirs = (await accept(invitations[1]!)).cookie!;
    expect(((await pages.overview(theirs)).body as Overview).answered).toBe(0);
    const theirPage = (await pages.step(theirs, firstTheme!.id)).body as Step;
    expect(theirPage.statements.every((s) => s.saved === undefined)).toBe(true);

    // Neither the commissioner's session nor the provider's opens a stakeholder's pages.
    for (const authority of [commissioner, provider]) {
      const cookie = await sessionFor(authority);
      expect((await pages.overview(cookie)).status).toBe(403);
      expect((await pages.step(cookie, firstTheme!.id)).status).toBe(403);
      expect((await pages.save(cookie, firstTheme!.id, allOf(0, "1"))).status).toBe(403);
      expect((await pages.submit(cookie)).status).toBe(403);
    }
    expect((await pages.overview(null)).status).toBe(403);
    const still = (await pages.step(mine, firstTheme!.id)).body as Step;
    expect(still.statements.map((s) => s.saved)).toEqual(firstTheme!.statements.map(() => "4"));
  });

  test("a theme page saves what was chosen, keeps the rest for later, and goes on to the next theme", async () => {
    const { base, invitations, pages } = await runningReview();
    const cookie = (await accept(invitations[0]!)).cookie!;
    const [a, b] = firstTheme!.statements;
    const saved = await pages.save(cookie, firstTheme!.id, {
      [`ratings.${a!.id}`]: "5",
      [`ratings.${b!.id}`]: "dont-know",
    });
    expect(saved.status).toBe(302);
    expect(saved.location).toBe(`${base}/${secondTheme!.id}`);
    const page = (await pages.step(cookie, firstTheme!.id)).body as Step;
    expect(page.statements.map((s) => s.saved)).toEqual([
      "5",
      "dont-know",
      ...firstTheme!.statements.slice(2).map(() => undefined),
    ]);
    expect(page.statements[0]!.text).toBe(a!.stakeholder);
    const overview = (await pages.overview(cookie)).body as Overview;
    expect(overview.answered).toBe(2);
    expect(overview.resume).toBe(firstTheme!.id);

    // "Save and come back later" goes back to the overview, which says so.
    const later = await pages.save(cookie, secondTheme!.id, { intent: "save-and-exit", ...allOf(1, "3") });
    expect(later.location).toBe(`${base}?saved=1`);

    // The last theme leads to the free-text page, and that to "check your answers".
    const last = questionnaire.themes.at(-1)!;
    expect((await pages.save(cookie, last.id, {})).location).toBe(`${base}/${FREE_TEXT_STEP}`);
    const text = await pages.save(cookie, FREE_TEXT_STEP, { "text.change-service": "Come to our practice meetings." });
    expect(text.location).toBe(`${base}/check`);
    const freePage = (await pages.step(cookie, FREE_TEXT_STEP)).body as Step;
    expect(freePage.freeText.map((f) => f.saved)).toEqual(["Come to our practice meetings.", ""]);
    // Emptying an answer removes it.
    await pages.save(cookie, FREE_TEXT_STEP, { "text.change-service": "" });
    expect(((await pages.step(cookie, FREE_TEXT_STEP)).body as Step).freeText[0]!.saved).toBe("");

    expect((await pages.step(cookie, "no-such-theme")).status).toBe(404);
  });

  test("a page opened from a “Change” link on “check your answers” goes back there once saved", async () => {
    const { id, base, invitations } = await runningReview();
    const cookie = (await accept(invitations[0]!)).cookie!;
    const save = (step: string, form: Record<string, string>) =>
      callAction(stepRoute.action, `${base}/${step}?return=check`, form, { reviewId: id, step }, { cookie });
    expect((await save(firstTheme!.id, allOf(0, "2"))).location).toBe(`${base}/check`);
    expect((await save(FREE_TEXT_STEP, { "text.change-service": "Fewer forms." })).location).toBe(`${base}/check`);
    // "Save and come back later" still goes to the overview.
    expect((await save(secondTheme!.id, { intent: "save-and-exit" })).location).toBe(`${base}?saved=1`);
  });

  test("bad input comes back as a 400 with what was typed, and saves nothing", async () => {
    const { invitations, pages } = await runningReview();
    const cookie = (await accept(invitations[0]!)).cookie!;
    const [a, b] = firstTheme!.statements;
    const bad = await pages.save(cookie, firstTheme!.id, { [`ratings.${a!.id}`]: "7", [`ratings.${b!.id}`]: "2" });
    expect(bad.status).toBe(400);
    const body = bad.body as { errors: Record<string, string>; values: { ratings: Record<string, string> } };
    expect(body.errors[`ratings.${a!.id}`]).toMatch(/Choose one of the answers/);
    expect(body.values.ratings[b!.id]).toBe("2");
    expect(((await pages.overview(cookie)).body as Overview).answered).toBe(0);

    const stray = await pages.save(cookie, firstTheme!.id, { "ratings.not-on-this-page": "3" });
    expect(stray.status).toBe(400);
    const long = "x".repeat(2001);
    const tooLong = await pages.save(cookie, FREE_TEXT_STEP, { "text.change-own": long });
    expect(tooLong.status).toBe(400);
    const kept = tooLong.body as { errors: Record<string, string>; values: { text: Record<string, string> } };
    expect(kept.errors["text.change-own"]).toMatch(/2,000 characters or fewer/);
    expect(kept.values.text["change-own"]).toBe(long);
  });

  test("submitting with statements unanswered is refused, each listed with a link to its page; then it submits once", async () => {
    const { base, invitations, pages } = await runningReview();
    const cookie = (await accept(invitations[0]!)).cookie!;
    await pages.save(cookie, firstTheme!.id, allOf(0, "4"));
    const check = (await pages.check(cookie)).body as Check;
    const remaining = statementsOf(questionnaire).length - firstTheme!.statements.length;
    expect(check.missing).toHaveLength(remaining);

    const refused = await pages.submit(cookie);
    expect(refused.status).toBe(400);
    const errors = (refused.body as { errors: Array<{ href: string; message: string }> }).errors;
    expect(errors).toHaveLength(remaining);
    const firstMissing = secondTheme!.statements[0]!;
    expect(errors[0]).toEqual({
      href: `${base}/${secondTheme!.id}#field-ratings-${firstMissing.id}`,
      message: `Answer, or choose “Don’t know”: ${firstMissing.stakeholder}`,
    });
    expect(((await pages.overview(cookie)).body as Overview).submittedOn).toBeNull();

    for (const [index, theme] of questionnaire.themes.entries()) await pages.save(cookie, theme.id, allOf(index, "2"));
    const done = await pages.submit(cookie);
    expect(done.status).toBe(302);
    expect(done.location).toBe(base);
    const after = (await pages.overview(cookie)).body as Overview;
    expect(after.submittedOn).not.toBeNull();
    expect(after.sections?.[0]?.rows[0]?.answer).toBe("2 – Disagree");
    // Read-only from now on: the pages send the person to the overview, and a save changes nothing.
    expect((await pages.step(cookie, firstTheme!.id)).status).toBe(302);
    expect((await pages.check(cookie)).status).toBe(302);
    expect((await pages.save(cookie, firstTheme!.id, allOf(0, "5"))).status).toBe(302);
    expect(((await pages.overview(cookie)).body as Overview).sections?.[0]?.rows[0]?.answer).toBe("2 – Disagree");
  });

  test("a closed review saves nothing, keeps what was saved before and what was typed, and says so", async () => {
    const { base, invitations, commissioner, pages } = await runningReview();
    const cookie = (await accept(invitations[0]!)).cookie!;
    await pages.save(cookie, firstTheme!.id, allOf(0, "4"));
    expect((await closeReview(commissioner)).status).toBe("closed");

    const refused = await pages.save(cookie, secondTheme!.id, allOf(1, "1"));
    expect(refused.status).toBe(409);
    const body = refused.body as { closed: boolean; values: { ratings: Record<string, string> } };
    expect(body.closed).toBe(true);
    expect(Object.values(body.values.ratings)).toEqual(secondTheme!.statements.map(() => "1"));
    expect((await pages.submit(cookie)).status).toBe(409);

    const overview = (await pages.overview(cookie)).body as Overview;
    expect(overview.closed).toBe(true);
    expect(overview.answered).toBe(firstTheme!.statements.length);
    expect(overview.sections?.[0]?.rows[0]?.answer).toBe("4 – Agree");
    expect((await pages.step(cookie, secondTheme!.id)).location).toBe(base);

    // An invitation nobody accepted says the review has closed, and accepting it claims nothing.
    const shown = await callLoader(openLinkRoute.loader, `/i/${invitations[1]}`, { token: invitations[1]! });
    expect(shown.body).toMatchObject({ state: "stakeholder-invitation", closed: true });
    expect((await accept(invitations[1]!)).status).toBe(409);
    const stillOpen = await callLoader(openLinkRoute.loader, `/i/${invitations[1]}`, { token: invitations[1]! });
    expect((stillOpen.body as { state: string }).state).toBe("stakeholder-invitation");
  });

  test("the commissioner's link opens the review's own page, not a stakeholder's answers", async () => {
    const { id, commissionerLink } = await runningReview();
    const opened = await callLoader(openLinkRoute.loader, `/i/${commissionerLink}`, { token: commissionerLink });
    expect(opened.status).toBe(303);
    expect(opened.location).toBe(`/stakeholder-reviews/${id}`);
    expect(opened.cookie).toBeTruthy();
    const answers = await callLoader(
      overviewRoute.loader,
      `/stakeholder-reviews/${id}/answer`,
      { reviewId: id },
      {
        cookie: opened.cookie!,
      },
    );
    expect(answers.status).toBe(403);
  });

  test("a group's open link asks the level, refuses none, and starts a stakeholder's own answers", async () => {
    const { id, base, review, commissioner, pages } = await runningReview();
    const made = await makeOpenLink({ authority: commissioner, groupId: review.groups[1]!.id });
    if (made.status !== "made") throw new Error(made.status);
    const path = `/i/${made.token}`;
    const shown = await callLoader(openLinkRoute.loader, path, { token: made.token });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ state: "stakeholder-open", group: "Council officers", closed: false });

    const none = await callAction(openLinkRoute.action, path, {}, { token: made.token });
    expect(none.status).toBe(400);
    expect((none.body as { errors: Record<string, string> }).errors.level).toBe(
      "Select the level at which you work with the service",
    );
    const wrong = await callAction(openLinkRoute.action, path, { level: "sideways" }, { token: made.token });
    expect(wrong.status).toBe(400);
    expect((wrong.body as { values: Record<string, string> }).values.level).toBe("sideways");

    const joined = await callAction(openLinkRoute.action, path, { level: "strategic" }, { token: made.token });
    expect(joined.status).toBe(303);
    expect(joined.location).toBe(base);
    const overview = (await pages.overview(joined.cookie)).body as Overview;
    expect(overview.newLink).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    const own = await getOwnResponse({ checkId: id, role: "stakeholder", tokenHash: hashToken(overview.newLink!) });
    expect(own).toMatchObject({ groupId: review.groups[1]!.id, level: "strategic", submittedAt: null });
    // The open link stays open for the next person, who gets answers of their own.
    const next = await callAction(openLinkRoute.action, path, { level: "operational" }, { token: made.token });
    expect(((await pages.overview(next.cookie)).body as Overview).newLink).not.toBe(overview.newLink);
  });

  test("the provider answers its self-assessment on the same pages, in its own wording", async () => {
    const { id, provider, pages } = await runningReview();
    const cookie = await sessionFor(provider);
    const path = `/stakeholder-reviews/${id}/self-assessment`;
    const page = await pages.step(cookie, firstTheme!.id, path);
    expect(page.status).toBe(200);
    expect((page.body as Step).statements[0]!.text).toBe(firstTheme!.statements[0]!.provider);
    const saved = await pages.save(cookie, firstTheme!.id, allOf(0, "5"), path);
    expect(saved.location).toBe(`${path}/${secondTheme!.id}`);
    const overview = (await pages.overview(cookie, path)).body as Overview;
    expect(overview.role).toBe("provider");
    expect(overview.answered).toBe(firstTheme!.statements.length);
    expect(overview.newLink).toBeNull();
    // A stakeholder's session does not open the provider's self-assessment.
    const stakeholder = (await accept((await runningReview()).invitations[0]!)).cookie!;
    expect((await pages.overview(stakeholder, path)).status).toBe(403);
  });
});
