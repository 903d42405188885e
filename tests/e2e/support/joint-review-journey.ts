/**
 * After the conversation (issue 19), in real Chromium, once with and once without JavaScript
 * (joint-review-js.test.ts, joint-review-no-js.test.ts): both sides have submitted (through the API: answering is
 * other journeys' subject); in the joint review the organisation proposes an agreed position on the first
 * dealbreaker and the prime confirms it, the prime proposes one for the second and the organisation confirms,
 * and the serious gap is left open by both. The revised verdict appears beside the original, the draft heads of
 * terms list both agreed terms (the .docx is downloaded and read back). Every page gets an axe scan and a
 * screenshot. Then the owner starts a check-up twelve months on; the organisation accepts round 2 in the same
 * browser and finds its answers there, both sides answer again, and the check-ups page compares the rounds.
 */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Answer, Side } from "~/domain/types";
import { toApiAnswer } from "~/domain/validation";
import { docxText } from "../../docx-text";
import { HEALTHY_FACTS } from "../../fixtures";
import { expectAccessible, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";

const bank = currentQuestionnaire();
const ITEMS = bank.dimensions.flatMap((d) => d.items.map((i) => i.id));
const TIMEOUT = { timeout: 30_000 };
const WORDING = {
  first: "The service is delivered under both names, with the organisation's own logo.",
  second: "The organisation keeps its own voice in the media, with notice to the prime.",
  open: "Referral volumes to be settled with the commissioner by March.",
};

/** Round 1: red lines in conflict on the first two questions, a serious gap on the third (as in the integration fixture). */
function answerFor(side: Side, itemId: string, round: 1 | 2): Answer {
  const n = ITEMS.indexOf(itemId);
  if (n <= 1) {
    if (round === 2) return { preferred: 2, acceptable: { min: 2, max: 3 }, importance: "high", redLine: false };
    return side === "vcs"
      ? { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: true }
      : { preferred: 5, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false };
  }
  if (n === 2) {
    return side === "vcs"
      ? { preferred: 1, acceptable: { min: 1, max: 2 }, importance: "high", redLine: false }
      : { preferred: 4, acceptable: { min: 4, max: 5 }, importance: "high", redLine: false };
  }
  return { preferred: 3, acceptable: { min: 2, max: 4 }, importance: "medium", redLine: false };
}

async function call(base: string, method: string, path: string, token: string, body?: unknown) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (response.status >= 300) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json!;
}

/** Claims a side's invitation, answers every question and figure, and submits, through the API. */
async function answerThroughApi(base: string, invitation: string, side: Side, round: 1 | 2) {
  const claimed = await fetch(`${base}/api/v1/invitations/claim`, {
    method: "POST",
    headers: { Authorization: `Bearer ${invitation}` },
  });
  const { token } = (await claimed.json()) as { token: string };
  await answerAndSubmit(base, token, side, round);
  return token;
}

/** A side holding its own link answers every question and figure and submits, through the API. */
async function answerAndSubmit(base: string, token: string, side: Side, round: 1 | 2) {
  const answers = Object.fromEntries(ITEMS.map((id) => [id, toApiAnswer(answerFor(side, id, round))]));
  const facts = Object.fromEntries(
    bank.facts.filter((f) => f.side === side && !f.optional).map((f) => [f.id, HEALTHY_FACTS[side][f.id]]),
  );
  await call(base, "PUT", "/api/v1/answers", token, { answers, facts });
  await call(base, "POST", "/api/v1/answers/submit", token);
}

const heading = (page: Page) => page.locator("h1").textContent();
const main = async (page: Page) => (await page.locator("main").textContent()) ?? "";

