/**
 * A stakeholder review year on year (issue 20), in real Chromium, once with and once without JavaScript
 * (stakeholder-rounds-js.test.ts, stakeholder-rounds-no-js.test.ts). Round 1 is run and closed through the API: three
 * GP practices and three council officers answer, one resident (below three, so never shown) and the provider. The
 * commissioner opens its link, starts round 2 from the closed review's page and lands on the new round with its own
 * link shown once; the provider accepts round 2's invitation, stakeholders answer (through the API), the
 * commissioner closes it on its page, compares the two rounds, and deletes round 2 after saying yes; round 1 then
 * starts another round 2, from its own page. Axe and
 * screenshots (desktop and 390 px) on each new page.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentStakeholderQuestionnaire, statementsOf } from "~/domain/stakeholder";
import { expectAccessible, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";

const TIMEOUT = { timeout: 30_000 };
const ids = statementsOf(currentStakeholderQuestionnaire()).map((s) => s.id);
const heading = (page: Page) => page.locator("h1").textContent();
const tokenOf = (url: string) => url.split("/i/")[1] as string;

/** The JSON API of a running server, with a review role's bearer token. */
function apiOf(base: string) {
  const call = async <T = Record<string, unknown>>(method: string, path: string, token?: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  };
  const claim = async (token: string) =>
    (await call<{ token: string }>("POST", "/api/v1/invitations/claim", token)).token;
  const answer = async (token: string, value: number, words: string) => {
    await call("PUT", "/api/v1/stakeholder-review/answers", token, {
      ratings: Object.fromEntries(ids.map((id) => [id, value])),
      text: { "change-service": words },
    });
    await call("POST", "/api/v1/stakeholder-review/answers/submit", token);
  };
  /** `count` stakeholders of the group at index `group` answer every statement `value`. */
  const answers = async (runner: string, group: number, count: number, value: number, words: string) => {
    const { groups } = await call<{ groups: Array<{ id: string }> }>("GET", "/api/v1/stakeholder-review", runner);
    const made = await call<{ tokens: string[] }>("POST", "/api/v1/stakeholder-review/invitations", runner, {
      groupId: groups[group]!.id,
      level: "operational",
      count,
    });
    for (const token of await Promise.all(made.tokens.map(claim))) await answer(token, value, words);
  };
  return { call, claim, answer, answers };
}

