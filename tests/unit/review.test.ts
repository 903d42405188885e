/**
 * The revised verdict of the joint review (issue 19; docs/method.md, "The revised verdict"): the same engine on
 * the answers as agreed. A resolved dealbreaker clears; one accepted as a risk, or left open, does not; nothing
 * that is not confirmed by both sides counts; and the original report is byte for byte what it was.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { flagKey, type Flag } from "~/domain/flags";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import {
  agreedAnswers,
  itemIdsOfKey,
  proposalErrors,
  reviseReport,
  type ReviewOutcome,
  type ReviewProposal,
} from "~/domain/review";
import type { FactId, Position, Side, SideAnswers } from "~/domain/types";
import { REALISTIC_CLASH } from "../fixtures";
import { positionArb } from "./arbitraries";

const bank = currentQuestionnaire();

function sideOf(side: Side): SideAnswers {
  const answers: SideAnswers["answers"] = {};
  for (const d of bank.dimensions) for (const item of d.items) answers[item.id] = REALISTIC_CLASH.answer(side, item.id);
  return { answers, facts: { ...REALISTIC_CLASH.facts[side] } };
}

const vcs = sideOf("vcs");
const prime = sideOf("prime");
const original = buildReport(bank, vcs, prime);
const dealbreakers = original.flags.filter((f) => f.severity === "dealbreaker");
const itemDealbreakers = dealbreakers.filter((f) => f.itemIds.length > 0);

let clock = 0;
function outcome(flag: Flag, proposal: ReviewProposal, confirmed = true): ReviewOutcome {
  clock += 1;
  return {
    ...proposal,
    flagKey: flagKey(flag),
    by: "vcs",
    proposedAt: new Date(clock),
    revision: 1,
    confirmedAt: confirmed ? new Date(clock + 1) : null,
  };
}

const agree = (flag: Flag, position: Position = 2, confirmed = true) =>
  outcome(flag, { kind: "agreed", position }, confirmed);

test("the fixture has dealbreakers on questions and in the figures to work with", () => {
  expect(itemDealbreakers.length).toBeGreaterThanOrEqual(3);
  expect(original.verdict.code).toBe("RED_LINES");
});

describe("the revised verdict", () => {
  test("with no outcomes it is the original report", () => {
    const revised = reviseReport(bank, vcs, prime, original, []);
    expect(revised.report).toEqual(original);
    expect(revised.cleared).toEqual([]);
    expect(revised.flags.every((f) => f.status === "open")).toBe(true);
    expect(revised.before).toEqual(revised.after);
  });

  test("a dealbreaker resolved by an agreed position clears, and says how", () => {
    const [first] = itemDealbreakers;
    const revised = reviseReport(bank, vcs, prime, original, [agree(first!)]);
    expect(revised.flags.map((f) => f.key)).not.toContain(flagKey(first!));
    expect(revised.cleared).toContainEqual(expect.objectContaining({ key: flagKey(first!), how: "agreed" }));
    const item = revised.report.items.find((i) => i.id === first!.itemIds[0]);
    expect(item?.vcs.preferred).toBe(2);
    expect(item?.prime.preferred).toBe(2);
    expect(item?.fit).toBe(1);
    expect(revised.after.overall).toBeGreaterThan(revised.before.overall);
  });

  test("a dealbreaker accepted as a risk does not clear: still red lines, and the why says so", () => {
    const [first, ...rest] = itemDealbreakers;
    const outcomes = [
      outcome(first!, { kind: "accepted", reason: "The commissioner insists", acceptedBy: "vcs" }),
      ...rest.map((f) => agree(f)),
    ];
    const figureDealbreakers = dealbreakers.filter((f) => f.itemIds.length === 0);
    const revised = reviseReport(bank, vcs, prime, original, outcomes);
    expect(revised.after.code).toBe("RED_LINES");
    expect(revised.flags.find((f) => f.key === flagKey(first!))?.status).toBe("accepted");
    expect(revised.why).toContain(`${first!.title} (accepted as a risk, not resolved)`);
    for (const f of figureDealbreakers) expect(revised.why).toContain(f.title);
  });

  test("a proposal the other side has not confirmed changes nothing", () => {
    const revised = reviseReport(
      bank,
      vcs,
      prime,
      original,
      itemDealbreakers.map((f) => agree(f, 2, false)),
    );
    expect(revised.report).toEqual(original);
    expect(revised.settled).toEqual({ confirmed: 0, of: original.flags.length });
  });

  test("an outcome for a flag the report does not raise is ignored", () => {
    const stray: ReviewOutcome = { ...agree(itemDealbreakers[0]!), flagKey: "NO_SUCH:thing:" };
    expect(reviseReport(bank, vcs, prime, original, [stray]).report).toEqual(original);
  });

  test("agreed figures replace the side's own and are judged by the same rules", () => {
    const figureFlag = original.flags.find(
      (f) => f.itemIds.length === 0 && f.factIds.includes("terminationNoticeDays"),
    );
    expect(figureFlag).toBeDefined();
    const revised = reviseReport(bank, vcs, prime, original, [
      outcome(figureFlag!, { kind: "agreed", figures: { terminationNoticeDays: 180 } }),
    ]);
    expect(revised.flags.map((f) => f.key)).not.toContain(flagKey(figureFlag!));
    const tooShort = reviseReport(bank, vcs, prime, original, [
      outcome(figureFlag!, { kind: "agreed", figures: { terminationNoticeDays: 31 } }),
    ]);
    expect(tooShort.flags.find((f) => f.key === flagKey(figureFlag!))?.status).toBe("still-raised");
  });

  test("clearing every dealbreaker lifts the verdict off red lines", () => {
    const figureDealbreakers = dealbreakers.filter((f) => f.itemIds.length === 0);
    const outcomes = [
      ...itemDealbreakers.map((f) => agree(f, 2)),
      ...figureDealbreakers.map((f) =>
        outcome(f, {
          kind: "agreed",
          figures: Object.fromEntries(
            f.factIds
              .filter((id) => bank.facts.find((d) => d.id === id)?.side === "prime")
              .map((id) => [id, healthy(id)]),
          ),
        }),
      ),
    ];
    const revised = reviseReport(bank, vcs, prime, original, outcomes);
    expect(revised.flags.filter((f) => f.flag.severity === "dealbreaker")).toEqual([]);
    expect(revised.after.code).not.toBe("RED_LINES");
  });
});

/** A prime figure that meets the clash charity's needs. */
function healthy(id: FactId): number {
  const values: Partial<Record<FactId, number>> = {
    guaranteedReferralsPerYear: 200,
    outcomePaymentShare: 0,
    paymentLagDays: 0,
    managementFeePercent: 5,
    termMonths: 60,
    terminationNoticeDays: 180,
    paymentTermsDays: 14,
    monthsToOutcomeClaim: 0,
  };
  return values[id] ?? 0;
}

