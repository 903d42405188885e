/**
 * Scenarios from the sector on question bank v1, run through the JSON API
 * against a real database: a v1 check (created before bank v2 existed) still
 * answers and scores by method v1. Bank v2's scenarios: scenarios-v2.test.ts.
 */
import { describe, expect, test } from "vitest";
import { allItems, getQuestionnaire } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { api } from "./api-support";
import { HEALTHY_FACTS, newCheck } from "./support";

interface ApiAnswer {
  preferred: number;
  acceptable: number[];
  importance: "low" | "medium" | "high";
  redLine: boolean;
  note?: string;
}

interface ReportBody {
  checkId: string;
  questionnaireVersion: string;
  verdict: { code: string; label: string };
  overall: number;
  dimensions: Array<{ id: string; title: string; critical: boolean; score: number }>;
  flags: Array<{
    code: string;
    severity: string;
    itemIds: string[];
    factIds: string[];
    title: string;
    explanation: string;
    questions: string[];
  }>;
  items: Array<{ id: string; dimensionId: string; fit: number; vcs: ApiAnswer; prime: ApiAnswer }>;
}

const agreeable: ApiAnswer = { preferred: 3, acceptable: [2, 3, 4], importance: "medium", redLine: false };
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

interface SideSetup {
  answers?: Record<string, ApiAnswer>;
  facts?: Record<string, number>;
}

