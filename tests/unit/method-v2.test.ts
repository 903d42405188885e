/**
 * Method v2's rules (docs/method.md): figure red lines, viability, agreed-but-unsafe
 * floors, direction, contradictions, importance and the "why this verdict" line.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cashflowOf, contradictionSeverity, itemSeverity } from "~/domain/flags";
import { METHOD_V2 } from "~/domain/method";
import { allItems, getQuestionnaire } from "~/domain/questionnaires";
import { assessCheck, buildReport } from "~/domain/report";
import { SCENARIOS, SCENARIO_HEALTHY_FACTS, answerOf, scenarioAnswers } from "~/domain/scenarios";
import type { Answer, Facts, FactId, SideAnswers } from "~/domain/types";
import { answerArb } from "./arbitraries";

const v2 = getQuestionnaire("2")!;
const items = allItems(v2);
const AGREED = answerOf(2, 1, 3);

/** Both sides agreed on everything, healthy figures, then the given changes. */
function pair(change: {
  vcs?: Record<string, Answer>;
  prime?: Record<string, Answer>;
  vcsFacts?: Facts;
  primeFacts?: Facts;
  vcsRedLines?: FactId[];
  primeRedLines?: FactId[];
}): [SideAnswers, SideAnswers] {
  const side = (answers: Record<string, Answer> | undefined, facts: Facts, redLines?: FactId[]): SideAnswers => ({
    answers: Object.fromEntries(items.map((i) => [i.id, answers?.[i.id] ?? AGREED])),
    facts,
    ...(redLines ? { redLineFacts: redLines } : {}),
  });
  return [
    side(change.vcs, { ...SCENARIO_HEALTHY_FACTS.vcs, ...change.vcsFacts }, change.vcsRedLines),
    side(change.prime, { ...SCENARIO_HEALTHY_FACTS.prime, ...change.primeFacts }, change.primeRedLines),
  ];
}
const report = (p: [SideAnswers, SideAnswers]) => buildReport(v2, ...p);
const codes = (p: [SideAnswers, SideAnswers]) => report(p).flags.map((f) => `${f.severity}:${f.code}`);

test("an aligned pair with healthy figures is strong with no flags, and says why", () => {
  const r = report(pair({}));
  expect(r.verdict.code).toBe("STRONG");
  expect(r.flags).toEqual([]);
  expect(r.why).toContain("no flag or section holds it back");
  expect(r.method).toMatchObject({ version: "2" });
});

describe("figures can stop the deal", () => {
  test("a breached figure the organisation marked as a red line is a dealbreaker; unmarked it is serious", () => {
    const short = { vcsFacts: { minNoticeDays: 90 }, primeFacts: { terminationNoticeDays: 30 } };
    expect(codes(pair(short))).toContain("serious:EXIT_AT_WILL");
    const marked = report(pair({ ...short, vcsRedLines: ["minNoticeDays"] }));
    expect(marked.verdict.code).toBe("RED_LINES");
    const flag = marked.flags.find((f) => f.code === "EXIT_AT_WILL")!;
    expect(flag.severity).toBe("dealbreaker");
    expect(flag.redLineFacts).toEqual(["minNoticeDays"]);
    expect(flag.explanation).toContain("marked as a red line");
    expect(marked.why).toContain("Red lines in conflict");
  });

  test("the prime's red-line figure counts too, and a figure that is not breached stops nothing", () => {
    const fee = { vcsFacts: { maxManagementFeePercent: 8 }, primeFacts: { managementFeePercent: 12 } };
    expect(report(pair({ ...fee, primeRedLines: ["managementFeePercent"] })).verdict.code).toBe("RED_LINES");
    const fine = { vcsFacts: { maxManagementFeePercent: 15 }, primeFacts: { managementFeePercent: 8 } };
    expect(report(pair({ ...fine, primeRedLines: ["managementFeePercent"] })).verdict.code).toBe("STRONG");
  });

  test("notice shorter than the wind-down the organisation needs breaches viability: weak at best, never 'room to agree'", () => {
    const r = report(pair({ vcsFacts: { minNoticeDays: 90 }, primeFacts: { terminationNoticeDays: 60 } }));
    expect(r.verdict.code).toBe("WEAK");
    expect(r.why).toContain("viability");
    expect(r.verdict.advice).not.toContain("room to agree");
  });

  test("any viability breach keeps the verdict at weak at best, whatever the answers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 89 }), (notice) => {
        const assessment = assessCheck(
          v2,
          ...pair({ vcsFacts: { minNoticeDays: 90 }, primeFacts: { terminationNoticeDays: notice } }),
        );
        return assessment.verdict === "WEAK";
      }),
      { numRuns: 30 },
    );
  });
});

