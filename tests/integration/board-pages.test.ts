/**
 * The lead's board pages (issue 16), through their real loaders and actions
 * with real Requests and session cookies: inviting and withdrawing the people
 * who answer alone, the board's answer (the combined answer below three
 * submitted, the spread from three, never who said what), shared notes,
 * overrides with a reason, and submitting the side.
 */
import { fileURLToPath } from "node:url";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer } from "~/domain/types";
import { RESPONDENT_LABEL_MAX_LENGTH, toApiAnswer } from "~/domain/validation";
import * as respondentsRoute from "~/routes/checks.$checkId.$side.respondents";
import * as withdrawRoute from "~/routes/checks.$checkId.$side.respondents_.$respondentId.withdraw";
import * as boardRoute from "~/routes/checks.$checkId.$side.board";
import * as itemRoute from "~/routes/checks.$checkId.$side.board_.$itemId";
import * as openLinkRoute from "~/routes/i.$token";
import remixConfig from "../../remix.config.js";
import { api } from "./api-support";
import { answerAt as at, callAction, callLoader, checkWithSessions, completeAnswers } from "./support";

type RespondentsPage = Awaited<ReturnType<typeof respondentsRoute.loader>>;
type BoardPage = Awaited<ReturnType<typeof boardRoute.loader>>;
type ItemPage = Awaited<ReturnType<typeof itemRoute.loader>>;

const questionnaire = currentQuestionnaire();
const itemIds = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));
const firstItem = itemIds[0]!;

/** A check with the lead's browser session, and the calls the lead's pages take. */
async function leadOfCheck() {
  const check = await checkWithSessions();
  const cookie = check.cookies.vcs;
  const params = { checkId: check.id, side: "vcs" };
  const base = `/checks/${check.id}/vcs`;
  const respondentsPage = async (query = "") =>
    callLoader(respondentsRoute.loader, `${base}/respondents${query}`, params, { cookie });
  const invite = (label?: string) =>
    callAction(
      respondentsRoute.action,
      `${base}/respondents`,
      label === undefined ? { intent: "invite" } : { intent: "invite", label },
      params,
      { cookie },
    );
  const board = () => callLoader(boardRoute.loader, `${base}/board`, params, { cookie });
  const boardData = async () => {
    const page = await board();
    expect(page.status).toBe(200);
    return page.body as BoardPage;
  };
  const itemOf = (view: BoardPage, id: string) => view.dimensions.flatMap((d) => d.items).find((i) => i.id === id)!;
  const override = (itemId: string, form: Record<string, string> | URLSearchParams) =>
    callAction(itemRoute.action, `${base}/board/${itemId}`, form, { ...params, itemId }, { cookie });
  const submit = (form: Record<string, string>) =>
    callAction(boardRoute.action, `${base}/board`, form, params, { cookie });
  /** Invites through the page and returns the new respondent's id and invitation token. */
  const invited = async (label?: string) => {
    const made = await invite(label);
    expect(made.status).toBe(303);
    const id = new URL(made.location!, "http://localhost").searchParams.get("invited")!;
    const page = (await respondentsPage(`?invited=${id}`)).body as RespondentsPage;
    const person = page.people.find((p) => p.id === id)!;
    if (person.invitation.state !== "unclaimed") throw new Error("Expected an unclaimed invitation");
    return { id, token: person.invitation.url.split("/i/")[1]!, page };
  };
  const saveFacts = async () => {
    const { facts } = completeAnswers("vcs");
    expect((await api("PUT", "/api/v1/answers", { token: check.tokens.vcs, body: { facts } })).status).toBe(200);
  };
  return {
    check,
    cookie,
    params,
    base,
    respondentsPage,
    invite,
    invited,
    board,
    boardData,
    itemOf,
    override,
    submit,
    saveFacts,
  };
}

/** A respondent accepts their invitation (as a client would) and answers every item alone, and submits. */
async function answerAndSubmit(invitation: string, choose: (itemId: string) => Answer) {
  const claimed = await api<{ token: string }>("POST", "/api/v1/invitations/claim", { token: invitation });
  expect(claimed.status).toBe(200);
  const answers = Object.fromEntries(itemIds.map((id) => [id, toApiAnswer(choose(id))]));
  const saved = await api("PUT", "/api/v1/answers", { token: claimed.body.token, body: { answers } });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect((await api("POST", "/api/v1/answers/submit", { token: claimed.body.token })).status).toBe(200);
  return claimed.body.token;
}

