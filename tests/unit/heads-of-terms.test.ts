import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { flagKey } from "~/domain/flags";
import {
  NOT_LEGAL_ADVICE,
  buildHeadsOfTerms,
  clauseLine,
  figureLine,
  type HeadsOfTerms,
} from "~/domain/heads-of-terms";
import { currentQuestionnaire, listQuestionnaires } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import { reviseReport, type JointReview, type ReviewOutcome, type ReviewProposal } from "~/domain/review";
import type { Answer, FactId, Position, Side, SideAnswers } from "~/domain/types";
import { HEALTHY_FACTS } from "../fixtures";

const questionnaire = currentQuestionnaire();
const ids = questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id));
const MIDDLE: Answer = { preferred: 3, acceptable: { min: 2, max: 4 }, importance: "medium", redLine: false };

/** The integration fixture's answers: dealbreakers on the first two questions, a serious gap (prime fixed) on the third. */
function answersOf(side: Side): SideAnswers {
  const answers: Record<string, Answer> = {};
  ids.forEach((id, n) => {
    if (n <= 1) {
      answers[id] =
        side === "vcs"
          ? { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: true }
          : { preferred: 5, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false };
    } else if (n === 2) {
      answers[id] =
        side === "vcs"
          ? { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: false }
          : { preferred: 4, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false, fixed: true };
    } else answers[id] = MIDDLE;
  });
  const facts = Object.fromEntries(
    questionnaire.facts.filter((f) => f.side === side).map((f) => [f.id, HEALTHY_FACTS[side][f.id]]),
  ) as Partial<Record<FactId, number>>;
  // A management fee above what the organisation can accept: a flag raised by the figures.
  if (side === "prime") facts.managementFeePercent = 25;
  if (side === "vcs") facts.maxManagementFeePercent = 8;
  return { answers, facts };
}

const vcs = answersOf("vcs");
const prime = answersOf("prime");
const report = buildReport(questionnaire, vcs, prime);
const keys = report.flags.map((f) => flagKey(f));
const NOW = new Date("2026-12-02T09:00:00Z");

function outcome(key: string, proposal: ReviewProposal, confirmed = true, by: Side = "vcs"): ReviewOutcome {
  return { ...proposal, flagKey: key, by, proposedAt: NOW, revision: 1, confirmedAt: confirmed ? NOW : null };
}

function jointReview(outcomes: ReviewOutcome[]): JointReview {
  const byKey = new Map(outcomes.map((o) => [o.flagKey, o]));
  return {
    entries: report.flags.map((flag) => ({ key: flagKey(flag), flag, outcome: byKey.get(flagKey(flag)) ?? null })),
    outcomes,
    revised: reviseReport(questionnaire, vcs, prime, report, outcomes),
  };
}

function terms(outcomes: ReviewOutcome[]): HeadsOfTerms {
  return buildHeadsOfTerms({
    checkId: "check-1",
    title: "Employment support",
    parties: { vcs: "Riverside Advice", prime: "Prime Co" },
    drafted: NOW,
    questionnaire,
    report,
    review: jointReview(outcomes),
  });
}

const questionKey = (n: number) => keys.find((k) => k.split(":")[1] === ids[n])!;
const figureKey = keys.find((k) => k.split(":")[1] === "" && k.includes("managementFeePercent"))!;

