/**
 * The method page's data (app/routes/how-scoring-works.tsx): the method's own
 * constants, and the real engine run on the worked examples and the
 * calibration. A .server module, so the question bank and the engine never
 * reach the browser: the page receives only what it prints.
 */
import { PAIR_KIND_NAME, PAIR_KIND_TEXT, SIMULATION_NOTE, calibrate } from "~/domain/calibration";
import { SPREAD_THRESHOLD, boardSpreadOf, combineAnswers } from "~/domain/combine";
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import { DAYS_PER_MONTH, cashflowOf, flagKey } from "~/domain/flags";
import { METHOD_V1, METHOD_V2, type Method } from "~/domain/method";
import { allItems, currentQuestionnaire, getQuestionnaire, selectQuestions } from "~/domain/questionnaires";
import { buildReport } from "~/domain/report";
import { REVIEW_KIND_LABELS, reviseReport, type ReviewOutcome, type ReviewProposal } from "~/domain/review";
import { SCENARIOS, SCENARIO_HEALTHY_FACTS, answerOf, scenarioAnswers } from "~/domain/scenarios";
import {
  IMPORTANCE_WEIGHT,
  VERDICT_LABELS,
  addToTally,
  fitFrom,
  itemWeight,
  meetingPoint,
  newTally,
  overlapOf,
  rangesOverlap,
  tallyScore,
} from "~/domain/scoring";
import type { Answer, Questionnaire, SideAnswers } from "~/domain/types";

const twoDp = (n: number) => (Math.round(n * 100) / 100).toString();

/** The worked example: three questions from one section, scored by the same functions as real checks. */
const EXAMPLE: Array<{ itemId: string; vcs: Answer; prime: Answer }> = [
  {
    itemId: "brand-delivery",
    vcs: { preferred: 2, acceptable: { min: 1, max: 3 }, importance: "high", redLine: false },
    prime: { preferred: 4, acceptable: { min: 3, max: 5 }, importance: "medium", redLine: false },
  },
  {
    itemId: "public-credit",
    vcs: { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: true },
    prime: { preferred: 4, acceptable: { min: 4, max: 5 }, importance: "medium", redLine: false },
  },
  {
    itemId: "staff-identity",
    vcs: { preferred: 2, acceptable: { min: 1, max: 3 }, importance: "medium", redLine: false },
    prime: { preferred: 2, acceptable: { min: 2, max: 4 }, importance: "low", redLine: false },
  },
];

const range = (a: Answer) =>
  a.acceptable.min === a.acceptable.max ? `${a.acceptable.min} only` : `${a.acceptable.min} to ${a.acceptable.max}`;

function fitTable(method: Method) {
  return [0, 1, 2, 3, 4].map((steps) => ({
    steps,
    overlap: twoDp(fitFrom(method, steps, true)),
    noOverlap: steps === 0 ? null : twoDp(fitFrom(method, steps, false)),
  }));
}

function workedExample(questionnaire: Questionnaire) {
  const method = questionnaire.method;
  const items = allItems(questionnaire);
  const tally = newTally();
  const rows = EXAMPLE.map((row) => {
    const item = items.find((i) => i.id === row.itemId)!;
    const shared = overlapOf(row.vcs.acceptable, row.prime.acceptable);
    const fit = fitFrom(method, Math.abs(row.vcs.preferred - row.prime.preferred), rangesOverlap(row.vcs, row.prime));
    const weight = itemWeight(row.vcs, row.prime);
    addToTally(tally, fit, weight);
    return {
      question: item.prompt.vcs,
      vcs: `${row.vcs.preferred} (${range(row.vcs)}), ${row.vcs.importance}${row.vcs.redLine ? ", red line" : ""}`,
      prime: `${row.prime.preferred} (${range(row.prime)}), ${row.prime.importance}${row.prime.redLine ? ", red line" : ""}`,
      shared: shared
        ? `Yes: ${shared.min === shared.max ? shared.min : `${shared.min} to ${shared.max}`}; suggested meeting point ${meetingPoint(row.vcs, row.prime)}`
        : "No",
      fit: twoDp(fit),
      weight,
    };
  });
  return { rows, score: tallyScore(tally) };
}

