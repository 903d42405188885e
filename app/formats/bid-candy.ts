/**
 * The prime's terms on referrals and on naming partners in its bid, in words,
 * for a partner search's candidate once both have submitted (issue 17; the ids
 * are BID_CANDY_TERMS in app/domain/bid-candy.ts). Only what the candidate's
 * report shows anyway: the prime's answers as the report compares them, and its
 * figures as the report's spreadsheet gives them, so a figure the prime shared
 * as its finding only is given as the finding, never the number.
 */
import { BID_CANDY_TERMS } from "~/domain/bid-candy";
import type { Report } from "~/domain/report";
import type { Questionnaire, SideAnswers } from "~/domain/types";
import { answerLines, factLines } from "./answer-text";

export interface BidCandyTerm {
  id: string;
  /** The question as the candidate was asked it. */
  question: string;
  /** The prime's answer, a line each, in the prime's own wording. */
  answer: string[];
}

export interface BidCandyTerms {
  items: BidCandyTerm[];
  figures: BidCandyTerm[];
  /** The report's bid-candy flags (their titles), if any. */
  flags: string[];
  /** How many of these terms the check's questions did not ask (the short core set leaves some out). */
  notAsked: number;
}

export function bidCandyTerms(
  questionnaire: Questionnaire,
  report: Pick<Report, "items" | "flags">,
  prime: Pick<SideAnswers, "facts" | "findingOnlyFacts" | "redLineFacts">,
): BidCandyTerms {
  const itemsById = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i] as const)));
  const compared = new Map(report.items.map((i) => [i.id, i]));
  const items: BidCandyTerm[] = [];
  for (const id of BID_CANDY_TERMS.items) {
    const item = itemsById.get(id);
    const result = compared.get(id);
    if (!item || !result) continue;
    items.push({ id, question: item.prompt.vcs, answer: answerLines(item, "prime", result.prime) });
  }
  const figures: BidCandyTerm[] = [];
  for (const id of BID_CANDY_TERMS.facts) {
    const fact = questionnaire.facts.find((f) => f.id === id && f.side === "prime");
    if (!fact) continue;
    let answer: string[] | null;
    if (prime.findingOnlyFacts?.includes(id)) {
      const findings = report.flags.filter((flag) => flag.factIds.includes(id));
      answer = [
        "Shared as the finding only, not the number.",
        ...(findings.length > 0
          ? findings.map((flag) => `What it shows: ${flag.explanation}`)
          : ["It raised no concern in your result."]),
      ];
    } else {
      answer = factLines(fact, prime.facts[id], { redLine: prime.redLineFacts?.includes(id) ?? false });
    }
    figures.push({ id, question: fact.label, answer: answer ?? ["Not given"] });
  }
  const flags = report.flags.filter((flag) => flag.code === "BID_CANDY").map((flag) => flag.title);
  const notAsked = BID_CANDY_TERMS.items.filter((id) => !itemsById.has(id)).length;
  return { items, figures, flags: [...new Set(flags)], notAsked };
}
