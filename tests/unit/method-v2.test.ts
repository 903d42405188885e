/**
 * Method v2's rules (docs/method.md): figure red lines, viability, agreed-but-unsafe
 * floors, direction, contradictions, importance and the "why this verdict" line.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cashflowOf, contradictionSeverity, itemSeverity } from "~/domain/flags";
import { METHOD_V1, METHOD_V2 } from "~/domain/method";
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

  test("notice well short of the wind-down the organisation needs breaches viability: weak at best, never 'room to agree'", () => {
    const r = report(pair({ vcsFacts: { minNoticeDays: 90 }, primeFacts: { terminationNoticeDays: 60 } }));
    expect(r.verdict.code).toBe("WEAK");
    expect(r.why).toContain("viability");
    expect(r.verdict.advice).not.toContain("room to agree");
    expect(r.verdict.advice).toContain("figures do not work");
    // A few days short is serious, not yet a breach of viability (less than 10% short).
    const nearly = report(pair({ vcsFacts: { minNoticeDays: 90 }, primeFacts: { terminationNoticeDays: 85 } }));
    expect(nearly.verdict.code).toBe("WORKABLE");
  });

  test("any viability breach keeps the verdict at weak at best, whatever the answers", () => {
    const answersArb = fc.array(answerArb, { minLength: items.length, maxLength: items.length });
    fc.assert(
      fc.property(answersArb, answersArb, fc.integer({ min: 0, max: 80 }), (mine, theirs, notice) => {
        const [vcs, prime] = pair({ vcsFacts: { minNoticeDays: 90 }, primeFacts: { terminationNoticeDays: notice } });
        items.forEach((item, n) => {
          vcs.answers[item.id] = mine[n]!;
          prime.answers[item.id] = theirs[n]!;
        });
        const verdict = assessCheck(v2, vcs, prime).verdict;
        return verdict === "WEAK" || verdict === "RED_LINES";
      }),
      { numRuns: 200 },
    );
  });

  test("a red line only makes a figure a dealbreaker when it is a figure a side can walk away over", () => {
    const cash = {
      vcsFacts: { reservesMonths: 2, contractIncomeShare: 50 },
      primeFacts: { outcomePaymentShare: 60, paymentLagDays: 60 },
    };
    const context = report(pair({ ...cash, vcsRedLines: ["contractIncomeShare"] }));
    expect(context.flags.find((f) => f.code === "CASHFLOW_RISK")?.severity).toBe("serious");
    const offer = report(pair({ ...cash, primeRedLines: ["outcomePaymentShare"] }));
    expect(offer.flags.find((f) => f.code === "CASHFLOW_RISK")?.severity).toBe("dealbreaker");
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

  test("a guarantee with no minimum to weigh it against, on a contract the organisation depends on, asks for one", () => {
    const flag = report(
      pair({
        vcsFacts: { minReferralsPerYear: 0, contractIncomeShare: 80 },
        primeFacts: { guaranteedReferralsPerYear: 1 },
      }),
    ).flags.find((f) => f.code === "BID_CANDY");
    expect(flag?.severity).toBe("caution");
    expect(flag?.explanation).toContain("no minimum");
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
      0.5 * (0.4 * (30 / 30.4) + 0.6 * (METHOD_V2.facts.cashflow.outcomeWaitMonths + 60 / 30.4)) +
      0.5 * 0.6 * 0.25 * 12;
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
    expect(r.flags.length).toBeGreaterThan(3);
    for (const flag of r.flags) {
      expect(flag.whoActs, flag.code).toBeTruthy();
      expect(flag.explanation).not.toMatch(/positions? \d/);
    }
    // Evidence is de-duplicated across the report, so the first flag carries its own.
    expect(r.flags[0]!.evidence!.length).toBeGreaterThan(0);
  });

  test("discussion questions, negotiables and evidence appear once per report, where they would have repeated", () => {
    // Two bid-candy flags from the figures share the catalogue's questions: the second must not repeat them.
    const r = report(
      pair({
        vcsFacts: { minReferralsPerYear: 100, contractIncomeShare: 40 },
        primeFacts: { guaranteedReferralsPerYear: 50, namedPartnersFundedShare: 30 },
      }),
    );
    const bidCandy = r.flags.filter((f) => f.code === "BID_CANDY");
    expect(bidCandy).toHaveLength(2);
    expect(bidCandy[0]!.questions.length).toBeGreaterThan(0);
    expect(bidCandy[1]!.questions).toEqual([]);
    const all = r.flags.flatMap((f) => [...f.questions, ...f.negotiable, ...(f.evidence ?? [])]);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe("gaps and edges, read as an adviser would", () => {
  test("a gap both sides rate low is a caution about a gap, never an edge agreement, and caps nothing", () => {
    const low = (p: number, min: number, max: number) => answerOf(p, min, max, "low");
    const r = report(
      pair({
        vcs: { "contract-term": low(1, 1, 2), "exit-plan": low(1, 1, 2) },
        prime: { "contract-term": low(5, 4, 5), "exit-plan": low(5, 4, 5) },
      }),
    );
    const gaps = r.flags.filter((f) => f.code !== "CONTRADICTION" && f.code !== "UNSAFE_AGREEMENT");
    expect(gaps.map((f) => f.severity)).toEqual(["caution", "caution"]);
    for (const flag of gaps) {
      expect(flag.edge).toBeUndefined();
      expect(flag.explanation).toContain("both sides rated this question low");
    }
    expect(r.why).not.toContain("edge");
  });

  test("a prime offering more protection than the organisation asked for is a difference to talk through, not a serious risk", () => {
    const ids = ["volume-commitment", "shortfall-review", "outcome-share", "termination-convenience"];
    const r = report(
      pair({
        vcs: Object.fromEntries(ids.map((id) => [id, answerOf(4, 4, 5, "medium")])),
        prime: Object.fromEntries(ids.map((id) => [id, answerOf(1, 1, 2, "medium")])),
      }),
    );
    const gaps = r.flags.filter((f) => f.itemIds.length > 0 && f.code !== "CONTRADICTION");
    expect(gaps).toHaveLength(4);
    for (const flag of gaps) {
      expect(flag.severity).toBe("caution");
      expect(flag.side).toBe("vcs");
      expect(flag.explanation).toContain("more independent, not less");
    }
  });

  test("a single shared option inside one side's range, at the other side's preference, is no edge agreement", () => {
    expect(itemSeverity(METHOD_V2, answerOf(1, 1, 5), answerOf(3, 3, 3))).toBeNull();
    expect(itemSeverity(METHOD_V2, answerOf(1, 1, 3), answerOf(5, 3, 5))).toBe("caution");
    // Method v1 still calls both edge agreements, as v1 reports always did.
    expect(itemSeverity(METHOD_V1, answerOf(1, 1, 5), answerOf(3, 3, 3))).toBe("caution");
  });

  test("contradictions between answers and figures are questions about the data: they cap nothing", () => {
    const r = report(
      pair({
        vcs: { "outcome-share": answerOf(1, 1, 2), "payment-timing": answerOf(1, 1, 2) },
        prime: { "outcome-share": answerOf(1, 1, 2), "payment-timing": answerOf(1, 1, 2) },
        primeFacts: { outcomePaymentShare: 100, paymentLagDays: 10 },
        vcsFacts: { reservesMonths: 100 },
      }),
    );
    expect(r.flags.some((f) => f.code === "CONTRADICTION" && f.severity === "serious")).toBe(true);
    expect(r.flags.filter((f) => f.code !== "CONTRADICTION")).toEqual([]);
    expect(r.verdict.code).toBe("STRONG");
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