/** Five trustees answer one question for the organisation, each alone (issue 16). */
const BOARD_ITEM = "brand-delivery";
const BOARD_EXAMPLE: Answer[] = [
  { preferred: 2, acceptable: { min: 1, max: 3 }, importance: "medium", redLine: false },
  { preferred: 2, acceptable: { min: 2, max: 3 }, importance: "high", redLine: false },
  { preferred: 3, acceptable: { min: 2, max: 4 }, importance: "medium", redLine: false },
  { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "low", redLine: true },
  { preferred: 4, acceptable: { min: 3, max: 5 }, importance: "medium", redLine: false },
];
/** Four respondents, two and two: the tie goes to the more independent position. */
const EVEN_EXAMPLE = [2, 2, 3, 3];

const answerText = (a: Answer) => `${a.preferred} (${range(a)}), ${a.importance}${a.redLine ? ", red line" : ""}`;
const positionsText = (positions: readonly number[]) =>
  positions.length === 0
    ? "none"
    : positions.length === 1
      ? String(positions[0])
      : `${positions.slice(0, -1).join(", ")} and ${positions.at(-1)}`;

/**
 * The combining rule on a worked example, by the real functions: combineAnswers gives the combined answer, the
 * majority and the spread; the engine, given that spread, raises the flag a report would show.
 */
function boardExample(questionnaire: Questionnaire) {
  const item = allItems(questionnaire).find((i) => i.id === BOARD_ITEM)!;
  const section = questionnaire.dimensions.find((d) => d.items.some((i) => i.id === BOARD_ITEM))!;
  const combined = combineAnswers(BOARD_EXAMPLE);
  const everyone = BOARD_EXAMPLE.reduce<ReturnType<typeof overlapOf>>(
    (shared, a) => (shared ? overlapOf(shared, a.acceptable) : null),
    BOARD_EXAMPLE[0]!.acceptable,
  );
  // The rest of the check agreed, with healthy figures, so the only flag is the board's.
  const agreed = answerOf(2, 1, 3);
  const side = (s: "vcs" | "prime", answers: Record<string, Answer>): SideAnswers => ({
    answers: Object.fromEntries(allItems(questionnaire).map((i) => [i.id, answers[i.id] ?? agreed])),
    facts: { ...SCENARIO_HEALTHY_FACTS[s] },
  });
  const report = buildReport(questionnaire, side("vcs", { [BOARD_ITEM]: combined.answer }), side("prime", {}), {
    vcs: boardSpreadOf({ [BOARD_ITEM]: combined }, BOARD_EXAMPLE.length),
  });
  const flag = report.flags.find((f) => f.code === "INTERNAL_DISAGREEMENT");
  return {
    question: item.prompt.vcs,
    section: section.title,
    critical: section.critical,
    respondents: BOARD_EXAMPLE.map((a, n) => ({ name: `Trustee ${n + 1}`, answer: answerText(a) })),
    sortedPreferred: BOARD_EXAMPLE.map((a) => a.preferred).sort((x, y) => x - y),
    everyone: everyone
      ? everyone.min === everyone.max
        ? `${everyone.min}`
        : `${everyone.min} to ${everyone.max}`
      : null,
    combined: {
      preferred: combined.answer.preferred,
      acceptable: range(combined.answer),
      importance: combined.answer.importance,
      redLine: combined.answer.redLine,
    },
    majority: positionsText(combined.majority),
    spread: combined.spread,
    disagreement: combined.disagreement,
    options: item.options.map((o) => o.label.vcs),
    even: {
      preferred: EVEN_EXAMPLE,
      combined: combineAnswers(EVEN_EXAMPLE.map((p) => answerOf(p, 1, 5))).answer.preferred,
    },
    threshold: SPREAD_THRESHOLD,
    flag: flag ? { title: flag.title, severity: flag.severity, explanation: flag.explanation } : null,
    flagTitle: FLAG_CATALOGUE.INTERNAL_DISAGREEMENT.title,
  };
}

/** The agreed position in the revised-verdict example: the organisation's furthest acceptable position. */
const REVIEW_AGREED_POSITION = 2;

