import { expect, test } from "vitest";
import { flagKey } from "~/domain/flags";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { getCheckSummary } from "~/models/check.server";
import { getSideAnswers, saveSideAnswers, submitResponse } from "~/models/response.server";
import * as ownerRoute from "~/routes/checks.$checkId._index";
import * as reportRoute from "~/routes/checks.$checkId.report";
import * as overviewRoute from "~/routes/checks.$checkId.$side._index";
import { api } from "./api-support";
import { HEALTHY_FACTS, callAction, callLoader, checkWithSessions, completeAnswers, sideAuthority } from "./support";

test("the owner records what became of a flag; everyone sees it; the answers stay as submitted", async () => {
  const check = await checkWithSessions();
  const summary = (await getCheckSummary(check.id))!;
  for (const side of ["vcs", "prime"] as const) {
    const answers = completeAnswers(side);
    if (side === "prime") answers.facts = { ...HEALTHY_FACTS.prime, guaranteedReferralsPerYear: 0 };
    await saveSideAnswers({
      authority: await sideAuthority(check.id, side),
      responseId: summary.sides[side].responseId,
      ...answers,
    });
    await submitResponse({
      authority: await sideAuthority(check.id, side),
      responseId: summary.sides[side].responseId,
      questionnaire: currentQuestionnaire(),
      side,
    });
  }
  const answersBefore = await getSideAnswers(summary.sides.vcs.responseId);
  const view = async () =>
    (await callLoader(ownerRoute.loader, check.paths.owner, { checkId: check.id }, { cookie: check.cookies.owner }))
      .body as Awaited<ReturnType<typeof ownerRoute.loader>>;
  const flag = (await view()).report!.flags.find((f) => f.code === "BID_CANDY")!;
  const key = flagKey(flag);
  const reportPath = `${check.paths.owner}/report`;
  const record = (form: Record<string, string>, cookie = check.cookies.owner) =>
    callAction(
      reportRoute.action,
      reportPath,
      { intent: "outcome", flagKey: key, ...form },
      { checkId: check.id },
      { cookie },
    );

  const missing = await record({ note: "We talked" });
  expect(missing.status).toBe(400);
  expect((missing.body as { outcomeError: { errors: Record<string, string> } }).outcomeError.errors.outcome).toBe(
    "Choose what happened to this flag",
  );
  expect((await record({ outcome: "resolved" }, check.cookies.vcs)).status).toBe(403);
  const asSide = await callAction(
    reportRoute.action,
    `${check.paths.vcs}/report`,
    { intent: "outcome", flagKey: key, outcome: "resolved" },
    { checkId: check.id, side: "vcs" },
    { cookie: check.cookies.vcs },
  );
  expect(asSide.status).toBe(403);
  const unknownFlag = await callAction(
    reportRoute.action,
    reportPath,
    { intent: "outcome", flagKey: "MANDATORY_REBRANDING:x:", outcome: "resolved" },
    { checkId: check.id },
    { cookie: check.cookies.owner },
  );
  expect(unknownFlag.status).toBe(400);

  const saved = await record({ outcome: "accepted", note: "Prime will review volumes after six months." });
  expect(saved.status).toBe(303);
  expect((await view()).report!.outcomes[key]).toMatchObject({
    outcome: "accepted",
    note: "Prime will review volumes after six months.",
  });
  const side = await callLoader(
    overviewRoute.loader,
    check.paths.vcs,
    { checkId: check.id, side: "vcs" },
    { cookie: check.cookies.vcs },
  );
  expect(
    (side.body as { report: { outcomes: Record<string, { outcome: string }> } }).report.outcomes[key]!.outcome,
  ).toBe("accepted");
  const fromApi = await api<{ flags: Array<{ code: string; outcome: unknown }> }>("GET", "/api/v1/report", {
    token: check.tokens.prime,
  });
  expect(fromApi.body.flags.find((f) => f.code === "BID_CANDY")!.outcome).toEqual({
    status: "accepted",
    note: "Prime will review volumes after six months.",
  });

  await record({ outcome: "resolved" });
  expect((await view()).report!.outcomes[key]).toMatchObject({ outcome: "resolved", note: null });
  expect(await getSideAnswers(summary.sides.vcs.responseId)).toEqual(answersBefore);
});
