/**
 * Every version of the question bank ever used by a check. A check records the
 * version it was answered on, so a version is never removed: a retired one
 * stays readable (and scorable) for the checks that used it.
 */
import type { Dimension, PositionItem, Questionnaire } from "../types";
import { questionnaireV1 } from "./v1";

/**
 * Version 0, the foundation's starter set: three dimensions of three items
 * each, taken unchanged from v1 (same ids, same wording), with no facts.
 * Retired when v1 arrived; kept so any check answered on it still works.
 */
const STARTER_DIMENSIONS = ["mission-values", "brand-identity", "independence-voice"];
const questionnaireV0: Questionnaire = {
  version: "0",
  label: "Starter question bank (retired)",
  retired: true,
  dimensions: questionnaireV1.dimensions
    .filter((d) => STARTER_DIMENSIONS.includes(d.id))
    .map((d) => ({ ...d, items: d.items.slice(0, 3) })),
  facts: [],
};

const QUESTIONNAIRES: ReadonlyMap<string, Questionnaire> = new Map(
  [questionnaireV0, questionnaireV1].map((q) => [q.version, q]),
);

export const CURRENT_VERSION = questionnaireV1.version;

export function listQuestionnaires(): Questionnaire[] {
  return [...QUESTIONNAIRES.values()];
}

export function getQuestionnaire(version: string): Questionnaire | undefined {
  return QUESTIONNAIRES.get(version);
}

export function currentQuestionnaire(): Questionnaire {
  return questionnaireV1;
}

export function allItems(questionnaire: Questionnaire): Array<PositionItem & { dimension: Dimension }> {
  return questionnaire.dimensions.flatMap((dimension) => dimension.items.map((item) => ({ ...item, dimension })));
}
