/**
 * Lighthouse 12 (mobile settings, the default) with Debian's Chromium on the
 * home, questionnaire and report pages.
 */
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { chromiumPath } from "../e2e/support/chromium";
import type { BenchContext, BenchResult } from "./runner";
import type { SeededPage } from "./seed";

export const name = "lighthouse";

export async function run(context: BenchContext): Promise<BenchResult> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [
      "--headless=new",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  const rows: BenchResult["rows"] = [];
  try {
    const pages: SeededPage[] = [context.pages.home, context.pages.questionnaire, context.pages.report];
    for (const page of pages) {
      const result = await lighthouse(`${context.server.url}${page.path}`, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices"],
        extraHeaders: page.cookie ? { Cookie: page.cookie } : undefined,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.name}`);
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      rows.push({
        page: page.name,
        performance: score("performance"),
        accessibility: score("accessibility"),
        "best practices": score("best-practices"),
        "LCP ms": Math.round(lhr.audits["largest-contentful-paint"]?.numericValue ?? 0),
        "TBT ms": Math.round(lhr.audits["total-blocking-time"]?.numericValue ?? 0),
        // What cost points outside performance, so a miss can be acted on.
        "failing audits": (["accessibility", "best-practices"] as const)
          .flatMap((category) => lhr.categories[category]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id)
          .join(" "),
      });
    }
  } finally {
    await chrome.kill();
  }
  const all = (key: string, min: number) => rows.every((r) => Number(r[key]) >= min);
  return {
    rows,
    budgets: [
      {
        budget: "accessibility 100 on all three pages",
        value: rows.map((r) => r.accessibility).join(", "),
        met: all("accessibility", 100),
      },
      {
        budget: "best practices 100 on all three pages",
        value: rows.map((r) => r["best practices"]).join(", "),
        met: all("best practices", 100),
      },
      {
        budget: "performance ≥ 95 on all three pages",
        value: rows.map((r) => r.performance).join(", "),
        met: all("performance", 95),
      },
    ],
  };
}
