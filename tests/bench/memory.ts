/**
 * Memory with every cache full, at 50 connections (issue 14): a server of its
 * own gets enough submitted checks, each report opened once, to fill the one
 * cache (the built-report memo: 100 reports or 16 MB of their JSON, see
 * app/models/report.server.ts), then 50 connections ask for report pages for
 * 10 s (5 s with --quick; 150 checks instead of 300). RSS is sampled every
 * 100 ms throughout.
 */
import { readFileSync } from "node:fs";
import { startServer } from "../e2e/support/server";
import type { BenchContext, BenchResult } from "./runner";
import { answersFor, createCheck } from "./seed";
import { load } from "./throughput";

export const name = "memory with every cache full";

function rssMegabytes(pid: number | undefined): number {
  if (!pid) return 0;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

async function ok(response: Response) {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return response;
}

export async function run(context: BenchContext): Promise<BenchResult> {
  const checks = context.quick ? 150 : 300;
  const server = await startServer({
    RATE_LIMIT_CHECKS_PER_MINUTE: "100000",
    RATE_LIMIT_LINK_OPENS_PER_MINUTE: "100000",
  });
  const pid = server.process.pid;
  try {
    const idle = rssMegabytes(pid);
    const reports: Array<{ path: string; cookie: string }> = [];
    for (let i = 0; i < checks; i++) {
      const check = await createCheck(server.url, `Memory ${i}`);
      for (const side of ["vcs", "prime"] as const) {
        const headers = { "Content-Type": "application/json", Authorization: `Bearer ${check.tokens[side]}` };
        await ok(
          await fetch(`${server.url}/api/v1/answers`, {
            method: "PUT",
            headers,
            body: JSON.stringify(answersFor(side, i)),
          }),
        );
        await ok(await fetch(`${server.url}/api/v1/answers/submit`, { method: "POST", headers }));
      }
      const opened = await fetch(`${server.url}/i/${check.tokens.owner}`, { redirect: "manual" });
      const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0]!;
      const path = `${opened.headers.get("location")}/report`;
      await (await ok(await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } }))).arrayBuffer();
      reports.push({ path, cookie });
    }
    const filled = rssMegabytes(pid);
    let peak = filled;
    const sampler = setInterval(() => (peak = Math.max(peak, rssMegabytes(pid))), 100);
    // Fifty connections, on reports spread over the memo (each connection's own report), compressed as browsers ask.
    const seconds = context.quick ? 5 : 10;
    const loads = await Promise.all(
      Array.from({ length: 50 }, (_, i) => {
        const report = reports[(i * 7) % reports.length]!;
        return load(`${server.url}${report.path}`, {
          connections: 1,
          seconds,
          headers: { Cookie: report.cookie, "Accept-Encoding": "gzip, deflate, br" },
        });
      }),
    );
    clearInterval(sampler);
    const requests = loads.reduce((sum, l) => sum + l.requestsPerSecond * seconds, 0);
    const errors = loads.reduce((sum, l) => sum + l.errors + l.non2xx, 0);
    return {
      rows: [
        {
          "submitted checks": checks,
          "RSS idle MB": idle,
          "RSS with the memo full MB": filled,
          "peak RSS at 50 connections MB": peak,
          "report requests": Math.round(requests),
          errors,
        },
      ],
      budgets: [
        {
          budget: "RSS < 200 MB at 50 connections with every cache full",
          value: `${peak} MB peak (${checks} reports built)`,
          met: peak < 200,
        },
      ],
    };
  } finally {
    await server.stop();
  }
}
