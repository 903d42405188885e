/**
 * A board answers together (issue 16), in real Chromium, once with and once
 * without JavaScript (board-js.test.ts, board-no-js.test.ts, so the two run in
 * parallel): the charity's lead invites three trustees; each answers alone in
 * a browser of their own, two of them far apart on the brand question; the
 * lead sees the spread (never who said what), submits the board's answer, and
 * the report shows the disagreement. Every new page gets an axe scan and a
 * screenshot. The check asks the short core set, so three people answering
 * every page stays within a loaded CI machine's time.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire, selectQuestions } from "~/domain/questionnaires";
import { toApiAnswer } from "~/domain/validation";
import { HEALTHY_FACTS } from "../../fixtures";
import { expectAccessible, launchBrowser, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";

const questionnaire = selectQuestions(currentQuestionnaire(), "core");
const BRAND = "brand-delivery";

async function visit(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, name);
}

/** One trustee's answers, through the pages: position 3 everywhere but the brand question. */
async function answerAsTrustee(
  page: Page,
  brand: { preferred: string; redLine: boolean; note?: string },
  label: string,
) {
  await page.getByRole("button", { name: "Start answering" }).click();
  for (const [index, dimension] of questionnaire.dimensions.entries()) {
    await expect.poll(() => page.locator("h1").textContent(), { timeout: 30_000 }).toBe(dimension.title);
    for (const item of dimension.items) {
      const name = (f: string) => `items.${item.id}.${f}`;
      const brandItem = item.id === BRAND;
      await page.check(`input[name="${name("preferred")}"][value="${brandItem ? brand.preferred : "3"}"]`);
      await page.check(`input[name="${name("importance")}"][value="${brandItem ? "high" : "medium"}"]`);
      if (brandItem && brand.redLine) await page.check(`input[name="${name("redLine")}"]`);
      if (brandItem && brand.note) {
        await page.fill(`textarea[name="${name("note")}"]`, brand.note);
        await page.getByLabel("Share my note with the lead").first().check();
      }
    }
    if (index === 0 && label) await visit(page, `${label}-section`);
    await page.getByRole("button", { name: "Save and continue" }).click();
  }
  // No figures for a respondent: straight to checking their answers.
  await expect
    .poll(() => page.locator("h1").textContent(), { timeout: 30_000 })
    .toBe("Check your answers before you submit");
  if (label) await visit(page, `${label}-review`);
  await page.getByLabel(/I confirm these are my final answers/).check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect
    .poll(() => page.locator("h2").allTextContents(), { timeout: 30_000 })
    .toContain("You have submitted your answers");
}

