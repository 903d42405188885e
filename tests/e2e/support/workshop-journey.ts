/**
 * A facilitator runs a workshop (issue 18), in real Chromium, once with and
 * once without JavaScript (workshop-js.test.ts, workshop-no-js.test.ts, so the
 * two run in parallel): the facilitator starts a workshop against a built-in
 * scenario prime, asking one section of the core set so the journey stays
 * short; three participants join with the code, each on a phone in a browser
 * of its own, answer and submit, and see their own result at once; the live
 * view shows the room's spread once the third has submitted (refreshing by
 * itself with JavaScript, by its Refresh link without); one participant prints
 * and downloads its summary for its board. The facilitator cannot open a
 * participant's pages, closing stops new joins, and deleting removes it all.
 * Every new page gets an axe scan and a screenshot.
 */
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import { expectAccessible, launchBrowser, newContext, screenshot, serverAndBrowser } from "./browser";
import { hasChromium } from "./chromium";

const questionnaire = currentQuestionnaire();
const SECTION = questionnaire.dimensions.find((d) => d.id === "brand-identity")!;
const CORE_ITEMS = SECTION.items.filter((i) => i.core);
const TITLE = "What we will and won’t compromise on: Kent CVS";
// Generous for a loaded two-core CI machine: the live view's own refresh is every few seconds.
const TIMEOUT = { timeout: 45_000 };

async function visit(page: Page, name: string) {
  await expectAccessible(page);
  await screenshot(page, name);
}

const heading = (page: Page) => page.locator("h1").textContent();
const mainText = async (page: Page) => (await page.locator("main").textContent()) ?? "";

/** One participant joins with the code typed as people type it, answers the one section, and submits. */
async function joinAndAnswer(
  context: BrowserContext,
  origin: string,
  code: string,
  participant: { name?: string; position: number; redLine?: boolean },
  shots: string | null,
) {
  const page = await context.newPage();
  await page.goto(`${origin}/join`);
  await expect.poll(() => heading(page), TIMEOUT).toBe("Join a workshop");
  if (shots) await visit(page, `${shots}-join-code`);
  await page.getByLabel("Workshop code").fill(code.toLowerCase());
  await page.getByRole("button", { name: "Continue" }).click();
  await expect.poll(() => heading(page), TIMEOUT).toBe(`Join: ${TITLE}`);
  // What a participant is told before it commits: the facilitator sees only the room's totals.
  expect(await mainText(page)).toMatch(/never which organisation/i);
  if (shots) await visit(page, `${shots}-join`);
  if (participant.name) await page.getByLabel("Your organisation’s name (optional)").fill(participant.name);
  await page.getByRole("button", { name: "Join and start answering" }).click();
  await page.waitForURL(/\/checks\/[A-Za-z0-9_-]+\/vcs$/, TIMEOUT);
  const base = page.url();
  if (shots) await visit(page, `${shots}-participant-home`);
  await page.getByRole("button", { name: "Start answering" }).click();
  await expect.poll(() => heading(page), TIMEOUT).toBe(SECTION.title);
  for (const item of CORE_ITEMS) {
    const name = (f: string) => `items.${item.id}.${f}`;
    await page.check(`input[name="${name("preferred")}"][value="${participant.position}"]`);
    await page.check(`input[name="${name("importance")}"][value="${participant.redLine ? "high" : "medium"}"]`);
    if (participant.redLine) await page.check(`input[name="${name("redLine")}"]`);
  }
  if (shots) await visit(page, `${shots}-participant-section`);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect.poll(() => heading(page), TIMEOUT).toBe("Check your answers before you submit");
  await page.getByLabel(/I confirm these are/).check();
  await page.getByRole("button", { name: "Submit answers" }).click();
  // Its own result against the scenario, at once.
  await expect.poll(() => mainText(page), TIMEOUT).toMatch(/Fenmoor Justice Partnership/);
  await expect
    .poll(() => page.getByRole("link", { name: "What we will and won’t compromise on" }).count(), TIMEOUT)
    .toBe(1);
  if (shots) await visit(page, `${shots}-participant-result`);
  return { page, base };
}

