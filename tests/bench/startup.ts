/** Start-up: from spawning the production server to its first served page. */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BenchContext, BenchResult } from "./runner";
import { freePort } from "../setup/free-port";

async function timeToFirstPage(): Promise<number> {
  const port = await freePort();
  const databasePath = join(mkdtempSync(join(tmpdir(), "common-ground-startup-")), "startup.db");
  const started = performance.now();
  const child = spawn(process.execPath, ["build/server.js"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_URL: databasePath },
    stdio: "ignore",
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/`);
        if (response.ok) {
          await response.arrayBuffer();
          return performance.now() - started;
        }
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    child.kill("SIGTERM");
  }
}

export const name = "start-up";

export async function run(_context: BenchContext): Promise<BenchResult> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) times.push(await timeToFirstPage());
  times.sort((a, b) => a - b);
  const median = Math.round(times[2]!);
  return {
    rows: [
      {
        runs: times.length,
        "fastest ms": Math.round(times[0]!),
        "median ms": median,
        "slowest ms": Math.round(times.at(-1)!),
      },
    ],
    budgets: [
      {
        budget: "start-up to the first served page < 1 s (new database)",
        value: `${median} ms median`,
        met: median < 1000,
      },
    ],
  };
}
