import { describe, expect, test } from "vitest";
import { currentQuestionnaire, allItems } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import type { Answer } from "~/domain/types";
import { exportFileName, neutralise, reportCsv } from "~/formats/report-csv";
import { readReportCsv } from "../csv";
import { REALISTIC_CLASH } from "../fixtures";

describe("CSV neutralisation", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+44 20 7946 0000", "'+44 20 7946 0000"],
    ["-2", "'-2"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tindented", "'\tindented"],
    ["\rreturn", "'\rreturn"],
    ["\nnew line", "'\nnew line"],
    ["\u0000=1+1", "'\u0000=1+1"],
    ["\uFF1D1+1", "'\uFF1D1+1"],
    ["\uFF0B44", "'\uFF0B44"],
    ["\uFF0D2", "'\uFF0D2"],
    ["\uFF20SUM(A1)", "'\uFF20SUM(A1)"],
    ["A plain note", "A plain note"],
    ["", ""],
  ])("text %j becomes %j", (input, output) => {
    expect(neutralise(input)).toBe(output);
  });

  test("numbers stay numbers, even negative ones; booleans read as yes or no", () => {
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise(0.875)).toBe(0.875);
    expect(neutralise(true)).toBe("yes");
    expect(neutralise(undefined)).toBe("");
  });
});

test("the report CSV has one row per item, quotes what needs quoting and neutralises formulas", () => {
  const questionnaire = currentQuestionnaire();
  const base: Answer = { preferred: 3, acceptable: { min: 2, max: 4 }, importance: "medium", redLine: false };
  const answers = Object.fromEntries(allItems(questionnaire).map((i) => [i.id, base]));
  const hostile = { ...base, note: '=HYPERLINK("http://x","click"), then "quotes"\nand a new line' };
  const report = buildReport(
    questionnaire,
    { answers: { ...answers, "brand-delivery": hostile }, facts: {} },
    { answers, facts: {} },
  );
  const csv = readReportCsv(
    reportCsv({
      report,
      questionnaire,
      title: "=Lot 2",
      vcsName: "Helping Hands",
      primeName: "BigCo",
      generatedOn: "1 December 2026",
      figures: { vcs: { facts: {} }, prime: { facts: {} } },
    }),
  );
  const rows = csv.blocks.Answers!;
  expect(rows).toHaveLength(allItems(questionnaire).length);
  const brand = rows.find((r) => r.item === "brand-delivery")!;
  expect(brand["Helping Hands: note"]).toBe(`'${hostile.note}`);
  expect(brand["Helping Hands: preferred"]).toBe("3");
  expect(brand["BigCo: preferred"]).toBe("3");
  expect(brand.fit).toBe("1");
  expect(brand.section).toBe("Brand and identity");
  expect(csv.title).toBe("Common Ground partnership check: =Lot 2");
});

test("the CSV carries every figure with its side and red line, and every flag with what it concerns", () => {
  const questionnaire = currentQuestionnaire();
  const side = (s: "vcs" | "prime") => ({
    answers: Object.fromEntries(allItems(questionnaire).map((i) => [i.id, REALISTIC_CLASH.answer(s, i.id) as Answer])),
    facts: REALISTIC_CLASH.facts[s],
  });
  const vcs = { ...side("vcs"), redLineFacts: ["minNoticeDays" as const] };
  const report = buildReport(questionnaire, vcs, side("prime"));
  const csv = readReportCsv(
    reportCsv({
      report,
      questionnaire,
      title: REALISTIC_CLASH.title,
      vcsName: REALISTIC_CLASH.vcsName,
      primeName: REALISTIC_CLASH.primeName,
      generatedOn: "1 December 2026",
      figures: { vcs, prime: side("prime") },
    }),
  );
  expect(csv.verdict.slice(0, 2)).toEqual(["Verdict", report.verdict.label]);
  const figures = csv.blocks.Figures!;
  expect(figures.map((f) => f.figure)).toEqual(questionnaire.facts.map((f) => f.id));
  expect(figures.find((f) => f.figure === "reservesMonths")).toMatchObject({
    organisation: REALISTIC_CLASH.vcsName,
    value: "2",
    unit: "months",
  });
  expect(figures.find((f) => f.figure === "minNoticeDays")!["red line"]).toBe("yes");
  expect(figures.find((f) => f.figure === "unpaidOutcomeShare")!.value).toMatch(/^not given/);
  const flags = csv.blocks.Flags!;
  expect(flags).toHaveLength(report.flags.length);
  expect(flags.map((f) => f.title)).toEqual(report.flags.map((f) => f.title));
  const cashflow = flags.find((f) => f.flag === "CASHFLOW_RISK" && (f.concerns ?? "").includes("free reserves"));
  expect(cashflow?.explanation).toContain("free reserves cover 2 months");
});

test("a download is named from the check's title and the day", () => {
  const day = new Date("2026-12-01T10:00:00Z");
  expect(exportFileName("Community rehabilitation, North West", day, "csv")).toBe(
    "common-ground-community-rehabilitation-north-west-2026-12-01.csv",
  );
  expect(exportFileName("Café “Lot 2”", day, "json")).toBe("common-ground-cafe-lot-2-2026-12-01.json");
  expect(exportFileName("???", day, "csv")).toBe("common-ground-check-2026-12-01.csv");
});

test("a board's side adds a last block: how many answered, how many questions split them, and each override", () => {
  const questionnaire = currentQuestionnaire();
  const side = (s: "vcs" | "prime") => ({
    answers: Object.fromEntries(allItems(questionnaire).map((i) => [i.id, REALISTIC_CLASH.answer(s, i.id) as Answer])),
    facts: REALISTIC_CLASH.facts[s],
  });
  const report = buildReport(questionnaire, side("vcs"), side("prime"));
  const input = {
    report,
    questionnaire,
    title: REALISTIC_CLASH.title,
    vcsName: REALISTIC_CLASH.vcsName,
    primeName: REALISTIC_CLASH.primeName,
    generatedOn: "1 December 2026",
    figures: { vcs: side("vcs"), prime: side("prime") },
  };
  const item = allItems(questionnaire)[0]!;
  const csv = readReportCsv(
    reportCsv({
      ...input,
      boards: [
        {
          side: "vcs",
          respondents: 4,
          spread: [
            {
              id: item.id,
              prompt: item.prompt.vcs,
              optionLabels: [],
              spread: { positions: [2, 0, 0, 2, 0], redLines: 1 },
              combinedPreferred: 1,
              disagreement: true,
            },
          ],
          overrides: [{ id: item.id, prompt: item.prompt.vcs, lines: ["Preferred: 3"], reason: "=the CEO's advice" }],
        },
      ],
    }),
  );
  const block = csv.blocks["How each side answered"]!;
  expect(block[0]).toMatchObject({ side: "vcs", "people answering": "4", "questions they disagreed on": "1" });
  // The reason is the lead's free text: neutralised like every other cell.
  expect(block[1]).toMatchObject({ item: item.id, "lead's override": "Preferred: 3", why: "'=the CEO's advice" });
  // A check answered by one person on each side has no such block.
  expect(readReportCsv(reportCsv(input)).blocks["How each side answered"]).toBeUndefined();
});
