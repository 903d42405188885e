/**
 * Two people answering on one side's link (here two tabs of one session) never
 * overwrite each other silently: a stale save is refused showing both answers,
 * with and without JavaScript. Then the side submits and can see what it sent.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { HEALTHY_FACTS } from "../fixtures";
import { expectAccessible, launchBrowser, newContext, screenshot, serverAndBrowser } from "./support/browser";
import { hasChromium } from "./support/chromium";

const questionnaire = currentQuestionnaire();
const brandSection = questionnaire.dimensions.find((d) => d.items.some((i) => i.id === "brand-delivery"))!;

async function startAsCharity(page: Page, url: string) {
  const created = await fetch(`${url}/api/v1/checks`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ title: "Two people", vcsName: "Helping Hands", primeName: "BigCo" }),
  });
  const { links } = (await created.json()) as { links: { vcs: string } };
  await page.goto(links.vcs);
  await page.getByRole("button", { name: "Accept and start" }).click();
  await page.waitForURL(/\/vcs\?claimed=1$/);
  return page.url().replace(/\?.*$/, "");
}

for (const javaScript of [false, true]) {
  const label = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`two people on one side's link (${label})`, () => {
    const env = serverAndBrowser(launchBrowser);

    test("a stale save is refused showing both answers; saving again keeps it", { timeout: 180_000 }, async () => {
      const context = await newContext(env.browser(), { javaScript, width: 390 });
      const first = await context.newPage();
      const base = await startAsCharity(first, env.server().url);
      const second = await context.newPage();
      const section = `${base}/section/${brandSection.id}`;
      await first.goto(section);
      await second.goto(section);

      await first.check('input[name="items.brand-delivery.preferred"][value="2"]');
      await first.check('input[name="items.brand-delivery.importance"][value="high"]');
      await first.getByRole("button", { name: "Save and continue" }).click();
      await first.waitForURL((url) => !url.pathname.endsWith(brandSection.id));

      // The second tab still shows the page as it was, and answers the same question differently.
      await second.check('input[name="items.brand-delivery.preferred"][value="4"]');
      await second.check('input[name="items.brand-delivery.acceptable"][value="5"]');
      await second.check('input[name="items.brand-delivery.importance"][value="low"]');
      if (javaScript) {
        await expect
          .poll(() => second.locator(".saved-status").textContent(), { timeout: 30_000 })
          .toMatch(/changed by someone else on your side/);
      }
      await second.getByRole("button", { name: "Save and continue" }).click();
      await expect.poll(() => second.locator(".conflict").count(), { timeout: 30_000 }).toBe(1);
      const notice = (await second.locator(".conflict").textContent()) ?? "";
      expect(notice).toMatch(/Saved now.*Preferred: 2\./);
      expect(notice).toMatch(/Your answer, still on this page.*Preferred: 4\./);
      expect(await second.locator(".error-summary").textContent()).toMatch(/Question \d+: Someone else on your side/);
      // What the second person typed is still there.
      expect(await second.isChecked('input[name="items.brand-delivery.preferred"][value="4"]')).toBe(true);
      await expectAccessible(second);
      await screenshot(second, `${label}-two-people-conflict`);

      // Saving again keeps the second person's answer, now knowingly.
      await second.getByRole("button", { name: "Save and continue" }).click();
      await second.waitForURL((url) => !url.pathname.endsWith(brandSection.id), { timeout: 30_000 });
      await first.goto(section);
      expect(await first.isChecked('input[name="items.brand-delivery.preferred"][value="4"]')).toBe(true);
    });

    test(
      "after submitting, the side sees exactly what it submitted and can download it",
      { timeout: 180_000 },
      async () => {
        const context = await newContext(env.browser(), { javaScript });
        const page = await context.newPage();
        const base = await startAsCharity(page, env.server().url);
        // Answer everything through the API with this side's session cookie is not possible; use the pages.
        for (const dimension of questionnaire.dimensions) {
          await page.goto(`${base}/section/${dimension.id}`);
          for (const item of dimension.items) {
            await page.check(`input[name="items.${item.id}.preferred"][value="3"]`);
            await page.check(`input[name="items.${item.id}.importance"][value="medium"]`);
          }
          await page.getByRole("button", { name: "Save and continue" }).click();
          await page.waitForURL((url) => !url.pathname.endsWith(`/${dimension.id}`));
        }
        await page.goto(`${base}/section/facts`);
        expect(await page.locator("main").textContent()).toContain("Who sees these figures");
        for (const fact of questionnaire.facts.filter((f) => f.side === "vcs" && !f.optional)) {
          const value = HEALTHY_FACTS.vcs[fact.id]!;
          // As people type figures: thousands separators and units are fine.
          await page
            .getByLabel(fact.label, { exact: true })
            .fill(value >= 1000 ? value.toLocaleString("en-GB") : String(value));
        }
        await page.locator('input[name="factFindingOnly.reservesMonths"]').check();
        await expectAccessible(page);
        await screenshot(page, `${label}-facts-finding-only`);
        await page.getByRole("button", { name: "Save and continue" }).click();
        await expect.poll(() => page.locator("h1").textContent()).toBe("Check your answers before you submit");
        expect(await page.locator("main").textContent()).toMatch(/Preferred: 3\. /);
        await page.getByLabel(/I confirm these are/).check();
        await page.getByRole("button", { name: "Submit answers" }).click();
        await page.waitForURL(/\/vcs$/);
        await page.getByRole("link", { name: /See, print or download what Helping Hands submitted/ }).click();
        await expect.poll(() => page.locator("h1").textContent()).toBe("What Helping Hands submitted");
        expect(await page.locator("main").textContent()).toMatch(/Question 1.*Preferred: 3\. /);
        await expectAccessible(page);
        await screenshot(page, `${label}-submitted`);
        const download = await context.request.get(`${base}/submitted/json`);
        expect(download.status()).toBe(200);
        const body = (await download.json()) as { facts: Record<string, number> };
        expect(body.facts.reservesMonths).toBe(HEALTHY_FACTS.vcs.reservesMonths);
      },
    );
  });
}