/**
 * The joint review on the worked example (issue 19; docs/method.md, "The revised verdict"): the three questions
 * of section 3 in a check whose other questions both sides met on, with healthy figures. The original report is
 * the engine's; the revised one is reviseReport, the same engine on the answers as agreed, run twice: once with
 * the dealbreaker agreed (and the caution left open), once with the dealbreaker accepted as a risk instead.
 */
function reviewExample(questionnaire: Questionnaire) {
  const agreed = answerOf(2, 1, 3);
  const given = Object.fromEntries(EXAMPLE.map((row) => [row.itemId, row]));
  const side = (s: "vcs" | "prime"): SideAnswers => ({
    answers: Object.fromEntries(allItems(questionnaire).map((i) => [i.id, given[i.id]?.[s] ?? agreed])),
    facts: { ...SCENARIO_HEALTHY_FACTS[s] },
  });
  const vcs = side("vcs");
  const prime = side("prime");
  const original = buildReport(questionnaire, vcs, prime);
  const dealbreaker = original.flags.find((f) => f.severity === "dealbreaker")!;
  const caution = original.flags.find((f) => f !== dealbreaker)!;
  const outcome = (key: string, proposal: ReviewProposal): ReviewOutcome => ({
    ...proposal,
    flagKey: key,
    by: "prime",
    proposedAt: new Date(0),
    revision: 1,
    confirmedAt: new Date(0),
  });
  const open = outcome(flagKey(caution), { kind: "open", wording: "Co-branding on leaflets" });
  const agreedRun = reviseReport(questionnaire, vcs, prime, original, [
    outcome(flagKey(dealbreaker), { kind: "agreed", position: REVIEW_AGREED_POSITION }),
    open,
  ]);
  const acceptedRun = reviseReport(questionnaire, vcs, prime, original, [
    outcome(flagKey(dealbreaker), { kind: "accepted", reason: "The prime's funder requires it", acceptedBy: "vcs" }),
    open,
  ]);
  const item = allItems(questionnaire).find((i) => i.id === dealbreaker.itemIds[0])!;
  const verdict = (r: { label: string; overall: number }) => ({ label: r.label, overall: r.overall });
  return {
    dealbreaker: { title: dealbreaker.title, question: item.prompt.vcs },
    caution: { title: caution.title, severity: caution.severity },
    position: REVIEW_AGREED_POSITION,
    option: item.options[REVIEW_AGREED_POSITION - 1]!.label.vcs,
    kinds: REVIEW_KIND_LABELS,
    before: verdict(agreedRun.before),
    originalWhy: original.why,
    agreed: {
      after: verdict(agreedRun.after),
      why: agreedRun.why,
      cleared: agreedRun.cleared.map((c) => ({ title: c.flag.title, how: c.how })),
      flags: agreedRun.flags.map((f) => ({ title: f.flag.title, severity: f.flag.severity, status: f.status })),
    },
    accepted: {
      after: verdict(acceptedRun.after),
      why: acceptedRun.why,
      flags: acceptedRun.flags.map((f) => ({ title: f.flag.title, severity: f.flag.severity, status: f.status })),
    },
  };
}

/** "Why this verdict" for a few realistic pairs, through the real engine. */
function whyExamples(questionnaire: Questionnaire) {
  return ["disastrous-figures", "controlling-agreement", "prefunding", "tighter-embrace", "aligned"].map((id) => {
    const scenario = SCENARIOS.find((s) => s.id === id)!;
    const report = buildReport(questionnaire, ...scenarioAnswers(questionnaire, scenario));
    return { title: scenario.title, verdict: report.verdict.label, overall: report.overall, why: report.why };
  });
}

let calibration: ReturnType<typeof buildCalibration> | undefined;

function buildCalibration() {
  const v2 = calibrate(currentQuestionnaire(), 500);
  const core = calibrate(selectQuestions(currentQuestionnaire(), "core"), 500);
  const v1 = calibrate(getQuestionnaire("1")!, 500);
  return {
    pairs: v2.pairsPerKind,
    kinds: v2.kinds.map((k, n) => ({
      ...k,
      name: PAIR_KIND_NAME[k.kind],
      text: PAIR_KIND_TEXT[k.kind],
      v1: v1.kinds[n]!.counts,
      core: core.kinds[n]!.counts,
    })),
    scenarios: v2.scenarios,
  };
}

