/**
 * The live view's words and chart (issue 18): each chart's text alternative says exactly the counts it draws, the
 * dealbreakers' shares read as counts of the room, and the discussion prompts come from the figures only, none
 * while the figures are withheld.
 */
import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { distributionLayout, textsInside } from "~/components/charts/distribution-layout";
import { boxesOverlap, textBox } from "~/components/charts/layout";
import { PositionDistribution } from "~/components/position-distribution";
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import { allItems, currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import { FLAG_CODES, type Position } from "~/domain/types";
import type { ItemFigures, WorkshopFigures } from "~/domain/workshop";
import {
  dealbreakerLines,
  dealbreakerShareText,
  discussionPrompts,
  distributionText,
  PROMPTS_PER_KIND,
  type PrimeStance,
} from "~/domain/workshop-prompts";
import { positionArb } from "./arbitraries";

const questionnaire = questionnaireFor(currentQuestionnaire().version, "core")!;
const items = allItems(questionnaire);

const positionsArb = fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40));

const figuresArb: fc.Arbitrary<ItemFigures> = positionsArb.chain((positions) =>
  fc
    .nat(positions.reduce((a, b) => a + b, 0))
    .map((redLines) => ({ id: "service-purpose", positions: positions as ItemFigures["positions"], redLines })),
);

const primeArb: fc.Arbitrary<PrimeStance> = fc
  .tuple(positionArb, fc.nat(4), fc.nat(4))
  .map(([preferred, below, above]) => ({
    preferred,
    acceptable: { min: Math.max(1, preferred - below) as Position, max: Math.min(5, preferred + above) as Position },
  }));

/** A room of `submitted` with figures for every item of the core set and some dealbreakers. */
const roomArb: fc.Arbitrary<WorkshopFigures> = fc.integer({ min: 3, max: 60 }).chain((submitted) =>
  fc.record({
    joined: fc.integer({ min: submitted, max: submitted + 20 }),
    submitted: fc.constant(submitted),
    counted: fc.constant(submitted - (submitted % 3)),
    items: fc.tuple(
      ...items.map((item) =>
        fc.array(positionArb, { minLength: submitted, maxLength: submitted }).chain((chosen) =>
          fc.nat(submitted).map((redLines) => ({
            id: item.id,
            positions: [1, 2, 3, 4, 5].map((p) => chosen.filter((c) => c === p).length) as ItemFigures["positions"],
            redLines,
          })),
        ),
      ),
    ),
    dealbreakers: fc
      .uniqueArray(fc.constantFrom(...FLAG_CODES), { maxLength: 6 })
      .chain((codes) =>
        fc.tuple(...codes.map((code) => fc.nat(submitted).map((n) => ({ code, share: n / submitted })))),
      )
      .map((shares) => [...shares].sort((a, b) => b.share - a.share)),
  }),
);

describe("a chart's text alternative", () => {
  test("says each position's count, the red lines and the prime's stance", () => {
    const text = distributionText(
      { id: "service-purpose", positions: [5, 0, 3, 2, 2], redLines: 3 },
      { preferred: 4, acceptable: { min: 3, max: 5 } },
    );
    expect(text).toBe(
      "Of 12 organisations: 5 chose position 1, 0 chose position 2, 3 chose position 3, 2 chose position 4, 2 chose position 5; 3 marked it a red line; the scenario prime prefers 4 and could accept 3 to 5.",
    );
    expect(distributionText({ id: "x", positions: [0, 0, 3, 0, 0], redLines: 0 })).toBe(
      "Of 3 organisations: 0 chose position 1, 0 chose position 2, 3 chose position 3, 0 chose position 4, 0 chose position 5; none marked it a red line.",
    );
  });

  test("its counts always add up to the total it names, in the positions' order", () => {
    fc.assert(
      fc.property(figuresArb, fc.option(primeArb, { nil: null }), (figures, prime) => {
        const text = distributionText(figures, prime);
        const total = Number(/^Of (\d+) organisations?:/.exec(text)?.[1]);
        const counts = [...text.matchAll(/(\d+) chose position (\d)/g)];
        expect(counts.map((m) => Number(m[2]))).toEqual([1, 2, 3, 4, 5]);
        expect(counts.reduce((sum, m) => sum + Number(m[1]), 0)).toBe(total);
        expect(total).toBe(figures.positions.reduce((a, b) => a + b, 0));
        expect(text.includes("scenario prime")).toBe(prime !== null);
      }),
    );
  });
});

describe("dealbreakers", () => {
  test("a share reads as a count of the room and a percentage", () => {
    expect(dealbreakerShareText(2 / 3, 3)).toBe("2 of 3 organisations (67%)");
    expect(dealbreakerShareText(1, 12)).toBe("12 of 12 organisations (100%)");
  });

  test("titled from the catalogue; a share no one reached is left out", () => {
    const lines = dealbreakerLines(
      [
        { code: "MANDATORY_REBRANDING", share: 0.5 },
        { code: "STAFF_REBADGING", share: 0 },
      ],
      4,
    );
    expect(lines).toEqual([
      {
        code: "MANDATORY_REBRANDING",
        title: FLAG_CATALOGUE.MANDATORY_REBRANDING.title,
        share: "2 of 4 organisations (50%)",
        percent: 50,
      },
    ]);
    expect(dealbreakerLines(null, 2)).toEqual([]);
  });
});

