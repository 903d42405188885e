/**
 * The realistic pairs of app/domain/scenarios.ts, answered through the JSON API
 * on question bank v2 against a real database: the verdict an adviser would
 * expect, the one-line why, and v2's additions to the answer model.
 */
import { describe, expect, test } from "vitest";
import { getQuestionnaire } from "~/domain/questionnaires";
import { SCENARIOS, scenarioAnswers } from "~/domain/scenarios";
import type { Answer, SideAnswers } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { api, apiCreateCheck } from "./api-support";

const v2 = getQuestionnaire("2")!;

/** The reason each scenario's why line must give (the verdict alone can be right for the wrong reason). */
const WHY: Record<string, RegExp> = {
  aligned: /strong band .* no flag or section holds it back/,
  alliance: /strong band/,
  "tighter-embrace": /^Red lines in conflict: .*Mandatory rebranding/,
  "disastrous-figures": /figures breach the organisation's viability/,
  "values-clash": /^Capped by Mission and values at/,
  "controlling-agreement": /^Capped at weak by \d+ serious flags/,
  "no-guarantee": /breaches the organisation's viability \(Bid candy risk\)/,
  prefunding: /^Capped at workable by 1 serious flag/,
  "notice-red-line": /^Red lines in conflict: Exit on the prime's terms/,
  "two-steps-apart": /weak band \(below 55\)/,
  "reverse-direction": /^Red lines in conflict: The organisation wants/,
};

interface ReportBody {
  questionnaireVersion: string;
  method: { version: string };
  verdict: { code: string; label: string; why: string };
  overall: number;
  flags: Array<{
    code: string;
    severity: string;
    title: string;
    explanation: string;
    itemIds: string[];
    factIds: string[];
  }>;
  fixedTerms: Array<{ itemId: string; sides: string[] }>;
  items: Array<{ id: string; prime: { fixed?: boolean; clause?: string } }>;
}

function body(side: SideAnswers) {
  const answers: Record<string, ReturnType<typeof toApiAnswer>> = {};
  for (const [id, answer] of Object.entries(side.answers)) answers[id] = toApiAnswer(answer as Answer);
  return {
    answers,
    facts: side.facts,
    ...(side.redLineFacts ? { redLineFacts: side.redLineFacts } : {}),
    ...(side.findingOnlyFacts ? { findingOnlyFacts: side.findingOnlyFacts } : {}),
  };
}