export function describeStakeholderRoundsJourney(javaScript: boolean) {
  const mode = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`a stakeholder review year on year (${mode})`, () => {
    const env = serverAndBrowser();

    async function visit(page: Page, name: string) {
      await expectAccessible(page);
      await screenshot(page, `stakeholder-rounds-${mode}-${name}`);
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: 390, height: 844 });
      await expectAccessible(page);
      await screenshot(page, `stakeholder-rounds-${mode}-${name}-phone`);
      await page.setViewportSize(size);
    }

    test("round 2 is started, answered and closed, compared with round 1, and deleted", async () => {
      const base = env.server().url;
      const api = apiOf(base);
      const created = await api.call<{ id: string; tokens: { commissioner: string; provider: string } }>(
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
      const provider1 = await api.claim(created.tokens.provider);
      await api.call("POST", "/api/v1/stakeholder-review/confirm", provider1);
      await api.answers(created.tokens.commissioner, 0, 3, 2, "Come to practice meetings");
      await api.answers(created.tokens.commissioner, 1, 3, 4, "Bring evidence earlier");
      await api.answers(created.tokens.commissioner, 2, 1, 1, "Words from the only resident");
      await api.answer(provider1, 5, "");
      await api.call("POST", "/api/v1/stakeholder-review/close", created.tokens.commissioner);

      const context = await newContext(env.browser(), { javaScript });
      const page = await context.newPage();
      await page.goto(`${base}/i/${created.tokens.commissioner}`);
      await expect.poll(() => heading(page), TIMEOUT).toBe("Healthwatch Eastshire");
      const first = new URL(page.url()).pathname;
      expect(await page.getByRole("link", { name: "Compare it year on year" }).count()).toBe(1);
      await visit(page, "closed-dashboard");

      // Round 1 alone: the page says there is nothing to compare yet.
      await page.getByRole("link", { name: "Compare it year on year" }).click();
      await expect.poll(() => heading(page), TIMEOUT).toBe("Year on year");
      expect(await page.locator("main").textContent()).toContain("Once two rounds are closed");
      await visit(page, "one-round");

      // Round 2, started from the year-on-year page.
      await page.getByRole("button", { name: "Start next year’s review" }).click();
      await page.waitForURL(/\/stakeholder-reviews\/[^/?]+\?started=1$/, TIMEOUT);
      await expect
        .poll(() => page.locator(".success-banner h2").first().textContent(), TIMEOUT)
        .toBe("Next year’s review has been started: round 2");
      const second = new URL(page.url()).pathname;
      expect(second).not.toBe(first);
      const commissioner2 = tokenOf(await page.getByLabel("Your link to this page").inputValue());
      const invitation = await page.getByLabel("Invitation for Eastshire Community Voice").inputValue();
      await visit(page, "started");
      // Shown once: not after a reload.
      await page.reload();
      expect(await page.getByLabel("Your link to this page").count()).toBe(0);

      const provider2 = await api.claim(tokenOf(invitation));
      await api.call("POST", "/api/v1/stakeholder-review/confirm", provider2);
      await api.answers(commissioner2, 0, 3, 4, "Much better at practice meetings");
      await api.answers(commissioner2, 1, 3, 3, "Still late with evidence");
      await api.answers(commissioner2, 2, 3, 5, "Residents heard this year");

      // The commissioner closes round 2 on its page, then compares.
      await page.goto(`${base}${second}/close`);
      await page.getByLabel("Yes, close it").check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL(new RegExp(`${second}\\?closed=1$`), TIMEOUT);
      await page.getByRole("link", { name: "Compare it year on year" }).click();
      await expect.poll(() => heading(page), TIMEOUT).toBe("Year on year");
      expect(await page.getByRole("img", { name: /^Theme scores round by round/ }).count()).toBe(1);
      const moved = page.locator("main");
      expect(await page.getByRole("table", { name: "GP practices, 1 to 5" }).textContent()).toContain("Up 2.0");
      expect(await page.getByRole("table", { name: "Council officers, 1 to 5" }).textContent()).toContain("Down 1.0");
      // Residents were below three in round 1: compared nowhere.
      expect(await page.getByRole("table", { name: /^Residents/ }).count()).toBe(0);
      expect(await moved.textContent()).not.toContain("only resident");
      await page.getByText("Show this chart as a table").click();
      await visit(page, "compared");

      // The commissioner deletes round 2: a first Continue without an answer is refused.
      await page.goto(`${base}${second}`);
      await page.getByRole("link", { name: "Delete this review" }).click();
      await expect.poll(() => heading(page), TIMEOUT).toBe("Delete this review?");
      await visit(page, "delete");
      await page.getByRole("button", { name: "Continue" }).click();
      await expect.poll(() => page.locator(".error-summary").count(), TIMEOUT).toBe(1);
      await visit(page, "delete-error");
      await page.getByLabel("Yes, delete it").check();
      await page.getByRole("button", { name: "Continue" }).click();
      await page.waitForURL(/\/stakeholder-reviews\/deleted$/, TIMEOUT);
      await expect.poll(() => heading(page), TIMEOUT).toBe("The review has been deleted");
      await visit(page, "deleted");

      // Round 1 stays, and can start next year's again: this time from its own page.
      await page.goto(`${base}${first}/rounds`);
      await expect.poll(() => heading(page), TIMEOUT).toBe("Year on year");
      expect(
        await page.getByRole("table", { name: "The yearly rounds of this review" }).locator("tbody tr").count(),
      ).toBe(1);
      await page.goto(`${base}${first}`);
      await page.getByRole("button", { name: "Start next year’s review" }).click();
      await page.waitForURL(/\/stakeholder-reviews\/[^/?]+\?started=1$/, TIMEOUT);
      await expect
        .poll(() => page.locator(".success-banner h2").first().textContent(), TIMEOUT)
        .toBe("Next year’s review has been started: round 2");
      await context.close();
    }, 300_000);
  });
}