export function describeBoardJourney(javaScript: boolean) {
  const label = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`a board answers together (${label})`, () => {
    const env = serverAndBrowser(launchBrowser);

    test(
      "three trustees answer alone; the lead sees the spread and submits; the report shows the disagreement",
      { timeout: 600_000 },
      async () => {
        const url = env.server().url;
        const created = await fetch(`${url}/api/v1/checks`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({
            title: "Family support, Lot 3",
            vcsName: "Helping Hands",
            primeName: "BigCo",
            questionSet: "core",
          }),
        });
        const { links, tokens } = (await created.json()) as {
          links: { vcs: string; owner: string };
          tokens: { prime: string };
        };

        // The lead accepts the charity's invitation, gives the figures, and invites three trustees.
        const leadContext = await newContext(env.browser(), { javaScript });
        const lead = await leadContext.newPage();
        await lead.goto(links.vcs);
        await lead.getByRole("button", { name: "Accept and start" }).click();
        await lead.waitForURL(/\/vcs\?claimed=1$/);
        const base = lead.url().replace(/\?.*$/, "");
        await lead.goto(`${base}/section/facts`);
        for (const fact of questionnaire.facts.filter((f) => f.side === "vcs" && !f.optional)) {
          await lead.getByLabel(fact.label, { exact: true }).fill(String(HEALTHY_FACTS.vcs[fact.id]));
        }
        await lead.getByRole("button", { name: "Save and come back later" }).click();
        await lead.waitForURL(/\/vcs\?saved=1$/);
        await lead.getByRole("link", { name: "Invite people to answer" }).click();
        await expect.poll(() => lead.locator("h1").textContent()).toBe("People answering for Helping Hands");
        await visit(lead, `${label}-board-respondents-empty`);
        const invitations: string[] = [];
        for (const role of ["Chair", "Treasurer", "Trustee"]) {
          await lead.getByLabel("Their role (optional)").fill(role);
          await lead.getByRole("button", { name: "Make an invitation" }).click();
          await expect.poll(() => lead.locator(".success-banner h2").textContent()).toContain(role);
          invitations.push(await lead.locator("#new-invitation").inputValue());
        }
        await visit(lead, `${label}-board-respondents`);

        // Each trustee, in a browser of their own: two want to keep the charity's own brand, one would rebrand.
        const trustees = [
          { preferred: "1", redLine: true, note: "Families find us by our name." },
          { preferred: "1", redLine: true },
          { preferred: "4", redLine: false },
        ];
        for (const [n, brand] of trustees.entries()) {
          const context = await newContext(env.browser(), { javaScript, width: n === 0 ? 390 : 1280 });
          const page = await context.newPage();
          await page.goto(invitations[n]!);
          if (n === 0) await visit(page, `${label}-board-invitation`);
          await page.getByRole("button", { name: "Accept and start" }).click();
          await page.waitForURL(/\/vcs-respondent\?claimed=1$/);
          if (n === 0) await visit(page, `${label}-board-respondent-home`);
          // The respondent's own link is shown once; nothing of the lead's pages is theirs.
          await expect.poll(() => page.locator("#own-link").count()).toBe(1);
          await answerAsTrustee(page, brand, n === 0 ? `${label}-board-respondent` : "");
          const leadHome = await page.goto(base);
          expect(leadHome?.status()).toBe(403);
          await context.close();
        }

        // The lead: three have submitted, so the spread shows; who said what does not.
        await lead.goto(`${base}/board`);
        await expect.poll(() => lead.locator("h1").textContent()).toBe("The board’s answer");
        const board = (await lead.locator("main").textContent()) ?? "";
        expect(board).toContain("Families find us by our name.");
        for (const name of ["Chair", "Treasurer", "Trustee"]) expect(board).not.toContain(name);
        await expect.poll(() => lead.locator("svg[role=img]").count()).toBeGreaterThan(0);
        await visit(lead, `${label}-board-answer`);
        await lead.getByRole("button", { name: "Submit Helping Hands’s answers" }).click();
        await expect.poll(() => lead.locator(".error-summary").count()).toBe(1);
        await lead.getByLabel(/I confirm this is the side’s considered answer/).check();
        await lead.getByRole("button", { name: "Submit Helping Hands’s answers" }).click();
        await lead.waitForURL((u) => u.pathname.endsWith("/vcs"), { timeout: 30_000 });

        // The prime answers through the API.
        const claimed = await fetch(`${url}/api/v1/invitations/claim`, {
          method: "POST",
          headers: { Authorization: `Bearer ${tokens.prime}` },
        });
        const prime = ((await claimed.json()) as { token: string }).token;
        const answers: Record<string, unknown> = {};
        for (const d of questionnaire.dimensions) {
          for (const item of d.items) {
            answers[item.id] = toApiAnswer({
              preferred: item.id === BRAND ? 4 : 3,
              acceptable: { min: item.id === BRAND ? 3 : 2, max: item.id === BRAND ? 5 : 4 },
              importance: "medium",
              redLine: false,
            });
          }
        }
        const put = await fetch(`${url}/api/v1/answers`, {
          method: "PUT",
          headers: { Authorization: `Bearer ${prime}`, "Content-Type": "application/json" },
          body: JSON.stringify({ answers, facts: HEALTHY_FACTS.prime }),
        });
        expect(put.status).toBe(200);
        const submitted = await fetch(`${url}/api/v1/answers/submit`, {
          method: "POST",
          headers: { Authorization: `Bearer ${prime}` },
        });
        expect(submitted.status).toBe(200);

        // The report says the board did not agree, and shows where its members stand.
        await lead.goto(`${base}/report`);
        const report = (await lead.locator("main").textContent()) ?? "";
        expect(report).toContain("How each side answered");
        expect(report).toContain("Helping Hands: answered by 3 people");
        expect(report).toMatch(/The board does not agree/i);
        await visit(lead, `${label}-board-report`);
        await leadContext.close();
      },
    );
  });
}
