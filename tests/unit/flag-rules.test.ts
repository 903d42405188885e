/** Method v1's fact rules, exactly as v1 checks are scored (method v2's are in method-v2.test.ts). */
import { describe, expect, test } from "vitest";
import { DAYS_PER_MONTH, prefundingMonths as prefundingUnder, type CashflowInput } from "~/domain/flags";
import { METHOD_V1 } from "~/domain/method";
import { getQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import type { Facts } from "~/domain/types";

const { arrearsMonths: ARREARS_MONTHS, outcomeWaitMonths: OUTCOME_WAIT_MONTHS } = METHOD_V1.facts.cashflow;
const prefundingMonths = (input: CashflowInput) => prefundingUnder(METHOD_V1, input);
const factsOnly = { ...getQuestionnaire("1")!, dimensions: [] };
const flagFor = (code: string, vcs: Facts, prime: Facts) =>
  buildReport(factsOnly, { answers: {}, facts: vcs }, { answers: {}, facts: prime }).flags.find((f) => f.code === code);

describe("BID_CANDY: guaranteed referrals against the minimum that keeps the service viable", () => {
  const vcs = { minReferralsPerYear: 100 };
  test("no guarantee at all is serious", () => {
    const flag = flagFor("BID_CANDY", vcs, { guaranteedReferralsPerYear: 0 });
    expect(flag?.severity).toBe("serious");
    expect(flag?.explanation).toContain("no referrals at all");
    expect(flag?.itemIds).toEqual([]);
    expect(flag?.factIds).toEqual(["minReferralsPerYear", "guaranteedReferralsPerYear"]);
  });
  test("one below the minimum is serious", () => {
    expect(flagFor("BID_CANDY", vcs, { guaranteedReferralsPerYear: 99 })?.severity).toBe("serious");
  });
  test("exactly the minimum, with no headroom, is a caution", () => {
    expect(flagFor("BID_CANDY", vcs, { guaranteedReferralsPerYear: 100 })?.severity).toBe("caution");
    expect(flagFor("BID_CANDY", vcs, { guaranteedReferralsPerYear: 109 })?.severity).toBe("caution");
  });
  test("10% above the minimum raises nothing", () => {
    expect(flagFor("BID_CANDY", vcs, { guaranteedReferralsPerYear: 110 })).toBeUndefined();
  });
  test("an organisation that needs no referrals is not bid candy", () => {
    expect(flagFor("BID_CANDY", { minReferralsPerYear: 0 }, { guaranteedReferralsPerYear: 0 })).toBeUndefined();
  });
  test("missing facts raise nothing", () => {
    expect(flagFor("BID_CANDY", {}, { guaranteedReferralsPerYear: 0 })).toBeUndefined();
  });
});

describe("CASHFLOW_RISK: months of costs to pre-fund against free reserves", () => {
  test("the formula: contract share × (arrears on delivery payments + results wait and lag on results payments)", () => {
    const months = prefundingMonths({ contractIncomeShare: 50, outcomePaymentShare: 40, paymentLagDays: 90 });
    const expected = 0.5 * (0.6 * ARREARS_MONTHS + 0.4 * (OUTCOME_WAIT_MONTHS + 90 / DAYS_PER_MONTH));
    expect(months).toBeCloseTo(expected, 10);
  });
  test("grows with the contract's share, the lag and the share on results", () => {
    const base = { contractIncomeShare: 50, outcomePaymentShare: 40, paymentLagDays: 90 };
    const m = prefundingMonths(base);
    expect(prefundingMonths({ ...base, contractIncomeShare: 60 })).toBeGreaterThan(m);
    expect(prefundingMonths({ ...base, paymentLagDays: 120 })).toBeGreaterThan(m);
    expect(prefundingMonths({ ...base, outcomePaymentShare: 60 })).toBeGreaterThan(m);
  });
  const prime = { outcomePaymentShare: 40, paymentLagDays: 90 };
  const need = prefundingMonths({ contractIncomeShare: 50, ...prime });
  test("pre-funding above reserves is serious", () => {
    const flag = flagFor("CASHFLOW_RISK", { reservesMonths: need - 0.01, contractIncomeShare: 50 }, prime);
    expect(flag?.severity).toBe("serious");
    expect(flag?.factIds).toContain("reservesMonths");
  });
  test("pre-funding just within reserves is a caution", () => {
    expect(flagFor("CASHFLOW_RISK", { reservesMonths: need, contractIncomeShare: 50 }, prime)?.severity).toBe(
      "caution",
    );
  });
  test("comfortable reserves raise nothing", () => {
    expect(flagFor("CASHFLOW_RISK", { reservesMonths: need * 1.2, contractIncomeShare: 50 }, prime)).toBeUndefined();
  });
});

describe("TOPSLICE_EXCESS: management fee against the most the organisation can accept", () => {
  const vcs = { maxManagementFeePercent: 10 };
  test("above the limit is serious", () => {
    expect(flagFor("TOPSLICE_EXCESS", vcs, { managementFeePercent: 10.5 })?.severity).toBe("serious");
  });
  test("at the limit is a caution", () => {
    expect(flagFor("TOPSLICE_EXCESS", vcs, { managementFeePercent: 10 })?.severity).toBe("caution");
  });
  test("well under the limit raises nothing", () => {
    expect(flagFor("TOPSLICE_EXCESS", vcs, { managementFeePercent: 9 })).toBeUndefined();
  });
});

describe("SHORT_TERM: contract term against the time the service needs", () => {
  const vcs = { minTermMonths: 60 };
  test("a 3-year contract for a service that needs 5 years is serious", () => {
    expect(flagFor("SHORT_TERM", vcs, { termMonths: 36 })?.severity).toBe("serious");
    expect(flagFor("SHORT_TERM", vcs, { termMonths: 59 })?.severity).toBe("serious");
  });
  test("exactly the term needed is a caution", () => {
    expect(flagFor("SHORT_TERM", vcs, { termMonths: 60 })?.severity).toBe("caution");
  });
  test("comfortably longer raises nothing", () => {
    expect(flagFor("SHORT_TERM", vcs, { termMonths: 66 })).toBeUndefined();
  });
});

describe("EXIT_AT_WILL: notice of termination for convenience against what the organisation can survive", () => {
  const vcs = { minNoticeDays: 90 };
  test("shorter notice is serious", () => {
    expect(flagFor("EXIT_AT_WILL", vcs, { terminationNoticeDays: 30 })?.severity).toBe("serious");
  });
  test("just enough notice is a caution", () => {
    expect(flagFor("EXIT_AT_WILL", vcs, { terminationNoticeDays: 90 })?.severity).toBe("caution");
  });
  test("ample notice raises nothing", () => {
    expect(flagFor("EXIT_AT_WILL", vcs, { terminationNoticeDays: 180 })).toBeUndefined();
  });
});
