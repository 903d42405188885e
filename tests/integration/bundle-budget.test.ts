/**
 * The JavaScript budget, checked on the production build (built by
 * tests/setup/global.ts): bytes do not vary between runs, so unlike timings
 * this can be a test. Figures for every page: `npm run bench`.
 */
import { expect, test } from "vitest";
import { CHART_PAGES, PAGE_ROUTES, QUESTIONNAIRE_JS_BUDGET_GZIP, routeWeight } from "../bench/page-weight";

test("a questionnaire page ships at most 110 KB of gzipped JavaScript", () => {
  const weight = routeWeight(PAGE_ROUTES.questionnaire);
  expect(weight.jsGzipBytes).toBeLessThanOrEqual(QUESTIONNAIRE_JS_BUDGET_GZIP);
});

test("d3 reaches only the pages with charts", () => {
  for (const [page, route] of Object.entries(PAGE_ROUTES)) {
    expect(routeWeight(route).hasD3, page).toBe(CHART_PAGES.has(page));
  }
});