export function describeWorkshopJourney(javaScript: boolean) {
  const label = javaScript ? "js" : "no-js";
  describe.skipIf(!hasChromium)(`a facilitator runs a workshop (${label})`, () => {
    const env = serverAndBrowser(launchBrowser);

    test(
      "three participants join on phones and submit; the live view shows the room; one takes its summary home",
      { timeout: 600_000 },
      async () => {
        const origin = env.server().url;
        // The facilitator starts the workshop through the pages.
        const facilitatorContext = await newContext(env.browser(), { javaScript });
        const facilitator = await facilitatorContext.newPage();
        await facilitator.goto(`${origin}/workshops/new`);
        await expect.poll(() => heading(facilitator), TIMEOUT).toBe("Start a workshop");
        await facilitator.getByRole("button", { name: "Create the workshop" }).click();
        await expect.poll(() => facilitator.locator(".error-summary").count(), TIMEOUT).toBe(1);
        await visit(facilitator, `${label}-workshop-new-errors`);
        await facilitator.getByLabel("Workshop title").fill(TITLE);
        await facilitator.getByLabel("A probation prime seeking a tighter embrace").check();
        await facilitator.getByLabel(/short core set/).check();
        for (const d of questionnaire.dimensions) {
          const box = facilitator.getByLabel(d.title, { exact: true });
          if (d.id === SECTION.id) await box.check();
          else await box.uncheck();
        }
        await facilitator.getByRole("button", { name: "Create the workshop" }).click();
        await facilitator.waitForURL(/\/workshops\/[A-Za-z0-9_-]{16}$/, TIMEOUT);
        const workshopPage = facilitator.url();
        await expect.poll(() => heading(facilitator), TIMEOUT).toBe(TITLE);
        const joinLink = await facilitator.locator("#join-link").inputValue(TIMEOUT);
        const code = /\/join\/([0-9A-Z]{8})$/.exec(joinLink)?.[1];
        expect(code, "the join link on the facilitator's page").toBeTruthy();
        // The code as the screen shows it, in two groups of four.
        expect(await mainText(facilitator)).toContain(`${code!.slice(0, 4)}-${code!.slice(4)}`);
        await expect.poll(() => facilitator.locator("svg[role=img][aria-label^='QR code']").count(), TIMEOUT).toBe(1);
        await visit(facilitator, `${label}-workshop`);

        // The live view, for the projector: nothing of the room before three have submitted.
        await facilitator.getByRole("button", { name: "Open the live view" }).click();
        await facilitator.waitForURL(/\/live$/, TIMEOUT);
        const live = facilitator.url();
        await expect.poll(() => mainText(facilitator), TIMEOUT).toContain("appear once three organisations");
        await visit(facilitator, `${label}-workshop-live-empty`);

        // Three participants join, each on a phone in a browser of its own.
        const phones = await Promise.all([1, 2, 3].map(() => newContext(env.browser(), { javaScript, width: 390 })));
        const keeper = await joinAndAnswer(
          phones[0]!,
          origin,
          code!,
          { name: "Riverside Advice", position: 1, redLine: true },
          `${label}-workshop`,
        );
        await joinAndAnswer(phones[1]!, origin, code!, { position: 1 }, null);
        // Two have submitted: still nothing of the room on the live view.
        await facilitator.goto(live);
        await expect.poll(() => mainText(facilitator), TIMEOUT).toContain("appear once three organisations");
        await joinAndAnswer(phones[2]!, origin, code!, { position: 4 }, null);

        // The third submission: with JavaScript the live view refreshes by itself; without, by its Refresh link.
        if (!javaScript) await facilitator.getByRole("link", { name: "Refresh" }).click();
        await expect.poll(() => mainText(facilitator), TIMEOUT).toContain("Where the room stands");
        const room = await mainText(facilitator);
        expect(room).toContain("Dealbreakers the scenario triggered");
        expect(room).not.toContain("Riverside Advice");
        await expect
          .poll(() => facilitator.locator("svg[role=img]").count(), TIMEOUT)
          .toBeGreaterThan(CORE_ITEMS.length);
        await visit(facilitator, `${label}-workshop-live`);

        // One participant's summary for its board: on the page, printed, and as a file.
        await keeper.page.getByRole("link", { name: "What we will and won’t compromise on" }).click();
        await expect.poll(() => heading(keeper.page), TIMEOUT).toBe("What we will and won’t compromise on");
        const summary = await mainText(keeper.page);
        for (const h of [
          "Our red lines",
          "Dealbreakers this scenario triggered",
          "Questions to take back to our board",
        ]) {
          expect(summary).toContain(h);
        }
        await visit(keeper.page, `${label}-workshop-summary`);
        if (javaScript) {
          await expect
            .poll(() => keeper.page.getByRole("button", { name: "Print this summary" }).count(), TIMEOUT)
            .toBe(1);
          await keeper.page.emulateMedia({ media: "print" });
          await screenshot(keeper.page, `${label}-workshop-summary-print`);
          await keeper.page.emulateMedia({ media: "screen" });
        }
        const href = await keeper.page
          .getByRole("link", { name: "Download this summary (text file)" })
          .getAttribute("href");
        const file = await phones[0]!.request.get(new URL(href!, keeper.base).toString());
        expect(file.status()).toBe(200);
        expect(file.headers()["content-disposition"]).toMatch(/attachment/);
        expect(await file.text()).toContain("Our red lines");

        // The facilitator never opens a participant's pages.
        expect((await facilitator.goto(keeper.base))?.status()).toBe(403);

        // The room's figures as CSV, with nothing identifying.
        await facilitator.goto(workshopPage);
        const csvHref = await facilitator
          .getByRole("link", { name: /Download the room’s figures/ })
          .getAttribute("href");
        const csv = await facilitatorContext.request.get(new URL(csvHref!, workshopPage).toString());
        expect(csv.status()).toBe(200);
        expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
        expect(await csv.text()).not.toContain("Riverside Advice");

        // Closing stops new joins.
        await facilitator.getByRole("button", { name: "Close the workshop to new answers" }).click();
        await expect
          .poll(() => facilitator.getByRole("button", { name: "Reopen the workshop" }).count(), TIMEOUT)
          .toBe(1);
        const late = await phones[1]!.newPage();
        const refused = await late.goto(`${origin}/join/${code}`);
        expect(refused?.status()).toBe(410);
        await expect.poll(() => heading(late), TIMEOUT).toBe("This workshop has closed");
        await visit(late, `${label}-workshop-closed`);

        // Deleting removes the workshop and every participant's answers.
        await facilitator.getByRole("link", { name: "Delete the workshop" }).click();
        await expect.poll(() => heading(facilitator), TIMEOUT).toBe("Delete the workshop");
        await visit(facilitator, `${label}-workshop-delete`);
        await facilitator.getByLabel("I want to delete this workshop and every participant’s answers").check();
        await facilitator.getByRole("button", { name: "Delete the workshop" }).click();
        await expect.poll(() => heading(facilitator), TIMEOUT).toBe("The workshop has been deleted");
        expect([403, 404]).toContain((await keeper.page.goto(keeper.base))?.status());

        await Promise.all([...phones, facilitatorContext].map((c) => c.close()));
      },
    );
  });
}
