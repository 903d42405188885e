/**
 * A respondent's pages (issue 16), through the real loaders and actions with
 * a browser's cookies: accepting an invitation, answering the positions only,
 * a note that reaches the lead only when shared, submitting, and nothing of
 * the lead's or anyone else's reachable.
 */
import { describe, expect, test } from "vitest";
import { sealKeys } from "~/access/session.server";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { getBoard, inviteRespondent } from "~/models/board.server";
import { getCheckSummary } from "~/models/check.server";
import { getSideAnswers } from "~/models/response.server";
import * as sideRoute from "~/routes/checks.$checkId.$side._index";
import * as sectionRoute from "~/routes/checks.$checkId.$side.section.$sectionId";
import * as reviewRoute from "~/routes/checks.$checkId.$side.review";
import * as submittedRoute from "~/routes/checks.$checkId.$side.submitted";
import * as reportRoute from "~/routes/checks.$checkId.$side.report";
import * as linkRoute from "~/routes/checks.$checkId.$side.link";
import * as openLinkRoute from "~/routes/i.$token";
import { callAction, callLoader, checkWithSessions } from "./support";

const questionnaire = currentQuestionnaire();
const dimensions = questionnaire.dimensions;

/** A lead's check with one respondent who has accepted their invitation in their own browser. */
async function withRespondent(label = "Treasurer") {
  const check = await checkWithSessions();
  const invited = await inviteRespondent({
    authority: check.authority("vcs"),
    side: "vcs",
    label,
    keys: await sealKeys(),
  });
  if (invited.status !== "invited") throw new Error(invited.status);
  const page = await callLoader(openLinkRoute.loader, `/i/${invited.token}`, { token: invited.token });
  expect(page.body).toMatchObject({ state: "invitation", organisation: "Helping Hands", respondent: { label } });
  const accepted = await callAction(openLinkRoute.action, `/i/${invited.token}`, {}, { token: invited.token });
  expect(accepted.status).toBe(303);
  expect(accepted.location).toBe(`/checks/${check.id}/vcs-respondent?claimed=1`);
  return { check, invited, cookie: accepted.cookie!, params: { checkId: check.id, side: "vcs-respondent" } };
}

/** A whole section's form, every item at one position, with an optional note on the first. */
function sectionForm(
  dimension: (typeof dimensions)[number],
  preferred: number,
  note?: { text: string; share: boolean },
) {
  const form = new URLSearchParams({ intent: "continue" });
  for (const [n, item] of dimension.items.entries()) {
    form.set(`items.${item.id}.preferred`, String(preferred));
    form.set(`items.${item.id}.importance`, "medium");
    if (n === 0 && note) {
      form.set(`items.${item.id}.note`, note.text);
      if (note.share) form.set(`items.${item.id}.shareNote`, "on");
    }
  }
  return form;
}

async function answerEverything(
  params: { checkId: string; side: string },
  cookie: string,
  preferred: number,
  note?: { text: string; share: boolean },
) {
  for (const [n, dimension] of dimensions.entries()) {
    const path = `/checks/${params.checkId}/${params.side}/section/${dimension.id}`;
    const saved = await callAction(
      sectionRoute.action,
      path,
      sectionForm(dimension, preferred, n === 0 ? note : undefined),
      { ...params, sectionId: dimension.id },
      { cookie },
    );
    expect(saved.status, JSON.stringify(saved.body)).toBe(302);
  }
}

