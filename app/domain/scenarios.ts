/**
 * Realistic pairs of a charity and a prime, written as an adviser would
 * describe them, with the verdict an adviser would expect. They calibrate the
 * method (calibration.ts) and are run through the real API in
 * tests/integration/scenarios-v2.test.ts. Items not named get the scenario's
 * default answer on both sides.
 */
import type { VerdictCode } from "./method";
import type { Answer, Facts, Position, Questionnaire, Side, SideAnswers } from "./types";

export const SCENARIO_HEALTHY_FACTS: Readonly<Record<Side, Facts>> = {
  vcs: {
    reservesMonths: 12,
    contractIncomeShare: 20,
    minReferralsPerYear: 100,
    minTermMonths: 36,
    maxManagementFeePercent: 15,
    minNoticeDays: 90,
  },
  prime: {
    guaranteedReferralsPerYear: 200,
    outcomePaymentShare: 10,
    paymentLagDays: 30,
    managementFeePercent: 8,
    termMonths: 60,
    terminationNoticeDays: 180,
  },
};

export const answerOf = (
  preferred: number,
  min: number,
  max: number,
  importance: Answer["importance"] = "medium",
  redLine = false,
): Answer => ({
  preferred: preferred as Position,
  acceptable: { min: min as Position, max: max as Position },
  importance,
  redLine,
});

export interface Scenario {
  id: string;
  title: string;
  expected: VerdictCode;
  /** The answer both sides give to every item the scenario does not name. */
  defaults?: Partial<Record<Side, Answer>>;
  answers?: Partial<Record<Side, Record<string, Answer>>>;
  facts?: Partial<Record<Side, Facts>>;
  redLineFacts?: Partial<Record<Side, SideAnswers["redLineFacts"]>>;
}

const AGREED = answerOf(2, 1, 3);
const keep = (redLine = true) => answerOf(1, 1, 2, "high", redLine);
const integrate = answerOf(5, 4, 5, "high");

export const SCENARIOS: readonly Scenario[] = [
  { id: "aligned", title: "Two organisations that want the same partnership", expected: "STRONG" },
  {
    id: "alliance",
    title: "An alliance of equals, a step apart on a few terms",
    expected: "STRONG",
    answers: {
      vcs: {
        "brand-delivery": answerOf(2, 1, 3),
        "supply-chain-forum": answerOf(1, 1, 2),
        "data-controller": answerOf(2, 1, 3),
      },
      prime: {
        "brand-delivery": answerOf(3, 2, 3),
        "supply-chain-forum": answerOf(2, 1, 3),
        "data-controller": answerOf(3, 2, 4),
      },
    },
  },
  {
    id: "tighter-embrace",
    title: "A “tighter embrace” prime and a charity whose identity and voice are red lines",
    expected: "RED_LINES",
    answers: {
      vcs: { "brand-delivery": keep(), "media-approval": keep(), "staff-identity": keep(false) },
      prime: {
        "brand-delivery": integrate,
        "media-approval": integrate,
        "staff-identity": integrate,
        "offer-in-return": integrate,
        "values-signup": integrate,
      },
    },
  },
  {
    id: "disastrous-figures",
    title: "Every answer agreed, every figure disastrous",
    expected: "WEAK",
    facts: {
      vcs: {
        reservesMonths: 1,
        contractIncomeShare: 70,
        minReferralsPerYear: 100,
        minTermMonths: 48,
        maxManagementFeePercent: 5,
        minNoticeDays: 90,
      },
      prime: {
        guaranteedReferralsPerYear: 0,
        outcomePaymentShare: 100,
        paymentLagDays: 90,
        managementFeePercent: 15,
        termMonths: 12,
        terminationNoticeDays: 7,
      },
    },
  },
  {
    id: "values-clash",
    title: "A total clash on every mission-and-values question, with no red lines drawn",
    expected: "WEAK",
    answers: {
      vcs: Object.fromEntries(
        ["service-purpose", "values-signup", "conditionality", "voluntary-engagement"].map((id) => [
          id,
          answerOf(1, 1, 1, "high"),
        ]),
      ),
      prime: Object.fromEntries(
        ["service-purpose", "values-signup", "conditionality", "voluntary-engagement"].map((id) => [
          id,
          answerOf(5, 5, 5, "high"),
        ]),
      ),
    },
  },
  {
    id: "controlling-agreement",
    title: "Both sides choose the most controlling terms everywhere",
    expected: "WEAK",
    defaults: { vcs: answerOf(5, 5, 5), prime: answerOf(5, 5, 5) },
  },
  {
    id: "no-guarantee",
    title: "No guaranteed referrals on a contract worth most of the charity's income (its minimum left at 0)",
    expected: "WEAK",
    answers: { vcs: { "volume-commitment": answerOf(3, 2, 4) }, prime: { "volume-commitment": answerOf(3, 2, 4) } },
    facts: { vcs: { minReferralsPerYear: 0, contractIncomeShare: 60 }, prime: { guaranteedReferralsPerYear: 0 } },
  },
  {
    id: "prefunding",
    title: "Pre-funding that would take most of the charity's free reserves",
    expected: "WORKABLE",
    answers: {
      vcs: { "outcome-share": answerOf(4, 3, 4), "payment-timing": answerOf(3, 2, 4) },
      prime: { "outcome-share": answerOf(4, 3, 5), "payment-timing": answerOf(3, 2, 4) },
    },
    facts: {
      vcs: { reservesMonths: 4, contractIncomeShare: 50 },
      prime: { outcomePaymentShare: 60, paymentLagDays: 60 },
    },
  },
  {
    id: "notice-red-line",
    title: "Notice shorter than the charity's wind-down, which it marked as a walk-away figure",
    expected: "RED_LINES",
    facts: { vcs: { minNoticeDays: 90 }, prime: { terminationNoticeDays: 30 } },
    redLineFacts: { vcs: ["minNoticeDays"] },
  },
  {
    id: "two-steps-apart",
    title: "Preferences two steps apart on everything, with room to agree",
    expected: "WEAK",
    defaults: { vcs: answerOf(2, 1, 4), prime: answerOf(4, 2, 5) },
  },
  {
    id: "reverse-direction",
    title: "A charity that wants the prime's brand, facing a prime that insists partners keep their own",
    expected: "RED_LINES",
    answers: {
      vcs: { "brand-delivery": answerOf(5, 4, 5, "high", true) },
      prime: { "brand-delivery": answerOf(1, 1, 2, "high") },
    },
  },
];

/** The two sides' answers for a scenario on a bank (every item of the bank answered). */
export function scenarioAnswers(questionnaire: Questionnaire, scenario: Scenario): [SideAnswers, SideAnswers] {
  const side = (s: Side): SideAnswers => {
    const answers: Record<string, Answer> = {};
    for (const dimension of questionnaire.dimensions) {
      for (const item of dimension.items) {
        answers[item.id] = scenario.answers?.[s]?.[item.id] ?? scenario.defaults?.[s] ?? AGREED;
      }
    }
    const result: SideAnswers = { answers, facts: { ...SCENARIO_HEALTHY_FACTS[s], ...scenario.facts?.[s] } };
    const redLines = scenario.redLineFacts?.[s];
    if (redLines) result.redLineFacts = redLines;
    return result;
  };
  return [side("vcs"), side("prime")];
}
