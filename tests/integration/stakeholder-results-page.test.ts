/**
 * A stakeholder review's results page (issue 20): only the two who run it open it, only once the review is closed;
 * no group below three and no one's answers on it; shared actions recorded and removed through plain forms, with
 * bad input refused and what was typed kept. Through the real loader and action, on both databases.
 */
import { describe, expect, test } from "vitest";
import { currentStakeholderQuestionnaire } from "~/domain/stakeholder";
import * as page from "~/routes/stakeholder-reviews.$reviewId.results";
import { api } from "./api-support";
import { answeredReview, sessionFor } from "./stakeholder-support";
import { callAction, callLoader } from "./support";

type Page = Awaited<ReturnType<typeof page.loader>>;

describe("the results page", () => {
  test("opens for the two who run the review once it is closed, with nothing of a group below three", async () => {
    const review = await answeredReview();
    const path = `/stakeholder-reviews/${review.id}/results`;
    const params = { reviewId: review.id };
    const commissioner = await sessionFor(review.id, "commissioner", review.commissioner);
    expect((await callLoader(page.loader, path, params, { cookie: commissioner })).status).toBe(409);
    await api("POST", "/api/v1/stakeholder-review/close", { token: review.commissioner });

    for (const cookie of [commissioner, await sessionFor(review.id, "provider", review.provider)]) {
      const opened = await callLoader(page.loader, path, params, { cookie });
      expect(opened.status).toBe(200);
      const view = opened.body as Page;
      expect(view.counted).toBe(3);
      expect(view.groups.map((g) => [g.name, g.responses])).toEqual([["GP practices", 3]]);
      expect(view.hidden).toEqual(["Residents' representatives"]);
      expect(view.themes[0]).toMatchObject({ system: 2, self: 5 });
      expect(view.divergent.length).toBe(currentStakeholderQuestionnaire().themes.length);
      // The provider's 5s against the GPs' 2s: one reason per theme, said once over all of the theme's statements.
      for (const [i, theme] of currentStakeholderQuestionnaire().themes.entries()) {
        expect(view.divergent[i]!.byReason).toEqual([
          {
            reason: "The provider rates itself higher than the system does",
            items: theme.statements.map((s) => expect.objectContaining({ statementId: s.id, text: s.stakeholder })),
          },
        ]);
      }
      expect(view.groups[0]!.text[0]!.answers).toEqual(["GP suggestion 0", "GP suggestion 1", "GP suggestion 2"]);
      expect(JSON.stringify(view)).not.toContain("lone resident");
      expect(view.selfText).toEqual([
        {
          id: "change-service",
          question: "What is one thing you could change to be more effective?",
          answer: "Publish more of what we hear.\n\nAnd sooner.",
        },
      ]);
    }
    // A stakeholder, or nobody, opens nothing.
    const stakeholder = await sessionFor(review.id, "stakeholder", review.resident);
    expect((await callLoader(page.loader, path, params, { cookie: stakeholder })).status).toBe(403);
    expect((await callLoader(page.loader, path, params)).status).toBe(403);
  });

  test("shared actions: recorded, refused with what was typed kept, and removed", async () => {
    const review = await answeredReview();
    await api("POST", "/api/v1/stakeholder-review/close", { token: review.commissioner });
    const path = `/stakeholder-reviews/${review.id}/results`;
    const params = { reviewId: review.id };
    const cookie = await sessionFor(review.id, "provider", review.provider);
    const bad = await callAction(
      page.action,
      path,
      { intent: "add", forWhom: "system", who: "", what: "Share the survey", dueOn: "31/03/2027" },
      params,
      { cookie },
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      errors: { who: expect.stringMatching(/^Enter who/), dueOn: expect.stringMatching(/YYYY-MM-DD/) },
      values: { what: "Share the survey", dueOn: "31/03/2027" },
    });
    const added = await callAction(
      page.action,
      path,
      {
        intent: "add",
        forWhom: "system",
        who: "GP federation",
        what: "Share the survey",
        dueOn: "2027-03-31",
        themeId: "listening",
      },
      params,
      { cookie },
    );
    expect(added.status).toBe(303);
    const view = (await callLoader(page.loader, path, params, { cookie })).body as Page;
    expect(view.actions.map((a) => [a.who, a.what, a.dueOn, a.due, a.theme, a.recordedBy])).toEqual([
      ["GP federation", "Share the survey", "2027-03-31", "31 March 2027", "Listening to the public", "provider"],
    ]);
    const removed = await callAction(page.action, path, { intent: "remove", actionId: view.actions[0]!.id }, params, {
      cookie,
    });
    expect(removed.status).toBe(303);
    expect(((await callLoader(page.loader, path, params, { cookie })).body as Page).actions).toEqual([]);
  });
});
