import { describe, expect, test } from "vitest";
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import { METHOD_V2 } from "~/domain/method";
import {
  CURRENT_VERSION,
  allItems,
  currentQuestionnaire,
  getQuestionnaire,
  listQuestionnaires,
  selectQuestions,
} from "~/domain/questionnaires";
import { FLAG_CODES, PRIME_FACT_IDS, VCS_FACT_IDS } from "~/domain/types";

describe.each(listQuestionnaires())("question bank v$version", (questionnaire) => {
  const items = allItems(questionnaire);

  test("item ids are unique", () => {
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
  });

  test("every item has five options on the common 1–5 axis, labelled for both sides", () => {
    for (const item of items) {
      expect(item.options.map((o) => o.value)).toEqual([1, 2, 3, 4, 5]);
      for (const option of item.options) {
        expect(option.label.vcs.trim()).not.toBe("");
        expect(option.label.prime.trim()).not.toBe("");
      }
      expect(item.prompt.vcs).not.toBe(item.prompt.prime);
      expect(item.guidance.length).toBeGreaterThan(40);
      // A flag code the rules know, whose catalogue entry gives a report something to say.
      expect(FLAG_CODES).toContain(item.flag);
      expect(FLAG_CATALOGUE[item.flag].title.trim()).not.toBe("");
    }
  });
});

/** The 15 codes v1 raised; v2 added the rest (docs/method.md). */
const V1_FLAG_CODES = FLAG_CODES.slice(0, FLAG_CODES.indexOf("BENEFICIARY_CAPTURE") + 1);
const V1_VCS_FACTS = VCS_FACT_IDS.slice(0, 6);
const V1_PRIME_FACTS = PRIME_FACT_IDS.slice(0, 6);

describe("question bank v1", () => {
  const v1 = getQuestionnaire("1")!;

  test("is still offered for reading and scoring, no longer for new checks", () => {
    expect(CURRENT_VERSION).toBe("2");
    expect(v1.retired).toBe(false);
    expect(v1.method.version).toBe("1");
  });

  test("has at least 8 dimensions of 3 to 6 items", () => {
    expect(v1.dimensions.length).toBeGreaterThanOrEqual(8);
    for (const dimension of v1.dimensions) {
      expect(dimension.items.length).toBeGreaterThanOrEqual(3);
      expect(dimension.items.length).toBeLessThanOrEqual(6);
    }
  });

  test("marks the critical dimensions it was created with", () => {
    expect(v1.dimensions.filter((d) => d.critical).map((d) => d.id)).toEqual([
      "brand-identity",
      "independence-voice",
      "referrals-volumes",
      "money-risk",
      "data-beneficiaries",
    ]);
  });

  test("links items to every v1 flag code, so each is reachable", () => {
    const linked = new Set(allItems(v1).map((i) => i.flag));
    expect([...linked].sort()).toEqual([...V1_FLAG_CODES].sort());
  });

  test("asks for exactly v1's fact ids", () => {
    expect(v1.facts.filter((f) => f.side === "vcs").map((f) => f.id)).toEqual([...V1_VCS_FACTS]);
    expect(v1.facts.filter((f) => f.side === "prime").map((f) => f.id)).toEqual([...V1_PRIME_FACTS]);
  });
});

