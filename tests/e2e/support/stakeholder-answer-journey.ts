/**
 * A stakeholder review's answering, in real Chromium, once with and once without JavaScript
 * (stakeholder-answer-js.test.ts, stakeholder-answer-no-js.test.ts). The review is set up through the API (the
 * commissioner creates it, the provider claims its invitation and confirms, the commissioner invites a GP and makes
 * the council officers' open link); a GP opens the invitation, accepts, answers every theme (one statement
 * "Don't know"), is refused a submission while statements are missing, finishes, checks the answers and submits;
 * a council officer joins through the open link on a phone, choosing a level after being asked to. Every page gets
 * an axe scan and a screenshot, desktop and 390 px.
 */
import type { Browser, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentStakeholderQuestionnaire } from "~/domain/stakeholder";
import { expectAccessible, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";

const questionnaire = currentStakeholderQuestionnaire();
const TIMEOUT = { timeout: 30_000 };

async function call<T>(base: string, method: string, path: string, token: string | null, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json().catch(() => null)) as T;
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** A running review with one GP's invitation and the council officers' open link. */
async function setUpReview(base: string) {
  const created = await call<{ id: string; tokens: { commissioner: string; provider: string } }>(
    base,
    "POST",
    "/api/v1/stakeholder-reviews",
    null,
    {
      service: "Healthwatch Eastshire",
      providerName: "Eastshire Community Voice",
      commissionerName: "Eastshire County Council",
      createdBy: "commissioner",
      groups: ["GP practices", "Council officers"],
    },
  );
  const commissioner = created.tokens.commissioner;
  const { token: provider } = await call<{ token: string }>(
    base,
    "POST",
    "/api/v1/invitations/claim",
    created.tokens.provider,
  );
  await call(base, "POST", "/api/v1/stakeholder-review/confirm", provider);
  const review = await call<{ groups: Array<{ id: string; name: string }> }>(
    base,
    "GET",
    "/api/v1/stakeholder-review",
    commissioner,
  );
  const [gps, council] = review.groups;
  const invited = await call<{ tokens: string[] }>(
    base,
    "POST",
    "/api/v1/stakeholder-review/invitations",
    commissioner,
    {
      groupId: gps!.id,
      level: "operational",
      count: 1,
    },
  );
  const open = await call<{ token: string }>(
    base,
    "POST",
    `/api/v1/stakeholder-review/groups/${council!.id}/open-link`,
    commissioner,
  );
  return { id: created.id, invitation: invited.tokens[0]!, openLink: open.token };
}

const heading = (page: Page) => page.locator("h1").textContent();

export function describeStakeholderAnswerJourney(javaScript: boolean) {
  const mode = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`a stakeholder answers a stakeholder review (${mode})`, () => {
    const env = serverAndBrowser();

    async function visit(page: Page, name: string) {
      await expectAccessible(page);
      await screenshot(page, `stakeholder-answer-${mode}-${name}`);
      const size = page.viewportSize()!;
      if (size.width !== 390) {
        await page.setViewportSize({ width: 390, height: 844 });
        await screenshot(page, `stakeholder-answer-${mode}-${name}-phone`);
        await expectAccessible(page);
        await page.setViewportSize(size);
      }
    }

    async function browse(browser: Browser, link: string, width?: number) {
      const context = await newContext(browser, { javaScript, ...(width ? { width } : {}) });
      const page = await context.newPage();
      await page.goto(link);
      return { context, page };
    }

    /** Chooses an answer for every statement on a theme's page, and saves it. */
    async function answerTheme(page: Page, label: string, next: RegExp) {
      const radios = page.getByRole("radio", { name: label, exact: true });
      const count = await radios.count();
      expect(count).toBeGreaterThan(0);
      for (let i = 0; i < count; i += 1) await radios.nth(i).check();
      await page.getByRole("button", { name: "Save and continue" }).click();
      await page.waitForURL(next, TIMEOUT);
    }

    test("a GP accepts an invitation, answers every theme, checks and submits; a council officer joins by the open link", async () => {
      const server = env.server().url;
      const { id, invitation, openLink } = await setUpReview(server);
      const base = `${server}/stakeholder-reviews/${id}/answer`;
      const themes = questionnaire.themes;

      const { context, page } = await browse(env.browser(), `${server}/i/${invitation}`);
      await expect
        .poll(() => heading(page), TIMEOUT)
        .toBe("You are invited to give your view of Healthwatch Eastshire");
      expect(await page.locator("main").textContent()).toContain("Nobody sees your answers as yours");
      await visit(page, "invitation");
      await page.getByRole("button", { name: "Accept and start" }).click();
      await page.waitForURL(new RegExp(`/stakeholder-reviews/${id}/answer\\?claimed=1$`), TIMEOUT);
      await expect.poll(() => heading(page), TIMEOUT).toBe("Healthwatch Eastshire");
      const ownLink = await page.getByLabel("Your own link").inputValue();
      expect(ownLink).toMatch(new RegExp(`^${server}/i/[A-Za-z0-9_-]+$`));
      await visit(page, "overview");

      await page.getByRole("button", { name: /^Start\b/ }).click();
      await page.waitForURL(`${base}/${themes[0]!.id}`, TIMEOUT);
      await expect.poll(() => heading(page), TIMEOUT).toBe(themes[0]!.title);
      expect(await page.getByRole("group", { name: themes[0]!.statements[0]!.stakeholder }).count()).toBe(1);
      await visit(page, "theme");
      await answerTheme(page, "4 – Agree", new RegExp(`/answer/${themes[1]!.id}$`));

      // Submitting now is refused: every missing statement is listed, each linking to its page.
      await page.goto(`${base}/check`);
      await page.getByRole("button", { name: "Submit your answers" }).click();
      await expect.poll(() => page.locator(".error-summary").count(), TIMEOUT).toBe(1);
      const missing = themes.slice(1).reduce((n, t) => n + t.statements.length, 0);
      expect(await page.locator(".error-summary li").count()).toBe(missing);
      await visit(page, "check-incomplete");
      await page.locator(".error-summary a").first().click();
      await page.waitForURL(new RegExp(`/answer/${themes[1]!.id}#field-ratings-`), TIMEOUT);

      for (const [index, theme] of themes.entries()) {
        if (index === 0) continue;
        const next = themes[index + 1] ? `/answer/${themes[index + 1]!.id}$` : "/answer/one-thing-to-change$";
        if (index === 2) {
          await page.getByRole("radio", { name: "Don’t know", exact: true }).first().check();
        }
        const radios = page.getByRole("radio", { name: "3 – Neither agree nor disagree", exact: true });
        const count = await radios.count();
        // The "Don't know" chosen above stays: only the statements still unchosen get a 3.
        for (let i = index === 2 ? 1 : 0; i < count; i += 1) await radios.nth(i).check();
        await expect.poll(() => heading(page), TIMEOUT).toBe(theme.title);
        await page.getByRole("button", { name: "Save and continue" }).click();
        await page.waitForURL(new RegExp(next), TIMEOUT);
      }
      await expect.poll(() => heading(page), TIMEOUT).toBe("One thing to change");
      await page.getByLabel(questionnaire.freeText[0]!.stakeholder).fill("Come to our practice managers' meetings.");
      await visit(page, "free-text");
      await page.getByRole("button", { name: "Save and continue" }).click();
      await page.waitForURL(`${base}/check`, TIMEOUT);
      await expect.poll(() => heading(page), TIMEOUT).toBe("Check your answers before you submit");
      const main = (await page.locator("main").textContent()) ?? "";
      expect(main).toContain("Come to our practice managers' meetings.");
      expect(main).toContain("Don’t know");
      expect(main).not.toContain("still to answer");
      await visit(page, "check");
      await page.getByRole("button", { name: "Submit your answers" }).click();
      await page.waitForURL(base, TIMEOUT);
      await expect
        .poll(() => page.getByRole("heading", { name: "Your answers have been submitted" }).count(), TIMEOUT)
        .toBe(1);
      await visit(page, "submitted");
      await context.close();

      // A council officer, on a phone, through the group's open link: the level is asked first.
      const officer = await browse(env.browser(), `${server}/i/${openLink}`, 390);
      await expect
        .poll(() => heading(officer.page), TIMEOUT)
        .toBe("Give your view of Healthwatch Eastshire as one of Council officers");
      await officer.page.getByRole("button", { name: /^Start\b/ }).click();
      await expect.poll(() => officer.page.locator(".error-summary").count(), TIMEOUT).toBe(1);
      expect(await officer.page.locator(".error-summary").textContent()).toContain(
        "Select the level at which you work with the service",
      );
      await visit(officer.page, "open-link-error");
      await officer.page.getByLabel("Strategic: plans, funding and decisions").check();
      await officer.page.getByRole("button", { name: /^Start\b/ }).click();
      await officer.page.waitForURL(base, TIMEOUT);
      await expect.poll(() => officer.page.getByText("0 of 21 statements answered").count(), TIMEOUT).toBe(1);
      await visit(officer.page, "open-link-overview");
      await officer.context.close();
    }, 300_000);
  });
}
