/**
 * One side's own answers in words, section by section, with each question's
 * running number: what "Check your answers" shows before submitting, and what
 * the side can see, print and download of what it submitted.
 */
import { answerLines, factLines } from "~/formats/answer-text";
import { questionNumbers, sectionsFor } from "~/domain/sections";
import type { Questionnaire, Side, SideAnswers } from "~/domain/types";

export interface AnswerRow {
  id: string;
  number: number;
  question: string;
  /** The answer a line each, or null when unanswered. */
  answer: string[] | null;
  /** Where "Change" lands on the question's page. */
  anchor: string;
}

export interface AnswerSection {
  id: string;
  title: string;
  rows: AnswerRow[];
}

export function describeSideAnswers(questionnaire: Questionnaire, side: Side, given: SideAnswers): AnswerSection[] {
  const sections = sectionsFor(questionnaire, side);
  const numbers = questionNumbers(sections);
  return sections.map((section) => ({
    id: section.id,
    title: section.title,
    rows:
      section.kind === "dimension"
        ? section.dimension.items.map((item) => {
            const answer = given.answers[item.id];
            return {
              id: item.id,
              number: numbers.get(item.id) ?? 0,
              question: item.prompt[side],
              answer: answer ? answerLines(item, side, answer) : null,
              anchor: `question-${item.id}`,
            };
          })
        : section.facts.map((fact) => ({
            id: fact.id,
            number: numbers.get(fact.id) ?? 0,
            question: fact.label,
            answer: factLines(fact, given.facts[fact.id], {
              redLine: given.redLineFacts?.includes(fact.id) ?? false,
              findingOnly: given.findingOnlyFacts?.includes(fact.id) ?? false,
            }),
            anchor: `question-${fact.id}`,
          })),
  }));
}

/** The same answers as rows for a spreadsheet: one per question, the answer's lines joined. */
export function sideAnswerRows(sections: readonly AnswerSection[]): string[][] {
  return [
    ["Section", "Question number", "Question", "Answer"],
    ...sections.flatMap((section) =>
      section.rows.map((row) => [
        section.title,
        String(row.number),
        row.question,
        row.answer ? row.answer.join("\n") : "Not answered",
      ]),
    ),
  ];
}
