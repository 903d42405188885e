/**
 * What each page makes a browser download: the JavaScript and CSS that the
 * build's manifest lists for its route (entry, root and route, with their
 * shared chunks), raw and gzipped, and whether d3 is among it. Bytes do not
 * vary between runs, so `npm test` checks the budget from this too.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchContext, BenchResult } from "./runner";

const BUILD = join(process.cwd(), "public");

interface ManifestRoute {
  id: string;
  parentId?: string;
  module: string;
  imports?: string[];
}

interface Manifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}

export function readManifest(): Manifest {
  const file = readdirSync(join(BUILD, "build")).find((f) => /^manifest-.*\.js$/.test(f));
  if (!file) throw new Error("No build manifest: run `npm run build` first");
  const source = readFileSync(join(BUILD, "build", file), "utf8");
  return JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as Manifest;
}

/** d3-color's table of named colours comes with d3-scale: a fingerprint that survives minification. */
const D3_FINGERPRINT = "aliceblue";

export interface RouteWeight {
  route: string;
  files: string[];
  jsRawBytes: number;
  jsGzipBytes: number;
  cssRawBytes: number;
  cssGzipBytes: number;
  hasD3: boolean;
}

export function routeWeight(routeId: string): RouteWeight {
  const manifest = readManifest();
  const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
  let route: ManifestRoute | undefined = manifest.routes[routeId];
  if (!route) throw new Error(`No route ${routeId} in the manifest`);
  while (route) {
    files.add(route.module);
    for (const file of route.imports ?? []) files.add(file);
    route = route.parentId ? manifest.routes[route.parentId] : undefined;
  }
  let jsRawBytes = 0;
  let jsGzipBytes = 0;
  let hasD3 = false;
  for (const file of files) {
    const bytes = readFileSync(join(BUILD, file));
    jsRawBytes += bytes.length;
    jsGzipBytes += gzipSync(bytes).length;
    if (bytes.toString("utf8").includes(D3_FINGERPRINT)) hasD3 = true;
  }
  const cssFiles = readdirSync(join(BUILD, "build", "_assets")).filter((f) => f.endsWith(".css"));
  let cssRawBytes = 0;
  let cssGzipBytes = 0;
  for (const file of cssFiles) {
    const bytes = readFileSync(join(BUILD, "build", "_assets", file));
    cssRawBytes += bytes.length;
    cssGzipBytes += gzipSync(bytes).length;
  }
  return { route: routeId, files: [...files], jsRawBytes, jsGzipBytes, cssRawBytes, cssGzipBytes, hasD3 };
}

export const PAGE_ROUTES = {
  home: "routes/_index",
  "start a check": "routes/checks.new",
  questionnaire: "routes/checks.$checkId.$side.section.$sectionId",
  review: "routes/checks.$checkId.$side.review",
  "side's page": "routes/checks.$checkId.$side._index",
  "owner page": "routes/checks.$checkId._index",
  "full report": "routes/checks.$checkId.report",
  "board paper": "routes/checks.$checkId.print",
  "method page": "routes/how-scoring-works",
} as const;

export const QUESTIONNAIRE_JS_BUDGET_GZIP = 110 * 1024;
export const CHART_PAGES: ReadonlySet<string> = new Set(["full report", "board paper"]);

export const name = "page weight";

export async function run(_context: BenchContext): Promise<BenchResult> {
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  const rows = Object.entries(PAGE_ROUTES).map(([page, id]) => {
    const w = routeWeight(id);
    return {
      page,
      "JS KB": kb(w.jsRawBytes),
      "JS KB gzip": kb(w.jsGzipBytes),
      "CSS KB": kb(w.cssRawBytes),
      "CSS KB gzip": kb(w.cssGzipBytes),
      d3: w.hasD3,
    };
  });
  const questionnaire = routeWeight(PAGE_ROUTES.questionnaire);
  const d3Leaks = rows.filter((r) => r.d3 && !CHART_PAGES.has(r.page)).map((r) => r.page);
  return {
    rows,
    budgets: [
      {
        budget: "JavaScript on a questionnaire page ≤ 110 KB gzipped",
        value: `${kb(questionnaire.jsGzipBytes)} KB`,
        met: questionnaire.jsGzipBytes <= QUESTIONNAIRE_JS_BUDGET_GZIP,
      },
      {
        budget: "no d3 on pages without charts",
        value: d3Leaks.length ? d3Leaks.join(", ") : "none",
        met: d3Leaks.length === 0,
      },
    ],
  };
}
