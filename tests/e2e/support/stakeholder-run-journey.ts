/**
 * Running a stakeholder review (issue 20), in real Chromium, once with and once without JavaScript
 * (stakeholder-run-js.test.ts, stakeholder-run-no-js.test.ts): the commissioner starts the review from the home page
 * (a first try with the service's name left out is refused, with what was typed kept), copies the provider's
 * invitation from its page; the provider accepts it in another browser and confirms; the commissioner invites
 * three GP practices at operational level and makes an open link for council officers, each read from the page it
 * is shown on once, and then closes the review after saying yes. Every page gets an axe scan and a screenshot, at desktop width and at 390 px.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { expectAccessible, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";

const TIMEOUT = { timeout: 30_000 };
const heading = (page: Page) => page.locator("h1").textContent();

export function describeStakeholderRunJourney(javaScript: boolean) {
  const mode = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`running a stakeholder review (${mode})`, () => {
    const env = serverAndBrowser();

    async function visit(page: Page, name: string) {
      await expectAccessible(page);
      await screenshot(page, `stakeholder-run-${mode}-${name}`);
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: 390, height: 844 });
      await expectAccessible(page);
      await screenshot(page, `stakeholder-run-${mode}-${name}-phone`);
      await page.setViewportSize(size);
    }

    test("the commissioner starts it, the provider accepts and confirms, and stakeholders are invited", async () => {
      const base = env.server().url;
      const commissionerContext = await newContext(env.browser(), { javaScript });
      const commissioner = await commissionerContext.newPage();
      await commissioner.goto(base);
      await commissioner.getByRole("link", { name: "Start a stakeholder review" }).click();
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe("Start a stakeholder review");
      expect(await commissioner.getByLabel("Stakeholder groups").inputValue()).toContain("GP practices");
      await visit(commissioner, "new");

      // The service's name left out: refused, the rest kept.
      await commissioner.getByLabel("Name of the provider").fill("Eastshire Community Voice");
      await commissioner.getByLabel("Name of the commissioner").fill("Eastshire County Council");
      await commissioner.getByLabel("The commissioner", { exact: true }).check();
      await commissioner.getByRole("button", { name: "Create the review" }).click();
      await expect.poll(() => commissioner.locator(".error-summary").count(), TIMEOUT).toBe(1);
      expect(await commissioner.locator(".error-summary").textContent()).toContain("Enter the name of the service");
      expect(await commissioner.getByLabel("Name of the provider").inputValue()).toBe("Eastshire Community Voice");
      expect(await commissioner.getByLabel("The commissioner", { exact: true }).isChecked()).toBe(true);
      await visit(commissioner, "new-error");

      await commissioner.getByLabel("What is the service called?").fill("Healthwatch Eastshire");
      await commissioner.getByRole("button", { name: "Create the review" }).click();
      await commissioner.waitForURL(/\/stakeholder-reviews\/[^/?]+\?created=1$/, TIMEOUT);
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe("Healthwatch Eastshire");
      const home = new URL(commissioner.url()).pathname;
      expect(await commissioner.getByLabel("Your link to this page").inputValue()).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
      const invitation = await commissioner.getByLabel("Invitation for Eastshire Community Voice").inputValue();
      expect(invitation).toMatch(/^http:\/\/[^/]+\/i\/[A-Za-z0-9_-]+$/);
      // Nobody can be invited yet.
      expect(await commissioner.getByRole("button", { name: "Make the invitations" }).count()).toBe(0);
      await visit(commissioner, "created");

      // The provider, in a browser of its own.
      const providerContext = await newContext(env.browser(), { javaScript });
      const provider = await providerContext.newPage();
      await provider.goto(invitation);
      await expect
        .poll(() => heading(provider), TIMEOUT)
        .toBe("You are invited to run the stakeholder review of Healthwatch Eastshire with Eastshire County Council");
      await visit(provider, "invitation");
      await provider.getByRole("button", { name: "Accept" }).click();
      await provider.waitForURL(/\/stakeholder-reviews\/[^/?]+\?claimed=1$/, TIMEOUT);
      expect(await provider.getByLabel("Your link to this page").inputValue()).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
      await visit(provider, "accepted");
      await provider.getByRole("button", { name: "Confirm we are running this review together" }).click();
      await provider.waitForURL(/\?confirmed=1$/, TIMEOUT);
      await expect
        .poll(
          () => provider.getByRole("button", { name: "Confirm we are running this review together" }).count(),
          TIMEOUT,
        )
        .toBe(0);
      // The provider cannot close the review.
      expect(await provider.getByRole("button", { name: "Close the review to answers" }).count()).toBe(0);

      // The commissioner invites three GP practices, at operational level.
      await commissioner.goto(`${base}${home}`);
      await commissioner.getByLabel("Stakeholder group", { exact: true }).selectOption({ label: "GP practices" });
      await commissioner.getByLabel("Operational", { exact: true }).check();
      await commissioner.getByLabel("How many invitations?").fill("3");
      await visit(commissioner, "confirmed");
      await commissioner.getByRole("button", { name: "Make the invitations" }).click();
      await commissioner.waitForURL(/\?invited=/, TIMEOUT);
      await expect
        .poll(() => commissioner.locator(".success-banner h2").textContent(), TIMEOUT)
        .toBe("3 invitations made for GP practices (operational)");
      // The form starts afresh, so a second press does not make three more by accident.
      expect(await commissioner.getByLabel("How many invitations?").inputValue()).toBe("1");
      const invitations = await Promise.all(
        [1, 2, 3].map((n) => commissioner.getByLabel(`Invitation ${n}`, { exact: true }).inputValue()),
      );
      expect(new Set(invitations).size).toBe(3);
      for (const link of invitations) expect(link).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
      const gpRow = commissioner.getByRole("row", { name: /GP practices/ });
      await expect
        .poll(async () => (await gpRow.getByRole("cell").allTextContents()).slice(0, 2), TIMEOUT)
        .toEqual(["3", "0"]);
      await visit(commissioner, "invited");

      // An open link for council officers, shown once.
      await commissioner.getByRole("button", { name: "Make an open link for Council officers" }).click();
      await commissioner.waitForURL(/\?open=/, TIMEOUT);
      const openLink = await commissioner.getByLabel("Open link for Council officers").inputValue();
      expect(openLink).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
      expect(openLink).not.toBe(invitations[0]);
      await visit(commissioner, "open-link");
      await commissioner.goto(`${base}${home}`);
      expect(await commissioner.getByLabel("Open link for Council officers").count()).toBe(0);
      expect(
        await commissioner.getByRole("button", { name: "Replace the open link for Council officers" }).count(),
      ).toBe(1);

      // The close page asks first.
      await commissioner.getByRole("button", { name: "Close the review to answers" }).click();
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe("Close the review to answers?");
      await visit(commissioner, "close");
      await commissioner.getByLabel("Yes, close it").check();
      await commissioner.getByRole("button", { name: "Continue" }).click();
      await commissioner.waitForURL(/\?closed=1$/, TIMEOUT);
      await expect.poll(() => commissioner.getByRole("link", { name: "Read the results" }).count(), TIMEOUT).toBe(1);
      expect(await commissioner.getByRole("button", { name: "Make the invitations" }).count()).toBe(0);
      await visit(commissioner, "closed");

      await commissionerContext.close();
      await providerContext.close();
    }, 240_000);
  });
}
