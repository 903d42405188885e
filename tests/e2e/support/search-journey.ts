/**
 * A prime screens candidates (issue 17), in real Chromium, once with and once
 * without JavaScript (search-js.test.ts, search-no-js.test.ts, so the two run
 * in parallel): the prime starts a partner search and answers its side once;
 * two organisations apply through the open link, each in a browser of its own,
 * and answer; the dashboard ranks them (the close fit first), the prime
 * compares them and downloads the shortlist. Neither candidate can open the
 * other's pages or the dashboard. Every new page gets an axe scan and a
 * screenshot. The search asks the short core set, so three sides answering
 * every page stays within a loaded CI machine's time.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire, selectQuestions } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { HEALTHY_FACTS } from "../../fixtures";
import { expectAccessible, launchBrowser, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";

const questionnaire = selectQuestions(currentQuestionnaire(), "core");
const BRAND = "brand-delivery";
const TIMEOUT = { timeout: 30_000 };

async function visit(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, name);
}

const heading = (page: Page) => page.locator("h1").textContent();

/**
 * Answers a side's every page: `position` everywhere (able to accept one either way), and on the brand question
 * the organisation's red line where `brandRedLine` is set.
 */
async function answerSide(page: Page, side: Side, position: number, options: { brandRedLine?: boolean } = {}) {
  await page.getByRole("button", { name: "Start answering" }).click();
  for (const dimension of questionnaire.dimensions) {
    await expect.poll(() => heading(page), TIMEOUT).toBe(dimension.title);
    for (const item of dimension.items) {
      const name = (f: string) => `items.${item.id}.${f}`;
      await page.check(`input[name="${name("preferred")}"][value="${position}"]`);
      const brand = item.id === BRAND && options.brandRedLine;
      await page.check(`input[name="${name("importance")}"][value="${brand ? "high" : "medium"}"]`);
      if (brand) await page.check(`input[name="${name("redLine")}"]`);
    }
    await page.getByRole("button", { name: "Save and continue" }).click();
  }
  await expect.poll(() => heading(page), TIMEOUT).toBe("Facts and figures");
  for (const fact of questionnaire.facts.filter((f) => f.side === side && !f.optional)) {
    await page.getByLabel(fact.label, { exact: true }).fill(String(HEALTHY_FACTS[side][fact.id]));
  }
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect.poll(() => heading(page), TIMEOUT).toBe("Check your answers before you submit");
  await page.getByLabel(/I confirm these are/).check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.waitForURL(new RegExp(`/checks/[A-Za-z0-9_-]+/${side}$`), TIMEOUT);
}

/** One organisation applies through the open link in a browser of its own, and answers. */
async function applyAndAnswer(
  context: BrowserContext,
  applyLink: string,
  organisation: { name: string; email: string; position: number; brandRedLine?: boolean },
  shots: string | null,
) {
  const page = await context.newPage();
  await page.goto(applyLink);
  await expect.poll(() => heading(page), TIMEOUT).toMatch(/^Apply: /);
  // What the candidate is told before it commits: the prime sees nothing until it submits.
  expect((await page.locator("main").textContent()) ?? "").toMatch(/submit/i);
  if (shots) await visit(page, `${shots}-apply`);
  await page.getByRole("button", { name: "Apply and start answering" }).click();
  await expect.poll(() => page.locator(".error-summary").count(), TIMEOUT).toBe(1);
  if (shots) await visit(page, `${shots}-apply-errors`);
  await page.getByLabel("Your organisation’s name").fill(organisation.name);
  await page.getByLabel("Email address for this application").fill(organisation.email);
  await page.getByRole("button", { name: "Apply and start answering" }).click();
  await page.waitForURL(/\/checks\/[A-Za-z0-9_-]+\/vcs$/, TIMEOUT);
  const base = page.url();
  if (shots) await visit(page, `${shots}-candidate-home`);
  await answerSide(page, "vcs", organisation.position, { brandRedLine: organisation.brandRedLine ?? false });
  return { page, base };
}

