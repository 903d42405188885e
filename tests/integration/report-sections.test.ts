/** The full report page shows the question-by-question comparison one section at a time. */
import { expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { getCheckSummary } from "~/models/check.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import * as reportRoute from "~/routes/checks.$checkId.report";
import { HEALTHY_FACTS, MIDDLE_ANSWER, callLoader, checkWithSessions, completeAnswers, sideAuthority } from "./support";

type Page = Awaited<ReturnType<typeof reportRoute.loader>>;

test("one section at a time: the first flag's by default, any by ?section=, every one with ?section=all", async () => {
  const check = await checkWithSessions();
  const summary = (await getCheckSummary(check.id))!;
  // The two sides collide on one question of the third section only.
  const third = currentQuestionnaire().dimensions[2]!;
  const collide = third.items[0]!.id;
  for (const side of ["vcs", "prime"] as const) {
    const answers = completeAnswers(side, (id) =>
      id === collide
        ? {
            ...MIDDLE_ANSWER,
            preferred: side === "vcs" ? 1 : 5,
            acceptable: side === "vcs" ? { min: 1, max: 1 } : { min: 5, max: 5 },
          }
        : MIDDLE_ANSWER,
    );
    answers.facts = { ...HEALTHY_FACTS[side] };
    await saveSideAnswers({
      authority: await sideAuthority(check.id, side),
      responseId: summary.sides[side].responseId,
      ...answers,
    });
    await submitResponse({
      authority: await sideAuthority(check.id, side),
      responseId: summary.sides[side].responseId,
      questionnaire: currentQuestionnaire(),
      side,
    });
  }
  const page = async (query = "") =>
    (
      await callLoader(
        reportRoute.loader,
        `${check.paths.owner}/report${query}`,
        { checkId: check.id },
        {
          cookie: check.cookies.owner,
        },
      )
    ).body as Page;
  const shownIds = (p: Page) => p.dimensions.map((d) => d.id);

  const first = await page();
  expect(first.report.flags[0]!.itemIds).toContain(collide);
  expect(shownIds(first)).toEqual([third.id]);
  expect(first.sections.filter((s) => s.shown).map((s) => s.id)).toEqual([third.id]);
  expect(first.sections).toHaveLength(currentQuestionnaire().dimensions.length);

  const second = currentQuestionnaire().dimensions[1]!.id;
  expect(shownIds(await page(`?section=${second}`))).toEqual([second]);
  expect(shownIds(await page("?section=no-such-section"))).toEqual([third.id]);
  expect(shownIds(await page("?section=all"))).toEqual(currentQuestionnaire().dimensions.map((d) => d.id));
});
