/**
 * The take-home summary of a workshop participant (issue 18): its red lines, where it could move, the dealbreakers
 * the scenario raised and the questions for its board, from a real result against a built-in scenario prime.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  MAX_BOARD_QUESTIONS,
  MAX_FLEXIBLE_POINTS,
  buildCompromiseSummary,
  compromiseSummaryText,
  firstSentence,
} from "~/domain/compromise-summary";
import { allItems, questionnaireFor } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import { SCENARIO_HEALTHY_FACTS, answerOf } from "~/domain/scenarios";
import type { Answer, Questionnaire, SideAnswers } from "~/domain/types";
import { getWorkshopProfile, profileSideAnswers } from "~/domain/workshop-profiles";
import { answerArb } from "./arbitraries";

const core = questionnaireFor("2", "core")!;
const everything = questionnaireFor("2", "full")!;
const tighterEmbrace = profileSideAnswers(getWorkshopProfile("tighter-embrace")!);
const alliance = profileSideAnswers(getWorkshopProfile("alliance")!);

function participant(bank: Questionnaire, every: Answer, except: Record<string, Answer> = {}): SideAnswers {
  const answers: Record<string, Answer> = {};
  for (const item of allItems(bank)) answers[item.id] = except[item.id] ?? every;
  return { answers, facts: { ...SCENARIO_HEALTHY_FACTS.vcs } };
}

const BRAND = "brand-delivery";
/** Two core items other than the brand's, for the flexible points. */
const [WIDE, LOW] = allItems(core)
  .map((item) => item.id)
  .filter((id) => id !== BRAND) as [string, string];

describe("what we will and won't compromise on", () => {
  test("a red line keeps its position; a wide range or low importance is flexible; the scenario's dealbreakers and their questions follow", () => {
    const vcs = participant(core, answerOf(3, 3, 4, "medium"), {
      [BRAND]: answerOf(1, 1, 2, "high", true),
      [WIDE]: answerOf(2, 1, 5, "medium"),
      [LOW]: answerOf(3, 3, 3, "low"),
    });
    const report = buildReport(core, vcs, tighterEmbrace);
    const summary = buildCompromiseSummary(core, report, vcs);
    expect(summary.redLines.map((p) => p.itemId)).toEqual([BRAND]);
    const brand = allItems(core).find((i) => i.id === BRAND)!;
    expect(summary.redLines[0]).toMatchObject({
      question: brand.prompt.vcs,
      keeps: `1. ${brand.options[0].label.vcs}`,
      limit: `at most 2. ${brand.options[1].label.vcs}`,
    });
    expect(summary.flexible.map((p) => [p.itemId, p.reason])).toEqual([
      [WIDE, "wide range"],
      [LOW, "low importance"],
    ]);
    expect(summary.dealbreakers.map((d) => d.title)).toContain("Mandatory rebranding");
    for (const d of summary.dealbreakers) expect(d.line).not.toMatch(/\.\s+\S/);
    expect(summary.questions.length).toBeGreaterThan(0);
    expect(summary.questions.length).toBeLessThanOrEqual(MAX_BOARD_QUESTIONS);
  });

  test("red-line figures are listed with their values; figures not marked are not", () => {
    const vcs: SideAnswers = {
      ...participant(everything, answerOf(3, 2, 4)),
      redLineFacts: ["minNoticeDays"],
    };
    const summary = buildCompromiseSummary(everything, buildReport(everything, vcs, tighterEmbrace), vcs);
    expect(summary.redLineFigures).toEqual([
      expect.objectContaining({ factId: "minNoticeDays", value: `${SCENARIO_HEALTHY_FACTS.vcs.minNoticeDays} days` }),
    ]);
  });

  test("against an alliance of equals with no red lines there is no dealbreaker, and the text file says so", () => {
    const vcs = participant(core, answerOf(3, 1, 5, "low"));
    const summary = buildCompromiseSummary(core, buildReport(core, vcs, alliance), vcs);
    expect(summary.redLines).toEqual([]);
    expect(summary.dealbreakers).toEqual([]);
    expect(summary.flexible).toHaveLength(Math.min(MAX_FLEXIBLE_POINTS, allItems(core).length));
    expect(summary.moreFlexible).toBe(Math.max(0, allItems(core).length - MAX_FLEXIBLE_POINTS));
    const text = compromiseSummaryText(summary, {
      organisation: "Riverside Advice",
      workshopTitle: "Spring session",
      primeName: "Alliance (example)",
    });
    expect(text).toContain("Our red lines\n-------------\nWe marked no red lines.");
    expect(text).toContain("None: the scenario raised no dealbreaker.");
    expect(text).toContain("Riverside Advice, in the workshop “Spring session”, against Alliance (example).");
  });

  test("the first sentence of an explanation, whatever follows it", () => {
    expect(firstSentence("One thing. Another.")).toBe("One thing.");
    expect(firstSentence("No full stop")).toBe("No full stop");
    expect(firstSentence("  Spaced\n out.  Next")).toBe("Spaced out.");
  });

  test("property: every red line is listed as one and never as flexible; at most eight distinct questions", () => {
    const items = allItems(core);
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: items.length, maxLength: items.length }), (given) => {
        const answers: Record<string, Answer> = {};
        items.forEach((item, i) => (answers[item.id] = given[i]!));
        const vcs: SideAnswers = { answers, facts: { ...SCENARIO_HEALTHY_FACTS.vcs } };
        const summary = buildCompromiseSummary(core, buildReport(core, vcs, tighterEmbrace), vcs);
        const red = items.filter((item) => answers[item.id]!.redLine).map((item) => item.id);
        expect(summary.redLines.map((p) => p.itemId)).toEqual(red);
        for (const point of summary.flexible) expect(red).not.toContain(point.itemId);
        expect(summary.flexible.length).toBeLessThanOrEqual(MAX_FLEXIBLE_POINTS);
        expect(summary.questions.length).toBeLessThanOrEqual(MAX_BOARD_QUESTIONS);
        expect(new Set(summary.questions.map((q) => q.toLowerCase())).size).toBe(summary.questions.length);
        const titles = summary.dealbreakers.map((d) => d.title);
        expect(new Set(titles).size).toBe(titles.length);
      }),
      { numRuns: 60 },
    );
  });
});