describe("a respondent's pages", () => {
  test("a respondent sees their own progress over the positions only, never the figures or the result", async () => {
    const { check, cookie, params } = await withRespondent();
    const home = await callLoader(sideRoute.loader, `/checks/${check.id}/vcs-respondent`, params, { cookie });
    expect(home.status).toBe(200);
    expect(home.body).toMatchObject({ kind: "respondent", label: "Treasurer", status: "not_started" });
    const body = home.body as { sections: Array<{ id: string }>; newLink: string | null };
    expect(body.sections.map((s) => s.id)).toEqual(dimensions.map((d) => d.id));
    // The link they were given on accepting, shown once.
    expect(body.newLink).toMatch(/^[A-Za-z0-9_-]{32}$/);

    const facts = await callLoader(
      sectionRoute.loader,
      `/checks/${check.id}/vcs-respondent/section/facts`,
      { ...params, sectionId: "facts" },
      { cookie },
    );
    expect(facts.status).toBe(404);
    // The lead's pages, the side's report and its link are not theirs.
    expect(
      (await callLoader(sideRoute.loader, `/checks/${check.id}/vcs`, { checkId: check.id, side: "vcs" }, { cookie }))
        .status,
    ).toBe(403);
    expect(
      (await callLoader(reportRoute.loader, `/checks/${check.id}/vcs-respondent/report`, params, { cookie })).status,
    ).toBe(404);
    expect(
      (await callLoader(linkRoute.loader, `/checks/${check.id}/vcs-respondent/link`, params, { cookie })).status,
    ).toBe(404);
    // Nor the other side's respondent pages.
    expect(
      (
        await callLoader(
          sideRoute.loader,
          `/checks/${check.id}/prime-respondent`,
          { checkId: check.id, side: "prime-respondent" },
          { cookie },
        )
      ).status,
    ).toBe(403);
  });

  test("a respondent answers alone; a note reaches the lead only when shared, and never with a name", async () => {
    const { check, invited, cookie, params } = await withRespondent("Chair");
    await answerEverything(params, cookie, 2, { text: "Our name is how families find us", share: true });
    const summary = (await getCheckSummary(check.id))!;
    // The respondent's answers are theirs, not the side's.
    expect((await getSideAnswers(summary.sides.vcs.responseId)).answers).toEqual({});
    const own = await getSideAnswers(invited.id);
    expect(own.answers[dimensions[0]!.items[0]!.id]).toMatchObject({ preferred: 2, shareNote: true });

    const review = await callLoader(reviewRoute.loader, `/checks/${check.id}/vcs-respondent/review`, params, {
      cookie,
    });
    expect(review.body).toMatchObject({ respondent: true, board: false, missingCount: 0 });
    const submitted = await callAction(
      reviewRoute.action,
      `/checks/${check.id}/vcs-respondent/review`,
      { confirm: "on" },
      params,
      {
        cookie,
      },
    );
    expect(submitted.status).toBe(302);
    expect(
      (await callLoader(submittedRoute.loader, `/checks/${check.id}/vcs-respondent/submitted`, params, { cookie }))
        .status,
    ).toBe(200);
    // Submitted: the section pages send them home.
    const again = await callLoader(
      sectionRoute.loader,
      `/checks/${check.id}/vcs-respondent/section/${dimensions[0]!.id}`,
      { ...params, sectionId: dimensions[0]!.id },
      { cookie },
    );
    expect(again.status).toBe(302);

    const board = await getBoard({
      questionnaire,
      side: "vcs",
      partyId: summary.sides.vcs.partyId,
      responseId: summary.sides.vcs.responseId,
      submitted: false,
    });
    expect(board.submitted).toBe(1);
    expect(board.sharedNotes[dimensions[0]!.items[0]!.id]).toEqual(["Our name is how families find us"]);
    expect(JSON.stringify(board)).not.toContain("Chair");

    // The lead's page counts them, and sends the lead to the board to submit.
    const lead = await callLoader(
      sideRoute.loader,
      `/checks/${check.id}/vcs`,
      { checkId: check.id, side: "vcs" },
      {
        cookie: check.cookies.vcs,
      },
    );
    expect(lead.body).toMatchObject({ kind: "lead", board: { invited: 1, submitted: 1 } });
    const leadReview = await callAction(
      reviewRoute.action,
      `/checks/${check.id}/vcs/review`,
      { confirm: "on" },
      {
        checkId: check.id,
        side: "vcs",
      },
      { cookie: check.cookies.vcs },
    );
    expect(leadReview.location).toBe(`/checks/${check.id}/vcs/board`);
  });

  test("a note not shared stays with its author", async () => {
    const { check, cookie, params } = await withRespondent();
    await answerEverything(params, cookie, 3, { text: "Private: I doubt the prime", share: false });
    await callAction(reviewRoute.action, `/checks/${check.id}/vcs-respondent/review`, { confirm: "on" }, params, {
      cookie,
    });
    const summary = (await getCheckSummary(check.id))!;
    const board = await getBoard({
      questionnaire,
      side: "vcs",
      partyId: summary.sides.vcs.partyId,
      responseId: summary.sides.vcs.responseId,
      submitted: false,
    });
    expect(board.submitted).toBe(1);
    expect(JSON.stringify(board)).not.toContain("Private");
  });
});
