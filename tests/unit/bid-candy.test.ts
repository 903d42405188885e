/**
 * The prime's terms on referrals and naming partners, as a partner search's candidate reads them (issue 17): the
 * chosen questions and figures in words, a figure shared as its finding only given as the finding (never the
 * number), and nothing for a question the check did not ask.
 */
import { describe, expect, test } from "vitest";
import { BID_CANDY_TERMS } from "~/domain/bid-candy";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import type { Answer, Questionnaire, Side, SideAnswers } from "~/domain/types";
import { bidCandyTerms } from "~/formats/bid-candy";
import { HEALTHY_FACTS } from "../fixtures";

const middle: Answer = { preferred: 3, acceptable: { min: 2, max: 4 }, importance: "medium", redLine: false };

function side(questionnaire: Questionnaire, s: Side, extra: Partial<SideAnswers> = {}, answer = middle): SideAnswers {
  const answers: Record<string, Answer> = {};
  for (const d of questionnaire.dimensions) for (const item of d.items) answers[item.id] = answer;
  return { answers, facts: { ...HEALTHY_FACTS[s] }, ...extra };
}

describe("the prime's terms shown to a candidate", () => {
  test("every chosen id is a prime question or a prime figure of the current bank", () => {
    const questionnaire = currentQuestionnaire();
    const items = new Set(questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id)));
    for (const id of BID_CANDY_TERMS.items) expect(items.has(id), id).toBe(true);
    for (const id of BID_CANDY_TERMS.facts) {
      expect(questionnaire.facts.find((f) => f.id === id)?.side, id).toBe("prime");
    }
  });

  test("gives the prime's answers in its own wording, and its figures with their units", () => {
    const questionnaire = currentQuestionnaire();
    const prime = side(questionnaire, "prime", {
      facts: { ...HEALTHY_FACTS.prime, guaranteedReferralsPerYear: 40, namedPartnersFundedShare: 35 },
    });
    prime.answers["volume-commitment"] = { ...middle, preferred: 4, acceptable: { min: 4, max: 5 }, note: "Ours" };
    const report = buildReport(questionnaire, side(questionnaire, "vcs"), prime);
    const terms = bidCandyTerms(questionnaire, report, prime);
    expect(terms.items.map((t) => t.id)).toEqual([...BID_CANDY_TERMS.items]);
    const volume = terms.items.find((t) => t.id === "volume-commitment")!;
    expect(volume.question).toBe("What commitment to referral volumes do you need from the prime?");
    expect(volume.answer).toEqual([
      "Preferred: 4. An estimated volume only; referrals are allocated at our discretion",
      "Could also live with: 5. No volume commitment; referrals depend on demand and our allocation",
      "Matters: Medium",
      "Note: Ours",
    ]);
    expect(terms.figures).toEqual([
      { id: "guaranteedReferralsPerYear", question: expect.any(String), answer: ["40 a year"] },
      { id: "namedPartnersFundedShare", question: expect.any(String), answer: ["35%"] },
    ]);
  });

  test("a figure shared as its finding only is given as the finding, never its number", () => {
    const questionnaire = currentQuestionnaire();
    const prime = side(questionnaire, "prime", {
      facts: { ...HEALTHY_FACTS.prime, guaranteedReferralsPerYear: 7, namedPartnersFundedShare: 12 },
      findingOnlyFacts: ["guaranteedReferralsPerYear", "namedPartnersFundedShare"],
    });
    const report = buildReport(questionnaire, side(questionnaire, "vcs"), prime);
    const terms = bidCandyTerms(questionnaire, report, prime);
    const referrals = terms.figures.find((t) => t.id === "guaranteedReferralsPerYear")!;
    expect(referrals.answer[0]).toBe("Shared as the finding only, not the number.");
    expect(referrals.answer[1]).toMatch(/^What it shows: The referrals the prime guarantees fall short/);
    const text = JSON.stringify(terms.figures);
    expect(text).not.toMatch(/\b7\b/);
    expect(text).not.toMatch(/\b12\b/);
    expect(terms.flags.length).toBeGreaterThan(0);
  });

  test("a finding-only figure that raised nothing says so, and an optional figure not given says that", () => {
    const questionnaire = currentQuestionnaire();
    const prime = side(questionnaire, "prime", { findingOnlyFacts: ["guaranteedReferralsPerYear"] });
    // A guaranteed minimum, as the 200 referrals guaranteed say: nothing contradicts it, and 200 is enough.
    prime.answers["volume-commitment"] = { ...middle, preferred: 2, acceptable: { min: 1, max: 3 } };
    const report = buildReport(questionnaire, side(questionnaire, "vcs"), prime);
    const terms = bidCandyTerms(questionnaire, report, prime);
    expect(terms.figures).toEqual([
      {
        id: "guaranteedReferralsPerYear",
        question: expect.any(String),
        answer: ["Shared as the finding only, not the number.", "It raised no concern in your result."],
      },
      { id: "namedPartnersFundedShare", question: expect.any(String), answer: ["Not given (optional)"] },
    ]);
    expect(JSON.stringify(terms)).not.toContain("200");
  });

  test("only the questions the check asked: the core set leaves out those it does not ask", () => {
    const core = questionnaireFor(currentQuestionnaire().version, "core")!;
    const prime = side(core, "prime");
    const report = buildReport(core, side(core, "vcs"), prime);
    const terms = bidCandyTerms(core, report, prime);
    const ids = terms.items.map((t) => t.id);
    const asked = new Set(core.dimensions.flatMap((d) => d.items.map((i) => i.id)));
    expect(ids).toEqual(BID_CANDY_TERMS.items.filter((id) => asked.has(id)));
    expect(ids).not.toContain("name-in-bid");
    // The panel says so, rather than leave a candidate thinking naming in the bid never came up.
    expect(terms.notAsked).toBe(BID_CANDY_TERMS.items.length - ids.length);
    expect(terms.notAsked).toBeGreaterThan(0);
    const full = currentQuestionnaire();
    const fullPrime = side(full, "prime");
    expect(bidCandyTerms(full, buildReport(full, side(full, "vcs"), fullPrime), fullPrime).notAsked).toBe(0);
  });

  test("nothing of the prime's when the report compares none of the chosen questions", () => {
    const questionnaire = currentQuestionnaire();
    const prime = side(questionnaire, "prime");
    const terms = bidCandyTerms(questionnaire, { items: [], flags: [] }, prime);
    expect(terms.items).toEqual([]);
  });
});