describe("bid candy follows the brief", () => {
  test("no guarantee on a contract worth most of the organisation's income is a viability breach even when its minimum is 0", () => {
    const r = report(
      pair({
        vcsFacts: { minReferralsPerYear: 0, contractIncomeShare: 60 },
        primeFacts: { guaranteedReferralsPerYear: 0 },
      }),
    );
    const flag = r.flags.find((f) => f.code === "BID_CANDY")!;
    expect(flag.severity).toBe("serious");
    expect(flag.viability).toBe(true);
    expect(r.verdict.code).toBe("WEAK");
  });

  test("no guarantee is weighed against the contract's share of income: caution, serious, viability", () => {
    const severityAt = (share: number) => {
      const flag = report(
        pair({
          vcsFacts: { minReferralsPerYear: 0, contractIncomeShare: share },
          primeFacts: { guaranteedReferralsPerYear: 0 },
        }),
      ).flags.find((f) => f.code === "BID_CANDY");
      return flag ? `${flag.severity}${flag.viability ? "+viability" : ""}` : null;
    };
    expect(severityAt(5)).toBe("caution");
    expect(severityAt(25)).toBe("serious");
    expect(severityAt(50)).toBe("serious+viability");
  });

  test("a guarantee far below the minimum, on a contract the organisation depends on, breaches viability", () => {
    const flag = report(
      pair({
        vcsFacts: { minReferralsPerYear: 100, contractIncomeShare: 40 },
        primeFacts: { guaranteedReferralsPerYear: 40 },
      }),
    ).flags.find((f) => f.code === "BID_CANDY")!;
    expect(flag.viability).toBe(true);
  });

  test("a poor track record of funding the partners named in bids is flagged", () => {
    const flags = report(pair({ primeFacts: { namedPartnersFundedShare: 35 } })).flags;
    expect(flags.find((f) => f.factIds.includes("namedPartnersFundedShare"))?.severity).toBe("serious");
  });
});

describe("cash flow warns well before the reserves are gone", () => {
  const facts = (reservesMonths: number) => ({
    vcsFacts: { reservesMonths, contractIncomeShare: 50 },
    primeFacts: { outcomePaymentShare: 60, paymentLagDays: 60 },
  });
  const need = cashflowOf(METHOD_V2, {
    contractIncomeShare: 50,
    outcomePaymentShare: 60,
    paymentLagDays: 60,
  }).needMonths;
  const flagAt = (reserves: number) => report(pair(facts(reserves))).flags.find((f) => f.code === "CASHFLOW_RISK");

  test("the formula counts time to a claimable outcome, the lag and outcomes never paid, with the stated defaults", () => {
    const expected =
      0.5 * (0.4 * 1 + 0.6 * (METHOD_V2.facts.cashflow.outcomeWaitMonths + 60 / 30.4)) + 0.5 * 0.6 * 0.25 * 12;
    expect(need).toBeCloseTo(expected, 10);
    const slower = cashflowOf(METHOD_V2, {
      contractIncomeShare: 50,
      outcomePaymentShare: 60,
      paymentLagDays: 60,
      monthsToOutcomeClaim: 6,
      unpaidOutcomeShare: 50,
    }).needMonths;
    expect(slower).toBeGreaterThan(need);
  });

  test("a quarter of the reserves is a caution, half serious, three quarters a viability breach", () => {
    expect(flagAt(need / 0.3)?.severity).toBe("caution");
    expect(flagAt(need / 0.6)?.severity).toBe("serious");
    expect(flagAt(need / 0.6)?.viability).toBeUndefined();
    expect(flagAt(need / 0.8)?.viability).toBe(true);
    expect(flagAt(need / 0.2)).toBeUndefined();
    expect(flagAt(need / 0.6)?.explanation).toMatch(/would take \d+% of them/);
  });
});