export function describeSearchJourney(javaScript: boolean) {
  const label = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`a prime screens candidates (${label})`, () => {
    const env = serverAndBrowser(launchBrowser);

    test(
      "the prime answers once; two organisations apply and answer; the dashboard ranks, compares and exports",
      { timeout: 600_000 },
      async () => {
        // The prime starts the search through the pages.
        const primeContext = await newContext(env.browser(), { javaScript });
        const prime = await primeContext.newPage();
        await prime.goto(`${env.server().url}/searches/new`);
        await expect.poll(() => heading(prime), TIMEOUT).toBe("Start a partner search");
        await prime.getByRole("button", { name: "Start the search" }).click();
        await expect.poll(() => prime.locator(".error-summary").count(), TIMEOUT).toBe(1);
        await visit(prime, `${label}-search-new-errors`);
        await prime.getByLabel("Name of the opportunity").fill("Employment support, Kent and Medway");
        await prime.getByLabel("Your organisation’s name").fill("Acme Prime");
        await prime.getByLabel(/short core set/).check();
        await prime.getByRole("button", { name: "Start the search" }).click();
        await prime.waitForURL(/\/searches\/[A-Za-z0-9_-]{16}$/, TIMEOUT);
        const dashboard = prime.url();
        await expect.poll(() => heading(prime), TIMEOUT).toBe("Employment support, Kent and Medway");
        await visit(prime, `${label}-search-dashboard-empty`);

        // The prime answers its side once, for every candidate.
        await prime.getByRole("link", { name: "Answer your side" }).click();
        await prime.waitForURL(/\/checks\/[A-Za-z0-9_-]+\/prime$/, TIMEOUT);
        await answerSide(prime, "prime", 3);
        await prime.goto(dashboard);
        await expect.poll(() => heading(prime), TIMEOUT).toBe("Employment support, Kent and Medway");
        const applyLink = await prime.locator("#apply-link").inputValue(TIMEOUT);
        expect(applyLink).toMatch(/\/apply\/[0-9A-Z]{10}$/);

        // Two organisations apply, each in a browser of its own: one close to the prime, one far from it.
        const closeContext = await newContext(env.browser(), { javaScript, width: 390 });
        const close = await applyAndAnswer(
          closeContext,
          applyLink,
          { name: "Close Fit Trust", email: "bids@closefit.example.org", position: 3 },
          `${label}-search`,
        );
        const farContext = await newContext(env.browser(), { javaScript });
        const far = await applyAndAnswer(
          farContext,
          applyLink,
          { name: "Far Apart CIC", email: "hello@farapart.example.org", position: 1, brandRedLine: true },
          null,
        );

        // Sealed between candidates: neither can open the other's pages or the prime's dashboard.
        expect((await far.page.goto(close.base))?.status()).toBe(403);
        expect((await far.page.goto(dashboard))?.status()).toBe(403);

        // Once both have submitted, each candidate sees the prime's answers in its report.
        await close.page.goto(`${close.base}/report`);
        await expect.poll(() => close.page.locator("main").textContent(), TIMEOUT).toContain("Acme Prime");
        await visit(close.page, `${label}-search-candidate-report`);
        await closeContext.close();

        // The dashboard ranks them: the close fit first, the red line last.
        await prime.goto(dashboard);
        const rows = prime.locator("table:has(caption:text('Candidates')) tbody tr");
        await expect.poll(() => rows.count(), TIMEOUT).toBe(2);
        expect(await rows.nth(0).textContent()).toContain("Close Fit Trust");
        expect(await rows.nth(1).textContent()).toContain("Far Apart CIC");
        await expect.poll(() => prime.locator("svg[role=img]").count(), TIMEOUT).toBeGreaterThan(0);
        await visit(prime, `${label}-search-dashboard`);

        // Filters: no dealbreakers leaves only the close fit.
        await prime.getByLabel("No dealbreakers").check();
        await prime.getByRole("button", { name: "Apply filters" }).click();
        await expect.poll(() => rows.count(), TIMEOUT).toBe(1);
        expect(await rows.nth(0).textContent()).toContain("Close Fit Trust");
        await prime.goto(dashboard);

        // Compare the two side by side.
        await prime.getByLabel("Compare Close Fit Trust").check();
        await prime.getByLabel("Compare Far Apart CIC").check();
        await prime.getByRole("button", { name: "Compare selected" }).click();
        await expect.poll(() => heading(prime), TIMEOUT).toBe("Compare candidates");
        const compared = (await prime.locator("main").textContent()) ?? "";
        expect(compared).toContain("Close Fit Trust");
        expect(compared).toContain("Far Apart CIC");
        await visit(prime, `${label}-search-compare`);

        // The full report of one candidate.
        await prime.goto(dashboard);
        await prime.getByRole("link", { name: "Close Fit Trust" }).first().click();
        await expect.poll(() => prime.locator("main").textContent(), TIMEOUT).toContain("Close Fit Trust");
        await visit(prime, `${label}-search-candidate`);

        // The shortlist as CSV, with the browser's own session.
        await prime.goto(dashboard);
        const href = await prime.getByRole("link", { name: /Download the shortlist/ }).getAttribute("href");
        expect(href).toBeTruthy();
        const csv = await primeContext.request.get(new URL(href!, dashboard).toString());
        expect(csv.status()).toBe(200);
        expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
        const lines = (await csv.text()).trim().split(/\r?\n/);
        expect(lines.length).toBeGreaterThanOrEqual(3);
        expect(lines.findIndex((l) => l.includes("Close Fit Trust"))).toBeLessThan(
          lines.findIndex((l) => l.includes("Far Apart CIC")),
        );

        // A candidate withdraws: its answers are deleted, and the prime's dashboard no longer lists it.
        await far.page.goto(far.base);
        await far.page.getByRole("link", { name: "Withdraw your application" }).click();
        await expect.poll(() => heading(far.page), TIMEOUT).toBe("Withdraw your application");
        await visit(far.page, `${label}-search-withdraw`);
        await far.page.getByLabel("I want to withdraw and delete our answers").check();
        await far.page.getByRole("button", { name: "Withdraw and delete" }).click();
        await far.page.waitForURL(/\/withdrawn$/, TIMEOUT);
        await farContext.close();
        await prime.goto(dashboard);
        await expect.poll(() => rows.count(), TIMEOUT).toBe(1);
        expect(await rows.nth(0).textContent()).toContain("Close Fit Trust");
        await primeContext.close();
      },
    );
  });
}
