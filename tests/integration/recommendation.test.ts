import { expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { getCheckSummary } from "~/models/check.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import * as printRoute from "~/routes/checks.$checkId.print";
import * as reportRoute from "~/routes/checks.$checkId.report";
import { callAction, callLoader, checkWithSessions, completeAnswers } from "./support";

async function submittedCheck() {
  const check = await checkWithSessions();
  const summary = (await getCheckSummary(check.id))!;
  for (const side of ["vcs", "prime"] as const) {
    await saveSideAnswers({
      authority: check.authority(side),
      responseId: summary.sides[side].responseId,
      ...completeAnswers(side),
    });
    await submitResponse({
      authority: check.authority(side),
      responseId: summary.sides[side].responseId,
      questionnaire: currentQuestionnaire(),
      side,
    });
  }
  return check;
}

test("the owner writes the chief executive's recommendation; it is kept with the check and printed", async () => {
  const check = await submittedCheck();
  const reportPath = `${check.paths.owner}/report`;
  const write = (recommendation: string, cookie = check.cookies.owner) =>
    callAction(
      reportRoute.action,
      reportPath,
      { intent: "recommendation", recommendation },
      { checkId: check.id },
      { cookie },
    );

  const saved = await write("  Proceed, once the volumes are written into the sub-contract.  ");
  expect(saved.status).toBe(303);
  expect(saved.location).toBe(`/checks/${check.id}/report#recommendation`);
  expect((await getCheckSummary(check.id))!.recommendation).toBe(
    "Proceed, once the volumes are written into the sub-contract.",
  );

  const paper = await callLoader(
    printRoute.loader,
    `${check.paths.owner}/print`,
    { checkId: check.id },
    { cookie: check.cookies.owner },
  );
  expect((paper.body as { recommendation: string | null }).recommendation).toBe(
    "Proceed, once the volumes are written into the sub-contract.",
  );
  // A side reads it on its own board paper and report, and cannot change it.
  const sidePaper = await callLoader(
    printRoute.loader,
    `${check.paths.vcs}/print`,
    { checkId: check.id, side: "vcs" },
    { cookie: check.cookies.vcs },
  );
  expect((sidePaper.body as { recommendation: string | null }).recommendation).toContain("Proceed");
  const asSide = await callAction(
    reportRoute.action,
    `${check.paths.vcs}/report`,
    { intent: "recommendation", recommendation: "Sign it" },
    { checkId: check.id, side: "vcs" },
    { cookie: check.cookies.vcs },
  );
  expect(asSide.status).toBe(403);

  // Too long: a 400 naming the limit, what was typed kept, nothing changed.
  const long = await write("x".repeat(3001));
  expect(long.status).toBe(400);
  const error = (
    long.body as { recommendationError: { errors: Record<string, string>; values: Record<string, unknown> } }
  ).recommendationError;
  expect(error.errors.recommendation).toBe("Keep the recommendation under 3000 characters");
  expect(error.values.recommendation).toBe("x".repeat(3001));
  expect((await getCheckSummary(check.id))!.recommendation).toContain("Proceed");

  // Emptied, it is removed.
  expect((await write("   ")).status).toBe(303);
  expect((await getCheckSummary(check.id))!.recommendation).toBeNull();
});

test("the board paper without a recommendation says who can write it, and the appendix is only there when asked for", async () => {
  const check = await submittedCheck();
  const load = async (query = "") =>
    (
      await callLoader(
        printRoute.loader,
        `${check.paths.owner}/print${query}`,
        { checkId: check.id },
        { cookie: check.cookies.owner },
      )
    ).body as { recommendation: string | null; appendix: boolean; methodUrl: string };
  const plain = await load();
  expect(plain).toMatchObject({ recommendation: null, appendix: false });
  expect(plain.methodUrl).toMatch(/^https?:\/\/[^/]+\/how-scoring-works$/);
  expect((await load("?appendix=yes")).appendix).toBe(true);
});
