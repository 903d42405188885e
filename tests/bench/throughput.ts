/**
 * Server throughput and latency of three pages, each measured in the same run
 * against a bare node:http server sending the same bytes: the ceiling on
 * this machine, so the ratio means something on any machine.
 */
import { createServer, type Server } from "node:http";
import autocannon from "autocannon";
import type { BenchContext, BenchResult } from "./runner";
import type { SeededPage } from "./seed";

interface Measured {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

export async function load(
  url: string,
  options: { connections: number; seconds: number; headers?: Record<string, string> },
): Promise<Measured> {
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    headers: options.headers,
  });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A bare node:http server that answers every request with the given bytes. */
async function bareServer(body: Buffer, contentType: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": contentType, "Content-Length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`, server };
}

async function measurePage(context: BenchContext, page: SeededPage, connections: number) {
  const headers: Record<string, string> = page.cookie ? { Cookie: page.cookie } : {};
  const response = await fetch(`${context.server.url}${page.path}`, { headers });
  if (!response.ok) throw new Error(`${page.path}: ${response.status}`);
  const body = Buffer.from(await response.arrayBuffer());
  const seconds = context.quick ? 3 : 8;
  const app = await load(`${context.server.url}${page.path}`, { connections, seconds, headers });
  const bare = await bareServer(body, response.headers.get("content-type") ?? "text/html");
  try {
    const ceiling = await load(bare.url, { connections, seconds });
    return { page: page.name, connections, kb: Math.round(body.length / 102.4) / 10, app, ceiling };
  } finally {
    bare.server.close();
  }
}

export const name = "server throughput";

export async function run(context: BenchContext): Promise<BenchResult> {
  const measured = [
    await measurePage(context, context.pages.home, 20),
    await measurePage(context, context.pages.questionnaire, 20),
    await measurePage(context, context.pages.report, 50),
  ];
  const rows = measured.map((m) => ({
    page: m.page,
    "page KB": m.kb,
    connections: m.connections,
    "req/s": m.app.requestsPerSecond,
    "p50 ms": m.app.p50,
    "p99 ms": m.app.p99,
    errors: m.app.errors + m.app.non2xx,
    "ceiling req/s": m.ceiling.requestsPerSecond,
    "ceiling p99 ms": m.ceiling.p99,
    "ratio to ceiling": Math.round((m.app.requestsPerSecond / m.ceiling.requestsPerSecond) * 1000) / 1000,
  }));
  const report = measured[2]!;
  const ratio = report.app.requestsPerSecond / report.ceiling.requestsPerSecond;
  return {
    rows,
    budgets: [
      {
        budget: "report page at 50 connections ≥ 10% of the bare-server ceiling",
        value: `${Math.round(ratio * 1000) / 10}%`,
        met: ratio >= 0.1,
      },
      {
        budget: "report page p99 < 100 ms at 50 connections",
        value: `${report.app.p99} ms`,
        met: report.app.p99 < 100,
      },
    ],
  };
}
