/**
 * Several respondents for one side (issue 16): how their answers combine into one answer per item, and the
 * INTERNAL_DISAGREEMENT flag their spread raises (docs/method.md, "When several people answer for one side").
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  SPREAD_THRESHOLD,
  boardSpreadOf,
  combineAnswers,
  combineSide,
  spreadDisagrees,
  type BoardSpread,
  type ItemSpread,
} from "~/domain/combine";
import { flagKey } from "~/domain/flags";
import { METHOD_V1, METHOD_V2, type Method } from "~/domain/method";
import { allItems, getQuestionnaire } from "~/domain/questionnaires";
import { assessCheck, buildReport } from "~/domain/report";
import { SCENARIO_HEALTHY_FACTS, answerOf } from "~/domain/scenarios";
import { fitFrom, rangesOverlap } from "~/domain/scoring";
import { IMPORTANCE_LEVELS, type Answer, type Position, type SideAnswers } from "~/domain/types";
import { answerArb } from "./arbitraries";

/** One item's fit, as the engine scores it: the combined answer against the prime's. */
const itemFit = (method: Method, a: Answer, b: Answer) =>
  fitFrom(method, Math.abs(a.preferred - b.preferred), rangesOverlap(a, b));

const v1 = getQuestionnaire("1")!;
const v2 = getQuestionnaire("2")!;
const items = allItems(v2);
const runs = { numRuns: 1000 };

/** The four fields the combined answer carries. */
const core = (a: Answer) => ({
  preferred: a.preferred,
  acceptable: { min: a.acceptable.min, max: a.acceptable.max },
  importance: a.importance,
  redLine: a.redLine,
});
const respondentsArb = fc.array(answerArb, { minLength: 1, maxLength: 12 });
const rank = (i: Answer["importance"]) => IMPORTANCE_LEVELS.indexOf(i);