async function runScenario(setup: Record<Side, SideSetup>): Promise<ReportBody> {
  const check = await newCheck({ questionnaireVersion: "1" });
  const items = allItems(getQuestionnaire("1")!);
  for (const side of ["vcs", "prime"] as const) {
    const answers = Object.fromEntries(items.map((i) => [i.id, setup[side].answers?.[i.id] ?? agreeable]));
    const facts = { ...HEALTHY_FACTS[side], ...setup[side].facts };
    const saved = await api("PUT", "/api/v1/answers", { token: check.tokens[side], body: { answers, facts } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect((await api("POST", "/api/v1/answers/submit", { token: check.tokens[side] })).status).toBe(200);
  }
  const report = await api<ReportBody>("GET", "/api/v1/report", { token: check.tokens.owner });
  expect(report.status).toBe(200);
  expect(report.body.checkId).toBe(check.id);
  return report.body;
}

const flagsOf = (report: ReportBody, code: string) => report.flags.filter((f) => f.code === code);

describe("scenarios from the sector", () => {
  test("the 'tighter embrace' prime against a charity whose identity and voice are red lines", async () => {
    const integrate = (from: number): ApiAnswer => ({
      preferred: 5,
      acceptable: range(from, 5),
      importance: "high",
      redLine: false,
    });
    const keepIndependence = (to: number): ApiAnswer => ({
      preferred: 1,
      acceptable: range(1, to),
      importance: "high",
      redLine: true,
    });
    const report = await runScenario({
      prime: {
        answers: {
          "brand-delivery": integrate(5), // own brand only
          "staff-identity": integrate(4),
          "values-signup": integrate(4), // sign up to the prime's values
          "fixed-model": integrate(4), // seamless delivery
          "media-approval": integrate(4), // approval of media statements
          campaigning: integrate(4),
        },
      },
      vcs: {
        answers: {
          "brand-delivery": keepIndependence(2),
          "staff-identity": keepIndependence(2),
          "media-approval": keepIndependence(2),
          campaigning: keepIndependence(2),
        },
      },
    });
    expect(report.verdict.code).toBe("RED_LINES");
    expect(report.verdict.label).toBe("Red lines in conflict");
    const rebranding = flagsOf(report, "MANDATORY_REBRANDING");
    expect(rebranding).toHaveLength(1);
    expect(rebranding[0]).toMatchObject({ severity: "dealbreaker", itemIds: ["brand-delivery"], factIds: [] });
    const gagging = flagsOf(report, "GAGGING_CLAUSE");
    expect(gagging.map((f) => f.severity)).toEqual(["dealbreaker", "dealbreaker"]);
    expect(gagging.flatMap((f) => f.itemIds).sort()).toEqual(["campaigning", "media-approval"]);
    expect(report.flags[0]!.severity).toBe("dealbreaker");
    const severities = report.flags.map((f) => f.severity);
    expect(severities).toEqual(
      [...severities].sort(
        (a, b) => ["dealbreaker", "serious", "caution"].indexOf(a) - ["dealbreaker", "serious", "caution"].indexOf(b),
      ),
    );
    for (const flag of report.flags) {
      expect(flag.explanation.length).toBeGreaterThan(40);
      expect(flag.questions.length).toBeGreaterThan(0);
    }
  });

  test("a well-aligned pair is STRONG with no flags", async () => {
    const report = await runScenario({ vcs: {}, prime: {} });
    expect(report.verdict.code).toBe("STRONG");
    expect(report.flags).toEqual([]);
    expect(report.overall).toBe(100);
    expect(report.dimensions.every((d) => d.score === 100)).toBe(true);
    expect(report.items).toHaveLength(36);
    expect(report.items[0]).toEqual({
      id: "service-purpose",
      dimensionId: "mission-values",
      fit: 1,
      meetingPoint: 3,
      vcs: agreeable,
      prime: agreeable,
    });
  });

  test("a 3-year contract against a relational service that needs 5 years is SHORT_TERM", async () => {
    const report = await runScenario({ vcs: { facts: { minTermMonths: 60 } }, prime: { facts: { termMonths: 36 } } });
    expect(flagsOf(report, "SHORT_TERM")).toEqual([
      expect.objectContaining({ severity: "serious", itemIds: [], factIds: ["minTermMonths", "termMonths"] }),
    ]);
    expect(report.flags).toHaveLength(1);
  });

  test("40% of payment on outcomes with a 90-day lag against one month of reserves is CASHFLOW_RISK", async () => {
    const report = await runScenario({
      vcs: { facts: { reservesMonths: 1, contractIncomeShare: 50 } },
      prime: { facts: { outcomePaymentShare: 40, paymentLagDays: 90 } },
    });
    const [flag] = flagsOf(report, "CASHFLOW_RISK");
    expect(flag).toMatchObject({ severity: "serious", itemIds: [] });
    expect(flag!.explanation).toContain("pre-fund about 1.5 months");
    expect(flag!.explanation).toContain("its free reserves cover 1 month.");
  });

  test("named in a bid with no guaranteed referrals is BID_CANDY", async () => {
    const report = await runScenario({ vcs: {}, prime: { facts: { guaranteedReferralsPerYear: 0 } } });
    expect(flagsOf(report, "BID_CANDY")).toEqual([
      expect.objectContaining({ severity: "serious", factIds: ["minReferralsPerYear", "guaranteedReferralsPerYear"] }),
    ]);
    // Every answer agrees (100), but a serious flag must be negotiated: no better than workable.
    expect(report.overall).toBe(100);
    expect(report.verdict.code).toBe("WORKABLE");
  });

  test("a weak critical dimension caps an otherwise strong verdict", async () => {
    const apart = (preferred: number, acceptable: number[]): ApiAnswer => ({
      preferred,
      acceptable,
      importance: "high",
      redLine: false,
    });
    const report = await runScenario({
      vcs: {
        answers: {
          "case-records": apart(1, [1, 2]),
          "ongoing-relationship": apart(1, [1, 2]),
          "case-system": apart(1, [1, 2]),
          "consent-sharing": apart(1, [1, 2]),
        },
      },
      prime: {
        answers: {
          "case-records": apart(5, [4, 5]),
          "ongoing-relationship": apart(5, [4, 5]),
          "case-system": apart(5, [4, 5]),
          "consent-sharing": apart(5, [4, 5]),
        },
      },
    });
    const data = report.dimensions.find((d) => d.id === "data-beneficiaries")!;
    expect(data.score).toBe(0);
    expect(report.overall).toBeGreaterThanOrEqual(75);
    expect(report.verdict.code).toBe("WEAK");
    expect(flagsOf(report, "BENEFICIARY_CAPTURE").every((f) => f.severity === "serious")).toBe(true);
  });
});
