/**
 * Every version of the stakeholder questionnaire (issue 20; docs/method.md, "Stakeholder reviews"). A review
 * records the version it was answered on, so a version is never removed or edited in place.
 */
import { stakeholderQuestionnaireV1 } from "./questionnaire-v1";
import type { StakeholderQuestionnaire } from "./types";

const VERSIONS: ReadonlyMap<string, StakeholderQuestionnaire> = new Map(
  [stakeholderQuestionnaireV1].map((q) => [q.version, q]),
);

export function currentStakeholderQuestionnaire(): StakeholderQuestionnaire {
  return stakeholderQuestionnaireV1;
}

export function getStakeholderQuestionnaire(version: string): StakeholderQuestionnaire | undefined {
  return VERSIONS.get(version);
}

/** Every statement, in order, with its theme's id. */
export const statementsOf = (q: StakeholderQuestionnaire) =>
  q.themes.flatMap((t) => t.statements.map((s) => ({ ...s, themeId: t.id })));

/** The groups a new review suggests (the commissioner may rename, remove or add). */
export const SUGGESTED_GROUPS = [
  "NHS trusts",
  "GP practices",
  "Council officers",
  "Voluntary and community groups",
  "Residents' and patients' representatives",
] as const;
