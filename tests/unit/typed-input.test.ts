/** Inputs as people type them: figures with commas and units, names with invisible characters. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { acceptableRange, readTypedFigure } from "~/forms/answers.server";
import { visibleParagraphs, visibleText } from "~/forms/schemas.server";

test("any whole number written with thousands separators, a pound sign or its unit reads back as itself", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 99_999_999 }), fc.constantFrom("", "£"), (n, pound) => {
      const written = n.toLocaleString("en-GB");
      expect(readTypedFigure(`${pound}${written}`, "per year")).toBe(n);
      expect(readTypedFigure(` ${written} a year `, "per year")).toBe(n);
      expect(readTypedFigure(`${written} months`, "months")).toBe(n);
      expect(readTypedFigure(`${written}%`, "percent")).toBe(n);
      expect(readTypedFigure(`${written} days`, "days")).toBe(n);
    }),
  );
});

test("decimals read as written; anything else says what to give", () => {
  expect(readTypedFigure("2.5", "months")).toBe(2.5);
  expect(readTypedFigure("12.5 %", "percent")).toBe(12.5);
  expect(readTypedFigure("１２％", "percent")).toBe(12);
  expect(readTypedFigure("2 years", "months")).toEqual({ message: "Give a number of months, for example “6 months”" });
  expect(readTypedFigure("12 days", "percent")).toEqual({ message: "Give a percentage, for example “12%”" });
  expect(readTypedFigure("lots", "months")).toEqual({ message: "Enter a number, for example 1,200" });
  // A comma that is not a thousands separator is not guessed at.
  expect(readTypedFigure("1,2", "months")).toEqual({ message: "Enter a number, for example 1,200" });
});

test("a name made only of invisible characters is empty; inside a name they are removed", () => {
  const invisible = fc.constantFrom("\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u180E", " ", "\t");
  fc.assert(
    fc.property(fc.array(invisible, { maxLength: 30 }), (chars) => {
      expect(visibleText(chars.join(""))).toBe("");
    }),
  );
  expect(visibleText("\u200BAcme  Housing\u2060")).toBe("Acme Housing");
  // Joiners inside a name are spelling: a Persian name and a joined emoji keep them.
  expect(visibleText("می\u200Cخواهم")).toBe("می\u200Cخواهم");
  expect(visibleText("Team 👩\u200D👩\u200D👧")).toBe("Team 👩\u200D👩\u200D👧");
});

test("a free-text answer keeps its line breaks, with every line tidied as a name is, and nothing invisible counts", () => {
  expect(visibleParagraphs("  First point.\r\n\r\n\r\n\u200BSecond\tpoint.  \rThird  ")).toBe(
    "First point.\n\nSecond point.\nThird",
  );
  const invisible = fc.constantFrom("\u200B", "\u2060", "\uFEFF", " ", "\t", "\n", "\r\n", "\r");
  fc.assert(
    fc.property(fc.array(invisible, { maxLength: 30 }), (chars) => {
      expect(visibleParagraphs(chars.join(""))).toBe("");
    }),
  );
  // Whatever is typed, no line starts or ends with a space and there is never more than one blank line.
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom("a", " ", "\n", "\r", "\t", "\u200B") }), (typed) => {
      const tidy = visibleParagraphs(typed);
      expect(tidy).not.toMatch(/\n\n\n|^[ \n]|[ \n]$| \n|\n /);
      // …and nothing visible is lost.
      expect(tidy.replace(/[^a]/g, "")).toBe(typed.replace(/[^a]/g, ""));
    }),
  );
});

test("the range a side could live with is its preferred position and the ticked ones, gaps named", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 5 }), fc.subarray([1, 2, 3, 4, 5]), (preferred, ticked) => {
      const { min, max, gaps } = acceptableRange(preferred, ticked);
      expect(min).toBeLessThanOrEqual(preferred);
      expect(max).toBeGreaterThanOrEqual(preferred);
      const covered = new Set([preferred, ...ticked]);
      for (let p = min; p <= max; p += 1) expect(covered.has(p) || gaps.includes(p)).toBe(true);
      for (const g of gaps) expect(covered.has(g)).toBe(false);
    }),
  );
});