async function answerAndSubmit(token: string, side: SideAnswers) {
  const saved = await api("PUT", "/api/v1/answers", { token, body: body(side) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect((await api("POST", "/api/v1/answers/submit", { token })).status).toBe(200);
}

describe("realistic pairs through the API on bank v2", () => {
  test.each(SCENARIOS.map((s) => [s.title, s] as const))("%s", async (_, scenario) => {
    const check = await apiCreateCheck();
    const [vcs, prime] = scenarioAnswers(v2, scenario);
    await answerAndSubmit(check.tokens.vcs, vcs);
    await answerAndSubmit(check.tokens.prime, prime);
    const report = await api<ReportBody>("GET", "/api/v1/report", { token: check.tokens.owner });
    expect(report.status).toBe(200);
    expect(report.body.questionnaireVersion).toBe("2");
    expect(report.body.method.version).toBe("2");
    expect(report.body.verdict.code).toBe(scenario.expected);
    expect(report.body.verdict.why).toMatch(WHY[scenario.id]!);
  });
});

describe("bank v2's additions to the answer model, through the API", () => {
  test("fixed terms, clauses and red-line figures are saved, returned, and reach the report", async () => {
    const check = await apiCreateCheck();
    const [vcs, prime] = scenarioAnswers(v2, SCENARIOS[0]!);
    prime.answers["payment-timing"] = {
      ...(prime.answers["payment-timing"] as Answer),
      fixed: true,
      clause: "Schedule 4, 2.1",
    };
    await answerAndSubmit(check.tokens.vcs, {
      ...vcs,
      facts: { ...vcs.facts, minNoticeDays: 90 },
      redLineFacts: ["minNoticeDays"],
    });
    const own = await api<{ answers: Record<string, Answer>; redLineFacts?: string[] }>("GET", "/api/v1/answers", {
      token: check.tokens.vcs,
    });
    expect(own.body.redLineFacts).toEqual(["minNoticeDays"]);
    await answerAndSubmit(check.tokens.prime, { ...prime, facts: { ...prime.facts, terminationNoticeDays: 30 } });
    const primeOwn = await api<{ answers: Record<string, { fixed?: boolean; clause?: string }> }>(
      "GET",
      "/api/v1/answers",
      {
        token: check.tokens.prime,
      },
    );
    expect(primeOwn.body.answers["payment-timing"]).toMatchObject({ fixed: true, clause: "Schedule 4, 2.1" });
    const report = await api<ReportBody>("GET", "/api/v1/report", { token: check.tokens.owner });
    expect(report.body.verdict.code).toBe("RED_LINES");
    expect(report.body.flags.find((f) => f.code === "EXIT_AT_WILL")?.severity).toBe("dealbreaker");
    expect(report.body.fixedTerms).toEqual([{ itemId: "payment-timing", sides: ["prime"] }]);
    expect(report.body.items.find((i) => i.id === "payment-timing")?.prime).toMatchObject({ fixed: true });
  });

  test("a figure shared as the finding only reaches the report without its number", async () => {
    const check = await apiCreateCheck();
    const [vcs, prime] = scenarioAnswers(v2, SCENARIOS[0]!);
    await answerAndSubmit(check.tokens.vcs, {
      ...vcs,
      facts: { ...vcs.facts, minNoticeDays: 97 },
      findingOnlyFacts: ["minNoticeDays"],
    });
    const own = await api<{ findingOnlyFacts?: string[] }>("GET", "/api/v1/answers", { token: check.tokens.vcs });
    expect(own.body.findingOnlyFacts).toEqual(["minNoticeDays"]);
    // Only a side's own figures can be listed.
    const refused = await api("PUT", "/api/v1/answers", {
      token: check.tokens.prime,
      body: { findingOnlyFacts: ["minNoticeDays"] },
    });
    expect(refused.status).toBe(422);
    await answerAndSubmit(check.tokens.prime, { ...prime, facts: { ...prime.facts, terminationNoticeDays: 30 } });
    const report = await api<ReportBody>("GET", "/api/v1/report", { token: check.tokens.prime });
    const flag = report.body.flags.find((f) => f.code === "EXIT_AT_WILL")!;
    expect(flag.explanation).toContain("at shorter notice than the organisation needs");
    expect(flag.explanation).not.toMatch(/\d/);
  });

  test("a red line on a figure not given is refused, and nothing in the request is saved", async () => {
    const check = await apiCreateCheck();
    const refused = await api<{ errors: Array<{ path: string; message: string }> }>("PUT", "/api/v1/answers", {
      token: check.tokens.vcs,
      body: { facts: { reservesMonths: 3 }, redLineFacts: ["minNoticeDays"] },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]?.message).toContain("minNoticeDays");
    const own = await api<{ facts: Record<string, number> }>("GET", "/api/v1/answers", { token: check.tokens.vcs });
    expect(own.body.facts).toEqual({});
  });

  test("a red line on the other side's figure is refused", async () => {
    const check = await apiCreateCheck();
    const refused = await api("PUT", "/api/v1/answers", {
      token: check.tokens.vcs,
      body: { redLineFacts: ["terminationNoticeDays"] },
    });
    expect(refused.status).toBe(422);
  });

  test("optional figures need not be given to submit", async () => {
    const check = await apiCreateCheck();
    const [vcs] = scenarioAnswers(v2, SCENARIOS[0]!);
    const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", {
      token: check.tokens.vcs,
      body: body(vcs),
    });
    expect(saved.body.missing).toEqual([]);
    expect(Object.keys(vcs.facts)).not.toContain("unpaidOutcomeShare");
  });
});