/** What the method assumes for an optional figure left blank, or null when its rule is then skipped. */
function methodDefault(method: Method, factId: string): number | null {
  const cash = method.facts.cashflow;
  if (factId === "paymentTermsDays") return cash.paymentTermsDays;
  if (factId === "monthsToOutcomeClaim") return cash.outcomeWaitMonths;
  if (factId === "unpaidOutcomeShare") return cash.unpaidOutcomeShare;
  return null;
}

/** Everything the method page prints. */
export function methodPageData() {
  const questionnaire = currentQuestionnaire();
  const method = questionnaire.method;
  const core = selectQuestions(questionnaire, "core");
  const cashExample = {
    contractIncomeShare: 50,
    outcomePaymentShare: 40,
    paymentLagDays: 90,
  };
  const flow = cashflowOf(method, cashExample);
  // Deterministic (seeded), so computed once per process.
  calibration ??= buildCalibration();
  return {
    version: questionnaire.version,
    label: questionnaire.label,
    methodLabel: method.label.replace(/^Scoring/, "scoring"),
    bands: method.bands,
    v1Bands: METHOD_V1.bands,
    v1Fit: METHOD_V1.fit.kind === "linear" ? METHOD_V1.fit : null,
    weights: IMPORTANCE_WEIGHT,
    fits: fitTable(method),
    gapSeverity: method.gapSeverity,
    caps: METHOD_V2.caps,
    facts: method.facts,
    verdictLabels: VERDICT_LABELS,
    example: workedExample(questionnaire),
    board: boardExample(questionnaire),
    review: reviewExample(questionnaire),
    why: whyExamples(questionnaire),
    critical: questionnaire.dimensions.filter((d) => d.critical).map((d) => d.title),
    notCritical: questionnaire.dimensions.filter((d) => !d.critical).map((d) => d.title),
    unsafe: allItems(questionnaire)
      .filter((i) => i.unsafe)
      .map((i) => ({ question: i.prompt.vcs, title: i.unsafe!.title, why: i.unsafe!.why })),
    consistency: allItems(questionnaire)
      .filter((i) => i.consistency)
      .map((i) => ({
        question: i.prompt.prime,
        fact: questionnaire.facts.find((f) => f.id === i.consistency!.factId)?.label ?? i.consistency!.factId,
      })),
    // The method's own constants, labelled with the figures they stand in for (the bank's defaults must match them).
    defaults: questionnaire.facts
      .filter((f) => f.optional)
      .map((f) => ({ label: f.label, side: f.side, unit: f.unit, value: methodDefault(method, f.id) })),
    fixedTitles: {
      bidCandy: FLAG_CATALOGUE.BID_CANDY.title,
      cashflow: FLAG_CATALOGUE.CASHFLOW_RISK.title,
      fee: FLAG_CATALOGUE.TOPSLICE_EXCESS.title,
      term: FLAG_CATALOGUE.SHORT_TERM.title,
      notice: FLAG_CATALOGUE.EXIT_AT_WILL.title,
      unsafe: FLAG_CATALOGUE.UNSAFE_AGREEMENT.title,
      rebranding: FLAG_CATALOGUE.MANDATORY_REBRANDING.title,
      contradiction: FLAG_CATALOGUE.CONTRADICTION.title,
    },
    cash: {
      ...cashExample,
      deliveryWait: twoDp(flow.deliveryWaitMonths),
      resultsWait: twoDp(flow.resultsWaitMonths),
      timing: twoDp(flow.timingMonths),
      unrecovered: twoDp(flow.unrecoveredMonths),
      need: twoDp(flow.needMonths),
      daysPerMonth: DAYS_PER_MONTH,
    },
    core: {
      items: core.dimensions.reduce((n, d) => n + d.items.length, 0),
      of: allItems(questionnaire).length,
    },
    calibration,
    simulationNote: SIMULATION_NOTE,
  };
}