describe("a label as a clause", () => {
  it("writes the prime's option about partners as a term between the organisation and the prime contractor", () => {
    const item = questionnaire.dimensions.flatMap((d) => d.items).find((i) => i.id === "brand-delivery")!;
    expect(clauseLine(item, 1)).toBe("The organisation delivers under its own name and logo only.");
    expect(clauseLine(item, 2)).toBe(
      "The organisation delivers under its own brand, with a line stating that the organisation delivers as part of the prime contractor's programme.",
    );
    const fee = questionnaire.dimensions.flatMap((d) => d.items).find((i) => i.id === "management-fee")!;
    expect(clauseLine(fee, 5)).toContain("whether or not the organisation recovers its full costs");
  });

  it("leaves no 'we', 'us', 'our' or bare 'partners' in any option of any bank, and ends every line with a full stop", () => {
    for (const bank of listQuestionnaires()) {
      for (const item of bank.dimensions.flatMap((d) => d.items)) {
        for (const p of [1, 2, 3, 4, 5] as Position[]) {
          const line = clauseLine(item, p);
          expect(line, `${bank.version} ${item.id} ${p}`).not.toMatch(/\b(we|We|us|our|Our|ours)\b/);
          expect(line.replace(/(admitted|other) partners|(possible|preferred|strategic) partner/g, "")).not.toMatch(
            /\bpartners?\b/i,
          );
          expect(line).toMatch(/^[A-Z].*[.!?]$/);
        }
      }
    }
  });

  it("writes an agreed figure in words", () => {
    const fact = questionnaire.facts.find((f) => f.id === "paymentTermsDays")!;
    expect(figureLine(fact, 30)).toBe("Payment within 30 days of invoice.");
  });
});