describe("combining respondents' answers: properties that must always hold", () => {
  test("the order of the respondents never matters", () => {
    fc.assert(
      fc.property(
        respondentsArb.chain((answers) =>
          fc.tuple(
            fc.constant(answers),
            fc.shuffledSubarray(answers, { minLength: answers.length, maxLength: answers.length }),
          ),
        ),
        ([answers, shuffled]) => {
          expect(combineAnswers(shuffled)).toEqual(combineAnswers(answers));
        },
      ),
      runs,
    );
  });

  test("one respondent gives back exactly their answer", () => {
    fc.assert(
      fc.property(answerArb, (a) => {
        expect(combineAnswers([a]).answer).toEqual(core(a));
      }),
      runs,
    );
  });

  test("the preferred position is the lower median, the importance the highest given, and any red line survives", () => {
    fc.assert(
      fc.property(respondentsArb, (answers) => {
        const { answer } = combineAnswers(answers);
        const sorted = answers.map((a) => a.preferred).sort((x, y) => x - y);
        expect(answer.preferred).toBe(sorted[(sorted.length - 1) >> 1]);
        expect(rank(answer.importance)).toBe(Math.max(...answers.map((a) => rank(a.importance))));
        expect(answer.redLine).toBe(answers.some((a) => a.redLine));
      }),
      runs,
    );
  });

  test("the combined range holds the combined preference, and is within every respondent's range unless it is that one position", () => {
    fc.assert(
      fc.property(respondentsArb, (answers) => {
        const { answer } = combineAnswers(answers);
        const { min, max } = answer.acceptable;
        expect(min <= answer.preferred && answer.preferred <= max).toBe(true);
        const lo = Math.max(...answers.map((a) => a.acceptable.min));
        const hi = Math.min(...answers.map((a) => a.acceptable.max));
        if (lo <= answer.preferred && answer.preferred <= hi) {
          // The positions every respondent could accept.
          expect({ min, max }).toEqual({ min: lo, max: hi });
        } else {
          expect({ min, max }).toEqual({ min: answer.preferred, max: answer.preferred });
        }
        if (min !== max) {
          for (const a of answers) expect(a.acceptable.min <= min && max <= a.acceptable.max).toBe(true);
        }
      }),
      runs,
    );
  });

  test("the majority is every position more than half could accept, and the spread counts every respondent", () => {
    fc.assert(
      fc.property(respondentsArb, (answers) => {
        const combined = combineAnswers(answers);
        const accepting = (p: number) => answers.filter((a) => a.acceptable.min <= p && p <= a.acceptable.max).length;
        expect(combined.majority).toEqual([1, 2, 3, 4, 5].filter((p) => accepting(p) * 2 > answers.length));
        expect(combined.spread.positions).toEqual(
          [1, 2, 3, 4, 5].map((p) => answers.filter((a) => a.preferred === p).length),
        );
        expect(combined.spread.redLines).toBe(answers.filter((a) => a.redLine).length);
      }),
      runs,
    );
  });

  test.each([METHOD_V1, METHOD_V2])(
    "a respondent whose answer is the combined answer never lowers fit against any prime answer (method v$version)",
    (method) => {
      fc.assert(
        fc.property(respondentsArb, answerArb, (answers, prime) => {
          const before = combineAnswers(answers).answer;
          const after = combineAnswers([...answers, before]).answer;
          expect(itemFit(method, after, prime)).toBeGreaterThanOrEqual(itemFit(method, before, prime));
          // Stronger, and why: adding the combined answer gives back the same combined answer.
          expect(after).toEqual(before);
        }),
        runs,
      );
    },
  );

  test("a respondent who prefers the combined position and could accept at least the combined range leaves the fit unchanged", () => {
    const agreeing = respondentsArb.chain((answers) => {
      const combined = combineAnswers(answers).answer;
      return fc
        .record({
          below: fc.nat({ max: 4 }),
          above: fc.nat({ max: 4 }),
          importance: fc.constantFrom(...IMPORTANCE_LEVELS),
          redLine: fc.boolean(),
        })
        .map(({ below, above, importance, redLine }) => ({
          answers,
          extra: {
            preferred: combined.preferred,
            acceptable: {
              min: Math.max(1, combined.acceptable.min - below) as Position,
              max: Math.min(5, combined.acceptable.max + above) as Position,
            },
            importance,
            redLine,
          } satisfies Answer,
        }));
    });
    fc.assert(
      fc.property(agreeing, answerArb, ({ answers, extra }, prime) => {
        const before = combineAnswers(answers).answer;
        const after = combineAnswers([...answers, extra]).answer;
        expect(after.preferred).toBe(before.preferred);
        expect(after.acceptable).toEqual(before.acceptable);
        for (const method of [METHOD_V1, METHOD_V2]) {
          expect(itemFit(method, after, prime)).toBe(itemFit(method, before, prime));
        }
      }),
      runs,
    );
  });

  test("combining through the engine: the fit of a one-question check is the fit of the combined answer", () => {
    const item = items[0]!;
    const bank = { ...v2, dimensions: [{ ...v2.dimensions[0]!, items: [item] }], facts: [] };
    fc.assert(
      fc.property(respondentsArb, answerArb, (answers, prime) => {
        const combined = combineSide(
          bank,
          answers.map((a) => ({ answers: { [item.id]: a }, facts: {} })),
        );
        const report = buildReport(
          bank,
          { answers: { [item.id]: combined[item.id]!.answer }, facts: {} },
          { answers: { [item.id]: prime }, facts: {} },
        );
        const expected = fitFrom(
          v2.method,
          Math.abs(combined[item.id]!.answer.preferred - prime.preferred),
          rangesOverlap(combined[item.id]!.answer, prime),
        );
        expect(report.items[0]!.fit).toBe(Math.round(expected * 1000) / 1000);
      }),
      { numRuns: 300 },
    );
  });
});

