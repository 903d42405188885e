import { mkdirSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { chromiumPath } from "./chromium";
import { startServer, type RunningServer } from "./server";

export const ARTIFACTS = join(process.cwd(), "tests", "artifacts");

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      // Without these, Chromium floods this closed network with refused connections.
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const withoutJavaScript = new WeakSet<BrowserContext>();

export async function newContext(
  browser: Browser,
  options: { javaScript: boolean; width?: number },
): Promise<BrowserContext> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript,
    viewport: { width: options.width ?? 1280, height: 900 },
    locale: "en-GB",
  });
  if (!options.javaScript) withoutJavaScript.add(context);
  return context;
}

/**
 * axe runs as a script in the page, so a page whose context has JavaScript
 * turned off is scanned as a copy: its HTML, loaded (with its stylesheets but
 * none of its scripts) into a context that allows axe to run.
 */
async function scannablePage(page: Page): Promise<{ target: Page; close: () => Promise<void> }> {
  if (!withoutJavaScript.has(page.context())) return { target: page, close: async () => {} };
  const browser = page.context().browser();
  if (!browser) throw new Error("No browser for the axe copy");
  const context = await browser.newContext({ viewport: page.viewportSize() ?? { width: 1280, height: 900 } });
  const url = page.url();
  const html = await page.content();
  await context.route("**/*.js", (route) => route.abort());
  // The copy is served at the page's own address, so its stylesheets load exactly as they did.
  await context.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }));
  const copy = await context.newPage();
  await copy.goto(url, { waitUntil: "load" });
  // Colour and target-size checks need the real styles: make sure every stylesheet has loaded.
  // A sheet whose rules cannot be read yet (Chromium has thrown a SecurityError mid-load on a busy machine) is not
  // loaded yet: ask again rather than fail.
  await copy.waitForFunction(() => {
    const sheets = [...document.styleSheets];
    try {
      return sheets.length > 0 && sheets.every((sheet) => sheet.cssRules.length > 0);
    } catch {
      return false;
    }
  });
  return { target: copy, close: () => context.close() };
}

/**
 * Every page visited must have no serious or critical WCAG 2.2 AA violations;
 * with `{ all: true }` (the report and the board paper), none at all.
 */
export async function expectAccessible(page: Page, options: { all?: boolean } = {}) {
  const { target, close } = await scannablePage(page);
  const results = await new AxeBuilder({ page: target })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze()
    .finally(close);
  const blocking = options.all
    ? results.violations
    : results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    blocking.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    `axe on ${page.url()}`,
  ).toEqual([]);
}

/** Saves a full-page screenshot under tests/artifacts for people to look at. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/**
 * For a describe block: a production server and a Chromium, started before
 * its tests and stopped after. Read them inside tests (`env.server()`).
 */
export function serverAndBrowser(launch: () => Promise<Browser> = launchBrowser) {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launch()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return { server: () => server!, browser: () => browser! };
}
