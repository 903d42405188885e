/**
 * A check keeps the bank and method it was created with: a v1 report must come
 * out exactly as it did when method v1 was the only method. The stored reports
 * were written by tests/unit/stored/generate-v1-reports.ts before method v2 existed.
 */
import { expect, test } from "vitest";
import { reportJson } from "~/formats/api-v1";
import { getQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import type { SideAnswers } from "~/domain/types";
import stored from "./stored/v1-reports.json";

/** Fields method v2 added to every report; a v1 report's other bytes must not move. */
const ADDED_SINCE = ["method", "why", "fixedTerms", "questionSet"];
const withoutAdded = (json: string) =>
  JSON.stringify(JSON.parse(json, (key, value) => (ADDED_SINCE.includes(key) ? undefined : value)));

const cases = stored as Array<{ vcs: SideAnswers; prime: SideAnswers; report: string; api: string }>;

test("every stored v1 report is reproduced byte for byte, in the domain and in the API", () => {
  const v1 = getQuestionnaire("1")!;
  expect(cases.length).toBe(30);
  cases.forEach(({ vcs, prime, report, api }, n) => {
    const built = buildReport(v1, vcs, prime);
    expect(withoutAdded(JSON.stringify(built)), `case ${n}`).toBe(report);
    expect(withoutAdded(JSON.stringify(reportJson(`check-${n}`, built))), `case ${n} (API)`).toBe(api);
  });
});
