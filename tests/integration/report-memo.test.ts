/**
 * The one cache: built reports in app/models/report.server.ts (see
 * docs/architecture.md). Its hit path, what it never keeps, and its emptying
 * by the model that deletes a check.
 */
import { expect, test } from "vitest";
import { flagKey } from "~/domain/flags";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { deleteCheck, getCheckSummary } from "~/models/check.server";
import { recordFlagOutcome } from "~/models/outcome.server";
import { forgetReport, getReport, memoizedReports } from "~/models/report.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import { HEALTHY_FACTS, completeAnswers, newCheck, sideAuthority } from "./support";

async function submittedCheck() {
  const { id } = await newCheck();
  const before = (await getCheckSummary(id))!;
  for (const side of ["vcs", "prime"] as const) {
    const answers = completeAnswers(side);
    if (side === "prime") answers.facts = { ...HEALTHY_FACTS.prime, guaranteedReferralsPerYear: 0 };
    await saveSideAnswers({
      authority: await sideAuthority(id, side),
      responseId: before.sides[side].responseId,
      ...answers,
    });
    await submitResponse({
      authority: await sideAuthority(id, side),
      responseId: before.sides[side].responseId,
      questionnaire: currentQuestionnaire(),
      side,
    });
  }
  return (await getCheckSummary(id))!;
}

test("a report is built once per check and submission, then served from memory", async () => {
  const check = await submittedCheck();
  expect(memoizedReports(check.id)).toBe(0);
  const first = (await getReport(check))!;
  expect(memoizedReports(check.id)).toBe(1);
  const second = (await getReport(check))!;
  // The same built objects: nothing was read or scored again.
  expect(second.items).toBe(first.items);
  expect(second.flags).toBe(first.flags);
  expect(memoizedReports(check.id)).toBe(1);
});

test("outcomes are read afresh every time, never kept with the built report", async () => {
  const check = await submittedCheck();
  const first = (await getReport(check))!;
  const flag = first.flags.find((f) => f.code === "BID_CANDY")!;
  const key = flagKey(flag);
  await recordFlagOutcome({ checkId: check.id, flagKey: key, outcome: "resolved", note: "Volumes agreed" });
  const second = (await getReport(check))!;
  expect(second.items).toBe(first.items);
  expect(second.outcomes[key]).toMatchObject({ outcome: "resolved", note: "Volumes agreed" });
});

test("deleting a check empties its memo at once, and only its own", async () => {
  const kept = await submittedCheck();
  const deleted = await submittedCheck();
  await getReport(kept);
  await getReport(deleted);
  expect(memoizedReports(deleted.id)).toBe(1);
  expect(await deleteCheck(deleted.id)).toBe(true);
  expect(memoizedReports(deleted.id)).toBe(0);
  expect(memoizedReports(kept.id)).toBe(1);
});

test("a report still being built when its check is deleted is not kept after the memo was emptied", async () => {
  const check = await submittedCheck();
  const building = getReport(check);
  // The deletion (deleteCheck's forgetReport) lands while the build is between its reads and its store.
  forgetReport(check.id);
  await building;
  expect(memoizedReports(check.id)).toBe(0);
  expect(await deleteCheck(check.id)).toBe(true);
});

test("a report is not built, nor kept, until both sides have submitted", async () => {
  const { id } = await newCheck();
  const check = (await getCheckSummary(id))!;
  expect(await getReport(check)).toBeNull();
  expect(memoizedReports(id)).toBe(0);
});
