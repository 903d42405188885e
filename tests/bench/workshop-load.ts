/**
 * Many people answering at once: 200 sides (100 checks) each save their
 * answers section by section, as autosave would, spread over one minute,
 * through the API against the production server with synchronous=FULL.
 * Afterwards every answer is read back, and the server's memory is sampled
 * throughout.
 */
import { readFileSync } from "node:fs";
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { startServer } from "../e2e/support/server";
import type { BenchContext, BenchResult } from "./runner";
import { answersFor, createCheck } from "./seed";

const SIDES = 200;

function rssMegabytes(pid: number | undefined): number {
  if (!pid) return 0;
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Math.round(Number(match[1]) / 1024) : 0;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export const name = "200 sides answering at once";

export async function run(context: BenchContext): Promise<BenchResult> {
  // A server of its own, so its memory reflects this load and not the benchmarks before it.
  const server = await startServer({ RATE_LIMIT_CHECKS_PER_MINUTE: "100000" });
  try {
    return await measure(server, context.quick);
  } finally {
    await server.stop();
  }
}

async function measure(server: Awaited<ReturnType<typeof startServer>>, quick: boolean): Promise<BenchResult> {
  const base = server.url;
  const windowMs = quick ? 15_000 : 60_000;
  const questionnaire = currentQuestionnaire();
  const tokens: string[] = [];
  for (let i = 0; i < SIDES / 2; i++) {
    const check = await createCheck(base, `Workshop ${i}`);
    tokens.push(check.tokens.vcs, check.tokens.prime);
  }

  let peakRss = rssMegabytes(server.process.pid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMegabytes(server.process.pid));
  }, 250);

  const latencies: number[] = [];
  let errors = 0;
  /** Status of each refused save (or "network"), so a miss says what kind of failure it was. */
  const refusals = new Map<string, number>();
  const refuse = (why: string) => {
    errors++;
    refusals.set(why, (refusals.get(why) ?? 0) + 1);
  };
  const started = performance.now();
  const jobs = tokens.flatMap((token, sideIndex) => {
    const side = sideIndex % 2 === 0 ? "vcs" : "prime";
    const { answers, facts } = answersFor(side, sideIndex);
    // One save per section, then the facts: what a side sends while it works through the pages.
    const saves: Array<{ answers: Record<string, unknown>; facts?: Record<string, number | undefined> }> =
      questionnaire.dimensions.map((d) => ({
        answers: Object.fromEntries(d.items.map((item) => [item.id, answers[item.id]])),
      }));
    saves.push({ answers: {}, facts });
    return saves.map((body) => ({ token, body, at: Math.random() * windowMs }));
  });
  await Promise.all(
    jobs.map(async (job) => {
      const wait = job.at - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const t = performance.now();
      try {
        const response = await fetch(`${base}/api/v1/answers`, {
          method: "PUT",
          headers: { "Content-Type": "application/json", Authorization: `Bearer ${job.token}` },
          body: JSON.stringify(job.body),
        });
        await response.arrayBuffer();
        if (response.status !== 200) refuse(String(response.status));
      } catch (error) {
        const cause = (error as { cause?: { code?: string; name?: string } }).cause;
        refuse(`network ${cause?.code ?? cause?.name ?? "error"}`);
      }
      latencies.push(performance.now() - t);
    }),
  );
  clearInterval(sampler);
  const elapsed = performance.now() - started;

  const itemCount = allItems(questionnaire).length;
  let lost = 0;
  for (const token of tokens) {
    const response = await fetch(`${base}/api/v1/answers`, { headers: { Authorization: `Bearer ${token}` } });
    const body = (await response.json()) as { answers: Record<string, unknown>; facts: Record<string, unknown> };
    lost += itemCount - Object.keys(body.answers).length + (6 - Object.keys(body.facts).length);
  }

  latencies.sort((a, b) => a - b);
  const p99 = Math.round(percentile(latencies, 99));
  return {
    rows: [
      {
        sides: SIDES,
        saves: jobs.length,
        seconds: Math.round(elapsed / 100) / 10,
        errors,
        "refused by status": [...refusals].map(([why, n]) => `${why}: ${n}`).join(", ") || "none",
        "answers lost": lost,
        "p50 ms": Math.round(percentile(latencies, 50)),
        "p99 ms": p99,
        "max ms": Math.round(latencies.at(-1) ?? 0),
        "peak server RSS MB": peakRss,
      },
    ],
    budgets: [
      {
        budget: "200 sides saving within a minute: no errors, nothing lost",
        value: `${errors} errors, ${lost} lost`,
        met: errors === 0 && lost === 0,
      },
      { budget: "p99 < 500 ms with synchronous=FULL", value: `${p99} ms`, met: p99 < 500 },
      { budget: "server memory < 200 MB under this load", value: `${peakRss} MB`, met: peakRss < 200 },
    ],
  };
}