export function describeJointReviewJourney(javaScript: boolean) {
  const mode = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`the joint review and a check-up (${mode})`, () => {
    const env = serverAndBrowser();

    async function visit(page: Page, name: string, phone = false) {
      await expectAccessible(page);
      await screenshot(page, `joint-review-${mode}-${name}`);
      if (phone) {
        const size = page.viewportSize()!;
        await page.setViewportSize({ width: 390, height: 844 });
        await screenshot(page, `joint-review-${mode}-${name}-phone`);
        await page.setViewportSize(size);
      }
    }

    async function browse(browser: Browser, link: string) {
      const context = await newContext(browser, { javaScript });
      const page = await context.newPage();
      await page.goto(link);
      return { context, page };
    }

    /** Opens a flag's page from the list by its key, and proposes an outcome. */
    async function propose(page: Page, key: string, fill: (page: Page) => Promise<void>, shot?: string) {
      await page
        .locator(`[data-flag-key="${key}"]`)
        .getByRole("link", { name: /^(Propose|Change) an? ?outcome|^Change the outcome/ })
        .first()
        .click();
      await expect.poll(() => page.getByRole("group", { name: "What did you agree?" }).count(), TIMEOUT).toBe(1);
      if (shot) await visit(page, shot, true);
      await fill(page);
      await page.getByRole("button", { name: "Propose this outcome" }).click();
      await page.waitForURL(/\/joint-review(\?[^#]*)?(#.*)?$/, TIMEOUT);
    }

    async function confirmFrom(page: Page, list: string, key: string) {
      await page.goto(list);
      await page
        .locator(`[data-flag-key="${key}"]`)
        .getByRole("link", { name: /^(Propose|Change)/ })
        .first()
        .click();
      await page.getByRole("button", { name: "Confirm this outcome" }).click();
      await page.waitForURL(/\/joint-review(\?[^#]*)?(#.*)?$/, TIMEOUT);
      expect(await page.locator(`[data-flag-key="${key}"]`).textContent()).toContain("Agreed by both");
    }

    test("both sides agree two dealbreakers and leave a gap open; the verdict is revised and the heads of terms drafted", async () => {
      const base = env.server().url;
      const created = await fetch(`${base}/api/v1/checks`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({
          title: "Employment support, Lot 2",
          vcsName: "Helping Hands",
          primeName: "BigCo Services",
        }),
      });
      const check = (await created.json()) as {
        id: string;
        links: Record<"owner" | Side, string>;
        tokens: Record<"owner" | Side, string>;
      };
      const tokens = {
        vcs: await answerThroughApi(base, check.tokens.vcs, "vcs", 1),
        prime: await answerThroughApi(base, check.tokens.prime, "prime", 1),
      };
      const review = (await call(base, "GET", "/api/v1/review", check.tokens.owner)) as {
        outcomes: Array<{ flagKey: string; severity: string; title: string }>;
      };
      const [first, second] = review.outcomes.filter((o) => o.severity === "dealbreaker").map((o) => o.flagKey);
      const gap = review.outcomes.find((o) => o.severity === "serious" && o.flagKey.includes(ITEMS[2]!))!.flagKey;

      const vcs = await browse(env.browser(), `${base}/i/${tokens.vcs}`);
      const prime = await browse(env.browser(), `${base}/i/${tokens.prime}`);
      const owner = await browse(env.browser(), check.links.owner);
      const vcsList = `${base}/checks/${check.id}/vcs/joint-review`;
      const primeList = `${base}/checks/${check.id}/prime/joint-review`;

      // The organisation finds the review from its report.
      await vcs.page.goto(`${base}/checks/${check.id}/vcs/report`);
      await vcs.page.getByRole("link", { name: "Joint review" }).first().click();
      await expect.poll(() => heading(vcs.page), TIMEOUT).toBe("Joint review");
      await visit(vcs.page, "list-before", true);

      // A risk accepted with no reason is refused, with what was chosen kept.
      await vcs.page
        .locator(`[data-flag-key="${first}"]`)
        .getByRole("link", { name: /^Propose an outcome/ })
        .click();
      await vcs.page.getByLabel("Risk accepted", { exact: true }).check();
      await vcs.page.getByRole("button", { name: "Propose this outcome" }).click();
      await expect.poll(() => vcs.page.locator(".error-summary").count(), TIMEOUT).toBe(1);
      expect(await vcs.page.getByLabel("Risk accepted", { exact: true }).isChecked()).toBe(true);
      await visit(vcs.page, "flag-error");
      await vcs.page.goto(vcsList);

      await propose(
        vcs.page,
        first!,
        async (page) => {
          await page.getByLabel("Agreed", { exact: true }).check();
          await page.getByRole("group", { name: "Agreed position" }).getByRole("radio").nth(1).check();
          await page.getByLabel("Clause wording").fill(WORDING.first);
        },
        "flag",
      );
      expect(await vcs.page.locator(`[data-flag-key="${first}"]`).textContent()).toMatch(
        /Waiting for BigCo Services to confirm/,
      );
      await confirmFrom(prime.page, primeList, first!);

      await prime.page.goto(primeList);
      await propose(prime.page, second!, async (page) => {
        await page.getByLabel("Agreed", { exact: true }).check();
        await page.getByRole("group", { name: "Agreed position" }).getByRole("radio").nth(1).check();
        await page.getByLabel("Clause wording").fill(WORDING.second);
      });
      await confirmFrom(vcs.page, vcsList, second!);

      await vcs.page.goto(vcsList);
      await propose(vcs.page, gap, async (page) => {
        await page.getByLabel("Still open", { exact: true }).check();
        await page.getByLabel("What is still to settle").fill(WORDING.open);
      });
      await prime.page.goto(primeList);
      await prime.page
        .locator(`[data-flag-key="${gap}"]`)
        .getByRole("link", { name: /^(Propose|Change)/ })
        .first()
        .click();
      await prime.page.getByRole("button", { name: "Confirm this outcome" }).click();
      await prime.page.waitForURL(/\/joint-review(\?[^#]*)?(#.*)?$/, TIMEOUT);
      await visit(prime.page, "list-after", true);

      // The revised verdict, beside the original, on the owner's report.
      await owner.page.goto(`${base}/checks/${check.id}/report`);
      const panel = owner.page.getByRole("region", { name: "Before and after the joint review" });
      await expect.poll(() => panel.count(), TIMEOUT).toBe(1);
      const panelText = (await panel.textContent()) ?? "";
      expect(panelText).toContain("Before");
      expect(panelText).toContain("Red lines in conflict");
      const after = panelText.slice(panelText.indexOf("After"));
      expect(after).not.toMatch(/^After\W*Red lines in conflict/);
      await visit(owner.page, "report-with-review");
      await owner.page.goto(`${base}/checks/${check.id}/joint-review`);
      expect(await heading(owner.page)).toBe("Joint review");
      expect(await owner.page.getByRole("button", { name: "Confirm this outcome" }).count()).toBe(0);
      await visit(owner.page, "owner-list");

      // The draft heads of terms, and the Word document read back.
      await owner.page.goto(`${base}/checks/${check.id}/terms`);
      expect(await heading(owner.page)).toBe("Draft heads of terms");
      const terms = await main(owner.page);
      expect(terms).toMatch(/not legal advice/i);
      expect(terms).toContain(WORDING.first);
      expect(terms).toContain(WORDING.second);
      await visit(owner.page, "terms", true);
      const [download] = await Promise.all([
        owner.page.waitForEvent("download", TIMEOUT),
        owner.page.getByRole("link", { name: "Download as a Word document" }).click(),
      ]);
      const text = docxText(new Uint8Array(readFileSync((await download.path())!)));
      for (const wording of [WORDING.first, WORDING.second]) expect(text).toContain(wording);
      expect(text).toMatch(/not legal advice/i);

      // A check-up twelve months on: the owner starts round 2 from the check's page. Choosing nothing is refused.
      await owner.page.goto(`${base}/checks/${check.id}`);
      const start = owner.page.getByRole("region", { name: "Check up later" });
      await expect.poll(() => start.count(), TIMEOUT).toBe(1);
      await visit(owner.page, "owner-home-complete", true);
      await start.getByRole("button", { name: "Start the check-up" }).click();
      await expect.poll(() => owner.page.locator(".error-summary").count(), TIMEOUT).toBe(1);
      expect(await owner.page.locator(".error-summary").textContent()).toContain("Say when this check-up is");
      await visit(owner.page, "start-round-error");
      await owner.page.getByLabel("Twelve months in").check();
      await owner.page.getByRole("button", { name: "Start the check-up" }).click();
      await owner.page.waitForURL(/\/checks\/[A-Za-z0-9_-]+\?created=1$/, TIMEOUT);
      const nextId = new URL(owner.page.url()).pathname.split("/")[2]!;
      expect(nextId).not.toBe(check.id);
      // With JavaScript the address changes a moment before the new page is drawn: wait for the page itself.
      await expect.poll(() => main(owner.page), TIMEOUT).toContain("Round 2 (twelve months in) has started");
      await visit(owner.page, "round-2-owner", true);
      const invitation = async (side: Side) =>
        (await owner.page.locator(`#${side}-link`).inputValue()).split("/i/")[1]!;
      const invitations = { vcs: await invitation("vcs"), prime: await invitation("prime") };

      // The organisation accepts round 2 in the browser it used for round 1: its answers are there already.
      await vcs.page.goto(`${base}/i/${invitations.vcs}`);
      await vcs.page.getByRole("button", { name: "Accept and start" }).click();
      await vcs.page.waitForURL(/\/vcs\?claimed=1$/, TIMEOUT);
      await expect.poll(() => main(vcs.page), TIMEOUT).toContain("This is a check-up: your answers start from");
      const home = await main(vcs.page);
      expect(home).toContain("This is a check-up: your answers start from your answers in Round 1");
      expect(home).toMatch(new RegExp(`${ITEMS.length} of \\d+ questions answered`));
      expect(await vcs.page.getByRole("link", { name: "Back to Round 1" }).count()).toBe(1);
      await visit(vcs.page, "round-2-vcs-home", true);
      const ownToken = (await vcs.page.locator("#own-link").inputValue()).split("/i/")[1]!;
      // Both sides answer again (through the API): the first two questions now meet; the third still does not.
      await answerAndSubmit(base, ownToken, "vcs", 2);
      await answerThroughApi(base, invitations.prime, "prime", 2);

      // The owner compares the rounds, from round 2's report.
      await owner.page.goto(`${base}/checks/${nextId}/report`);
      await owner.page.getByRole("link", { name: "Compare it with the round before" }).click();
      await expect.poll(() => heading(owner.page), TIMEOUT).toBe("Check-ups");
      expect(await owner.page.getByRole("img", { name: /^Section scores/ }).count()).toBe(1);
      for (const name of ["What moved", "Flags that appeared", "Flags that cleared", "Could not be compared"]) {
        expect(await owner.page.getByRole("heading", { name, exact: true }).count()).toBe(1);
      }
      const rounds = await main(owner.page);
      const cleared = rounds.slice(rounds.indexOf("Flags that cleared"), rounds.indexOf("Could not be compared"));
      for (const title of review.outcomes.filter((o) => o.severity === "dealbreaker").map((o) => o.title)) {
        expect(cleared).toContain(title);
      }
      expect(rounds).toContain("Round 1");
      await visit(owner.page, "rounds", true);
      // The organisation reads the same comparison from its own page.
      await vcs.page.goto(`${base}/checks/${nextId}/vcs/rounds`);
      expect(await heading(vcs.page)).toBe("Check-ups");
      expect(await main(vcs.page)).toContain("Flags that cleared");
      await visit(vcs.page, "rounds-vcs");

      for (const { context } of [vcs, prime, owner]) await context.close();
    }, 420_000);
  });
}