describe("combining respondents' answers: examples", () => {
  test("with an even number of respondents, ties go to the more independent position", () => {
    const at = (...preferred: number[]) => preferred.map((p) => answerOf(p, 1, 5));
    expect(combineAnswers(at(2, 2, 3, 3)).answer.preferred).toBe(2);
    expect(combineAnswers(at(1, 4)).answer.preferred).toBe(1);
    expect(combineAnswers(at(5, 3, 4, 2)).answer.preferred).toBe(3);
    expect(combineAnswers(at(4, 1, 5)).answer.preferred).toBe(4);
  });

  test("no position everyone could accept: only the combined preference, with the majority view beside it", () => {
    const combined = combineAnswers([
      answerOf(2, 1, 3),
      answerOf(2, 2, 3, "high"),
      answerOf(3, 2, 4),
      answerOf(1, 1, 2, "low", true),
      answerOf(4, 3, 5),
    ]);
    expect(combined.answer).toEqual({
      preferred: 2,
      acceptable: { min: 2, max: 2 },
      importance: "high",
      redLine: true,
    });
    expect(combined.majority).toEqual([2, 3]);
    expect(combined.spread).toEqual({ positions: [1, 2, 1, 1, 0], redLines: 1 });
    expect(combined.disagreement).toBe(true);
  });

  test("an intersection that misses the combined preference also gives only that position", () => {
    // Everyone could accept 4, but the lower median prefers 3, which only half of them could accept.
    const combined = combineAnswers([answerOf(3, 3, 4), answerOf(3, 2, 4), answerOf(4, 4, 5), answerOf(4, 4, 4)]);
    expect(combined.answer.preferred).toBe(3);
    expect(combined.answer.acceptable).toEqual({ min: 3, max: 3 });
    expect(combined.majority).toEqual([4]);
  });

  test("the majority may have a gap, or be empty", () => {
    expect(combineAnswers([answerOf(1, 1, 1), answerOf(3, 3, 3), answerOf(5, 5, 5)]).majority).toEqual([]);
    expect(
      combineAnswers([answerOf(1, 1, 1), answerOf(1, 1, 1), answerOf(5, 5, 5), answerOf(5, 5, 5), answerOf(3, 1, 5)])
        .majority,
    ).toEqual([1, 5]);
  });

  test("disagreement: preferred positions two or more apart, or some but not all red lines", () => {
    const d = (...answers: Answer[]) => combineAnswers(answers).disagreement;
    expect(d(answerOf(2, 1, 3), answerOf(3, 2, 4), answerOf(3, 2, 4))).toBe(false);
    expect(d(answerOf(2, 1, 3), answerOf(4, 3, 5), answerOf(3, 2, 4))).toBe(true);
    expect(d(answerOf(2, 1, 3, "high", true), answerOf(2, 1, 3), answerOf(2, 1, 3))).toBe(true);
    expect(d(answerOf(2, 1, 3, "high", true), answerOf(2, 1, 3, "low", true))).toBe(false);
    expect(d(answerOf(1, 1, 5))).toBe(false);
    expect(spreadDisagrees({ positions: [0, 0, 0, 0, 0], redLines: 0 })).toBe(false);
  });

  test("a respondent who prefers the combined position but accepts less can lower the fit: the rule is conservative", () => {
    const prime = answerOf(3, 3, 5);
    const before = combineAnswers([answerOf(2, 1, 3), answerOf(2, 1, 4), answerOf(3, 2, 3)]).answer;
    const after = combineAnswers([answerOf(2, 1, 3), answerOf(2, 1, 4), answerOf(3, 2, 3), answerOf(2, 2, 2)]).answer;
    expect(before).toMatchObject({ preferred: 2, acceptable: { min: 2, max: 3 } });
    expect(after).toMatchObject({ preferred: 2, acceptable: { min: 2, max: 2 } });
    expect(itemFit(METHOD_V2, before, prime)).toBe(0.6);
    expect(itemFit(METHOD_V2, after, prime)).toBe(0.2);
  });

  test("an empty list is refused", () => {
    expect(() => combineAnswers([])).toThrow();
  });

  test("combineSide combines per item, leaving out items nobody answered", () => {
    const [first, second, third] = items;
    const respondents: SideAnswers[] = [
      { answers: { [first!.id]: answerOf(1, 1, 2), [second!.id]: answerOf(3, 3, 3) }, facts: {} },
      { answers: { [first!.id]: answerOf(3, 2, 4) }, facts: {} },
    ];
    const combined = combineSide(v2, respondents);
    expect(Object.keys(combined)).toEqual([first!.id, second!.id]);
    expect(combined[first!.id]!.answer.preferred).toBe(1);
    expect(combined[second!.id]!.answer).toEqual(core(answerOf(3, 3, 3)));
    expect(combined[third!.id]).toBeUndefined();
    expect(boardSpreadOf(combined, 2)).toEqual({
      respondents: 2,
      items: { [first!.id]: combined[first!.id]!.spread, [second!.id]: combined[second!.id]!.spread },
    });
  });
});

// ---- The engine ----

