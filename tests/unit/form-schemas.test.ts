/** The page and API schemas are built once per questionnaire, and each still accepts only its own questions. */
import { expect, test } from "vitest";
import { getQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import { sectionsFor } from "~/domain/sections";
import { apiAnswersBodySchema } from "~/domain/validation";
import { sectionFormSchema } from "~/forms/answers.server";

const full = questionnaireFor("2", "full")!;
const core = questionnaireFor("2", "core")!;

test("a page's schema is built once, whichever request rebuilds the page", () => {
  const [first] = sectionsFor(full, "vcs");
  const [again] = sectionsFor(full, "vcs");
  expect(first).not.toBe(again);
  expect(sectionFormSchema(first!, true)).toBe(sectionFormSchema(again!, true));
  expect(sectionFormSchema(first!, false)).not.toBe(sectionFormSchema(first!, true));
  const facts = (side: "vcs" | "prime") => sectionsFor(full, side).find((s) => s.kind === "facts")!;
  expect(sectionFormSchema(facts("vcs"), true)).toBe(sectionFormSchema(facts("vcs"), true));
  expect(sectionFormSchema(facts("vcs"), true)).not.toBe(sectionFormSchema(facts("prime"), true));
});

test("an autosave's page without its unfinished questions reuses one schema, and still refuses those questions", async () => {
  const { withoutQuestions } = await import("~/forms/answers.server");
  const page = sectionsFor(full, "vcs").find((s) => s.kind === "dimension")!;
  if (page.kind !== "dimension") return;
  const [first, second] = page.dimension.items;
  const waiting = new Set([second!.id]);
  const once = sectionFormSchema(withoutQuestions(page, waiting), true);
  expect(sectionFormSchema(withoutQuestions(page, waiting), true)).toBe(once);
  expect(once).not.toBe(sectionFormSchema(page, true));
  const refused = (id: string) =>
    (once.safeParse({ intent: "autosave", items: { [id]: {} } }).error?.issues ?? []).flatMap((i) =>
      i.code === "unrecognized_keys" ? i.keys : [],
    );
  expect(refused(second!.id)).toEqual([second!.id]);
  expect(refused(first!.id)).toEqual([]);
});

test("the core set's page refuses a question only the full bank asks, though the full page takes it", () => {
  const fullPage = sectionsFor(full, "vcs").find((s) => s.kind === "dimension")!;
  const corePage = sectionsFor(core, "vcs").find((s) => s.id === fullPage.id)!;
  expect(corePage.kind).toBe("dimension");
  if (fullPage.kind !== "dimension" || corePage.kind !== "dimension") return;
  const onlyInFull = fullPage.dimension.items.find((i) => !corePage.dimension.items.some((c) => c.id === i.id));
  expect(onlyInFull, "the first dimension has a question outside the core set").toBeDefined();
  const form = { intent: "continue", items: { [onlyInFull!.id]: {} } };
  const refusedKeys = (page: typeof fullPage) =>
    (sectionFormSchema(page, true).safeParse(form).error?.issues ?? []).flatMap((i) =>
      i.code === "unrecognized_keys" ? i.keys : [],
    );
  expect(refusedKeys(fullPage)).toEqual([]);
  expect(refusedKeys(corePage)).toEqual([onlyInFull!.id]);
});

test("the API body schema is one per questionnaire and side, and each takes only that side's figures", () => {
  const v2 = getQuestionnaire("2")!;
  expect(apiAnswersBodySchema(v2, "vcs")).toBe(apiAnswersBodySchema(v2, "vcs"));
  const vcsFact = v2.facts.find((f) => f.side === "vcs")!;
  const body = { facts: { [vcsFact.id]: vcsFact.min } };
  expect(apiAnswersBodySchema(v2, "vcs").safeParse(body).success).toBe(true);
  expect(apiAnswersBodySchema(v2, "prime").safeParse(body).success).toBe(false);
});
