/**
 * A completed check with the flags the joint review, heads of terms and check-up tests talk about (issue 19):
 * two dealbreakers (red lines in conflict on the bank's first two questions), a serious gap on its third, and
 * everything else met in the middle. Both sides answer with the models, as the pages do, and submit.
 */
import { expect } from "vitest";
import { currentQuestionnaire, getQuestionnaire } from "~/domain/questionnaires";
import type { Answer, Facts, Questionnaire, Side } from "~/domain/types";
import { getCheckSummary } from "~/models/check.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import { MIDDLE_ANSWER, completeAnswers, newCheck, sideAuthority } from "./support";

/** The bank's question ids, in order. */
export const itemIdsOf = (questionnaire: Questionnaire) =>
  questionnaire.dimensions.flatMap((d) => d.items.map((item) => item.id));

/** The answers that raise the fixture's flags: question 0 and 1 dealbreakers, question 2 a serious gap. */
export function flaggedAnswer(questionnaire: Questionnaire, side: Side, itemId: string): Answer {
  const n = itemIdsOf(questionnaire).indexOf(itemId);
  if (n === 0 || n === 1) {
    return side === "vcs"
      ? { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: true, note: "Our name stays" }
      : { preferred: 5, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false };
  }
  if (n === 2) {
    return side === "vcs"
      ? { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: false }
      : { preferred: 4, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false, fixed: true };
  }
  return MIDDLE_ANSWER;
}

/** Saves and submits one side's answers (answers default to flaggedAnswer) through the models. */
export async function answerAndSubmit(
  checkId: string,
  side: Side,
  choose?: (itemId: string) => Answer,
  options: { submit?: boolean; facts?: Facts } = {},
) {
  const summary = (await getCheckSummary(checkId))!;
  const questionnaire = getQuestionnaire(summary.questionnaireVersion)!;
  const authority = await sideAuthority(checkId, side);
  const given = completeAnswers(side, choose ?? ((id) => flaggedAnswer(questionnaire, side, id)), questionnaire);
  if (options.facts) given.facts = { ...given.facts, ...options.facts };
  const saved = await saveSideAnswers({ authority, responseId: summary.sides[side].responseId, ...given });
  expect(saved.status).toBe("saved");
  if (options.submit === false) return;
  const submitted = await submitResponse({
    authority,
    responseId: summary.sides[side].responseId,
    questionnaire,
    side,
  });
  expect(submitted.status).toBe("submitted");
}

/** A check both sides have submitted, with the fixture's flags; `questionnaireVersion` for an earlier bank. */
export async function completedCheck(overrides: Parameters<typeof newCheck>[0] = {}) {
  const check = await newCheck(overrides);
  await answerAndSubmit(check.id, "vcs");
  await answerAndSubmit(check.id, "prime");
  return check;
}

export { currentQuestionnaire };