describe("discussion prompts", () => {
  test("none while the figures are withheld", () => {
    fc.assert(
      fc.property(fc.nat(2), fc.nat(40), (submitted, extra) => {
        const figures = { joined: submitted + extra, submitted, counted: 0, items: null, dealbreakers: null };
        expect(discussionPrompts(figures, items)).toEqual([]);
      }),
    );
  });

  test("name the item or dealbreaker, ask a question, never repeat an item or a question, and stay few", () => {
    fc.assert(
      fc.property(roomArb, (room) => {
        const prompts = discussionPrompts(room, items);
        const itemIds = prompts.flatMap((p) => (p.itemId ? [p.itemId] : []));
        expect(new Set(itemIds).size).toBe(itemIds.length);
        expect(new Set(prompts.map((p) => p.question)).size).toBe(prompts.length);
        for (const kind of ["divided", "red-lines", "dealbreaker"] as const) {
          expect(prompts.filter((p) => p.kind === kind).length).toBeLessThanOrEqual(PROMPTS_PER_KIND);
        }
        for (const p of prompts) {
          expect(p.question.trim().endsWith("?"), p.question).toBe(true);
          if (p.itemId) {
            const item = items.find((i) => i.id === p.itemId)!;
            expect(p.finding).toContain(item.prompt.vcs);
          } else {
            expect(p.finding).toContain(FLAG_CATALOGUE[p.code!].title);
          }
          // Figures only: a count of the room, never more than submitted.
          for (const n of p.finding.match(/\d+/g) ?? [])
            expect(Number(n)).toBeLessThanOrEqual(Math.max(room.submitted, 100));
        }
      }),
      { numRuns: 60 },
    );
  });

  test("the most divided item comes first, with the item's own question", () => {
    const figures: WorkshopFigures = {
      joined: 6,
      submitted: 6,
      counted: 6,
      items: items.map((item, i) => ({
        id: item.id,
        positions: i === 2 ? [3, 0, 0, 0, 3] : [0, 0, 6, 0, 0],
        redLines: i === 4 ? 4 : 0,
      })),
      dealbreakers: [{ code: "MANDATORY_REBRANDING", share: 0.5 }],
    };
    const prompts = discussionPrompts(figures, items);
    const divided = items[2]!;
    expect(prompts[0]).toMatchObject({ kind: "divided", itemId: divided.id });
    expect(prompts[0]!.finding).toBe(
      `The room is divided on “${divided.prompt.vcs}”: 3 chose 1 or 2, 0 chose 3 and 3 chose 4 or 5.`,
    );
    expect(prompts[0]!.question).toBe(divided.questions?.[0] ?? FLAG_CATALOGUE[divided.flag].questions[0]);
    expect(prompts[1]).toMatchObject({ kind: "red-lines", itemId: items[4]!.id });
    expect(prompts[1]!.finding).toBe(`4 of 6 organisations marked “${items[4]!.prompt.vcs}” a red line.`);
    expect(prompts[2]).toMatchObject({ kind: "dealbreaker", code: "MANDATORY_REBRANDING" });
    expect(prompts[2]!.finding).toContain("3 of 6 organisations (50%)");
    expect(prompts).toHaveLength(3);
  });
});

describe("the distribution chart", () => {
  test("every text stays inside the drawing and clear of the others", () => {
    fc.assert(
      fc.property(figuresArb, fc.option(primeArb, { nil: null }), (figures, prime) => {
        const layout = distributionLayout(figures, prime);
        expect(textsInside(layout)).toBe(true);
        const boxes = layout.texts.map(textBox);
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).toBe(false);
        }
      }),
    );
  });

  test("the tallest bar fills the chart and the others are in proportion; the red-line bar is their share", () => {
    fc.assert(
      fc.property(figuresArb, (figures) => {
        const layout = distributionLayout(figures);
        const total = figures.positions.reduce((a, b) => a + b, 0);
        const most = Math.max(...figures.positions);
        const full = distributionLayout({ ...figures, positions: [1, 0, 0, 0, 0] }).bars[0]!;
        for (const bar of layout.bars) {
          expect(bar.label.text).toBe(String(bar.count));
          expect(bar.label.y).toBeLessThan(bar.y1);
          if (most > 0) expect(bar.y2 - bar.y1).toBeCloseTo(((full.y2 - full.y1) * bar.count) / most, 6);
        }
        const track = layout.redLines.track.x2 - layout.redLines.track.x1;
        const filled = layout.redLines.filled.x2 - layout.redLines.filled.x1;
        expect(filled).toBeCloseTo(total === 0 ? 0 : (track * figures.redLines) / total, 6);
      }),
    );
  });

  test("is an image named by its text alternative, with the options' labels beside it, not in the drawing", () => {
    const item = items[0]!;
    const figures: ItemFigures = { id: item.id, positions: [5, 0, 3, 2, 2], redLines: 3 };
    const prime: PrimeStance = { preferred: 4, acceptable: { min: 3, max: 5 } };
    const html = renderToStaticMarkup(
      createElement(PositionDistribution, {
        figures,
        prime,
        optionLabels: item.options.map((o) => o.label.vcs),
        caption: item.prompt.vcs,
      }),
    );
    expect(html).toContain(`role="img" aria-label="${distributionText(figures, prime)}"`);
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>"));
    expect(svg).toContain("Prime prefers 4, accepts 3 to 5");
    expect(svg).toContain("3 of 12 marked it a red line");
    for (const option of item.options) {
      expect(svg).not.toContain(option.label.vcs.replace(/'/g, "&#x27;"));
      expect(html).toContain(option.label.vcs.replace(/'/g, "&#x27;"));
    }
  });
});
