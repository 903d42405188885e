/**
 * What the facilitator's pages print (issue 18): the minutes a selection takes,
 * the workshop's dates as calendar days, and the room's figures as CSV.
 */
import { describe, expect, test } from "vitest";
import { answeringMinutes } from "~/domain/answering-time";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import type { WorkshopFigures } from "~/domain/workshop";
import { calendarDay, calendarDayAfter } from "~/formats/workshop-dates";
import { FIGURES_HEADER, workshopFiguresCsv } from "~/formats/workshop-csv";

describe("answering time", () => {
  test("the core set's questions take about twenty minutes, a figure longer than a question", () => {
    const core = questionnaireFor(currentQuestionnaire().version, "core")!;
    expect(answeringMinutes(core.dimensions.reduce((n, d) => n + d.items.length, 0))).toBe(20);
    expect(answeringMinutes(0, 1)).toBeGreaterThan(answeringMinutes(1));
    expect(answeringMinutes(0)).toBe(0);
    expect(answeringMinutes(1)).toBe(1);
  });
});

describe("a workshop's dates", () => {
  test("are calendar days, counted across month ends and the clocks changing", () => {
    expect(calendarDay("2027-01-01")).toBe("1 January 2027");
    expect(calendarDayAfter("2027-01-31", 30)).toBe("2 March 2027");
    // British Summer Time starts on 28 March 2027 and ends on 31 October: neither moves a day.
    expect(calendarDayAfter("2027-03-20", 14)).toBe("3 April 2027");
    expect(calendarDayAfter("2027-10-25", 7)).toBe("1 November 2027");
  });
});

describe("the room's figures as CSV", () => {
  const questionnaire = questionnaireFor(currentQuestionnaire().version, "core", ["brand-identity"])!;
  const items = questionnaire.dimensions.flatMap((d) => d.items);

  test("below three submitted: the header and a line saying why, no counts", () => {
    const figures: WorkshopFigures = { joined: 4, submitted: 2, counted: 0, items: null, dealbreakers: null };
    const lines = workshopFiguresCsv({ figures, questionnaire }).trimEnd().split("\n");
    expect(lines[0]).toBe(FIGURES_HEADER.join(","));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("2 of 4 have submitted");
  });

  test("one row per question asked, then the dealbreakers' shares, then how many submitted", () => {
    const figures: WorkshopFigures = {
      joined: 5,
      submitted: 4,
      counted: 3,
      items: items.map((item, i) => ({ id: item.id, positions: [i, 1, 1, 0, 1 - i], redLines: 2 })),
      dealbreakers: [{ code: "MANDATORY_REBRANDING", share: 2 / 3 }],
    };
    const lines = workshopFiguresCsv({ figures, questionnaire }).trimEnd().split("\n");
    expect(lines.slice(1, 1 + items.length).map((l) => l.split(",")[0])).toEqual(items.map(() => "Brand and identity"));
    expect(lines[1]?.endsWith(",0,1,1,0,1,2")).toBe(true);
    expect(lines).toContain("Mandatory rebranding,2,67");
    expect(lines.at(-2)).toBe("Organisations that submitted,4");
    expect(lines.at(-1)).toBe("Organisations these figures are over (the first to submit in threes),3");
  });

  test("says so when the scenario triggered no dealbreaker", () => {
    const figures: WorkshopFigures = {
      joined: 3,
      submitted: 3,
      counted: 3,
      items: items.map((item) => ({ id: item.id, positions: [3, 0, 0, 0, 0], redLines: 0 })),
      dealbreakers: [],
    };
    expect(workshopFiguresCsv({ figures, questionnaire })).toContain(
      "None: the scenario triggered no dealbreaker for anyone",
    );
  });
});