describe("question bank v2", () => {
  const v2 = getQuestionnaire("2")!;
  const items = allItems(v2);

  test("is the current version, scored by method v2", () => {
    expect(currentQuestionnaire()).toBe(v2);
    expect(v2.method).toBe(METHOD_V2);
  });

  test("makes the seven sections of the verdict critical, mission and values and term and exit among them", () => {
    expect(v2.dimensions.filter((d) => d.critical).map((d) => d.id)).toEqual([
      "mission-values",
      "brand-identity",
      "independence-voice",
      "referrals-volumes",
      "money-risk",
      "data-beneficiaries",
      "term-exit",
    ]);
  });

  test("asks for every fact id, the new optional ones with the defaults the method assumes", () => {
    expect(v2.facts.filter((f) => f.side === "vcs").map((f) => f.id)).toEqual([...VCS_FACT_IDS]);
    expect(v2.facts.filter((f) => f.side === "prime").map((f) => f.id)).toEqual([...PRIME_FACT_IDS]);
    const fact = (id: string) => v2.facts.find((f) => f.id === id)!;
    expect(fact("unpaidOutcomeShare").default).toBe(METHOD_V2.facts.cashflow.unpaidOutcomeShare);
    expect(fact("monthsToOutcomeClaim").default).toBe(METHOD_V2.facts.cashflow.outcomeWaitMonths);
    expect(fact("paymentTermsDays").default).toBe(METHOD_V2.facts.cashflow.paymentTermsDays);
    for (const f of v2.facts) if (f.default !== undefined) expect(f.optional).toBe(true);
  });

  test("every item has the v2 text: a reverse reading, questions, negotiables and evidence", () => {
    for (const item of items) {
      expect(item.reverse?.title, item.id).toBeTruthy();
      expect(item.reverse?.meaning.length, item.id).toBeGreaterThan(40);
      expect(item.questions?.length, item.id).toBeGreaterThanOrEqual(2);
      expect(item.negotiable?.length, item.id).toBeGreaterThanOrEqual(2);
      expect(item.evidence?.length, item.id).toBeGreaterThanOrEqual(1);
    }
  });

  test("discussion questions name options by their labels, never by bare position numbers", () => {
    for (const item of items) {
      for (const question of item.questions ?? []) expect(question, item.id).not.toMatch(/position \d/i);
    }
  });

  test("has unsafe floors on the six agreements that are unsafe whatever both sides chose", () => {
    expect(items.filter((i) => i.unsafe).map((i) => [i.id, i.unsafe!.from])).toEqual([
      ["campaigning", 5],
      ["commissioner-contact", 5],
      ["ongoing-relationship", 5],
      ["data-reuse", 5],
      ["board-policies", 4],
      ["exit-plan", 5],
    ]);
  });

  test("each consistency rule gives a range for every position, and a figure fits at least one option", () => {
    for (const item of items.filter((i) => i.consistency)) {
      const { expected, side } = item.consistency!;
      expect(expected).toHaveLength(5);
      expect(side).toBe("prime");
      for (const range of expected) expect(range.min).toBeLessThanOrEqual(range.max);
    }
  });

  test("its core set keeps about half the questions, in every critical section, and every figure", () => {
    const core = selectQuestions(v2, "core");
    const coreItems = allItems(core);
    expect(coreItems.length).toBeGreaterThanOrEqual(20);
    expect(coreItems.length).toBeLessThanOrEqual(items.length * 0.6);
    expect(core.facts).toBe(v2.facts);
    for (const d of v2.dimensions.filter((d) => d.critical)) {
      expect(core.dimensions.find((c) => c.id === d.id)?.items.length, d.id).toBeGreaterThanOrEqual(2);
    }
    expect(selectQuestions(getQuestionnaire("1")!, "core")).toBe(getQuestionnaire("1"));
  });

  test("every flag code has its text, who should act and the evidence to ask for", () => {
    for (const code of FLAG_CODES) {
      expect(FLAG_CATALOGUE[code].title, code).toBeTruthy();
      expect(FLAG_CATALOGUE[code].whoActs, code).toBeTruthy();
      expect(FLAG_CATALOGUE[code].evidence?.length, code).toBeGreaterThanOrEqual(1);
    }
  });
});

describe("the retired starter bank", () => {
  test("is still served, with items that exist unchanged in v1", () => {
    const v0 = getQuestionnaire("0")!;
    expect(v0.retired).toBe(true);
    const v1Ids = new Set(allItems(getQuestionnaire("1")!).map((i) => i.id));
    expect(v0.dimensions).toHaveLength(3);
    for (const item of allItems(v0)) expect(v1Ids.has(item.id)).toBe(true);
  });
});
