/**
 * The whole journey in real Chromium, once with JavaScript and once without:
 * start a check, both sides answer in separate browser contexts, the result
 * appears for all three. Every page visited gets an axe scan and a screenshot.
 */
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { HEALTHY_FACTS } from "../../fixtures";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, launchBrowser, newContext, expectAccessible, screenshot, serverAndBrowser } from "./browser";
import { pdfText } from "./pdf";
import { hasChromium } from "./chromium";

const questionnaire = currentQuestionnaire();

async function visit(page: Page, name: string, options: { all?: boolean } = {}) {
  await expectAccessible(page, options);
  await screenshot(page, name);
}

/** Answers every section through the pages; the brand item is where the two sides collide. */
async function answerAll(page: Page, side: Side, label: string) {
  await page.getByRole("button", { name: "Start answering" }).click();
  for (const [index, dimension] of questionnaire.dimensions.entries()) {
    await expect.poll(() => page.locator("h1").textContent()).toBe(dimension.title);
    await expect(page.locator(".progress").textContent()).resolves.toContain(
      `Section ${index + 1} of ${questionnaire.dimensions.length + 1}`,
    );
    for (const item of dimension.items) {
      const name = (f: string) => `items.${item.id}.${f}`;
      if (item.id === "brand-delivery") {
        const preferred = side === "vcs" ? "1" : "5";
        await page.check(`input[name="${name("preferred")}"][value="${preferred}"]`);
        await page.check(`input[name="${name("acceptable")}"][value="${side === "vcs" ? "2" : "4"}"]`);
        await page.check(`input[name="${name("importance")}"][value="high"]`);
        if (side === "vcs") {
          await page.check(`input[name="${name("redLine")}"]`);
          await page.fill(
            `textarea[name="${name("note")}"]`,
            "<script>alert('x')</script> Our name is how families find us.",
          );
        }
      } else {
        await page.check(`input[name="${name("preferred")}"][value="3"]`);
        await page.check(`input[name="${name("importance")}"][value="medium"]`);
      }
    }
    if (index === 0) await visit(page, `${label}-section`);
    await page.getByRole("button", { name: "Save and continue" }).click();
  }
  await expect.poll(() => page.locator("h1").textContent()).toBe("Facts and figures");
  // Optional figures are left blank: the method states what it assumes for them.
  for (const fact of questionnaire.facts.filter((f) => f.side === side && !f.optional)) {
    await page.getByLabel(fact.label, { exact: true }).fill(String(HEALTHY_FACTS[side][fact.id]));
  }
  if (side === "vcs") {
    // Bank v2: the organisation marks its minimum notice as a walk-away figure.
    await page.locator('input[name="factRedLines.minNoticeDays"]').check();
  }
  await visit(page, `${label}-facts`);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect.poll(() => page.locator("h1").textContent()).toBe("Check your answers before you submit");
  await visit(page, `${label}-review`);
  if (side === "vcs") {
    // A note holding a script is shown as text, and nothing runs.
    expect(await page.locator("main").textContent()).toContain("<script>alert('x')</script>");
  }
  await page.getByRole("button", { name: "Submit answers" }).click();
  await expect.poll(() => page.locator(".error-summary").count()).toBe(1);
  await page.getByLabel(/I confirm these are/).check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  await page.waitForURL(/\/checks\/[A-Za-z0-9_-]+\/(vcs|prime)$/);
}

