/**
 * A whole stakeholder review (issue 20), in real Chromium, once with and once without JavaScript
 * (stakeholder-journey-js.test.ts, stakeholder-journey-no-js.test.ts), entirely through the pages, each person in a
 * browser of their own: the commissioner starts the review; the provider accepts its invitation and confirms; the
 * commissioner invites three NHS trust people and two GP practices at both levels, and makes an open link through
 * which two people from a voluntary group join; the seven answer every page (some "don't know", some free text); the
 * provider answers its self-assessment, changes one answer from "check your answers" and submits; the commissioner
 * closes the review. The results show the one group of three and nothing of the two groups of two (not even their
 * words), figures over the shown group alone, where the provider sees itself differently; the commissioner and the
 * provider each record a shared action, and both see the two on the printed summary. Every distinct page gets an axe
 * scan and a screenshot, at desktop width and at 390 px.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentStakeholderQuestionnaire } from "~/domain/stakeholder";
import { AGREEMENT_LABELS, DONT_KNOW } from "~/domain/stakeholder/answering";
import { stakeholderResults, type SubmittedResponse } from "~/domain/stakeholder/results";
import type { Agreement, StakeholderAnswers, StakeholderLevel } from "~/domain/stakeholder/types";
import { expectAccessible, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";
import { pdfText } from "./pdf";

const questionnaire = currentStakeholderQuestionnaire();
const statements = questionnaire.themes.flatMap((t) => t.statements);
const TIMEOUT = { timeout: 30_000 };
const SERVICE = "Healthwatch Eastshire";
const PROVIDER = "Eastshire Community Voice";
const COMMISSIONER = "Eastshire County Council";
const GROUPS = ["NHS trusts", "GP practices", "Voluntary and community groups"] as const;
type Group = (typeof GROUPS)[number];

/** What one person answers: a rating (or "don't know", null) for each statement by its place, and free text. */
interface Plan {
  name: string;
  group: Group;
  level: StakeholderLevel;
  rating: (index: number) => Agreement | null;
  text: { "change-service"?: string; "change-own"?: string };
}

const STAKEHOLDERS: Plan[] = [
  {
    name: "nhs-1",
    group: "NHS trusts",
    level: "operational",
    // Mostly 2s and 3s; "don't know" on the first statement about independence.
    rating: (i) => (statements[i]!.id === "independence-says-uncomfortable-things" ? null : i % 2 === 0 ? 2 : 3),
    text: {
      "change-service": "Share what patients say with our experience team every month.",
      "change-own": "Invite the service to our quality committee.",
    },
  },
  {
    name: "nhs-2",
    group: "NHS trusts",
    level: "operational",
    rating: () => 3,
    text: { "change-service": "Publish reports in plain English." },
  },
  {
    name: "nhs-3",
    group: "NHS trusts",
    level: "strategic",
    rating: (i) => (i < 2 ? null : 2),
    text: {},
  },
  {
    name: "gp-1",
    group: "GP practices",
    level: "operational",
    rating: (i) => (i === 5 ? null : 1),
    text: { "change-service": "Words from the first GP practice, kept private." },
  },
  {
    name: "gp-2",
    group: "GP practices",
    level: "strategic",
    rating: () => 1,
    text: { "change-own": "Words from the second GP practice, kept private." },
  },
  {
    name: "voluntary-1",
    group: "Voluntary and community groups",
    level: "operational",
    rating: () => 5,
    text: { "change-service": "Words from the voluntary group, kept private." },
  },
  {
    name: "voluntary-2",
    group: "Voluntary and community groups",
    level: "strategic",
    rating: (i) => (i % 3 === 0 ? null : 4),
    text: {},
  },
];

/** The provider rates itself 5 throughout, then changes its first statement to 1 from "check your answers". */
const SELF: Plan = {
  name: "provider",
  group: "NHS trusts",
  level: "strategic",
  rating: () => 5,
  text: { "change-service": "Our own words, shown as ours beside the groups'." },
};
const CHANGED = { index: 0, to: 1 as Agreement };

const answersOf = (plan: Plan, changed?: typeof CHANGED): StakeholderAnswers => ({
  ratings: Object.fromEntries(
    statements.map((s, i) => [s.id, changed && changed.index === i ? changed.to : plan.rating(i)]),
  ),
  text: plan.text,
});

