/**
 * The realistic clash (tests/fixtures.ts, REALISTIC_CLASH: dozens of flags, several dealbreakers) seeded through
 * the API, then read as a trustee would: the board paper prints to at most ten A4 pages and its first page
 * names every dealbreaker and the chief executive's recommendation; the CSV holds every figure and flag; the
 * report reads on a phone.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { readReportCsv } from "../csv";
import { REALISTIC_CLASH } from "../fixtures";
import { ARTIFACTS, expectAccessible, launchBrowser, newContext, screenshot } from "./support/browser";
import { hasChromium } from "./support/chromium";
import { pdfPages } from "./support/pdf";
import { startServer, type RunningServer } from "./support/server";

const bank = currentQuestionnaire();
const RECOMMENDATION = "Do not sign until BigCo Justice accepts co-branding and our right to campaign, in writing.";

async function seedClash(base: string) {
  const api = `${base}/api/v1`;
  const created = await fetch(`${api}/checks`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      title: REALISTIC_CLASH.title,
      vcsName: REALISTIC_CLASH.vcsName,
      primeName: REALISTIC_CLASH.primeName,
    }),
  });
  expect(created.status).toBe(201);
  const { tokens, links } = (await created.json()) as {
    tokens: Record<"owner" | Side, string>;
    links: { owner: string };
  };
  for (const side of ["vcs", "prime"] as const) {
    // Each side claims its invitation first, as the person it was sent to would, and answers with its own token.
    const claimed = await fetch(`${api}/invitations/claim`, {
      method: "POST",
      headers: { Authorization: `Bearer ${tokens[side]}` },
    });
    expect(claimed.status, await claimed.clone().text()).toBe(200);
    tokens[side] = ((await claimed.json()) as { token: string }).token;
    const answers = Object.fromEntries(
      bank.dimensions.flatMap((d) =>
        d.items.map((item) => {
          const a = REALISTIC_CLASH.answer(side, item.id);
          const acceptable = Array.from(
            { length: a.acceptable.max - a.acceptable.min + 1 },
            (_, i) => a.acceptable.min + i,
          );
          return [item.id, { preferred: a.preferred, acceptable, importance: a.importance, redLine: a.redLine }];
        }),
      ),
    );
    const headers = { Authorization: `Bearer ${tokens[side]}`, "Content-Type": "application/json" };
    const put = await fetch(`${api}/answers`, {
      method: "PUT",
      headers,
      body: JSON.stringify({ answers, facts: REALISTIC_CLASH.facts[side] }),
    });
    expect(put.status, await put.clone().text()).toBe(200);
    const submitted = await fetch(`${api}/answers/submit`, { method: "POST", headers });
    expect(submitted.status, await submitted.clone().text()).toBe(200);
  }
  const report = (await (
    await fetch(`${api}/report`, { headers: { Authorization: `Bearer ${tokens.owner}` } })
  ).json()) as { flags: Array<{ severity: string; title: string }> };
  return { ownerLink: links.owner, report };
}

describe.skipIf(!hasChromium)("the board paper of a realistic clash", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  test(
    "page 1 names every dealbreaker and the recommendation; the paper is at most ten A4 pages",
    { timeout: 120_000 },
    async () => {
      const { ownerLink, report } = await seedClash(server.url);
      expect(report.flags.length).toBeGreaterThan(40);
      const owner = await (await newContext(browser, { javaScript: true })).newPage();
      await owner.goto(ownerLink);
      const checkUrl = owner.url();

      // The chief executive's recommendation, written by the owner on the report page.
      await owner.goto(`${checkUrl}/report`);
      await owner.getByLabel("Recommendation to the board").fill(RECOMMENDATION);
      await owner.getByRole("button", { name: "Save the recommendation" }).click();
      await expect.poll(() => owner.locator(".recommendation__text").textContent()).toBe(RECOMMENDATION);
      await expectAccessible(owner, { all: true });
      await screenshot(owner, "clash-report");
      await owner.screenshot({ path: join(ARTIFACTS, "clash-report-top.png") });

      await owner.goto(`${checkUrl}/print`);
      await expect.poll(() => owner.getByRole("link", { name: "Back to the check" }).count()).toBe(1);
      await expectAccessible(owner, { all: true });
      await screenshot(owner, "clash-board-paper");
      const pdf = await owner.pdf({ format: "A4", printBackground: true });
      mkdirSync(ARTIFACTS, { recursive: true });
      writeFileSync(join(ARTIFACTS, "clash-board-paper.pdf"), pdf);
      // What the printed pages look like, for people to check (A4 at 96 px an inch is 794 px wide).
      await owner.setViewportSize({ width: 794, height: 1123 });
      await owner.emulateMedia({ media: "print" });
      await screenshot(owner, "clash-board-paper-print");
      await owner.screenshot({ path: join(ARTIFACTS, "clash-board-paper-print-top.png") });
      await owner.emulateMedia({ media: "screen" });
      const pages = await pdfPages(pdf);
      const squash = (value: string) => value.replace(/\s+/g, "");
      expect(pages.length, "a trustee's board paper").toBeLessThanOrEqual(10);
      const first = squash(pages[0]!);
      expect(first).toContain(squash("Red lines in conflict"));
      const dealbreakers = [...new Set(report.flags.filter((f) => f.severity === "dealbreaker").map((f) => f.title))];
      expect(dealbreakers.length).toBeGreaterThan(1);
      for (const title of dealbreakers) expect(first, `page 1 names ${title}`).toContain(squash(title));
      expect(first).toContain(squash(RECOMMENDATION));
      // The whole decision is on page 1: the money in figures and what to ask for before signing.
      expect(first).toContain(squash("The money, in figures"));
      expect(first).toContain(squash("free reserves cover 2 months"));
      expect(first).toContain(squash("Ask for before signing"));
      expect(squash(pages[1]!).startsWith(squash("Every issue"))).toBe(true);
      const all = squash(pages.join(" "));
      // Every kind of flag is in the paper, and the method note prints the method page's address.
      for (const title of new Set(report.flags.map((f) => f.title))) expect(all).toContain(squash(title));
      expect(all).toContain(squash(`${server.url}/how-scoring-works`));

      // The spreadsheet, downloaded through the page's link: every figure and every flag, named by the organisations.
      const [download] = await Promise.all([
        owner.waitForEvent("download"),
        owner.goto(`${checkUrl}/report`).then(() => owner.getByRole("link", { name: /spreadsheet \(CSV\)/ }).click()),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^common-ground-community-rehabilitation-north-west-\d{4}-\d{2}-\d{2}\.csv$/,
      );
      const csv = readReportCsv(readFileSync((await download.path())!, "utf8"));
      expect(csv.title).toContain(REALISTIC_CLASH.title);
      const given = (["vcs", "prime"] as const).flatMap((side) =>
        Object.entries(REALISTIC_CLASH.facts[side]).map(([id, value]) => [id, String(value)]),
      );
      const figures = Object.fromEntries(csv.blocks.Figures!.map((f) => [f.figure, f.value]));
      for (const [id, value] of given) expect(figures[id!], id).toBe(value);
      expect(csv.blocks.Flags!.map((f) => f.title)).toEqual(report.flags.map((f) => f.title));
      expect(Object.keys(csv.blocks.Answers![0]!)).toContain(`${REALISTIC_CLASH.vcsName}: preferred`);
      await owner.goto(`${checkUrl}/print`);

      // The question-by-question detail is an appendix for those who ask for it.
      await owner.getByRole("link", { name: "Include it as an appendix" }).click();
      await expect.poll(() => owner.locator("#appendix").count()).toBe(1);
      const withAppendix = await pdfPages(await owner.pdf({ format: "A4", printBackground: true }));
      expect(withAppendix.length).toBeGreaterThan(pages.length);
    },
  );

  test(
    "on a 390 px phone the report and board paper fit the screen, and no text, in the charts too, is under 12 px",
    { timeout: 120_000 },
    async () => {
      const { ownerLink } = await seedClash(server.url);
      const phone = await (await newContext(browser, { javaScript: true, width: 390 })).newPage();
      await phone.goto(ownerLink);
      const checkUrl = phone.url();
      for (const [path, name] of [
        ["/report", "clash-report-phone"],
        ["/print", "clash-board-paper-phone"],
      ] as const) {
        await phone.goto(`${checkUrl}${path}`);
        await screenshot(phone, name);
        await phone.screenshot({ path: join(ARTIFACTS, `${name}-top.png`) });
        // Each chart as the phone shows it, for people to look at.
        const charts = await phone.locator(".chart__svg svg:visible").all();
        expect(charts.length, `${name}: charts shown`).toBeGreaterThan(0);
        for (const [index, chart] of charts.entries()) {
          await chart.screenshot({ path: join(ARTIFACTS, `${name}-chart-${index + 1}.png`) });
        }
        // The layout's estimate of text widths holds in a real browser's fonts: no chart text leaves its drawing.
        const outside = await phone.evaluate(() =>
          [...document.querySelectorAll<SVGSVGElement>(".chart__svg svg")]
            .filter((svg) => svg.checkVisibility())
            .flatMap((svg) => {
              const frame = svg.getBoundingClientRect();
              return [...svg.querySelectorAll("text")]
                .filter((text) => {
                  const box = text.getBoundingClientRect();
                  return box.left < frame.left - 1 || box.right > frame.right + 1 || box.bottom > frame.bottom + 1;
                })
                .map((text) => text.textContent);
            }),
        );
        expect(outside, `${name}: chart text outside its chart`).toEqual([]);
        const width = await phone.evaluate(() => document.documentElement.scrollWidth);
        expect(width, `${name}: no sideways scrolling`).toBeLessThanOrEqual(390);
        const smallest = await phone.evaluate(smallestVisibleText);
        expect(smallest.size, `${name}: smallest text "${smallest.text}"`).toBeGreaterThanOrEqual(12);
      }
    },
  );
});

/**
 * The smallest size at which visible text in the main content is drawn, charts included: SVG text is measured
 * as rendered, its font size times the scale its drawing is shown at. Only text nobody sees is left out: hidden
 * elements (display:none, the other chart of a wide/narrow pair), visually hidden text and SVG titles and
 * descriptions, which are never drawn.
 */
function smallestVisibleText(): { size: number; text: string } {
  let smallest = { size: Infinity, text: "" };
  const walker = document.createTreeWalker(document.querySelector("main") ?? document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    if (!element || !node.textContent?.trim() || element.closest(".visually-hidden, title, desc")) continue;
    if (!element.checkVisibility({ visibilityProperty: true })) continue;
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    let size = parseFloat(getComputedStyle(element).fontSize);
    if (element instanceof SVGGraphicsElement) {
      const matrix = element.getScreenCTM();
      if (matrix) size *= Math.hypot(matrix.a, matrix.b);
    }
    if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 40) };
  }
  return smallest;
}
