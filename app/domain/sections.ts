/**
 * The pages a side answers: one per dimension, then the facts and figures that
 * side is asked for (if the questionnaire has any for it).
 */
import type { Dimension, FactDefinition, Questionnaire, Side, SideAnswers } from "./types";

export type Section =
  | { kind: "dimension"; id: string; title: string; dimension: Dimension }
  | { kind: "facts"; id: "facts"; title: string; facts: FactDefinition[] };

export const FACTS_SECTION_ID = "facts";

export function sectionsFor(questionnaire: Questionnaire, side: Side): Section[] {
  const sections: Section[] = questionnaire.dimensions.map((dimension) => ({
    kind: "dimension",
    id: dimension.id,
    title: dimension.title,
    dimension,
  }));
  const facts = questionnaire.facts.filter((f) => f.side === side);
  if (facts.length > 0) {
    sections.push({ kind: "facts", id: FACTS_SECTION_ID, title: "Facts and figures", facts });
  }
  return sections;
}

export interface SectionProgress {
  answered: number;
  total: number;
}

export function sectionProgress(section: Section, given: SideAnswers): SectionProgress {
  if (section.kind === "facts") {
    // Optional figures (bank v2) do not count towards complete, so they do not count here either.
    const required = section.facts.filter((f) => !f.optional);
    return {
      answered: required.filter((f) => typeof given.facts[f.id] === "number").length,
      total: required.length,
    };
  }
  return {
    answered: section.dimension.items.filter((i) => given.answers[i.id]).length,
    total: section.dimension.items.length,
  };
}

export function overallProgress(sections: readonly Section[], given: SideAnswers): SectionProgress {
  return sections.reduce(
    (sum, section) => {
      const p = sectionProgress(section, given);
      return { answered: sum.answered + p.answered, total: sum.total + p.total };
    },
    { answered: 0, total: 0 },
  );
}

/** Where a returning side should pick up: the first section with something unanswered. */
export function resumeSection(sections: readonly Section[], given: SideAnswers): Section | null {
  return (
    sections.find((s) => {
      const p = sectionProgress(s, given);
      return p.answered < p.total;
    }) ?? null
  );
}

/** The ids of a section's questions, in page order. */
export function questionIdsOf(section: Section): string[] {
  return section.kind === "facts" ? section.facts.map((f) => f.id) : section.dimension.items.map((i) => i.id);
}

/** Each question's number through the whole questionnaire (items, then figures), as the pages show it. */
export function questionNumbers(sections: readonly Section[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const section of sections) for (const id of questionIdsOf(section)) numbers.set(id, numbers.size + 1);
  return numbers;
}
