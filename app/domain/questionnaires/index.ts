/**
 * Every version of the question bank ever used by a check, each with the
 * scoring method it is scored by. A check records the version it was answered
 * on (and whether it used the short core set), so a version is never removed:
 * a retired one stays readable (and scorable) for the checks that used it.
 */
import { METHOD_V1 } from "../method";
import { FACTS_SECTION_ID } from "../sections";
import type { Dimension, PositionItem, Questionnaire } from "../types";
import { questionnaireV1 } from "./v1";
import { questionnaireV2 } from "./v2";

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
  method: METHOD_V1,
};

const QUESTIONNAIRES: ReadonlyMap<string, Questionnaire> = new Map(
  [questionnaireV0, questionnaireV1, questionnaireV2].map((q) => [q.version, q]),
);

export const CURRENT_VERSION = questionnaireV2.version;

export function listQuestionnaires(): Questionnaire[] {
  return [...QUESTIONNAIRES.values()];
}

export function getQuestionnaire(version: string): Questionnaire | undefined {
  return QUESTIONNAIRES.get(version);
}

export function currentQuestionnaire(): Questionnaire {
  return questionnaireV2;
}

/** "full": every question; "core": the short core set, scored the same way (docs/method.md). */
export const QUESTION_SETS = ["full", "core"] as const;
export type QuestionSet = (typeof QUESTION_SETS)[number];

export const QUESTION_SET_LABELS: Readonly<Record<QuestionSet, string>> = {
  full: "the full question bank",
  core: "the short core set",
};

/** Whether a bank offers a core set (v2 does; v0 and v1 do not). */
export const hasCoreSet = (questionnaire: Questionnaire) =>
  questionnaire.dimensions.some((d) => d.items.some((i) => i.core));

const coreSets = new Map<string, Questionnaire>();

/**
 * The questions a check asks: the whole bank, or its core set — the same bank
 * with only its core items (every figure is still asked), so the one engine
 * scores it the same way.
 */
export function selectQuestions(questionnaire: Questionnaire, set: QuestionSet): Questionnaire {
  if (set === "full" || !hasCoreSet(questionnaire)) return questionnaire;
  let core = coreSets.get(questionnaire.version);
  if (!core) {
    core = {
      ...questionnaire,
      label: `${questionnaire.label}, core set`,
      set: "core",
      dimensions: questionnaire.dimensions
        .map((d) => ({ ...d, items: d.items.filter((i) => i.core) }))
        .filter((d) => d.items.length > 0),
    };
    coreSets.set(questionnaire.version, core);
  }
  return core;
}

/** The ids a workshop can choose from (issue 18): each dimension's, then "facts" for the figures. */
export function sectionIdsOf(questionnaire: Questionnaire): string[] {
  return [...questionnaire.dimensions.map((d) => d.id), ...(questionnaire.facts.length > 0 ? [FACTS_SECTION_ID] : [])];
}

const sectionSelections = new Map<string, Questionnaire>();

/**
 * A workshop's selection: the same questions (whole bank or core set) in only
 * the chosen sections, scored by the same engine and method (the overall score
 * is over the sections asked; the report names them). Without "facts", no
 * figure is asked of either side, and the rules on figures raise nothing.
 * Unknown ids are ignored; null keeps every section.
 */
export function selectSections(questionnaire: Questionnaire, sections: readonly string[] | null): Questionnaire {
  if (!sections) return questionnaire;
  const wanted = new Set(sections);
  const kept = sectionIdsOf(questionnaire).filter((id) => wanted.has(id));
  const key = `${questionnaire.version}:${questionnaire.set ?? "full"}:${kept.join(",")}`;
  let selected = sectionSelections.get(key);
  if (!selected) {
    selected = {
      ...questionnaire,
      label: `${questionnaire.label}, ${kept.length} of ${sectionIdsOf(questionnaire).length} sections`,
      sections: kept,
      dimensions: questionnaire.dimensions.filter((d) => wanted.has(d.id)),
      facts: wanted.has(FACTS_SECTION_ID) ? questionnaire.facts : [],
    };
    sectionSelections.set(key, selected);
  }
  return selected;
}

/** A stored selection (comma-separated ids) as a list, or null for every section. */
export const parseSections = (stored: string | null | undefined): string[] | null =>
  stored ? stored.split(",").filter(Boolean) : null;

/** The questionnaire a check was created with, or undefined for an unknown version. */
export function questionnaireFor(
  version: string,
  set: QuestionSet = "full",
  sections: readonly string[] | null = null,
): Questionnaire | undefined {
  const questionnaire = getQuestionnaire(version);
  return questionnaire && selectSections(selectQuestions(questionnaire, set), sections);
}

export function allItems(questionnaire: Questionnaire): Array<PositionItem & { dimension: Dimension }> {
  return questionnaire.dimensions.flatMap((dimension) => dimension.items.map((item) => ({ ...item, dimension })));
}