describe("what must always hold", () => {
  const outcomesArb = fc.array(
    fc.record({
      index: fc.nat({ max: original.flags.length - 1 }),
      kind: fc.constantFrom("agreed", "open", "accepted" as const),
      position: positionArb,
      confirmed: fc.boolean(),
    }),
    { maxLength: 12 },
  );

  test("the original report and the answers are never changed, byte for byte", () => {
    const before = JSON.stringify({ original, vcs, prime });
    fc.assert(
      fc.property(outcomesArb, (picked) => {
        const outcomes = unique(picked).map(({ index, kind, position, confirmed }) => {
          const flag = original.flags[index]!;
          const proposal: ReviewProposal =
            kind === "agreed"
              ? flag.itemIds.length > 0
                ? { kind, position }
                : { kind, figures: { [flag.factIds[0]!]: 1 } }
              : kind === "accepted"
                ? { kind, reason: "Known" }
                : { kind };
          return outcome(flag, proposal, confirmed);
        });
        reviseReport(bank, vcs, prime, original, outcomes);
        agreedAnswers(bank, vcs, prime, outcomes);
        expect(JSON.stringify({ original, vcs, prime })).toBe(before);
      }),
      { numRuns: 60 },
    );
  });

  test("every flag of the original is either still raised or cleared, never both, never lost", () => {
    fc.assert(
      fc.property(outcomesArb, (picked) => {
        const outcomes = unique(picked)
          .filter((p) => original.flags[p.index]!.itemIds.length > 0)
          .map(({ index, kind, position, confirmed }) =>
            outcome(original.flags[index]!, kind === "agreed" ? { kind, position } : { kind, reason: "r" }, confirmed),
          );
        // One position per question, as proposalErrors enforces.
        const seen = new Map<string, Position>();
        const consistent = outcomes.filter((o) => {
          if (o.kind !== "agreed" || o.position === undefined) return true;
          const item = itemIdsOfKey(o.flagKey)[0]!;
          if (seen.has(item) && seen.get(item) !== o.position) return false;
          seen.set(item, o.position);
          return true;
        });
        const revised = reviseReport(bank, vcs, prime, original, consistent);
        const raised = new Set(revised.flags.map((f) => f.key));
        const cleared = new Set(revised.cleared.map((c) => c.key));
        for (const flag of original.flags) {
          const key = flagKey(flag);
          expect(raised.has(key) !== cleared.has(key)).toBe(true);
        }
        // A dealbreaker left open or accepted keeps red lines.
        const held = consistent.some(
          (o) => o.confirmedAt && o.kind !== "agreed" && dealbreakers.some((f) => flagKey(f) === o.flagKey),
        );
        if (held) expect(revised.after.code).toBe("RED_LINES");
      }),
      { numRuns: 60 },
    );
  });
});

