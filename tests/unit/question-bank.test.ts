import { describe, expect, test } from "vitest";
import { FLAG_CATALOGUE } from "~/domain/flag-catalogue";
import { CURRENT_VERSION, allItems, getQuestionnaire, listQuestionnaires } from "~/domain/questionnaires";
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

describe("question bank v1", () => {
  const v1 = getQuestionnaire("1")!;

  test("is the current version", () => {
    expect(CURRENT_VERSION).toBe("1");
    expect(v1.retired).toBe(false);
  });

  test("has at least 8 dimensions of 3 to 6 items", () => {
    expect(v1.dimensions.length).toBeGreaterThanOrEqual(8);
    for (const dimension of v1.dimensions) {
      expect(dimension.items.length).toBeGreaterThanOrEqual(3);
      expect(dimension.items.length).toBeLessThanOrEqual(6);
    }
  });

  test("marks the critical dimensions, which cap the verdict (see /how-scoring-works)", () => {
    expect(v1.dimensions.filter((d) => d.critical).map((d) => d.id)).toEqual([
      "brand-identity",
      "independence-voice",
      "referrals-volumes",
      "money-risk",
      "data-beneficiaries",
    ]);
  });

  test("links items to every flag code, so each is reachable", () => {
    const linked = new Set(allItems(v1).map((i) => i.flag));
    expect([...linked].sort()).toEqual([...FLAG_CODES].sort());
  });

  test("asks for exactly the fact ids the flag rules read (app/domain/types.ts)", () => {
    expect(v1.facts.filter((f) => f.side === "vcs").map((f) => f.id)).toEqual([...VCS_FACT_IDS]);
    expect(v1.facts.filter((f) => f.side === "prime").map((f) => f.id)).toEqual([...PRIME_FACT_IDS]);
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
