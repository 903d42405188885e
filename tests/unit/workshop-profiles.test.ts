/**
 * The built-in workshop scenarios (issue 18): complete and valid answers to bank v2 as a prime would save them, and
 * the results an adviser would expect when charities answer against them, from the real engine.
 */
import { describe, expect, test } from "vitest";
import { allItems, getQuestionnaire } from "~/domain/questionnaires";
import { assessCheck } from "~/domain/report";
import { SCENARIO_HEALTHY_FACTS, answerOf } from "~/domain/scenarios";
import type { Answer, Questionnaire, SideAnswers } from "~/domain/types";
import { apiAnswersBodySchema, factsFor, toApiAnswer } from "~/domain/validation";
import {
  WORKSHOP_PROFILES,
  getWorkshopProfile,
  profileSideAnswers,
  workshopProfilesFor,
} from "~/domain/workshop-profiles";

const v2 = getQuestionnaire("2")!;
const itemIds = allItems(v2).map((item) => item.id);
const requiredPrimeFacts = factsFor(v2, "prime").filter((fact) => !fact.optional);

/** A charity whose every answer is the same, with some items answered differently. */
function charity(bank: Questionnaire, every: Answer, except: Record<string, Answer> = {}): SideAnswers {
  const answers: Record<string, Answer> = {};
  for (const item of allItems(bank)) answers[item.id] = except[item.id] ?? every;
  return { answers, facts: { ...SCENARIO_HEALTHY_FACTS.vcs } };
}

/** Keeps its independence everywhere; its own brand and its own voice to the media are red lines. */
const independent = charity(v2, answerOf(2, 1, 3), {
  "brand-delivery": answerOf(1, 1, 2, "high", true),
  "media-approval": answerOf(1, 1, 2, "high", true),
});
/** Could live with anything on every item, with no red lines. */
const anything = charity(v2, answerOf(3, 1, 5));

const VERDICT_RANK = { STRONG: 3, WORKABLE: 2, WEAK: 1, RED_LINES: 0 } as const;

test("there are the three profiles the workshops need, each with a unique id, all for bank v2", () => {
  const ids = WORKSHOP_PROFILES.map((profile) => profile.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual(expect.arrayContaining(["tighter-embrace", "council-framework", "alliance"]));
  expect(workshopProfilesFor("2").map((profile) => profile.id)).toEqual(ids);
  expect(workshopProfilesFor("1")).toEqual([]);
  expect(getWorkshopProfile("alliance")?.id).toBe("alliance");
  expect(getWorkshopProfile("no-such-profile")).toBeUndefined();
});

describe.each(WORKSHOP_PROFILES.map((profile) => [profile.id, profile] as const))("%s", (_id, profile) => {
  test("is labelled as an invented example, with a short title and a summary of two or three sentences", () => {
    expect(profile.bankVersion).toBe("2");
    expect(profile.primeName).toMatch(/ \(example\)$/);
    expect(profile.title.length).toBeLessThanOrEqual(60);
    const sentences = profile.summary.split(/(?<=\.)\s+/).filter(Boolean);
    expect(sentences.length).toBeGreaterThanOrEqual(2);
    expect(sentences.length).toBeLessThanOrEqual(3);
  });

  test("answers every item of bank v2 exactly, each with a short plain note", () => {
    expect(Object.keys(profile.answers).sort()).toEqual([...itemIds].sort());
    for (const [id, answer] of Object.entries(profile.answers)) {
      expect(answer.note.trim(), id).toBe(answer.note);
      expect(answer.note.length, id).toBeGreaterThan(0);
      expect(answer.note.length, id).toBeLessThan(300);
    }
  });

  test("gives every required prime figure, each within the bank's limits and explained", () => {
    for (const fact of requiredPrimeFacts) expect(profile.facts[fact.id], fact.id).toBeDefined();
    const primeFacts = new Map(factsFor(v2, "prime").map((fact) => [fact.id, fact]));
    for (const [id, fact] of Object.entries(profile.facts)) {
      const definition = primeFacts.get(id as never);
      expect(definition, `${id} is a prime figure of bank v2`).toBeDefined();
      expect(fact!.value).toBeGreaterThanOrEqual(definition!.min);
      expect(fact!.value).toBeLessThanOrEqual(definition!.max);
      if (definition!.integer) expect(Number.isInteger(fact!.value), id).toBe(true);
      expect(fact!.why.length, id).toBeGreaterThan(0);
    }
  });

  test("passes the prime side's own answer validation unchanged, as the API would save it", () => {
    const side = profileSideAnswers(profile);
    expect(side.redLineFacts).toEqual([]);
    const answers = Object.fromEntries(Object.entries(side.answers).map(([id, a]) => [id, toApiAnswer(a!)]));
    const parsed = apiAnswersBodySchema(v2, "prime").safeParse({ answers, facts: side.facts, redLineFacts: [] });
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(parsed.data?.answers).toEqual(side.answers);
    expect(parsed.data?.facts).toEqual(side.facts);
    for (const id of itemIds) expect(side.answers[id]?.note).toBe(profile.answers[id]?.note);
  });

  test("never accepts a position the bank marks unsafe, and its figures agree with its own answers", () => {
    for (const item of allItems(v2)) {
      if (item.unsafe) expect(profile.answers[item.id]!.acceptable.max, item.id).toBeLessThan(item.unsafe.from);
    }
    const findings = assessCheck(v2, anything, profileSideAnswers(profile)).findings;
    expect(findings.filter((f) => f.code === "CONTRADICTION" && f.side === "prime")).toEqual([]);
  });

  // NOTE: a charity that accepts every position on every item overlaps every range a prime gives, so no item can be
  // a dealbreaker, and it marked no figure as a red line, so no figure can be either: the profiles' own red lines
  // bite only on a charity whose range excludes them.
  test("raises no dealbreaker against a charity that could accept anything", () => {
    const { findings, verdict } = assessCheck(v2, anything, profileSideAnswers(profile));
    expect(findings.filter((f) => f.severity === "dealbreaker")).toEqual([]);
    expect(verdict).not.toBe("RED_LINES");
  });
});

test("an independence-minded charity meets red lines against the tighter embrace, mandatory rebranding among them", () => {
  const result = assessCheck(v2, independent, profileSideAnswers(getWorkshopProfile("tighter-embrace")!));
  expect(result.verdict).toBe("RED_LINES");
  const dealbreakers = result.findings.filter((f) => f.severity === "dealbreaker").map((f) => f.code);
  expect(dealbreakers).toContain("MANDATORY_REBRANDING");
  expect(dealbreakers).toContain("GAGGING_CLAUSE");
});

test("the same charity does clearly better against the alliance: no red lines, a higher score", () => {
  const embrace = assessCheck(v2, independent, profileSideAnswers(getWorkshopProfile("tighter-embrace")!));
  const alliance = assessCheck(v2, independent, profileSideAnswers(getWorkshopProfile("alliance")!));
  expect(alliance.findings.filter((f) => f.severity === "dealbreaker")).toEqual([]);
  expect(alliance.verdict).not.toBe("RED_LINES");
  expect(VERDICT_RANK[alliance.verdict]).toBeGreaterThanOrEqual(VERDICT_RANK.WORKABLE);
  expect(alliance.overall).toBeGreaterThan(embrace.overall + 20);
});

test("the council framework sits between the two for the independence-minded charity", () => {
  const score = (id: string) => assessCheck(v2, independent, profileSideAnswers(getWorkshopProfile(id)!)).overall;
  expect(score("council-framework")).toBeGreaterThan(score("tighter-embrace"));
  expect(score("council-framework")).toBeLessThan(score("alliance"));
});