describe("the draft heads of terms", () => {
  it("has the heading block: parties, date, bank, method, verdict before and after, not legal advice", () => {
    const draft = terms([]);
    expect(draft.notLegalAdvice).toBe(NOT_LEGAL_ADVICE);
    expect(draft.notLegalAdvice).toContain("not legal advice");
    expect(draft.parties).toEqual({ vcs: "Riverside Advice", prime: "Prime Co" });
    expect(draft.bank.version).toBe(questionnaire.version);
    expect(draft.verdict.before.code).toBe("RED_LINES");
    expect(draft.verdict.after.code).toBe("RED_LINES");
  });

  it("gives exactly one line per confirmed agreed outcome, quoting the wording and the position", () => {
    const draft = terms([
      outcome(questionKey(0), { kind: "agreed", position: 2, wording: "Delivery under both names" }),
      outcome(figureKey, { kind: "agreed", figures: { managementFeePercent: 8 } }),
    ]);
    const agreed = draft.terms.filter((t) => t.source === "agreed");
    expect(agreed).toHaveLength(2);
    const question = agreed.find((t) => t.flagKey === questionKey(0))!;
    expect(question.position).toBe(2);
    expect(question.itemId).toBe(ids[0]);
    expect(question.wording).toBe("Delivery under both names");
    expect(question.text).toContain("Position 2 of 5");
    expect(question.text).toContain("“Delivery under both names”");
    expect(question.text).toContain(clauseLine(questionnaire.dimensions[0]!.items[0]!, 2));
    const figure = agreed.find((t) => t.flagKey === figureKey)!;
    expect(figure.factIds).toEqual(["managementFeePercent"]);
    expect(figure.text).toBe("A management fee of 8% of the contract value.");
  });

  it("gives no line for a proposal not yet confirmed, and lists it as open, saying who must confirm", () => {
    const draft = terms([outcome(questionKey(0), { kind: "agreed", position: 2 }, false, "prime")]);
    expect(draft.terms.filter((t) => t.source === "agreed")).toHaveLength(0);
    const open = draft.open.find((o) => o.flagKey === questionKey(0))!;
    expect(open.status).toBe("proposed");
    expect(open.why).toBe("Proposed by the prime contractor and not yet confirmed by the organisation.");
  });

  it("marks a term fixed when either side marked the answer fixed, negotiated otherwise", () => {
    const draft = terms([
      outcome(questionKey(0), { kind: "agreed", position: 2 }),
      outcome(questionKey(2), { kind: "agreed", position: 2 }),
    ]);
    expect(draft.terms.find((t) => t.flagKey === questionKey(0))!.basis).toBe("negotiated");
    expect(draft.terms.find((t) => t.flagKey === questionKey(2))!.basis).toBe("fixed");
    expect(draft.terms.filter((t) => t.source === "met").every((t) => t.basis === "negotiated")).toBe(true);
  });

  it("lists the terms the answers already met on, one per unflagged question, at the meeting point", () => {
    const met = terms([]).terms.filter((t) => t.source === "met");
    const flagged = new Set(report.flags.flatMap((f) => f.itemIds));
    expect(met.map((t) => t.itemId)).toEqual(ids.filter((id) => !flagged.has(id)));
    expect(met.every((t) => t.position === 3)).toBe(true);
  });

  it("lists accepted risks with who carries them and why", () => {
    const draft = terms([
      outcome(questionKey(1), { kind: "accepted", acceptedBy: "both", reason: "The head contract requires it" }),
    ]);
    expect(draft.accepted).toEqual([
      expect.objectContaining({
        flagKey: questionKey(1),
        acceptedBy: "both",
        reason: "The head contract requires it",
        text: expect.stringContaining("carried by both parties"),
      }),
    ]);
    expect(draft.open.some((o) => o.flagKey === questionKey(1))).toBe(false);
  });

  it("lists a confirmed open outcome with what is still to settle", () => {
    const draft = terms([outcome(questionKey(2), { kind: "open", wording: "Who pays for the returns" })]);
    expect(draft.open.find((o) => o.flagKey === questionKey(2))).toMatchObject({
      status: "agreed-open",
      why: "Still to settle: Who pays for the returns",
    });
  });

  it("lists as open a flag the revised report raises that the original did not", () => {
    const review = jointReview([]);
    const raisedNew = { ...report.flags[0]!, code: "UNSAFE_AGREEMENT" as const, title: "An unsafe agreement" };
    review.revised.flags.push({ key: flagKey(raisedNew), flag: raisedNew, status: "new" });
    const draft = buildHeadsOfTerms({
      checkId: "check-1",
      title: "Employment support",
      parties: { vcs: "Riverside Advice", prime: "Prime Co" },
      drafted: NOW,
      questionnaire,
      report,
      review,
    });
    expect(draft.open.filter((o) => o.status === "new")).toEqual([
      expect.objectContaining({ flagKey: flagKey(raisedNew), heading: "An unsafe agreement" }),
    ]);
  });

  it("every flag of the original report appears exactly once across agreed, accepted and open, or was cleared by another agreement", () => {
    const proposalArb = fc.oneof(
      fc.constant<ReviewProposal | null>(null),
      fc.record({ kind: fc.constant("open" as const), wording: fc.constant("To settle") }),
      fc.record({
        kind: fc.constant("accepted" as const),
        reason: fc.constant("Because"),
        acceptedBy: fc.constantFrom("vcs" as const, "prime" as const, "both" as const),
      }),
      fc.constant<ReviewProposal>({ kind: "agreed" }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(proposalArb, fc.boolean(), fc.constantFrom<Position>(1, 2, 3, 4, 5)), {
          minLength: keys.length,
          maxLength: keys.length,
        }),
        (choices) => {
          const outcomes: ReviewOutcome[] = [];
          choices.forEach(([proposal, confirmed, position], n) => {
            if (!proposal) return;
            const key = keys[n]!;
            const flag = report.flags[n]!;
            const full: ReviewProposal =
              proposal.kind !== "agreed"
                ? proposal
                : flag.itemIds.length > 0
                  ? { kind: "agreed", position }
                  : { kind: "agreed", figures: { managementFeePercent: 8 } };
            outcomes.push(outcome(key, full, confirmed));
          });
          const review = jointReview(outcomes);
          const draft = terms(outcomes);
          const clearedByAnother = new Set(
            review.revised.cleared.filter((c) => c.how === "with-another").map((c) => c.key),
          );
          for (const key of keys) {
            const count =
              draft.terms.filter((t) => t.flagKey === key).length +
              draft.accepted.filter((a) => a.flagKey === key).length +
              draft.open.filter((o) => o.flagKey === key && o.status !== "still-raised" && o.status !== "new").length;
            const confirmedOutcome = outcomes.find((o) => o.flagKey === key && o.confirmedAt !== null);
            expect(count === 1 || (count === 0 && !confirmedOutcome && clearedByAnother.has(key))).toBe(true);
          }
          // Still-raised agreements are listed open too, and only those.
          for (const line of draft.open.filter((o) => o.status === "still-raised")) {
            expect(review.revised.flags.find((f) => f.key === line.flagKey)?.status).toBe("still-raised");
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
