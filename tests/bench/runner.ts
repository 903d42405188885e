/**
 * `npm run bench`: every benchmark, against the production build, in one
 * run. Prints a table per benchmark and writes all figures as JSON to
 * tests/bench/results/. A benchmark is a module exporting `name` and
 * `run(context)`; add one to BENCHMARKS to plug it in.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { startServer, type RunningServer } from "../e2e/support/server";
import * as board from "./board";
import * as cpu from "./cpu";
import * as lighthouse from "./lighthouse";
import * as memory from "./memory";
import * as pageWeight from "./page-weight";
import * as scoring from "./scoring";
import * as search from "./search";
import { seedPages, type SeededPages } from "./seed";
import * as startup from "./startup";
import * as throughput from "./throughput";
import * as workshopLoad from "./workshop-load";
import * as workshopProcesses from "./workshop-processes";
import * as workshopSession from "./workshop-session";

export interface BenchContext {
  server: RunningServer;
  pages: SeededPages;
  quick: boolean;
}

export interface BenchResult {
  /** Rows printed as a table and saved as JSON. */
  rows: Array<Record<string, string | number | boolean | null>>;
  /** Budgets checked by this benchmark: reported, never asserted. */
  budgets?: Array<{ budget: string; value: string; met: boolean }>;
}

export interface Benchmark {
  name: string;
  run: (context: BenchContext) => Promise<BenchResult>;
}

const BENCHMARKS: Benchmark[] = [
  startup,
  throughput,
  memory,
  cpu,
  pageWeight,
  workshopLoad,
  workshopProcesses,
  workshopSession,
  board,
  search,
  scoring,
  lighthouse,
];

async function main() {
  const quick = process.argv.includes("--quick");
  const only = process.argv
    .find((a) => a.startsWith("--only="))
    ?.slice("--only=".length)
    .split(",");
  const server = await startServer({
    RATE_LIMIT_CHECKS_PER_MINUTE: "100000",
    RATE_LIMIT_LINK_OPENS_PER_MINUTE: "100000",
  });
  const results: Record<string, BenchResult & { seconds: number }> = {};
  try {
    const pages = await seedPages(server.url);
    for (const benchmark of BENCHMARKS) {
      if (only && !only.includes(benchmark.name)) continue;
      const started = performance.now();
      console.log(`\n## ${benchmark.name}`);
      const result = await benchmark.run({ server, pages, quick });
      console.table(result.rows);
      for (const b of result.budgets ?? []) console.log(`${b.met ? "met   " : "MISSED"}  ${b.budget}: ${b.value}`);
      results[benchmark.name] = { ...result, seconds: Math.round((performance.now() - started) / 100) / 10 };
    }
  } finally {
    await server.stop();
  }
  const folder = join(process.cwd(), "tests", "bench", "results");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    JSON.stringify({ node: process.version, date: new Date().toISOString(), quick, results }, null, 2),
  );
  console.log(`\nFigures written to ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
