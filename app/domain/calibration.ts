/**
 * The calibration of a method's bands: what verdicts it gives to unrelated
 * random pairs, to near-identical pairs and to the realistic scenario pairs
 * (scenarios.ts). Deterministic (a seeded generator), so the method page and
 * tests/unit/calibration.test.ts show the same figures (docs/method.md).
 */
import type { VerdictCode } from "./method";
import { assessCheck } from "./report";
import { SCENARIOS, scenarioAnswers } from "./scenarios";
import {
  IMPORTANCE_LEVELS,
  type Answer,
  type Position,
  type PositionItem,
  type Questionnaire,
  type SideAnswers,
} from "./types";

/** mulberry32: a small, fast, seeded generator; good enough for a simulation, never for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (random: () => number, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const clamp = (p: number) => Math.min(5, Math.max(1, p)) as Position;

export const PAIR_KINDS = ["middling", "random", "near-identical"] as const;
export type PairKind = (typeof PAIR_KINDS)[number];

export const PAIR_KIND_NAME: Readonly<Record<PairKind, string>> = {
  middling: "Unrelated, middling answers",
  random: "Unrelated, random answers",
  "near-identical": "Near-identical",
};

export const PAIR_KIND_TEXT: Readonly<Record<PairKind, string>> = {
  middling:
    "Unrelated pairs giving sensible middling answers: each side prefers 2, 3 or 4 at random on every question, could accept one step either way, rates everything medium and draws no red lines.",
  random:
    "Unrelated pairs answering at random: any preferred position, a range of up to two steps either way, any importance, and a red line on one question in ten.",
  "near-identical":
    "Near-identical pairs: the prime gives the organisation's own answers (any preferred position below a question's unsafe floor, ranges at least one step either way), except on about one question in seven, where it prefers the next position along.",
};

/** What every simulated pair leaves out: figures, so that only the answers, and the scale, are judged. */
export const SIMULATION_NOTE =
  "Simulated pairs give no figures, so only their answers are judged; the scenarios below give figures too.";

function middlingAnswer(random: () => number): Answer {
  const preferred = between(random, 2, 4) as Position;
  return {
    preferred,
    acceptable: { min: clamp(preferred - 1), max: clamp(preferred + 1) },
    importance: "medium",
    redLine: false,
  };
}

function randomAnswer(random: () => number): Answer {
  const preferred = between(random, 1, 5) as Position;
  return {
    preferred,
    acceptable: { min: clamp(preferred - between(random, 0, 2)), max: clamp(preferred + between(random, 0, 2)) },
    importance: IMPORTANCE_LEVELS[between(random, 0, 2)]!,
    redLine: random() < 0.1,
  };
}

function widened(answer: Answer): Answer {
  return {
    ...answer,
    acceptable: {
      min: clamp(Math.min(answer.acceptable.min, answer.preferred - 1)),
      max: clamp(Math.max(answer.acceptable.max, answer.preferred + 1)),
    },
  };
}

function sideOf(questionnaire: Questionnaire, answer: (item: PositionItem) => Answer): SideAnswers {
  const answers: Record<string, Answer> = {};
  for (const dimension of questionnaire.dimensions) for (const item of dimension.items) answers[item.id] = answer(item);
  return { answers, facts: {} };
}

/** One simulated pair of the given kind. */
export function simulatedPair(
  questionnaire: Questionnaire,
  kind: PairKind,
  random: () => number,
): [SideAnswers, SideAnswers] {
  if (kind === "middling") {
    return [sideOf(questionnaire, () => middlingAnswer(random)), sideOf(questionnaire, () => middlingAnswer(random))];
  }
  if (kind === "random") {
    return [sideOf(questionnaire, () => randomAnswer(random)), sideOf(questionnaire, () => randomAnswer(random))];
  }
  const vcs = sideOf(questionnaire, (item) => {
    const preferred = between(random, 1, item.unsafe ? item.unsafe.from - 1 : 5) as Position;
    return widened({ preferred, acceptable: { min: preferred, max: preferred }, importance: "medium", redLine: false });
  });
  const prime: SideAnswers = { answers: {}, facts: {} };
  for (const [itemId, answer] of Object.entries(vcs.answers)) {
    if (!answer) continue;
    const moved = random() < 1 / 7;
    const preferred = moved ? clamp(answer.preferred + (answer.preferred < 5 ? 1 : -1)) : answer.preferred;
    prime.answers[itemId] = moved ? widened({ ...answer, preferred }) : answer;
  }
  return [vcs, prime];
}

export type VerdictCounts = Record<VerdictCode, number>;

const emptyCounts = (): VerdictCounts => ({ RED_LINES: 0, STRONG: 0, WORKABLE: 0, WEAK: 0 });

export interface Calibration {
  pairsPerKind: number;
  seed: number;
  kinds: Array<{ kind: PairKind; text: string; counts: VerdictCounts; meanOverall: number }>;
  scenarios: Array<{ id: string; title: string; expected: VerdictCode; verdict: VerdictCode; overall: number }>;
}

/** The verdict distribution of `pairsPerKind` simulated pairs of each kind, and each scenario's verdict. */
export function calibrate(questionnaire: Questionnaire, pairsPerKind = 1000, seed = 2026): Calibration {
  const random = seededRandom(seed);
  const kinds = PAIR_KINDS.map((kind) => {
    const counts = emptyCounts();
    let total = 0;
    for (let n = 0; n < pairsPerKind; n++) {
      const [vcs, prime] = simulatedPair(questionnaire, kind, random);
      const assessment = assessCheck(questionnaire, vcs, prime);
      counts[assessment.verdict]++;
      total += assessment.overall;
    }
    return { kind, text: PAIR_KIND_TEXT[kind], counts, meanOverall: Math.round((total / pairsPerKind) * 10) / 10 };
  });
  const scenarios = SCENARIOS.map((scenario) => {
    const [vcs, prime] = scenarioAnswers(questionnaire, scenario);
    const assessment = assessCheck(questionnaire, vcs, prime);
    return {
      id: scenario.id,
      title: scenario.title,
      expected: scenario.expected,
      verdict: assessment.verdict,
      overall: assessment.overall,
    };
  });
  return { pairsPerKind, seed, kinds, scenarios };
}
