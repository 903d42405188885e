import { expect, test } from "vitest";
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import { boardDecision, groupFlags } from "~/domain/flag-groups";
import { flagKey, type Flag } from "~/domain/flags";
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import type { Answer, SideAnswers } from "~/domain/types";
import { REALISTIC_CLASH } from "../fixtures";

const bank = currentQuestionnaire();
const prompts = new Map(allItems(bank).map((i) => [i.id, i.prompt.vcs]));
const promptOf = (id: string) => prompts.get(id);

function clash() {
  const side = (s: "vcs" | "prime"): SideAnswers => ({
    answers: Object.fromEntries(allItems(bank).map((i) => [i.id, REALISTIC_CLASH.answer(s, i.id) as Answer])),
    facts: REALISTIC_CLASH.facts[s],
  });
  return buildReport(bank, side("vcs"), side("prime"));
}

const flag = (over: Partial<Flag>): Flag => ({
  code: "BID_CANDY",
  severity: "serious",
  itemIds: [],
  factIds: [],
  title: "Bid candy risk",
  explanation: "About bid candy.",
  questions: [],
  negotiable: [],
  ...over,
});

test("one entry per kind of flag, naming each question it concerns in the question's own words", () => {
  const report = clash();
  const groups = groupFlags(report.flags, promptOf);
  expect(report.flags.length).toBeGreaterThan(40);
  const titles = groups.map((g) => g.title);
  expect(new Set(titles).size).toBe(titles.length);
  const bidCandy = groups.find((g) => g.code === "BID_CANDY")!;
  expect(bidCandy.flags.length).toBe(report.flags.filter((f) => f.code === "BID_CANDY").length);
  expect(bidCandy.flags.map((f) => f.prompt)).toContain(prompts.get("volume-commitment"));
  // Every flag of the report is in exactly one group, with its stable key for the outcome forms.
  const keys = groups.flatMap((g) => g.flags.map((f) => f.key));
  expect(keys.sort()).toEqual(report.flags.map(flagKey).sort());
});

test("a group's questions, negotiables and evidence appear once each, from all its flags", () => {
  const groups = groupFlags(
    [
      flag({ itemIds: ["a"], questions: ["Q1", "Q2"], negotiable: ["N1"], evidence: ["E1"] }),
      flag({ itemIds: ["b"], questions: ["Q2", "Q3"], negotiable: ["N1", "N2"], evidence: ["E1", "E2"] }),
    ],
    () => undefined,
  );
  expect(groups).toHaveLength(1);
  expect(groups[0]).toMatchObject({
    questions: ["Q1", "Q2", "Q3"],
    negotiable: ["N1", "N2"],
    evidence: ["E1", "E2"],
  });
  // A question without wording falls back to its id rather than vanishing.
  expect(groups[0]!.flags.map((f) => f.prompt)).toEqual(["a", "b"]);
});

test("a group takes its most serious flag's severity, leads with it, and sorts dealbreakers first", () => {
  const groups = groupFlags(
    [
      flag({ code: "CASHFLOW_RISK", title: "Cash-flow risk", itemIds: ["x"] }),
      flag({ code: "GAGGING_CLAUSE", title: "Limits on speaking out", itemIds: ["m"] }),
      flag({ code: "GAGGING_CLAUSE", title: "Limits on speaking out", itemIds: ["c"], severity: "dealbreaker" }),
    ],
    promptOf,
  );
  expect(groups.map((g) => [g.title, g.severity])).toEqual([
    ["Limits on speaking out", "dealbreaker"],
    ["Cash-flow risk", "serious"],
  ]);
  expect(groups[0]!.flags[0]!.itemId).toBe("c");
});

test("the issue's meaning is written once; each question keeps what it found; a figure flag keeps its figures", () => {
  const meaning = FLAG_CATALOGUE.BID_CANDY.meaning;
  const groups = groupFlags(
    [
      flag({ factIds: ["reservesMonths"], explanation: "It would need to pre-fund about 3.1 months." }),
      flag({ itemIds: ["volume-commitment"], explanation: `${meaning} On volumes, the prime pushes.` }),
      flag({ itemIds: ["client-mix"], explanation: `${meaning} On the mix, the prime pushes.` }),
    ],
    promptOf,
  );
  expect(groups[0]!.explanation).toBe(meaning);
  expect(groups[0]!.flags.map((f) => [f.finding, f.detail])).toEqual([
    ["It would need to pre-fund about 3.1 months.", "It would need to pre-fund about 3.1 months."],
    [null, "On volumes, the prime pushes."],
    [null, "On the mix, the prime pushes."],
  ]);
  // Explanations that do not share the catalogue's meaning are kept whole, per question.
  const own = groupFlags([flag({ itemIds: ["a"], explanation: "Its own words." })], promptOf);
  expect(own[0]).toMatchObject({ explanation: "", flags: [{ detail: "Its own words." }] });
});

test("page 1's decision: every dealbreaker by name, at most five other issues, every money finding in figures", () => {
  const report = clash();
  const groups = groupFlags(report.flags, promptOf);
  const decision = boardDecision(report, groups);
  expect(decision.verdict.code).toBe("RED_LINES");
  expect(decision.dealbreakers.map((g) => g.title).sort()).toEqual(
    [...new Set(report.flags.filter((f) => f.severity === "dealbreaker").map((f) => f.title))].sort(),
  );
  expect(decision.topIssues.length).toBeGreaterThanOrEqual(3);
  expect(decision.topIssues.length).toBeLessThanOrEqual(5);
  expect(decision.topIssues.every((g) => g.severity !== "dealbreaker")).toBe(true);
  expect(decision.money.map((m) => m.title)).toContain("Cash-flow risk");
  expect(decision.money.every((m) => /\d/.test(m.finding))).toBe(true);
  expect(decision.askFor.length).toBeGreaterThan(0);
  expect(new Set(decision.askFor).size).toBe(decision.askFor.length);
  expect(decision.counts).toEqual({ flags: report.flags.length, issues: groups.length });
});

test("no flags, no issues: the decision is the verdict alone", () => {
  const decision = boardDecision(
    { verdict: { code: "STRONG", label: "Strong", advice: "" }, why: "", overall: 90, flags: [] },
    [],
  );
  expect(decision).toMatchObject({ dealbreakers: [], topIssues: [], money: [], askFor: [] });
});
