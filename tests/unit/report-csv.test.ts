import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire, allItems } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import type { Answer } from "~/domain/types";
import { neutralise, reportCsv } from "~/formats/report-csv";

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
  const rows = parse(reportCsv(report, questionnaire), { columns: true }) as Array<Record<string, string>>;
  expect(rows).toHaveLength(allItems(questionnaire).length);
  const brand = rows.find((r) => r.item === "brand-delivery")!;
  expect(brand.vcs_note).toBe(`'${hostile.note}`);
  expect(brand.vcs_preferred).toBe("3");
  expect(brand.fit).toBe("1");
  expect(brand.section).toBe("Brand and identity");
});