/** One outcome per flag. */
function unique<T extends { index: number }>(picked: T[]): T[] {
  const byIndex = new Map<number, T>();
  for (const p of picked) byIndex.set(p.index, p);
  return [...byIndex.values()];
}

describe("proposalErrors", () => {
  const question = itemDealbreakers[0]!;
  const figures = original.flags.find((f) => f.itemIds.length === 0)!;

  test.each<[string, Flag, ReviewProposal, string[]]>([
    ["an agreed question needs a position", question, { kind: "agreed" }, ["position"]],
    [
      "a question flag takes no figures",
      question,
      { kind: "agreed", position: 2, figures: { termMonths: 12 } },
      ["figures"],
    ],
    ["a figure flag takes no position", figures, { kind: "agreed", position: 2, figures: {} }, ["position", "figures"]],
    ["an accepted risk needs a reason", question, { kind: "accepted" }, ["reason"]],
    ["only an accepted risk names who carries it", question, { kind: "open", acceptedBy: "vcs" }, ["acceptedBy"]],
    ["open sets no position", question, { kind: "open", position: 3 }, ["position"]],
  ])("%s", (_, flag, proposal, paths) => {
    expect(proposalErrors(bank, flag, proposal, []).map((e) => e.path)).toEqual(paths);
  });

  test("a figure must be one the flag reads, within its limits", () => {
    const own = figures.factIds[0]!;
    const definition = bank.facts.find((f) => f.id === own)!;
    const errors = proposalErrors(
      bank,
      figures,
      { kind: "agreed", figures: { [own]: definition.max + 1, reservesMonths: 3 } as never },
      [],
    );
    expect(errors.map((e) => e.path).sort()).toEqual([`figures.${own}`, "figures.reservesMonths"].sort());
    expect(proposalErrors(bank, figures, { kind: "agreed", figures: { [own]: definition.min } }, [])).toEqual([]);
  });

  test("one question has one agreed position across the review", () => {
    const other = { ...agree(question, 3), flagKey: `UNSAFE_AGREEMENT:${question.itemIds[0]}:` };
    const errors = proposalErrors(bank, question, { kind: "agreed", position: 2 }, [other]);
    expect(errors.map((e) => e.path)).toEqual(["position"]);
    expect(proposalErrors(bank, question, { kind: "agreed", position: 3 }, [other])).toEqual([]);
  });
});
