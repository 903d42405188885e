import { expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { getCheckSummary } from "~/models/check.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import * as overviewRoute from "~/routes/checks.$checkId.$side._index";
import { callLoader, checkWithSessions, completeAnswers } from "./support";

type Overview = Awaited<ReturnType<typeof overviewRoute.loader>>;

test("a side still answering sees on its page that the other side has submitted, and when", async () => {
  const check = await checkWithSessions();
  const view = async () =>
    (
      await callLoader(
        overviewRoute.loader,
        check.paths.vcs,
        { checkId: check.id, side: "vcs" },
        { cookie: check.cookies.vcs },
      )
    ).body as Overview;
  expect(await view()).toMatchObject({ otherSubmitted: false, otherSubmittedOn: null });

  const summary = (await getCheckSummary(check.id))!;
  await saveSideAnswers({
    authority: check.authority("prime"),
    responseId: summary.sides.prime.responseId,
    ...completeAnswers("prime"),
  });
  await submitResponse({
    authority: check.authority("prime"),
    responseId: summary.sides.prime.responseId,
    questionnaire: currentQuestionnaire(),
    side: "prime",
  });
  const after = await view();
  expect(after.otherSubmitted).toBe(true);
  expect(after.otherSubmittedOn).toBe(
    new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" }),
  );
  // Sealed still: nothing of the other side's answers reaches this side's page.
  expect(after.report).toBeNull();
});