describe("judging what was agreed", () => {
  test.each([
    "campaigning",
    "commissioner-contact",
    "ongoing-relationship",
    "data-reuse",
    "board-policies",
    "exit-plan",
  ])("agreeing on the unsafe end of %s raises a serious flag whatever both chose", (itemId) => {
    const from = items.find((i) => i.id === itemId)!.unsafe!.from;
    const both = answerOf(from, from, 5);
    const r = report(pair({ vcs: { [itemId]: both }, prime: { [itemId]: both } }));
    const flag = r.flags.find((f) => f.code === "UNSAFE_AGREEMENT")!;
    expect(flag.severity).toBe("serious");
    expect(flag.itemIds).toEqual([itemId]);
    expect(flag.explanation.length).toBeGreaterThan(80);
    expect(r.verdict.code).not.toBe("STRONG");
  });

  test("an agreement short of the floor raises nothing", () => {
    const r = report(
      pair({ vcs: { "board-policies": answerOf(3, 2, 4) }, prime: { "board-policies": answerOf(3, 2, 4) } }),
    );
    expect(r.flags).toEqual([]);
  });

  test("both sides choosing the most controlling terms everywhere is weak, never strong", () => {
    const scenario = SCENARIOS.find((s) => s.id === "controlling-agreement")!;
    const r = buildReport(v2, ...scenarioAnswers(v2, scenario));
    expect(r.overall).toBe(100);
    expect(r.verdict.code).toBe("WEAK");
    expect(r.flags.filter((f) => f.code === "UNSAFE_AGREEMENT")).toHaveLength(6);
  });
});