const AGREED = answerOf(2, 1, 3);
const side = (s: "vcs" | "prime"): SideAnswers => ({
  answers: Object.fromEntries(items.map((i) => [i.id, AGREED])),
  facts: { ...SCENARIO_HEALTHY_FACTS[s] },
});
const CRITICAL = "brand-delivery";
const NOT_CRITICAL = "fixed-model";
const split: ItemSpread = { positions: [1, 2, 1, 1, 0], redLines: 1 };
const calm: ItemSpread = { positions: [0, 3, 2, 0, 0], redLines: 0 };
const board = (spreads: Record<string, ItemSpread>, respondents = 5): BoardSpread => ({ respondents, items: spreads });
const disagreements = (boards: Parameters<typeof buildReport>[3]) =>
  buildReport(v2, side("vcs"), side("prime"), boards).flags.filter((f) => f.code === "INTERNAL_DISAGREEMENT");

describe("INTERNAL_DISAGREEMENT", () => {
  test("is serious on a critical section's question and a caution elsewhere, only where the spread disagrees", () => {
    const flags = disagreements({
      vcs: board({ [CRITICAL]: split, [NOT_CRITICAL]: split, "staff-identity": calm }),
    });
    expect(flags.map((f) => [f.itemIds[0], f.severity, f.side])).toEqual([
      [CRITICAL, "serious", "vcs"],
      [NOT_CRITICAL, "caution", "vcs"],
    ]);
    expect(flags.every((f) => f.factIds.length === 0)).toBe(true);
  });

  test("is raised only for a side with a spread, and only from SPREAD_THRESHOLD respondents", () => {
    expect(disagreements({ prime: board({ [CRITICAL]: split }) }).map((f) => f.side)).toEqual(["prime"]);
    expect(disagreements({})).toEqual([]);
    expect(disagreements(undefined)).toEqual([]);
    expect(disagreements({ vcs: board({ [CRITICAL]: split }, SPREAD_THRESHOLD - 1) })).toEqual([]);
    expect(disagreements({ vcs: board({ [CRITICAL]: split }, SPREAD_THRESHOLD) })).toHaveLength(1);
    // A spread for a question the bank does not have raises nothing.
    expect(disagreements({ vcs: board({ "no-such-question": split }) })).toEqual([]);
  });

  test("both boards disagreeing on one question give two flags with distinct keys; other keys are unchanged", () => {
    const flags = disagreements({ vcs: board({ [CRITICAL]: split }), prime: board({ [CRITICAL]: split }) });
    expect(flags.map((f) => f.side)).toEqual(["vcs", "prime"]);
    expect(flags.map(flagKey)).toEqual([
      `INTERNAL_DISAGREEMENT:${CRITICAL}::vcs`,
      `INTERNAL_DISAGREEMENT:${CRITICAL}::prime`,
    ]);
    expect(flagKey({ code: "MANDATORY_REBRANDING", itemIds: [CRITICAL], factIds: [], side: "prime" })).toBe(
      `MANDATORY_REBRANDING:${CRITICAL}:`,
    );
    expect(flagKey({ code: "EXIT_AT_WILL", itemIds: [], factIds: ["minNoticeDays", "terminationNoticeDays"] })).toBe(
      "EXIT_AT_WILL::minNoticeDays+terminationNoticeDays",
    );
  });

  test("caps nothing: the verdict, scores and every other flag are as without boards", () => {
    const spreadArb = fc
      .tuple(fc.array(fc.nat({ max: 4 }), { minLength: 5, maxLength: 5 }), fc.nat({ max: 6 }))
      .map(([p, r]) => ({ positions: p as ItemSpread["positions"], redLines: r }));
    const boardArb = fc.dictionary(fc.constantFrom(...items.map((i) => i.id)), spreadArb, { maxKeys: 12 });
    const sideArb = fc
      .array(answerArb, { minLength: items.length, maxLength: items.length })
      .map((answers): SideAnswers => ({
        answers: Object.fromEntries(items.map((i, n) => [i.id, answers[n]!])),
        facts: {},
      }));
    fc.assert(
      fc.property(sideArb, sideArb, boardArb, boardArb, (vcs, prime, vcsBoard, primeBoard) => {
        const without = buildReport(v2, vcs, prime);
        const boards = { vcs: board(vcsBoard, 6), prime: board(primeBoard, 6) };
        const withBoards = buildReport(v2, vcs, prime, boards);
        expect(withBoards.verdict).toEqual(without.verdict);
        expect(withBoards.why).toBe(without.why);
        expect(withBoards.dimensions).toEqual(without.dimensions);
        expect(withBoards.overall).toBe(without.overall);
        expect(withBoards.items).toEqual(without.items);
        expect(withBoards.boards).toEqual(boards);
        const assessed = assessCheck(v2, vcs, prime, boards);
        expect(assessed.decision).toEqual(assessCheck(v2, vcs, prime).decision);
        expect(assessed.findings.filter((f) => f.code === "INTERNAL_DISAGREEMENT").length).toBe(
          withBoards.flags.filter((f) => f.code === "INTERNAL_DISAGREEMENT").length,
        );
      }),
      { numRuns: 60 },
    );
  });

  test("keeps severity order, the section's own flags first, then its boards' disagreements", () => {
    const vcs = side("vcs");
    const prime = side("prime");
    // A serious gap on a critical question, before the board's serious disagreement on the same question.
    prime.answers[CRITICAL] = answerOf(5, 5, 5, "high");
    const flags = buildReport(v2, vcs, prime, { vcs: board({ [CRITICAL]: split, [NOT_CRITICAL]: split }) }).flags;
    expect(flags.map((f) => `${f.severity}:${f.code}`)).toEqual([
      "serious:MANDATORY_REBRANDING",
      "serious:INTERNAL_DISAGREEMENT",
      "caution:INTERNAL_DISAGREEMENT",
    ]);
  });

  test("no boards: the report is exactly as before, with no boards field", () => {
    fc.assert(
      fc.property(fc.array(answerArb, { minLength: 4, maxLength: 4 }), (answers) => {
        const vcs = side("vcs");
        const prime = side("prime");
        items.slice(0, 4).forEach((item, n) => (prime.answers[item.id] = answers[n]!));
        const plain = buildReport(v2, vcs, prime);
        expect("boards" in plain).toBe(false);
        expect(JSON.stringify(buildReport(v2, vcs, prime, {}))).toBe(JSON.stringify(plain));
        expect(JSON.stringify(buildReport(v2, vcs, prime, { vcs: board({}, 2) }))).toBe(JSON.stringify(plain));
      }),
      { numRuns: 50 },
    );
  });

  test("its text names the side's respondents, the spread and the red lines, in the side's own words", () => {
    const vcs = side("vcs");
    vcs.answers[CRITICAL] = answerOf(2, 2, 2, "high", true);
    const [flag] = buildReport(v2, vcs, side("prime"), { vcs: board({ [CRITICAL]: split }) }).flags.filter(
      (f) => f.code === "INTERNAL_DISAGREEMENT",
    );
    const item = items.find((i) => i.id === CRITICAL)!;
    expect(flag!.title).toBe("The board does not agree on this");
    expect(flag!.explanation).toContain("the organisation's respondents (5 answered it)");
    expect(flag!.explanation).toContain(
      `preferred positions from 1 (“${item.options[0].label.vcs}”) to 4 (“${item.options[3].label.vcs}”)`,
    );
    expect(flag!.explanation).toContain("1 of 5 marked it a red line");
    expect(flag!.explanation).toContain(
      `The side's submitted answer is 2 (“${item.options[1].label.vcs}”), marked as a red line.`,
    );
    expect(flag!.explanation).toContain(item.prompt.vcs);
    expect(flag!.questions.length).toBeGreaterThan(0);
    expect(flag!.negotiable.length).toBeGreaterThan(0);
    expect(flag!.whoActs).toBeTruthy();

    const [primeFlag] = disagreements({
      prime: board({ [NOT_CRITICAL]: { positions: [0, 5, 0, 0, 0], redLines: 2 } }),
    });
    const model = items.find((i) => i.id === NOT_CRITICAL)!;
    expect(primeFlag!.explanation).toContain("the prime's respondents (5 answered it)");
    expect(primeFlag!.explanation).toContain(`all preferred 2 (“${model.options[1].label.prime}”)`);
    expect(primeFlag!.explanation).toContain("2 of 5 marked it a red line");
    expect(primeFlag!.explanation).toContain(model.prompt.prime);
  });

  test("is written under method v1 too", () => {
    const v1Items = allItems(v1);
    const all = (): SideAnswers => ({ answers: Object.fromEntries(v1Items.map((i) => [i.id, AGREED])), facts: {} });
    const id = v1Items[0]!.id;
    const flags = buildReport(v1, all(), all(), { vcs: board({ [id]: split }) }).flags;
    expect(flags).toHaveLength(1);
    expect(flags[0]!.code).toBe("INTERNAL_DISAGREEMENT");
    expect(flags[0]!.explanation).toContain("preferred positions from 1");
  });
});