/** The journey, with or without JavaScript; each runs from its own test file so the two run in parallel. */
export function describeJourney(javaScript: boolean) {
  const label = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`the partnership check journey (${label})`, () => {
    const env = serverAndBrowser(launchBrowser);

    test("create, answer on both sides, and read the result", { timeout: 480_000 }, async () => {
      const owner = await (await newContext(env.browser(), { javaScript })).newPage();
      await owner.goto(env.server().url);
      await visit(owner, `${label}-home`);
      await owner.getByRole("button", { name: "Start a partnership check" }).click();
      await expect.poll(() => owner.locator("h1").textContent()).toBe("Start a partnership check");

      // Bad input: an error summary, a message by the field, and what was typed kept.
      await owner.getByLabel("Name of the voluntary or community organisation").fill("Helping Hands");
      await owner.getByRole("button", { name: "Create the check" }).click();
      await expect.poll(() => owner.locator(".error-summary").count()).toBe(1);
      expect(await owner.locator(".error-summary").textContent()).toContain("Enter the name of the opportunity");
      expect(await owner.getByLabel("Name of the voluntary or community organisation").inputValue()).toBe(
        "Helping Hands",
      );
      if (javaScript) {
        await expect.poll(() => owner.evaluate(() => document.activeElement?.className)).toBe("error-summary");
      }
      await visit(owner, `${label}-new-check-errors`);

      await owner.getByLabel("What is the opportunity called?").fill("Community rehabilitation, North West");
      await owner.getByLabel("Name of the prime contractor").fill("BigCo Justice");
      await owner.getByLabel("Neither: I am an adviser or facilitator").check();
      await owner.getByRole("button", { name: "Create the check" }).click();
      await expect.poll(() => owner.locator("h1").textContent()).toBe("Community rehabilitation, North West");
      await visit(owner, `${label}-owner`);
      const vcsLink = await owner.locator("#vcs-link").inputValue();
      const primeLink = await owner.locator("#prime-link").inputValue();
      expect(await owner.getByRole("button", { name: /Copy link/ }).count()).toBe(javaScript ? 3 : 0);

      // The organisation answers on a phone-sized screen; the prime on a desktop.
      const vcs = await (await newContext(env.browser(), { javaScript, width: 390 })).newPage();
      let dialogs = 0;
      vcs.on("dialog", (dialog) => {
        dialogs++;
        void dialog.dismiss();
      });
      await vcs.goto(vcsLink);
      // Opening the invitation claims nothing; accepting it does, and swaps it for a session cookie.
      await expect.poll(() => vcs.locator("h1").textContent()).toBe("You are invited to answer for Helping Hands");
      await visit(vcs, `${label}-vcs-invitation-phone`);
      await vcs.getByRole("button", { name: "Accept and start" }).click();
      await vcs.waitForURL(/\/checks\/[A-Za-z0-9_-]+\/vcs\?claimed=1$/);
      expect(vcs.url()).not.toContain(vcsLink.split("/i/")[1]);
      // The side's own link, shown once.
      expect(await vcs.locator("#own-link").inputValue()).toMatch(/\/i\/[A-Za-z0-9_-]{32}$/);
      await visit(vcs, `${label}-vcs-overview-phone`);
      await owner.reload();
      expect(await owner.locator("#vcs-invitation").locator("..").textContent()).toContain("Invitation accepted");
      await visit(owner, `${label}-owner-claimed`);
      await answerAll(vcs, "vcs", `${label}-vcs-phone`);
      await expect.poll(() => vcs.getByRole("heading", { name: "You have submitted your answers" }).count()).toBe(1);

      // Sealed: before the prime submits, nobody can see the organisation's note.
      await owner.reload();
      expect(await owner.content()).not.toContain("Our name is how families find us");

      expect(dialogs, "a script in a note must never run").toBe(0);
      const prime = await (await newContext(env.browser(), { javaScript })).newPage();
      await prime.goto(primeLink);
      await prime.getByRole("button", { name: "Accept and start" }).click();
      await prime.waitForURL(/\/checks\/[A-Za-z0-9_-]+\/prime\?claimed=1$/);
      expect(await prime.content()).not.toContain("Our name is how families find us");
      // The prime is told on its page that the organisation has submitted: nobody has to keep reloading.
      expect(await prime.locator(".notice--info").textContent()).toContain("Helping Hands submitted its answers on");
      await visit(prime, `${label}-prime-overview-other-submitted`);
      await answerAll(prime, "prime", `${label}-prime`);

      for (const [page, name] of [
        [prime, "prime-result"],
        [vcs, "vcs-result-phone"],
        [owner, "owner-result"],
      ] as const) {
        await page.reload();
        await expect.poll(() => page.locator(".verdict__label").textContent()).toBe("Red lines in conflict");
        const flags = page.locator(".flag");
        expect(await flags.first().textContent()).toContain("Dealbreaker");
        expect(await flags.first().textContent()).toContain("rebranding");
        await visit(page, `${label}-${name}`, { all: true });
      }

      // The full report, with its charts (drawn on the server, so present without JavaScript too).
      for (const [page, name] of [
        [vcs, "vcs-full-report-phone"],
        [owner, "owner-full-report"],
      ] as const) {
        await page.getByRole("button", { name: "Read the full report" }).click();
        await expect.poll(() => page.locator("figure.chart svg").count()).toBeGreaterThan(2);
        expect(await page.locator("main").textContent()).toContain("<script>alert('x')</script>");
        await visit(page, `${label}-${name}`, { all: true });
      }
      expect(dialogs, "a script in a note must never run, charts and report included").toBe(0);

      // The board paper: A4 print view, printed to PDF by Chromium, holding the verdict and every flag.
      await owner.getByRole("link", { name: /Board paper/ }).click();
      await expect.poll(() => owner.locator(".board-paper h1").count()).toBe(1);
      await visit(owner, `${label}-board-paper`, { all: true });
      const flagTitles = await owner.locator(".flag h3").allTextContents();
      expect(flagTitles.length).toBeGreaterThan(0);
      const pdf = await owner.pdf({ format: "A4", printBackground: true });
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, `${label}-board-paper.pdf`), pdf);
      // PDF text comes back with ligatures split ("con fl ict"), so compare without any spaces.
      const text = (await pdfText(pdf)).replace(/\s+/g, "");
      const squash = (value: string) => value.replace(/\s+/g, "");
      expect(text).toContain(squash("Red lines in conflict"));
      // Titles follow their severity tag ("Dealbreaker Mandatory rebranding").
      for (const title of flagTitles) expect(text).toContain(squash(title));
      expect(text, "no site navigation in print").not.toContain(squash("Start a check"));
    });

    // Autosave is the JavaScript enhancement; without it, "Save and continue" saves (tested above).
    if (javaScript)
      test("answers save as they change, without pressing a button", { timeout: 60_000 }, async () => {
        const created = await fetch(`${env.server().url}/api/v1/checks`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ title: "Autosave", vcsName: "Helping Hands", primeName: "BigCo" }),
        });
        const { links } = (await created.json()) as { links: { vcs: string } };
        const page = await (await newContext(env.browser(), { javaScript })).newPage();
        await page.goto(links.vcs);
        await page.getByRole("button", { name: "Accept and start" }).click();
        await page.waitForURL(/\/vcs\?claimed=1$/);
        const base = page.url().replace(/\?.*$/, "");
        await page.goto(`${base}/section/brand-identity`);
        await page.check('input[name="items.brand-delivery.preferred"][value="2"]');
        // A partial save names what is missing, in the warning colour.
        await expect
          .poll(() => page.locator(".saved-status").textContent())
          .toMatch(/^Saved, except: question \d+ is not saved yet \(choose how much this matters to you\)\.$/);
        expect(await page.locator(".saved-status--warning").count()).toBe(1);
        await page.check('input[name="items.brand-delivery.importance"][value="high"]');
        await page.fill('textarea[name="items.brand-delivery.note"]', "Typed, never submitted");
        await expect.poll(() => page.locator(".saved-status").textContent()).toBe("Saved.");
        expect(await page.locator(".saved-status--warning").count()).toBe(0);
        await screenshot(page, "js-autosave");
        await page.reload();
        expect(await page.isChecked('input[name="items.brand-delivery.preferred"][value="2"]')).toBe(true);
        expect(await page.inputValue('textarea[name="items.brand-delivery.note"]')).toBe("Typed, never submitted");
      });

    test("the method page explains the real calculation", { timeout: 60_000 }, async () => {
      const page = await (await newContext(env.browser(), { javaScript })).newPage();
      await page.goto(`${env.server().url}/how-scoring-works`);
      expect(await page.locator("h1").textContent()).toBe("How the score works");
      // The fit table's first row: the same preferred position → fit 1.
      expect(await page.locator("table tbody tr").first().textContent()).toContain("1");
      // The worked example's first question: preferred 2 and 4 with one position in common → fit 0.35 (method v2).
      const example = page.locator("table", { has: page.locator("caption", { hasText: "Three questions" }) });
      expect(await example.locator("tbody tr").first().textContent()).toContain("0.35");
      await visit(page, `${label}-how-scoring-works`);
    });

    test("an unknown link shows a friendly page, not an error", { timeout: 60_000 }, async () => {
      const page = await (await newContext(env.browser(), { javaScript })).newPage();
      const response = await page.goto(`${env.server().url}/i/${"x".repeat(32)}`);
      expect(response?.status()).toBe(404);
      expect(await page.locator("h1").textContent()).toBe("Page not found");
      await visit(page, `${label}-not-found`);
    });
  });
}