describe("flags read the right way round", () => {
  test("a prime insisting on its brand against a charity's red line is mandatory rebranding, naming the prime", () => {
    const r = report(
      pair({
        vcs: { "brand-delivery": answerOf(1, 1, 2, "high", true) },
        prime: { "brand-delivery": answerOf(5, 4, 5) },
      }),
    );
    const flag = r.flags[0]!;
    expect(flag.code).toBe("MANDATORY_REBRANDING");
    expect(flag.side).toBe("prime");
    expect(flag.explanation).toContain("the prime asks for more integration");
  });

  test("a charity wanting the prime's brand against a prime that wants partners to keep theirs is not mandatory rebranding", () => {
    const r = report(
      pair({
        vcs: { "brand-delivery": answerOf(5, 4, 5, "high", true) },
        prime: { "brand-delivery": answerOf(1, 1, 2) },
      }),
    );
    const flag = r.flags[0]!;
    expect(flag.code).toBe("INTEGRATION_DECLINED");
    expect(flag.side).toBe("vcs");
    expect(flag.title).toBe(items.find((i) => i.id === "brand-delivery")!.reverse!.title);
    expect(flag.title).not.toBe("Mandatory rebranding");
    expect(flag.explanation).toContain("the organisation asks for more integration");
  });

  test("every flag says who should act and what evidence to ask for, and names options by their labels", () => {
    const r = buildReport(
      v2,
      ...scenarioAnswers(
        v2,
        SCENARIOS.find((s) => s.id === "tighter-embrace")!,
      ),
    );
    for (const flag of r.flags) {
      expect(flag.whoActs, flag.code).toBeTruthy();
      expect(flag.evidence, flag.code).toBeDefined();
      expect(flag.explanation).not.toMatch(/positions? \d/);
    }
  });

  test("discussion questions, negotiables and evidence appear once per report", () => {
    const r = buildReport(
      v2,
      ...scenarioAnswers(
        v2,
        SCENARIOS.find((s) => s.id === "values-clash")!,
      ),
    );
    const all = r.flags.flatMap((f) => [...f.questions, ...f.negotiable, ...(f.evidence ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("importance sets severity", () => {
  test("a gap both sides rate low is a caution; medium or high is serious; a red line a dealbreaker", () => {
    const gap = (importance: Answer["importance"], other: Answer["importance"] = importance) =>
      itemSeverity(METHOD_V2, answerOf(1, 1, 2, importance), answerOf(5, 4, 5, other));
    expect(gap("low")).toBe("caution");
    expect(gap("low", "medium")).toBe("serious");
    expect(gap("high", "low")).toBe("serious");
    expect(itemSeverity(METHOD_V2, answerOf(1, 1, 2, "low", true), answerOf(5, 4, 5, "low"))).toBe("dealbreaker");
  });

  test("severity never falls as either side's importance rises", () => {
    const order = { caution: 0, serious: 1, dealbreaker: 2 } as const;
    const rank = (s: ReturnType<typeof itemSeverity>) => (s ? order[s] : -1);
    fc.assert(
      fc.property(answerArb, answerArb, (a, b) => {
        const higher: Answer = { ...a, importance: "high" };
        return rank(itemSeverity(METHOD_V2, higher, b)) >= rank(itemSeverity(METHOD_V2, a, b));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("contradictions between a side's answers and its figures", () => {
  test("'all paid for delivery' next to 100% payment by results is flagged, naming the prime and both values", () => {
    const r = report(
      pair({
        prime: { "outcome-share": answerOf(1, 1, 2) },
        vcs: { "outcome-share": answerOf(1, 1, 2) },
        primeFacts: { outcomePaymentShare: 100 },
      }),
    );
    const flag = r.flags.find((f) => f.code === "CONTRADICTION")!;
    expect(flag.severity).toBe("serious");
    expect(flag.side).toBe("prime");
    expect(flag.itemIds).toEqual(["outcome-share"]);
    expect(flag.factIds).toEqual(["outcomePaymentShare"]);
    expect(flag.explanation).toContain("100%");
  });

  test("a figure that fits the answer raises nothing; one option away is a caution", () => {
    const expected = items.find((i) => i.id === "outcome-share")!.consistency!.expected;
    expect(contradictionSeverity(expected, 2, 10)).toBeNull();
    expect(contradictionSeverity(expected, 2, 40)).toBe("caution");
    expect(contradictionSeverity(expected, 2, 100)).toBe("serious");
    expect(contradictionSeverity(expected, 2, undefined)).toBeNull();
  });
});

describe("why this verdict", () => {
  test("a weak critical section names the section and its score", () => {
    const r = buildReport(
      v2,
      ...scenarioAnswers(
        v2,
        SCENARIOS.find((s) => s.id === "values-clash")!,
      ),
    );
    expect(r.verdict.code).toBe("WEAK");
    expect(r.why).toMatch(/^Capped by Mission and values at \d/);
  });

  test("disastrous figures under agreed answers say that figures breach viability", () => {
    const r = buildReport(
      v2,
      ...scenarioAnswers(
        v2,
        SCENARIOS.find((s) => s.id === "disastrous-figures")!,
      ),
    );
    expect(r.overall).toBe(100);
    expect(r.verdict.code).toBe("WEAK");
    expect(r.why).toMatch(/figures breach the organisation's viability/);
  });

  test("terms a side says are set by the commissioner are grouped for the commissioner to raise", () => {
    const fixed = { ...answerOf(4, 3, 5), fixed: true };
    const r = report(pair({ prime: { "payment-timing": fixed } }));
    expect(r.fixedTerms).toEqual([{ itemId: "payment-timing", sides: ["prime"] }]);
  });
});