test("the method page's worked example is what combineAnswers and the engine give", async () => {
  const { methodPageData } = await import("~/formats/method-page.server");
  const board = methodPageData().board;
  expect(board.respondents).toHaveLength(5);
  expect(board.combined).toEqual({ preferred: 2, acceptable: "2 only", importance: "high", redLine: true });
  expect(board.everyone).toBeNull();
  expect(board.majority).toBe("2 and 3");
  expect(board.spread).toEqual({ positions: [1, 2, 1, 1, 0], redLines: 1 });
  expect(board.even).toEqual({ preferred: [2, 2, 3, 3], combined: 2 });
  expect(board.threshold).toBe(SPREAD_THRESHOLD);
  expect(board.flag).toMatchObject({ title: "The board does not agree on this", severity: "serious" });
  expect(board.critical).toBe(true);
});

test("the method page's revised verdict is the engine's, run again on the answers as agreed", async () => {
  const { methodPageData } = await import("~/formats/method-page.server");
  const { reviseReport } = await import("~/domain/review");
  const review = methodPageData().review;
  expect(review.before).toEqual({ label: "Red lines in conflict", overall: 95.5 });
  expect(review.dealbreaker.title).toBe("Invisible partner");
  expect(review.agreed.after).toEqual({ label: "Strong fit", overall: 98.2 });
  expect(review.agreed.cleared).toEqual([{ title: "Invisible partner", how: "agreed" }]);
  expect(review.agreed.flags).toEqual([{ title: review.caution.title, severity: "caution", status: "agreed-open" }]);
  expect(review.accepted.after).toEqual(review.before);
  expect(review.accepted.why).toBe(
    "Still red lines in conflict: Invisible partner (accepted as a risk, not resolved).",
  );
  expect(review.accepted.flags.map((f) => f.status)).toEqual(["accepted", "agreed-open"]);

  // The same check built by hand: the page's three questions, every other question met, healthy figures.
  const example: Record<string, { vcs: Answer; prime: Answer }> = {
    "brand-delivery": { vcs: answerOf(2, 1, 3, "high"), prime: answerOf(4, 3, 5) },
    "public-credit": { vcs: answerOf(1, 1, 2, "high", true), prime: answerOf(4, 4, 5) },
    "staff-identity": { vcs: answerOf(2, 1, 3), prime: answerOf(2, 2, 4, "low") },
  };
  const side = (s: "vcs" | "prime", agreedOn: Record<string, Position> = {}): SideAnswers => ({
    answers: Object.fromEntries(
      allItems(v2).map((i) => {
        const given = example[i.id]?.[s] ?? answerOf(2, 1, 3);
        const position = agreedOn[i.id];
        return [
          i.id,
          position ? { ...given, preferred: position, acceptable: { min: position, max: position } } : given,
        ];
      }),
    ),
    facts: { ...SCENARIO_HEALTHY_FACTS[s] },
  });
  const original = buildReport(v2, side("vcs"), side("prime"));
  expect({ label: original.verdict.label, overall: original.overall }).toEqual(review.before);
  // Agreeing position 2 on public credit is the engine on both sides' answers set to 2 alone.
  const agreedOn = { "public-credit": review.position as Position };
  const byHand = buildReport(v2, side("vcs", agreedOn), side("prime", agreedOn));
  expect(byHand.overall).toBe(review.agreed.after.overall);
  expect(byHand.flags.map((f) => f.title)).toEqual(review.agreed.flags.map((f) => f.title));
  // And reviseReport leaves the original report exactly as it was.
  const before = JSON.stringify(original);
  const dealbreaker = original.flags.find((f) => f.severity === "dealbreaker")!;
  const revised = reviseReport(v2, side("vcs"), side("prime"), original, [
    {
      kind: "agreed",
      position: 2,
      flagKey: flagKey(dealbreaker),
      by: "vcs",
      proposedAt: new Date(0),
      revision: 1,
      confirmedAt: new Date(0),
    },
  ]);
  expect(revised.after.overall).toBe(review.agreed.after.overall);
  expect(JSON.stringify(original)).toBe(before);
});
