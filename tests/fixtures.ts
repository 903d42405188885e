/**
 * Test data shared by the integration tests, the browser tests and the benchmarks (no server code). The healthy
 * figures (ample reserves, volumes, term and notice; a modest fee) are the domain's scenarios' own
 * (app/domain/scenarios.ts), so a test and a scenario mean the same thing by "healthy".
 */
import type { FactId, Side } from "~/domain/types";

export { SCENARIO_HEALTHY_FACTS as HEALTHY_FACTS } from "~/domain/scenarios";

type ClashAnswer = {
  preferred: 1 | 2 | 3 | 4 | 5;
  acceptable: { min: 1 | 2 | 3 | 4 | 5; max: 1 | 2 | 3 | 4 | 5 };
  importance: "low" | "medium" | "high";
  redLine: boolean;
};
const keep = (redLine = false): ClashAnswer => ({
  preferred: 1,
  acceptable: { min: 1, max: 2 },
  importance: "high",
  redLine,
});
const integrate: ClashAnswer = { preferred: 5, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false };

/**
 * A realistic clash for the board paper (issue 13): a charity that values its identity, voice and own way of
 * working, against a "tighter embrace" prime (app/domain/scenarios.ts) that wants the fullest integration on
 * every question, with figures that strain the charity's cash. Dozens of flags, several dealbreakers.
 */
export const REALISTIC_CLASH: {
  title: string;
  vcsName: string;
  primeName: string;
  redLineItems: readonly string[];
  keepItems: readonly string[];
  answer: (side: Side, itemId: string) => ClashAnswer;
  facts: Record<Side, Partial<Record<FactId, number>>>;
} = {
  title: "Community rehabilitation, North West",
  vcsName: "Helping Hands Trust",
  primeName: "BigCo Justice",
  redLineItems: ["brand-delivery", "media-approval", "campaigning"],
  keepItems: [
    "service-purpose",
    "values-signup",
    "brand-delivery",
    "staff-identity",
    "public-credit",
    "name-in-bid",
    "media-approval",
    "campaigning",
    "own-outcome-data",
    "commissioner-contact",
    "fixed-model",
    "refuse-referrals",
    "exclusivity",
    "data-controller",
    "board-policies",
    "termination-convenience",
  ],
  answer(side, itemId) {
    if (side === "prime") return integrate;
    if (this.keepItems.includes(itemId)) return keep(this.redLineItems.includes(itemId));
    return { preferred: 2, acceptable: { min: 1, max: 3 }, importance: "medium", redLine: false };
  },
  facts: {
    vcs: {
      reservesMonths: 2,
      contractIncomeShare: 60,
      minReferralsPerYear: 120,
      minTermMonths: 36,
      maxManagementFeePercent: 10,
      minNoticeDays: 90,
    },
    prime: {
      guaranteedReferralsPerYear: 40,
      outcomePaymentShare: 60,
      paymentLagDays: 60,
      managementFeePercent: 15,
      termMonths: 24,
      terminationNoticeDays: 30,
    },
  },
};
