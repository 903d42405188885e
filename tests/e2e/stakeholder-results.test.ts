/**
 * A stakeholder review's results page in real Chromium, without JavaScript (the page ships none): a review run
 * through the API with six stakeholders in two groups shown and one below three; the commissioner opens its own
 * link and reads the results and the discussion guide, records a shared action, and removes it. Axe on each view;
 * screenshots at desktop and 390 px.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import { expectAccessible, newContext, screenshot, serverAndBrowser } from "./support/browser";
import { hasChromium } from "./support/chromium";

const TIMEOUT = { timeout: 30_000 };
const ids = statementsOf(currentStakeholderQuestionnaire()).map((s) => s.id);

async function call<T = Record<string, unknown>>(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const main = async (page: Page) => (await page.locator("main").textContent()) ?? "";

describe.skipIf(!hasChromium)("a stakeholder review's results (no JavaScript)", () => {
  const env = serverAndBrowser();

  test("the commissioner reads the results and the discussion guide, and records a shared action", async () => {
    const base = env.server().url;
    const created = await call<{ id: string; tokens: { commissioner: string; provider: string } }>(
      base,
      "POST",
      "/api/v1/stakeholder-reviews",
      undefined,
      {
        service: "Healthwatch Eastshire",
        providerName: "Eastshire Community Voice",
        commissionerName: "Eastshire County Council",
        createdBy: "commissioner",
        groups: ["GP practices", "Council officers", "Residents' representatives"],
      },
    );
    const commissioner = created.tokens.commissioner;
    const claim = async (token: string) =>
      (await call<{ token: string }>(base, "POST", "/api/v1/invitations/claim", token)).token;
    const provider = await claim(created.tokens.provider);
    await call(base, "POST", "/api/v1/stakeholder-review/confirm", provider);
    const { groups } = await call<{ groups: Array<{ id: string }> }>(
      base,
      "GET",
      "/api/v1/stakeholder-review",
      commissioner,
    );
    const answer = async (token: string, value: number | null, words: string) => {
      await call(base, "PUT", "/api/v1/stakeholder-review/answers", token, {
        ratings: Object.fromEntries(ids.map((id) => [id, value])),
        text: { "change-service": words },
      });
      await call(base, "POST", "/api/v1/stakeholder-review/answers/submit", token);
    };
    const invite = async (groupId: string, level: string, count: number) =>
      (
        await call<{ tokens: string[] }>(base, "POST", "/api/v1/stakeholder-review/invitations", commissioner, {
          groupId,
          level,
          count,
        })
      ).tokens;
    for (const [i, token] of (
      await Promise.all((await invite(groups[0]!.id, "operational", 3)).map(claim))
    ).entries()) {
      await answer(token, 2, `Visit practice meetings ${i + 1}`);
    }
    for (const token of await Promise.all((await invite(groups[1]!.id, "strategic", 3)).map(claim))) {
      await answer(token, 4, "Bring evidence earlier in the budget cycle");
    }
    const [resident] = await Promise.all((await invite(groups[2]!.id, "strategic", 1)).map(claim));
    await answer(resident!, 1, "Words from the only resident who answered");
    await answer(provider, 5, "");
    await call(base, "POST", "/api/v1/stakeholder-review/close", commissioner);

    const context = await newContext(env.browser(), { javaScript: false });
    const page = await context.newPage();
    await page.goto(`${base}/i/${commissioner}`);
    await page.goto(`${base}/stakeholder-reviews/${created.id}/results`);
    await expect.poll(() => page.locator("h1").textContent(), TIMEOUT).toBe("Results and discussion guide");
    const text = await main(page);
    expect(text).toContain("Residents' representatives had fewer than 3");
    expect(text).not.toContain("only resident");
    expect(text).toContain("Bring evidence earlier in the budget cycle");
    expect(await page.getByRole("img", { name: /^Theme scores from 1/ }).count()).toBe(1);
    expect(await page.getByRole("heading", { name: "Where views differ: for the system discussion" }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, "stakeholder-results");
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, "stakeholder-results-phone");
    await page.setViewportSize({ width: 1280, height: 900 });

    // A shared action: a bad date is refused with what was typed kept, then recorded, then removed.
    await page.getByLabel("Another organisation’s").check();
    await page.getByLabel("Who will do it?").fill("Eastshire GP Federation");
    await page.getByLabel("What will they do?").fill("Invite the service to practice managers' meetings");
    await page.getByLabel("By when? (optional)").fill("next spring");
    await page.getByRole("button", { name: "Add the action" }).click();
    await expect.poll(() => page.locator(".error-summary").count(), TIMEOUT).toBe(1);
    expect(await page.getByLabel("Who will do it?").inputValue()).toBe("Eastshire GP Federation");
    await expectAccessible(page);
    await page.getByLabel("By when? (optional)").fill("2027-03-31");
    await page.getByRole("button", { name: "Add the action" }).click();
    await expect.poll(() => page.getByRole("table", { name: "Shared actions" }).count(), TIMEOUT).toBe(1);
    expect(await page.getByRole("table", { name: "Shared actions" }).textContent()).toContain("31 March 2027");
    await screenshot(page, "stakeholder-results-action");
    await page.getByRole("button", { name: "Remove the action for Eastshire GP Federation" }).click();
    await expect.poll(() => main(page), TIMEOUT).toContain("No actions recorded yet.");
    await context.close();
  }, 240_000);
});
