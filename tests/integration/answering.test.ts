/**
 * Answering as people do: two people on one side's link, ranges ticked as
 * boxes, figures typed with commas and units, question numbers that run on.
 */
import { describe, expect, test, vi } from "vitest";
import { sectionsFor } from "~/domain/sections";
import { currentQuestionnaire } from "~/domain/questionnaires";
import * as newCheckRoute from "~/routes/checks.new";
import * as sectionRoute from "~/routes/checks.$checkId.$side.section.$sectionId";
import * as reviewRoute from "~/routes/checks.$checkId.$side.review";
import * as submittedRoute from "~/routes/checks.$checkId.$side.submitted";
import * as submittedExport from "~/routes/checks.$checkId.$side.submitted.$format";
import { getCheckSummary } from "~/models/check.server";
import { getSideAnswers, saveSideAnswers } from "~/models/response.server";
import { callAction, callLoader, checkWithSessions, completeAnswers, sideAuthority } from "./support";

type Check = Awaited<ReturnType<typeof checkWithSessions>>;
type Form = Record<string, string | readonly string[]>;

const body = (form: Form) =>
  new URLSearchParams(
    Object.entries(form).flatMap(([name, v]) => (typeof v === "string" ? [[name, v]] : v.map((x) => [name, x]))),
  );

async function answersOf(check: Check, side: "vcs" | "prime") {
  const summary = await getCheckSummary(check.id);
  return getSideAnswers(summary!.sides[side].responseId);
}

/** Opens a section as a browser tab would: the page's versions are what the tab sends back with its save. */
async function openSection(check: Check, sectionId: string, side: "vcs" | "prime" = "vcs") {
  const page = await callLoader(
    sectionRoute.loader,
    `${check.paths[side]}/section/${sectionId}`,
    { checkId: check.id, side, sectionId },
    { cookie: check.cookies[side] },
  );
  expect(page.status).toBe(200);
  const loaded = page.body as Awaited<ReturnType<typeof sectionRoute.loader>>;
  const kind = sectionId === "facts" ? "facts" : "items";
  const seen = Object.fromEntries(Object.entries(loaded.versions).map(([id, v]) => [`seen.${kind}.${id}`, v]));
  const save = (form: Form, extraSeen: Record<string, string> = {}) =>
    callAction(
      sectionRoute.action,
      `${check.paths[side]}/section/${sectionId}`,
      body({
        ...seen,
        ...Object.fromEntries(Object.entries(extraSeen).map(([id, v]) => [`seen.${kind}.${id}`, v])),
        ...form,
      }),
      { checkId: check.id, side, sectionId },
      { cookie: check.cookies[side] },
    );
  return { loaded, save };
}

const brand = (preferred: string, extra: Form = {}) => ({
  "items.brand-delivery.preferred": preferred,
  "items.brand-delivery.importance": "high",
  ...extra,
});

