/**
 * Many people answering at once: 200 sides (100 checks) each save their
 * answers section by section, as autosave would, spread over one minute,
 * through the API against the production server with synchronous=FULL.
 * Afterwards every answer is read back, and the server's memory is sampled
 * throughout.
 *
 * The burst itself (`createWorkshop`, `burst`) takes a list of servers: each
 * save goes to the next one in turn, so one side's saves land on every
 * process, as behind a load balancer without sticky sessions
 * (tests/bench/workshop-processes.ts drives it against two processes).
 */
import { readFileSync } from "node:fs";
import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { startServer } from "../e2e/support/server";
import type { BenchContext, BenchResult } from "./runner";
import { answersFor, createCheck } from "./seed";

export const SIDES = 200;

/** A process's resident memory in MB (0 once it has gone). */
export function rssMegabytes(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Math.round(Number(match[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Samples the peak resident memory of each process until stopped. */
export function sampleRss(pids: Array<number | undefined>) {
  const peaks = pids.map((pid) => rssMegabytes(pid));
  const sampler = setInterval(() => {
    pids.forEach((pid, i) => (peaks[i] = Math.max(peaks[i]!, rssMegabytes(pid))));
  }, 250);
  return {
    stop: () => {
      clearInterval(sampler);
      return peaks;
    },
  };
}

/** Failed saves counted by why: the status, or "network <code>". */
export class Refusals {
  count = 0;
  readonly byWhy = new Map<string, number>();
  add(why: string) {
    this.count++;
    this.byWhy.set(why, (this.byWhy.get(why) ?? 0) + 1);
  }
  toString() {
    return [...this.byWhy].map(([why, n]) => `${why}: ${n}`).join(", ") || "none";
  }
}

export interface SaveBody {
  answers: Record<string, unknown>;
  facts?: Record<string, number | undefined>;
}

/** One `PUT /api/v1/answers`: its latency in ms and whether it was a 200 (if not, the refusal is recorded). */
export async function save(
  base: string,
  token: string,
  body: SaveBody,
  refusals: Refusals,
): Promise<{ ms: number; ok: boolean }> {
  const t = performance.now();
  let ok = false;
  try {
    const response = await fetch(`${base}/api/v1/answers`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    await response.arrayBuffer();
    ok = response.status === 200;
    if (!ok) refusals.add(String(response.status));
  } catch (error) {
    const cause = (error as { cause?: { code?: string; name?: string } }).cause;
    refusals.add(`network ${cause?.code ?? cause?.name ?? "error"}`);
  }
  return { ms: performance.now() - t, ok };
}

/** What a side sends while it works through the pages: one save per section, then the facts. */
export function sideSaves(side: "vcs" | "prime", variant: number): SaveBody[] {
  const { answers, facts } = answersFor(side, variant);
  const saves: SaveBody[] = currentQuestionnaire().dimensions.map((d) => ({
    answers: Object.fromEntries(d.items.map((item) => [item.id, answers[item.id]])),
  }));
  saves.push({ answers: {}, facts });
  return saves;
}

/** The side a token of `createWorkshop` belongs to: they alternate vcs, prime. */
export const sideOf = (index: number) => (index % 2 === 0 ? "vcs" : "prime");

/** `sides / 2` checks created through `base`, both invitations claimed: the sides' tokens, vcs then prime. */
export async function createWorkshop(base: string, sides = SIDES): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < sides / 2; i++) {
    const check = await createCheck(base, `Workshop ${i}`);
    tokens.push(check.tokens.vcs, check.tokens.prime);
  }
  return tokens;
}

export interface BurstResult {
  saves: number;
  seconds: number;
  errors: number;
  refusals: Refusals;
  lost: number;
  /**
   * Answers and figures lost beyond those the refused saves carried: lost
   * although every save that carried them was answered 200. (A save refused
   * by a client timeout may still have been written, so this is a floor.)
   */
  lostSilently: number;
  /**
   * Saves sent while an earlier save of the same side was still waiting for
   * its answer: with one database writer they queue; on PostgreSQL they are
   * concurrent transactions on the same side's rows, which SERIALIZABLE
   * lets only one of commit (the other is run again).
   */
  overlapping: number;
  p50: number;
  p99: number;
  max: number;
  savesPerSecond: number;
  /** Peak RSS in MB of each process, in the order of `pids`. */
  peakRss: number[];
}

/**
 * Every side's saves at random moments over `windowMs`, each to the next of
 * `bases` in turn; then every side read back (also round the bases) and the
 * answers and facts that are missing counted as lost.
 */
export async function burst(options: {
  bases: string[];
  tokens: string[];
  windowMs: number;
  pids: Array<number | undefined>;
}): Promise<BurstResult> {
  const { bases, tokens, windowMs } = options;
  const rss = sampleRss(options.pids);
  const latencies: number[] = [];
  const refusals = new Refusals();
  const jobs = tokens.flatMap((token, sideIndex) =>
    sideSaves(sideOf(sideIndex), sideIndex).map((body) => ({ token, body, at: Math.random() * windowMs })),
  );
  let sent = 0;
  let carriedByRefused = 0;
  let overlapping = 0;
  const inFlight = new Map<string, number>();
  const started = performance.now();
  await Promise.all(
    jobs.map(async (job) => {
      const wait = job.at - (performance.now() - started);
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      const pending = inFlight.get(job.token) ?? 0;
      if (pending > 0) overlapping++;
      inFlight.set(job.token, pending + 1);
      const { ms, ok } = await save(bases[sent++ % bases.length]!, job.token, job.body, refusals);
      inFlight.set(job.token, inFlight.get(job.token)! - 1);
      latencies.push(ms);
      if (!ok) carriedByRefused += Object.keys(job.body.answers).length + Object.keys(job.body.facts ?? {}).length;
    }),
  );
  const elapsed = performance.now() - started;
  const peakRss = rss.stop();

  const itemCount = allItems(currentQuestionnaire()).length;
  let lost = 0;
  for (const [i, token] of tokens.entries()) {
    const response = await fetch(`${bases[i % bases.length]}/api/v1/answers`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const body = (await response.json()) as { answers: Record<string, unknown>; facts: Record<string, unknown> };
    lost += itemCount - Object.keys(body.answers).length + (6 - Object.keys(body.facts).length);
  }

  latencies.sort((a, b) => a - b);
  return {
    saves: jobs.length,
    seconds: Math.round(elapsed / 100) / 10,
    errors: refusals.count,
    refusals,
    lost,
    lostSilently: Math.max(0, lost - carriedByRefused),
    overlapping,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    max: Math.round(latencies.at(-1) ?? 0),
    savesPerSecond: Math.round((jobs.length / elapsed) * 1000 * 10) / 10,
    peakRss,
  };
}

export const name = "200 sides answering at once";

export async function run(context: BenchContext): Promise<BenchResult> {
  // A server of its own, so its memory reflects this load and not the benchmarks before it.
  const server = await startServer({ RATE_LIMIT_CHECKS_PER_MINUTE: "100000" });
  try {
    const tokens = await createWorkshop(server.url);
    const result = await burst({
      bases: [server.url],
      tokens,
      windowMs: context.quick ? 15_000 : 60_000,
      pids: [server.process.pid],
    });
    const { errors, lost, p99 } = result;
    const peakRss = result.peakRss[0]!;
    return {
      rows: [
        {
          sides: SIDES,
          saves: result.saves,
          seconds: result.seconds,
          errors,
          "refused by status": result.refusals.toString(),
          "answers lost": lost,
          "p50 ms": result.p50,
          "p99 ms": p99,
          "max ms": result.max,
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
  } finally {
    await server.stop();
  }
}