/** The figures the results page should show, as the model works them out from what everyone answered. */
const expected = stakeholderResults(
  questionnaire,
  GROUPS.map((name) => ({ id: name, name })),
  STAKEHOLDERS.map((p): SubmittedResponse => ({ groupId: p.group, level: p.level, answers: answersOf(p) })),
  answersOf(SELF, CHANGED),
);

const ratingLabel = (rating: Agreement | null) =>
  rating === null ? DONT_KNOW : `${rating} – ${AGREEMENT_LABELS[rating]}`;
const figure = (n: number | null) => (n === null ? "–" : n.toFixed(1));
const heading = (page: Page) => page.locator("h1").textContent();
const main = async (page: Page) => ((await page.locator("main").textContent()) ?? "").replace(/\s+/g, " ");

export function describeStakeholderJourney(javaScript: boolean) {
  const mode = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`a whole stakeholder review, seven stakeholders in three groups (${mode})`, () => {
    const env = serverAndBrowser();
    const contexts: BrowserContext[] = [];

    /** axe and a screenshot, at desktop width and at 390 px. */
    async function visit(page: Page, name: string) {
      await expectAccessible(page);
      await screenshot(page, `stakeholder-journey-${mode}-${name}`);
      const size = page.viewportSize()!;
      await page.setViewportSize({ width: 390, height: 844 });
      // Nothing widens the page past a phone's screen (wide tables scroll in their own area).
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `width of ${name}`).toBe(390);
      await expectAccessible(page);
      await screenshot(page, `stakeholder-journey-${mode}-${name}-phone`);
      await page.setViewportSize(size);
    }

    /** A person's own browser, at the link they were sent. */
    async function browse(browser: Browser, link: string): Promise<Page> {
      const context = await newContext(browser, { javaScript });
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(link);
      return page;
    }

    /**
     * Every page of the questionnaire, from the overview to "check your answers". Each statement is found as a person
     * finds it, by its wording (the stakeholder's, or the provider's for its self-assessment), unless `quick`: then
     * by its field, for the stakeholders after the first of each group (the same pages, only faster). `scan` names
     * the pages to scan.
     */
    async function answerEveryPage(
      page: Page,
      base: string,
      plan: Plan,
      options: { quick?: boolean; scan?: { name: string; freeText: boolean } } = {},
    ) {
      const wording = plan === SELF ? "provider" : "stakeholder";
      const { quick, scan } = options;
      await page.getByRole("button", { name: /^Start\b/ }).click();
      let index = 0;
      for (const [n, theme] of questionnaire.themes.entries()) {
        await page.waitForURL(`${base}/${theme.id}`, TIMEOUT);
        if (!quick) {
          await expect.poll(() => heading(page), TIMEOUT).toBe(theme.title);
          expect(await page.locator(".progress").textContent()).toBe(
            `Page ${n + 1} of ${questionnaire.themes.length + 1}`,
          );
        }
        for (const statement of theme.statements) {
          const rating = plan.rating(index);
          await (
            quick
              ? page.locator(`input[name="ratings.${statement.id}"][value="${rating ?? "dont-know"}"]`)
              : page
                  .getByRole("group", { name: statement[wording], exact: true })
                  .getByRole("radio", { name: ratingLabel(rating), exact: true })
          ).check();
          index += 1;
        }
        if (scan && n === 0) await visit(page, `${scan.name}-theme`);
        await page.getByRole("button", { name: "Save and continue" }).click();
      }
      await page.waitForURL(`${base}/one-thing-to-change`, TIMEOUT);
      await expect.poll(() => heading(page), TIMEOUT).toBe("One thing to change");
      for (const question of questionnaire.freeText) {
        const words = plan.text[question.id as keyof Plan["text"]];
        if (words) await page.getByLabel(question[wording]).fill(words);
      }
      if (scan?.freeText) await visit(page, `${scan.name}-free-text`);
      await page.getByRole("button", { name: "Save and continue" }).click();
      await page.waitForURL(`${base}/check`, TIMEOUT);
      await expect.poll(() => heading(page), TIMEOUT).toBe("Check your answers before you submit");
      const text = await main(page);
      expect(text).not.toContain("still to answer");
      for (const words of Object.values(plan.text)) expect(text).toContain(words);
      if (statements.some((_, i) => plan.rating(i) === null)) expect(text).toContain(DONT_KNOW);
    }

    async function submit(page: Page, base: string) {
      await page.getByRole("button", { name: "Submit your answers" }).click();
      await page.waitForURL(base, TIMEOUT);
      await expect
        .poll(() => page.getByRole("heading", { name: "Your answers have been submitted" }).count(), TIMEOUT)
        .toBe(1);
    }

    /** The commissioner makes invitations for a group at a level, and reads them off the page (shown once). */
    async function invite(commissioner: Page, group: Group, level: "Operational" | "Strategic", count: number) {
      await commissioner.getByLabel("Stakeholder group", { exact: true }).selectOption({ label: group });
      await commissioner.getByLabel(level, { exact: true }).check();
      await commissioner.getByLabel("How many invitations?").fill(String(count));
      await commissioner.getByRole("button", { name: "Make the invitations" }).click();
      const made = `${count === 1 ? "1 invitation" : `${count} invitations`} made for ${group} (${level.toLowerCase()})`;
      await expect.poll(() => commissioner.locator(".success-banner h2").textContent(), TIMEOUT).toBe(made);
      return Promise.all(
        Array.from({ length: count }, (_, n) =>
          commissioner.getByLabel(`Invitation ${n + 1}`, { exact: true }).inputValue(),
        ),
      );
    }

    /** Records a shared action on the results page, and waits for it in the table. */
    async function recordAction(
      page: Page,
      action: { forWhom: string; who: string; what: string; by: string; shown: string; theme: string },
    ) {
      await page.getByRole("radio", { name: action.forWhom, exact: true }).check();
      await page.getByLabel("Who will do it?").fill(action.who);
      await page.getByLabel("What will they do?").fill(action.what);
      await page.getByLabel("By when? (optional)").fill(action.by);
      await page.getByRole("radio", { name: action.theme, exact: true }).check();
      await page.getByRole("button", { name: "Add the action" }).click();
      await expect
        .poll(async () => (await page.getByRole("table", { name: "Shared actions" }).textContent()) ?? "", TIMEOUT)
        .toContain(action.what);
      // Added, the form starts empty again for the next action, with scripts or without.
      await expect.poll(() => page.getByLabel("What will they do?").inputValue(), TIMEOUT).toBe("");
      const row = page.getByRole("table", { name: "Shared actions" }).getByRole("row").filter({ hasText: action.what });
      expect((await row.getByRole("cell").allTextContents()).slice(0, 3)).toEqual([
        `${action.who} (${action.forWhom === "Another organisation’s" ? "another organisation" : "the provider"})`,
        `${action.what} (${action.theme})`,
        action.shown,
      ]);
    }

    /** The results page as printed (or saved as a PDF) for a board. */
    async function printed(page: Page) {
      return pdfText(await page.pdf({ format: "A4", printBackground: true }));
    }

    test("commissioner, provider and seven stakeholders, from starting the review to the shared actions", async () => {
      const server = env.server().url;
      const browser = env.browser();

      // The commissioner starts the review, with its three groups.
      const commissioner = await browse(browser, server);
      await commissioner.getByRole("link", { name: "Start a stakeholder review" }).click();
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe("Start a stakeholder review");
      await commissioner.getByLabel("What is the service called?").fill(SERVICE);
      await commissioner.getByLabel("Name of the provider").fill(PROVIDER);
      await commissioner.getByLabel("Name of the commissioner").fill(COMMISSIONER);
      await commissioner.getByLabel("The commissioner", { exact: true }).check();
      await commissioner.getByLabel("Stakeholder groups").fill(GROUPS.join("\n"));
      await visit(commissioner, "new");
      await commissioner.getByRole("button", { name: "Create the review" }).click();
      await commissioner.waitForURL(/\/stakeholder-reviews\/[^/?]+\?created=1$/, TIMEOUT);
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe(SERVICE);
      const home = `${server}${new URL(commissioner.url()).pathname}`;
      const answerBase = `${home}/answer`;
      const selfBase = `${home}/self-assessment`;
      const invitation = await commissioner.getByLabel(`Invitation for ${PROVIDER}`).inputValue();
      expect(await main(commissioner)).toContain(`${PROVIDER} has not submitted its self-assessment yet.`);
      await visit(commissioner, "created");

      // The provider accepts its invitation in its own browser, and confirms.
      const provider = await browse(browser, invitation);
      await expect
        .poll(() => heading(provider), TIMEOUT)
        .toBe(`You are invited to run the stakeholder review of ${SERVICE} with ${COMMISSIONER}`);
      await visit(provider, "provider-invitation");
      await provider.getByRole("button", { name: "Accept" }).click();
      await provider.waitForURL(`${home}?claimed=1`, TIMEOUT);
      await provider.getByRole("button", { name: "Confirm we are running this review together" }).click();
      await provider.waitForURL(`${home}?confirmed=1`, TIMEOUT);
      await expect
        .poll(
          () => provider.getByText("You have confirmed that you are running this review together.").count(),
          TIMEOUT,
        )
        .toBe(1);
      expect(await provider.getByRole("button", { name: "Answer your self-assessment" }).count()).toBe(1);
      await visit(provider, "provider-confirmed");

      // The commissioner confirms too, if creating the review did not already.
      await commissioner.goto(home);
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe(SERVICE);
      const confirm = commissioner.getByRole("button", { name: "Confirm we are running this review together" });
      if ((await confirm.count()) > 0) {
        await confirm.click();
        await commissioner.waitForURL(`${home}?confirmed=1`, TIMEOUT);
      }
      await expect.poll(() => commissioner.locator(".stakeholder-parties .tag--green").count(), TIMEOUT).toBe(2);

      // Invitations at both levels for the NHS trusts and the GP practices; an open link for the voluntary group.
      const links: Record<string, string> = {};
      const nhsOperational = await invite(commissioner, "NHS trusts", "Operational", 2);
      await visit(commissioner, "invited");
      const [nhsStrategic] = await invite(commissioner, "NHS trusts", "Strategic", 1);
      const [gpOperational] = await invite(commissioner, "GP practices", "Operational", 1);
      const [gpStrategic] = await invite(commissioner, "GP practices", "Strategic", 1);
      Object.assign(links, {
        "nhs-1": nhsOperational[0],
        "nhs-2": nhsOperational[1],
        "nhs-3": nhsStrategic,
        "gp-1": gpOperational,
        "gp-2": gpStrategic,
      });
      expect(new Set(Object.values(links)).size).toBe(5);
      await commissioner.getByRole("button", { name: "Make an open link for Voluntary and community groups" }).click();
      const openLink = await commissioner.getByLabel("Open link for Voluntary and community groups").inputValue();
      expect(openLink).toMatch(/\/i\/[A-Za-z0-9_-]+$/);

      /** One stakeholder, in a browser of their own, from the link they were given to their answers submitted. */
      async function stakeholder(plan: Plan, first: boolean) {
        const scanning = first && plan.name === "nhs-1";
        let page: Page;
        if (plan.group === "Voluntary and community groups") {
          page = await browse(browser, openLink);
          await expect
            .poll(() => heading(page), TIMEOUT)
            .toBe(`Give your view of ${SERVICE} as one of Voluntary and community groups`);
          if (first) await visit(page, "stakeholder-open-link");
          await page
            .getByLabel(
              plan.level === "operational"
                ? "Operational: day-to-day work with the service"
                : "Strategic: plans, funding and decisions",
            )
            .check();
          await page.getByRole("button", { name: /^Start\b/ }).click();
          await page.waitForURL(answerBase, TIMEOUT);
        } else {
          page = await browse(browser, links[plan.name]!);
          await expect.poll(() => heading(page), TIMEOUT).toBe(`You are invited to give your view of ${SERVICE}`);
          if (scanning) await visit(page, "stakeholder-invitation");
          await page.getByRole("button", { name: "Accept and start" }).click();
          await page.waitForURL(`${answerBase}?claimed=1`, TIMEOUT);
        }
        await expect.poll(() => page.getByText("0 of 21 statements answered").count(), TIMEOUT).toBe(1);
        expect(await page.getByLabel("Your own link").inputValue()).toMatch(/\/i\/[A-Za-z0-9_-]+$/);
        if (scanning) await visit(page, "stakeholder-overview");
        await answerEveryPage(page, answerBase, plan, {
          quick: !first,
          ...(scanning ? { scan: { name: "stakeholder", freeText: true } } : {}),
        });
        if (scanning) await visit(page, "stakeholder-check");
        await submit(page, answerBase);
        if (scanning) await visit(page, "stakeholder-submitted");
        await page.context().close();
      }

      // Seven stakeholders, the three groups side by side: the first in each group finds every statement by its
      // wording; the pages are scanned for the first NHS trust person (and the open link's for the first volunteer).
      await Promise.all(
        GROUPS.map(async (group) => {
          for (const [n, plan] of STAKEHOLDERS.filter((p) => p.group === group).entries()) {
            await stakeholder(plan, n === 0);
          }
        }),
      );

      // The provider's self-assessment: every page, a change from "check your answers", then submitted.
      await provider.goto(home);
      await provider.getByRole("button", { name: "Answer your self-assessment" }).click();
      await provider.waitForURL(selfBase, TIMEOUT);
      await expect.poll(() => heading(provider), TIMEOUT).toBe(SERVICE);
      expect(await main(provider)).toContain(`This is ${PROVIDER}’s self-assessment`);
      expect(await main(provider)).toContain("Who sees your self-assessment");
      await visit(provider, "self-overview");
      await answerEveryPage(provider, selfBase, SELF, { scan: { name: "self", freeText: false } });
      await visit(provider, "self-check");
      const first = statements[CHANGED.index]!;
      const row = provider.locator(`#answer-${first.id}`);
      expect(await row.locator(".stakeholder-summary__answer").textContent()).toBe(ratingLabel(5));
      await provider.getByRole("link", { name: `Change your answer to: ${first.provider}` }).click();
      await provider.waitForURL(new RegExp(`/self-assessment/${questionnaire.themes[0]!.id}\\?return=check#`), TIMEOUT);
      const group = provider.getByRole("group", { name: first.provider, exact: true });
      expect(await group.getByRole("radio", { name: ratingLabel(5), exact: true }).isChecked()).toBe(true);
      await group.getByRole("radio", { name: ratingLabel(CHANGED.to), exact: true }).check();
      await provider.getByRole("button", { name: "Save and continue" }).click();
      // Back to "check your answers", with the new answer, rather than on to the next page.
      await provider.waitForURL(`${selfBase}/check`, TIMEOUT);
      await expect
        .poll(() => row.locator(".stakeholder-summary__answer").textContent(), TIMEOUT)
        .toBe(ratingLabel(CHANGED.to));
      await submit(provider, selfBase);

      // The commissioner sees who has answered, and closes the review.
      await commissioner.goto(home);
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe(SERVICE);
      for (const [name, count] of [
        ["NHS trusts", "3"],
        ["GP practices", "2"],
        ["Voluntary and community groups", "2"],
      ] as const) {
        const cells = commissioner.getByRole("row", { name: new RegExp(`^${name}`) }).getByRole("cell");
        expect(await cells.allTextContents()).toEqual([count, count]);
      }
      expect(await main(commissioner)).toContain(`${PROVIDER} has submitted its self-assessment.`);
      await commissioner.getByRole("button", { name: "Close the review to answers" }).click();
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe("Close the review to answers?");
      expect(await main(commissioner)).toContain("7 people have answered so far.");
      await visit(commissioner, "close");
      await commissioner.getByLabel("Yes, close it").check();
      await commissioner.getByRole("button", { name: "Continue" }).click();
      await commissioner.waitForURL(`${home}?closed=1`, TIMEOUT);
      await visit(commissioner, "closed");
      await commissioner.getByRole("link", { name: "Read the results" }).click();
      await commissioner.waitForURL(`${home}/results`, TIMEOUT);
      await expect.poll(() => heading(commissioner), TIMEOUT).toBe("Results and discussion guide");

      // Only the NHS trusts, the one group of three, are shown or counted; nothing of the two groups of two.
      const results = await main(commissioner);
      expect(expected.counted).toBe(3);
      expect(results).toContain(`What 3 stakeholders said about ${SERVICE}`);
      expect(results).toContain(
        "These groups had fewer than 3, so their answers are not shown or counted anywhere on this page:",
      );
      expect(await commissioner.locator(".notice--info li").allTextContents()).toEqual([
        "GP practices",
        "Voluntary and community groups",
      ]);
      for (const plan of STAKEHOLDERS) {
        for (const words of Object.values(plan.text)) {
          if (plan.group === "NHS trusts") expect(results).toContain(words);
          else expect(results).not.toContain(words);
        }
      }
      // The provider's own words are shown as its own, under its name.
      const ownWords = commissioner.getByRole("region", { name: `${PROVIDER}, in its self-assessment` });
      expect(await ownWords.textContent()).toContain(SELF.text["change-service"]);
      const byGroup = commissioner.getByRole("table", { name: "Theme scores by group, 1 to 5" });
      expect(await byGroup.getByRole("columnheader").allTextContents()).toEqual(["Theme", "NHS trusts (3)"]);
      expect(await commissioner.getByRole("heading", { name: "GP practices" }).count()).toBe(0);
      expect(await commissioner.getByRole("heading", { name: "Voluntary and community groups" }).count()).toBe(0);
      expect(await commissioner.getByRole("heading", { name: "NHS trusts", level: 3 }).count()).toBe(1);
      // One level has a single response within the group shown, so the levels are not shown apart.
      expect(expected.levels).toBeNull();
      expect(results).toContain(
        "Operational and strategic views are shown apart only when each has 3 responses or more.",
      );

      // Each theme as the system sees it (the NHS trusts alone) beside the provider's own view.
      await commissioner.getByText("Show this chart as a table").click();
      const scores = commissioner.getByRole("table", { name: "Theme scores, 1 to 5" });
      for (const theme of questionnaire.themes) {
        const system = expected.overall!.themes.find((t) => t.themeId === theme.id)!.mean;
        const self = expected.selfThemes!.find((t) => t.themeId === theme.id)!.mean;
        const nhs = byGroup.getByRole("row", { name: new RegExp(`^${theme.title}`) }).getByRole("cell");
        expect(await nhs.allTextContents()).toEqual([figure(system)]);
        const cells = scores.getByRole("row", { name: new RegExp(`^${theme.title}`) }).getByRole("cell");
        expect(await cells.allTextContents()).toEqual([figure(system), figure(self)]);
      }

      // Where the provider sees itself differently: higher almost everywhere, lower on the answer it changed.
      expect(results).toContain("Where views differ: for the system discussion");
      const listening = commissioner.getByRole("region", { name: questionnaire.themes[0]!.title });
      const listed = (await listening.textContent())?.replace(/\s+/g, " ") ?? "";
      expect(listed).toContain(`${first.stakeholder} Stakeholders`);
      expect(listed).toContain(`the provider ${CHANGED.to}`);
      expect(listed).toContain("The provider rates itself lower than the system does");
      expect(listed).toContain("The provider rates itself higher than the system does");
      expect(listed).toContain(questionnaire.themes[0]!.discussion[0]);
      const higher = expected.divergence.filter((d) => d.reasons.includes("self-higher"));
      expect(higher.length).toBeGreaterThan(10);
      // Each reason is said once per theme, over the statements it applies to, not against every statement.
      const lists = new Set(higher.map((d) => `${d.themeId} ${d.reasons.join()}`));
      expect(lists.size).toBeLessThan(higher.length);
      expect(results.split("The provider rates itself higher than the system does").length - 1).toBe(lists.size);
      for (const d of higher) expect(results).toContain(statements.find((s) => s.id === d.statementId)!.stakeholder);

      // Shared actions: the commissioner records one for the provider, the provider one for another organisation.
      const forProvider = {
        forWhom: `${PROVIDER}’s`,
        who: PROVIDER,
        what: "Report back to each GP practice managers' meeting what patients said",
        by: "2027-06-30",
        shown: "30 June 2027",
        theme: questionnaire.themes[0]!.title,
      };
      const forSystem = {
        forWhom: "Another organisation’s",
        who: "Eastshire NHS Trust",
        what: "Bring the service into discharge planning before decisions are made",
        by: "2027-03-31",
        shown: "31 March 2027",
        theme: questionnaire.themes[2]!.title,
      };
      await recordAction(commissioner, forProvider);

      await provider.goto(home);
      await provider.getByRole("link", { name: "Read the results" }).click();
      await provider.waitForURL(`${home}/results`, TIMEOUT);
      await expect.poll(() => heading(provider), TIMEOUT).toBe("Results and discussion guide");
      expect(await main(provider)).toContain(forProvider.what);
      await recordAction(provider, forSystem);
      await visit(provider, "results-actions");

      // Both see both actions on the printed summary, who, what and by when, and none of the forms.
      await commissioner.reload();
      for (const page of [commissioner, provider]) {
        // PDF text breaks lines and words where it likes: compared without spaces.
        const paper = (await printed(page)).replace(/\s+/g, "");
        const squeezed = (text: string) => text.replace(/\s+/g, "");
        for (const action of [forProvider, forSystem]) {
          const whose = action.forWhom === forProvider.forWhom ? "the provider" : "another organisation";
          expect(paper).toContain(squeezed(`${action.who} (${whose})`));
          expect(paper).toContain(squeezed(action.what));
          expect(paper).toContain(squeezed(action.shown));
        }
        expect(paper).toContain(squeezed("Results and discussion guide"));
        expect(paper).not.toContain(squeezed("Record an action"));
        expect(paper).not.toContain(squeezed("Words from the first GP practice"));
      }

      for (const context of contexts) await context.close();
      // Nine people's pages, each scanned twice: about 80 s on a quiet machine, over 240 s on a busy two-core one.
    }, 600_000);
  });
}