describe("the lead's board pages", () => {
  test("the confirmation and override pages are pages of their own, not nested in the list or the board", () => {
    const routes = Object.values(
      flatRoutes(fileURLToPath(new URL("../../app", import.meta.url)), remixConfig.ignoredRouteFiles),
    );
    const byFile = (file: string) => routes.find((r) => r.file === `routes/${file}`)!;
    for (const [file, path] of [
      ["checks.$checkId.$side.respondents_.$respondentId.withdraw.tsx", "respondents/:respondentId/withdraw"],
      ["checks.$checkId.$side.board_.$itemId.tsx", "board/:itemId"],
    ] as const) {
      const route = byFile(file);
      expect(route.parentId).toBe("root");
      expect(route.path).toBe(`checks/:checkId/:side/${path}`);
    }
  });

  test("inviting with and without a label; an overlong label is a 400 that keeps what was typed", async () => {
    const lead = await leadOfCheck();
    const treasurer = await lead.invited("Treasurer");
    expect(treasurer.page.invited).toEqual({ label: "Treasurer", url: `http://localhost/i/${treasurer.token}` });
    const unlabelled = await lead.invited();
    expect(unlabelled.page.invited?.label).toBeNull();

    const page = (await lead.respondentsPage()).body as RespondentsPage;
    expect(page.invited).toBeNull();
    expect(page.people.map((p) => [p.label, p.status, p.invitation.state])).toEqual([
      ["Treasurer", "not_started", "unclaimed"],
      [null, "not_started", "unclaimed"],
    ]);

    const long = "T".repeat(RESPONDENT_LABEL_MAX_LENGTH + 1);
    const refused = await lead.invite(long);
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({
      errors: { label: `Keep the label under ${RESPONDENT_LABEL_MAX_LENGTH} characters` },
      label: long,
    });
    expect(((await lead.respondentsPage()).body as RespondentsPage).people).toHaveLength(2);

    // Once accepted, the page says so and no longer shows the link.
    const accepted = await callAction(openLinkRoute.action, `/i/${treasurer.token}`, {}, { token: treasurer.token });
    expect(accepted.status).toBe(303);
    const after = (await lead.respondentsPage()).body as RespondentsPage;
    expect(after.people[0]!.invitation).toEqual({ state: "accepted" });
    expect(JSON.stringify(after)).not.toContain(treasurer.token);
  });

  test("a respondent's session gets a 404 on every one of the lead's pages", async () => {
    const lead = await leadOfCheck();
    const { id, token } = await lead.invited("Chair");
    const accepted = await callAction(openLinkRoute.action, `/i/${token}`, {}, { token });
    expect(accepted.status).toBe(303);
    expect(accepted.location).toContain("/vcs-respondent");
    const cookie = accepted.cookie;
    const params = { checkId: lead.check.id, side: "vcs-respondent" };
    const base = `/checks/${lead.check.id}/vcs-respondent`;
    const options = { cookie };
    expect((await callLoader(respondentsRoute.loader, `${base}/respondents`, params, options)).status).toBe(404);
    expect(
      (await callAction(respondentsRoute.action, `${base}/respondents`, { intent: "invite" }, params, options)).status,
    ).toBe(404);
    const withdrawParams = { ...params, respondentId: id };
    expect(
      (await callLoader(withdrawRoute.loader, `${base}/respondents/${id}/withdraw`, withdrawParams, options)).status,
    ).toBe(404);
    expect(
      (await callAction(withdrawRoute.action, `${base}/respondents/${id}/withdraw`, {}, withdrawParams, options))
        .status,
    ).toBe(404);
    expect((await callLoader(boardRoute.loader, `${base}/board`, params, options)).status).toBe(404);
    expect((await callAction(boardRoute.action, `${base}/board`, { confirm: "on" }, params, options)).status).toBe(404);
    const itemParams = { ...params, itemId: firstItem };
    expect((await callLoader(itemRoute.loader, `${base}/board/${firstItem}`, itemParams, options)).status).toBe(404);
    expect(
      (await callAction(itemRoute.action, `${base}/board/${firstItem}`, { intent: "remove" }, itemParams, options))
        .status,
    ).toBe(404);
    // Still invited: nothing was withdrawn.
    expect(((await lead.respondentsPage()).body as RespondentsPage).people.map((p) => p.id)).toEqual([id]);
  });

  test("withdrawing goes through a confirmation; the link stops working and the person leaves the list", async () => {
    const lead = await leadOfCheck();
    const kept = await lead.invited("Treasurer");
    const gone = await lead.invited("Finance lead");
    const respondentToken = (await api<{ token: string }>("POST", "/api/v1/invitations/claim", { token: gone.token }))
      .body.token;
    const params = { ...lead.params, respondentId: gone.id };
    const path = `${lead.base}/respondents/${gone.id}/withdraw`;
    const confirm = await callLoader(withdrawRoute.loader, path, params, { cookie: lead.cookie });
    expect(confirm.status).toBe(200);
    expect(confirm.body).toMatchObject({ label: "Finance lead", organisation: "Helping Hands" });
    // Opening the confirmation withdraws nothing.
    expect(((await lead.respondentsPage()).body as RespondentsPage).people).toHaveLength(2);

    const withdrawn = await callAction(withdrawRoute.action, path, {}, params, { cookie: lead.cookie });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.location).toBe(`${lead.base}/respondents?withdrawn=1`);
    const page = (await lead.respondentsPage("?withdrawn=1")).body as RespondentsPage;
    expect(page.withdrawn).toBe(true);
    expect(page.people.map((p) => p.id)).toEqual([kept.id]);
    expect((await api("GET", "/api/v1/answers", { token: respondentToken })).status).toBe(401);
    // Gone: its confirmation page is a 404 now, as is anyone else's id.
    expect((await callLoader(withdrawRoute.loader, path, params, { cookie: lead.cookie })).status).toBe(404);
    const other = { ...lead.params, respondentId: "not-a-respondent" };
    expect((await callLoader(withdrawRoute.loader, path, other, { cookie: lead.cookie })).status).toBe(404);
  });

  test("below three submitted only the combined answer; from three the spread; never who said what; shared notes only", async () => {
    const lead = await leadOfCheck();
    const people = [await lead.invited("Treasurer"), await lead.invited("Chair"), await lead.invited("Secretary")];
    const empty = await lead.boardData();
    expect(empty).toMatchObject({ invited: 3, counted: 0, respondentsSubmitted: 0, spreadShown: false });
    expect(empty.leadCounted).toBe(false);
    expect(lead.itemOf(empty, firstItem).combined).toBeNull();

    await answerAndSubmit(people[0]!.token, () =>
      at(1, { redLine: true, note: "We must keep our name", shareNote: true }),
    );
    await answerAndSubmit(people[1]!.token, () => at(2, { note: "A private worry" }));
    const two = await lead.boardData();
    expect(two).toMatchObject({ invited: 3, counted: 2, respondentsSubmitted: 2, spreadShown: false });
    const item = lead.itemOf(two, firstItem);
    expect(item.spread).toBeNull();
    expect(two.dimensions.flatMap((d) => d.items).every((i) => i.spread === null)).toBe(true);
    // The lower median of 1 and 2, the positions both could accept, and the red line one of them marked.
    expect(item.combined?.[0]).toMatch(/^Preferred: 1\. /);
    expect(item.combined?.[1]).toMatch(/^Everyone could accept: 1\. .*; 2\. /);
    expect(item.combined).toContain("Red line: Yes");
    expect(item.notes).toEqual(["We must keep our name"]);
    expect(lead.itemOf(two, itemIds[1]!).notes).toEqual(["We must keep our name"]);

    await answerAndSubmit(people[2]!.token, () => at(4));
    const three = await lead.boardData();
    expect(three).toMatchObject({ counted: 3, respondentsSubmitted: 3, spreadShown: true });
    const spread = lead.itemOf(three, firstItem).spread;
    expect(spread?.counts).toEqual({ positions: [1, 1, 0, 1, 0], redLines: 1 });
    expect(spread?.preferred).toBe(2);
    // Nothing on the board names anyone: no ids, no labels, no unshared note.
    const text = JSON.stringify(three);
    for (const person of people) expect(text).not.toContain(person.id);
    for (const label of ["Treasurer", "Chair", "Secretary"]) expect(text).not.toContain(label);
    expect(text).not.toContain("A private worry");
  });

  test("an override needs a reason, shows on the board and is what the side submits; then the board is closed", async () => {
    const lead = await leadOfCheck();
    const people = [await lead.invited(), await lead.invited(), await lead.invited()];
    for (const person of people) await answerAndSubmit(person.token, () => at(1));

    const itemPage = await callLoader(
      itemRoute.loader,
      `${lead.base}/board/${firstItem}`,
      { ...lead.params, itemId: firstItem },
      { cookie: lead.cookie },
    );
    expect(itemPage.status).toBe(200);
    // Prefilled with the combined answer.
    expect((itemPage.body as ItemPage).values).toMatchObject({
      preferred: "1",
      acceptable: ["2"],
      importance: "medium",
    });

    const form = new URLSearchParams([
      ["intent", "save"],
      ["answer.preferred", "3"],
      ["answer.acceptable", "2"],
      ["answer.acceptable", "4"],
      ["answer.importance", "high"],
      ["answer.redLine", "on"],
    ]);
    const noReason = await lead.override(firstItem, form);
    expect(noReason.status).toBe(400);
    expect(noReason.body).toMatchObject({
      errors: { reason: "Say why you are changing the board’s combined answer" },
      values: { preferred: "3", acceptable: ["2", "4"], importance: "high", redLine: true, reason: "" },
    });
    const gap = await lead.override(
      firstItem,
      new URLSearchParams([
        ["intent", "save"],
        ["answer.preferred", "1"],
        ["answer.acceptable", "3"],
        ["answer.importance", "low"],
        ["reason", "A reason"],
      ]),
    );
    expect(gap.status).toBe(400);
    expect((gap.body as { errors: Record<string, string> }).errors["answer.acceptable"]).toMatch(/without a gap/);
    expect((await lead.boardData()).dimensions[0]!.items[0]!.override).toBeNull();

    form.set("reason", "The chief executive's advice after the meeting");
    const saved = await lead.override(firstItem, form);
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(`${lead.base}/board#item-${firstItem}`);
    const board = await lead.boardData();
    const item = lead.itemOf(board, firstItem);
    expect(item.override?.reason).toBe("The chief executive's advice after the meeting");
    expect(item.override?.lines[0]).toMatch(/^Preferred: 3\. /);
    expect(item.override?.lines).toContain("Matters: High");
    expect(item.combined?.[0]).toMatch(/^Preferred: 1\. /);

    // Removing it goes back to the combined answer; saving again puts it back.
    const removed = await lead.override(firstItem, { intent: "remove" });
    expect(removed.status).toBe(303);
    expect(lead.itemOf(await lead.boardData(), firstItem).override).toBeNull();
    expect((await lead.override(firstItem, form)).status).toBe(303);

    // Without the figures the board is incomplete: a 400 naming what is missing, with where to answer it.
    const noConfirm = await lead.submit({});
    expect(noConfirm.status).toBe(400);
    const incomplete = await lead.submit({ confirm: "on" });
    expect(incomplete.status).toBe(400);
    const missing = (incomplete.body as { missing: Array<{ id: string; href: string }> }).missing;
    const vcsFacts = questionnaire.facts.filter((f) => f.side === "vcs" && !f.optional).map((f) => f.id);
    expect(missing.map((m) => m.id).sort()).toEqual([...vcsFacts].sort());
    expect(missing[0]!.href).toContain(`${lead.base}/section/facts#question-`);

    await lead.saveFacts();
    const submitted = await lead.submit({ confirm: "on" });
    expect(submitted.status).toBe(303);
    expect(submitted.location).toBe(lead.base);
    const answers = await api<{ status: string; answers: Record<string, { preferred: number; acceptable: number[] }> }>(
      "GET",
      "/api/v1/answers",
      { token: lead.check.tokens.vcs },
    );
    expect(answers.body.status).toBe("submitted");
    expect(answers.body.answers[firstItem]).toMatchObject({ preferred: 3, acceptable: [2, 3, 4] });
    expect(answers.body.answers[itemIds[1]!]?.preferred).toBe(1);

    // Closed: the board sends the lead home, nobody can be invited or withdrawn, and no override changes.
    const closed = await lead.board();
    expect(closed.status).toBe(302);
    expect(closed.location).toBe(lead.base);
    const refused = await lead.invite("Late trustee");
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      errors: { label: expect.stringMatching(/submitted/) },
      label: "Late trustee",
    });
    const page = (await lead.respondentsPage()).body as RespondentsPage;
    expect(page.submitted).toBe(true);
    expect(page.people).toHaveLength(3);
    const withdrawParams = { ...lead.params, respondentId: people[0]!.id };
    const withdrawPath = `${lead.base}/respondents/${people[0]!.id}/withdraw`;
    expect((await callLoader(withdrawRoute.loader, withdrawPath, withdrawParams, { cookie: lead.cookie })).status).toBe(
      302,
    );
    expect(
      (await callAction(withdrawRoute.action, withdrawPath, {}, withdrawParams, { cookie: lead.cookie })).status,
    ).toBe(400);
    expect((await lead.override(firstItem, { intent: "remove" })).status).toBe(303);
    const still = await api<{ answers: Record<string, { preferred: number }> }>("GET", "/api/v1/answers", {
      token: lead.check.tokens.vcs,
    });
    expect(still.body.answers[firstItem]?.preferred).toBe(3);
  });

  test("a board nobody has answered yet is incomplete on every question, each linked to where to answer it", async () => {
    const lead = await leadOfCheck();
    await lead.invited("Treasurer");
    const incomplete = await lead.submit({ confirm: "on" });
    expect(incomplete.status).toBe(400);
    const body = incomplete.body as { errors: { missing: string }; missing: Array<{ id: string; href: string }> };
    expect(body.missing.length).toBeGreaterThanOrEqual(itemIds.length);
    expect(body.errors.missing).toContain(`${body.missing.length} still to answer`);
    expect(body.missing.find((m) => m.id === firstItem)?.href).toBe(`${lead.base}/board#item-${firstItem}`);
    expect((await lead.boardData()).missing).toEqual(body.missing);
  });
});