describe("two people answering on one side's link", () => {
  test("a save that would replace an answer changed since the page was loaded is refused, showing both", async () => {
    const check = await checkWithSessions();
    const first = await openSection(check, "brand-identity");
    const second = await openSection(check, "brand-identity");

    expect((await first.save(brand("2"))).status).toBe(302);
    const refused = await second.save(brand("4", { "items.brand-delivery.note": "We typed this" }));
    expect(refused.status).toBe(409);
    const result = refused.body as {
      errors: Record<string, string>;
      values: unknown;
      conflicts: Record<string, { saved: string[]; yours: string[] }>;
      versions: Record<string, string>;
    };
    expect(result.errors["items.brand-delivery.preferred"]).toMatch(/Someone else on your side changed this/);
    expect(result.conflicts["brand-delivery"]!.saved[0]).toMatch(/^Preferred: 2\. /);
    expect(result.conflicts["brand-delivery"]!.yours[0]).toMatch(/^Preferred: 4\. /);
    expect(result.conflicts["brand-delivery"]!.yours).toContain("Note: We typed this");
    // Nothing from the refused page was saved, and what the person typed comes back.
    expect((await answersOf(check, "vcs")).answers["brand-delivery"]?.preferred).toBe(2);
    expect(JSON.stringify(result.values)).toContain("We typed this");

    // Saving again from the refused page (which now carries the latest version) keeps the second person's answer.
    const again = await second.save(brand("4"), result.versions);
    expect(again.status).toBe(302);
    expect((await answersOf(check, "vcs")).answers["brand-delivery"]?.preferred).toBe(4);
  });

  test("different questions, or the same answer, are not a conflict", async () => {
    const check = await checkWithSessions();
    const first = await openSection(check, "brand-identity");
    const second = await openSection(check, "brand-identity");
    expect((await first.save(brand("2"))).status).toBe(302);
    // The second tab still shows brand-delivery as unanswered but sends only another question: saved.
    const other = await second.save({
      "items.staff-identity.preferred": "3",
      "items.staff-identity.importance": "low",
    });
    expect(other.status).toBe(302);
    // Sending the very answer the other person saved changes nothing, so it is not refused either.
    expect((await second.save(brand("2"))).status).toBe(302);
    const saved = await answersOf(check, "vcs");
    expect(saved.answers["brand-delivery"]?.preferred).toBe(2);
    expect(saved.answers["staff-identity"]?.preferred).toBe(3);
  });

  test("a figure changed by someone else is not overwritten, nor silently emptied", async () => {
    const check = await checkWithSessions();
    const first = await openSection(check, "facts");
    const second = await openSection(check, "facts");
    expect((await first.save({ "facts.reservesMonths": "3" })).status).toBe(302);
    const refused = await second.save({ "facts.reservesMonths": "5" });
    expect(refused.status).toBe(409);
    const conflicts = (refused.body as { conflicts: Record<string, { saved: string[]; yours: string[] }> }).conflicts;
    expect(conflicts.reservesMonths).toEqual({ saved: ["3 months"], yours: ["5 months"] });
    // Leaving it blank on the stale page would empty it: refused too.
    const emptied = await second.save({ "facts.reservesMonths": "" });
    expect(emptied.status).toBe(409);
    expect((await answersOf(check, "vcs")).facts.reservesMonths).toBe(3);
  });

  test("a red-line or finding-only tick someone else set is not silently undone by an older page", async () => {
    const check = await checkWithSessions();
    expect(
      (await (await openSection(check, "facts")).save({ "facts.minNoticeDays": "30", "facts.reservesMonths": "2" }))
        .status,
    ).toBe(302);
    const older = await openSection(check, "facts");
    const newer = await openSection(check, "facts");
    const ticked = await newer.save({
      "facts.minNoticeDays": "30",
      "facts.reservesMonths": "2",
      "factRedLines.minNoticeDays": "on",
      "factFindingOnly.reservesMonths": "on",
    });
    expect(ticked.status).toBe(302);
    const refused = await older.save({ "facts.minNoticeDays": "30", "facts.reservesMonths": "2" });
    expect(refused.status).toBe(409);
    const conflicts = (refused.body as { conflicts: Record<string, { saved: string[]; yours: string[] }> }).conflicts;
    expect(conflicts.minNoticeDays!.saved).toContain("A red line");
    expect(conflicts.reservesMonths!.saved).toContain("Shared as the finding only, not the number");
    const saved = await answersOf(check, "vcs");
    expect(saved.redLineFacts).toEqual(["minNoticeDays"]);
    expect(saved.findingOnlyFacts).toEqual(["reservesMonths"]);
  });

  test("a page refused for a mistake comes back with the versions it was loaded with, not the latest", async () => {
    const check = await checkWithSessions();
    const first = await openSection(check, "brand-identity");
    const second = await openSection(check, "brand-identity");
    const before = first.loaded.versions["brand-delivery"];
    expect((await second.save(brand("2"))).status).toBe(302);
    const mistaken = await first.save(brand("4", { "items.staff-identity.note": "half done" }));
    expect(mistaken.status).toBe(400);
    const versions = (mistaken.body as { versions: Record<string, string> }).versions;
    expect(versions["brand-delivery"]).toBe(before);
    // Corrected and saved again with those versions, it is refused: the other person's answer is not lost.
    const corrected = await first.save(brand("4"), versions);
    expect(corrected.status).toBe(409);
  });

  test("two saves within one millisecond still give different versions", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2026-12-01T14:00:00.000Z"));
      const check = await checkWithSessions();
      const first = await openSection(check, "brand-identity");
      expect((await first.save(brand("2"))).status).toBe(302);
      const second = await openSection(check, "brand-identity");
      expect((await (await openSection(check, "brand-identity")).save(brand("3"))).status).toBe(302);
      expect((await second.save(brand("5"))).status).toBe(409);
      expect((await answersOf(check, "vcs")).answers["brand-delivery"]?.preferred).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  test("autosave sets aside every unfinished figure, however many rounds that takes, and saves the rest", async () => {
    const check = await checkWithSessions();
    const page = await openSection(check, "facts");
    const auto = await page.save({
      intent: "autosave",
      "facts.reservesMonths": "two years",
      "factRedLines.minNoticeDays": "on",
      "facts.maxManagementFeePercent": "7",
    });
    expect(auto.status).toBe(200);
    const result = (auto.body as { autosave: { status: string; pending: Record<string, string> } }).autosave;
    expect(result.status).toBe("saved");
    expect(Object.keys(result.pending).sort()).toEqual(["minNoticeDays", "reservesMonths"]);
    expect((await answersOf(check, "vcs")).facts).toEqual({ maxManagementFeePercent: 7 });
  });

  test("autosave keeps the other questions and names the one someone else changed", async () => {
    const check = await checkWithSessions();
    const first = await openSection(check, "brand-identity");
    const second = await openSection(check, "brand-identity");
    expect((await first.save(brand("2"))).status).toBe(302);
    const auto = await second.save({
      intent: "autosave",
      ...brand("5"),
      "items.staff-identity.preferred": "1",
      "items.staff-identity.importance": "high",
    });
    expect(auto.status).toBe(200);
    const result = (auto.body as { autosave: { conflicted: string[]; versions: Record<string, string> } }).autosave;
    expect(result.conflicted).toEqual(["brand-delivery"]);
    expect(Object.keys(result.versions)).toEqual(["staff-identity"]);
    const saved = await answersOf(check, "vcs");
    expect(saved.answers["brand-delivery"]?.preferred).toBe(2);
    expect(saved.answers["staff-identity"]?.preferred).toBe(1);
  });
});

describe("the range a side could live with", () => {
  test("ticked positions next to the preferred one make the range", async () => {
    const check = await checkWithSessions();
    const page = await openSection(check, "brand-identity");
    const saved = await page.save(brand("3", { "items.brand-delivery.acceptable": ["2", "3", "4"] }));
    expect(saved.status).toBe(302);
    expect((await answersOf(check, "vcs")).answers["brand-delivery"]?.acceptable).toEqual({ min: 2, max: 4 });
  });

  test("a gap in the ticked positions is refused, saying which to tick", async () => {
    const check = await checkWithSessions();
    const page = await openSection(check, "brand-identity");
    const refused = await page.save(brand("1", { "items.brand-delivery.acceptable": ["4"] }));
    expect(refused.status).toBe(400);
    expect((refused.body as { errors: Record<string, string> }).errors["items.brand-delivery.acceptable"]).toMatch(
      /tick positions 2 and 3 too/,
    );
    expect((await answersOf(check, "vcs")).answers).toEqual({});
  });
});

describe("figures as people type them", () => {
  test("commas, pound signs, per cent signs and units are understood", async () => {
    const check = await checkWithSessions();
    const page = await openSection(check, "facts");
    const saved = await page.save({
      "facts.reservesMonths": "3 months",
      "facts.contractIncomeShare": "12%",
      "facts.minReferralsPerYear": "1,200",
    });
    expect(saved.status).toBe(302);
    const facts = (await answersOf(check, "vcs")).facts;
    expect(facts).toMatchObject({ reservesMonths: 3, contractIncomeShare: 12, minReferralsPerYear: 1200 });
  });

  test("a figure in the wrong unit is refused with what to give", async () => {
    const check = await checkWithSessions();
    const page = await openSection(check, "facts");
    const refused = await page.save({ "facts.reservesMonths": "2 years" });
    expect(refused.status).toBe(400);
    expect((refused.body as { errors: Record<string, string> }).errors["facts.reservesMonths"]).toMatch(
      /Give a number of months/,
    );
  });
});

describe("figures shared as the finding only", () => {
  test("a ticked figure is kept as finding-only, and unticking it shares the number again", async () => {
    const check = await checkWithSessions();
    const page = await openSection(check, "facts");
    expect(page.loaded.otherName).toBe((await getCheckSummary(check.id))!.sides.prime.name);
    const saved = await page.save({ "facts.reservesMonths": "2", "factFindingOnly.reservesMonths": "on" });
    expect(saved.status).toBe(302);
    expect((await answersOf(check, "vcs")).findingOnlyFacts).toEqual(["reservesMonths"]);
    const again = await openSection(check, "facts");
    expect((await again.save({ "facts.reservesMonths": "2" })).status).toBe(302);
    expect((await answersOf(check, "vcs")).findingOnlyFacts).toBeUndefined();
  });
});

describe("question numbers", () => {
  test("run through the questionnaire, not from 1 on every page", async () => {
    const check = await checkWithSessions();
    const sections = sectionsFor(currentQuestionnaire(), "vcs");
    const [firstSection, secondSection] = sections;
    if (firstSection?.kind !== "dimension" || secondSection?.kind !== "dimension") throw new Error("two dimensions");
    const page = await openSection(check, secondSection.id);
    expect(page.loaded.numbers[secondSection.dimension.items[0]!.id]).toBe(firstSection.dimension.items.length + 1);
  });
});

describe("names", () => {
  const create = (form: Record<string, string>) =>
    callAction(newCheckRoute.action, "/checks/new", { creatorSide: "neither", ...form });

  test("a name of invisible characters counts as empty", async () => {
    const result = await create({ title: "\u200B\u200B\u2060", vcsName: "\uFEFF", primeName: "Prime Ltd" });
    expect(result.status).toBe(400);
    const errors = (result.body as { errors: Record<string, string> }).errors;
    expect(errors.title).toBe("Enter the name of the opportunity");
    expect(errors.vcsName).toBe("Enter the organisation’s name");
  });
});

describe("what a side submitted", () => {
  test("the side can see and download exactly what it submitted, before the result is ready", async () => {
    const check = await checkWithSessions();
    const summary = await getCheckSummary(check.id);
    await saveSideAnswers({
      authority: await sideAuthority(check.id, "vcs"),
      responseId: summary!.sides.vcs.responseId,
      ...completeAnswers("vcs"),
    });
    const submitted = await callAction(
      reviewRoute.action,
      `${check.paths.vcs}/review`,
      { confirm: "on" },
      { checkId: check.id, side: "vcs" },
      { cookie: check.cookies.vcs },
    );
    expect(submitted.status).toBe(302);
    const params = { checkId: check.id, side: "vcs" };
    const page = await callLoader(submittedRoute.loader, `${check.paths.vcs}/submitted`, params, {
      cookie: check.cookies.vcs,
    });
    expect(page.status).toBe(200);
    const sections = (page.body as { sections: Array<{ rows: Array<{ id: string; answer: string[] | null }> }> })
      .sections;
    const saved = await answersOf(check, "vcs");
    const rows = sections.flatMap((s) => s.rows);
    expect(rows.filter((r) => r.answer === null)).toEqual([]);
    expect(rows.find((r) => r.id === "brand-delivery")!.answer![0]).toMatch(
      new RegExp(`^Preferred: ${saved.answers["brand-delivery"]!.preferred}\\. `),
    );

    const json = await callLoader(
      submittedExport.loader,
      `${check.paths.vcs}/submitted/json`,
      { ...params, format: "json" },
      {
        cookie: check.cookies.vcs,
      },
    );
    expect(json.status).toBe(200);
    const data = json.body as { answers: Record<string, { preferred: number }>; facts: Record<string, number> };
    expect(data.facts).toEqual(saved.facts);
    expect(Object.keys(data.answers).sort()).toEqual(Object.keys(saved.answers).sort());
    const csv = await callLoader(
      submittedExport.loader,
      `${check.paths.vcs}/submitted/csv`,
      { ...params, format: "csv" },
      {
        cookie: check.cookies.vcs,
      },
    );
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain("Question number");

    // The other side cannot open it: its session is for the prime.
    const other = await callLoader(submittedRoute.loader, `${check.paths.vcs}/submitted`, params, {
      cookie: check.cookies.prime,
    });
    expect(other.status).toBeGreaterThanOrEqual(400);
    // Nor can the side's own page before it has submitted.
    const before = await callLoader(
      submittedExport.loader,
      `${check.paths.prime}/submitted/json`,
      { checkId: check.id, side: "prime", format: "json" },
      { cookie: check.cookies.prime },
    );
    expect(before.status).toBe(409);
  });
});
