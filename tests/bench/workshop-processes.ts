/**
 * Issue 15: does the workshop burst hold when the app runs as two processes
 * on one PostgreSQL, with the load spread across both as a load balancer
 * without sticky sessions would (each save to the next process in turn, so a
 * side's saves land on both)? Measured beside the same burst on one process
 * with SQLite, in the same run, one setup after the other so they never share
 * the machine.
 *
 * For each setup: the burst of tests/bench/workshop-load.ts (200 sides, one
 * save per section then the facts, spread over 60 s, 15 s in --quick), and
 * then its write ceiling: CLIENTS clients in a closed loop, each saving a
 * section of its own side back to back (every answer changed, so every save
 * writes) for 10 s (5 s in --quick), round the processes.
 *
 * The load generator runs on the same machine: its CPU, the app processes'
 * and the whole machine's are reported beside each ceiling, so a ceiling set
 * by the cores rather than the database says so.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadavg } from "node:os";
import { startServer, type RunningServer } from "../e2e/support/server";
import { startPostgres } from "../setup/postgres";
import type { BenchContext, BenchResult } from "./runner";
import {
  burst,
  createWorkshop,
  percentile,
  Refusals,
  sampleRss,
  save,
  sideOf,
  sideSaves,
  type SaveBody,
} from "./workshop-load";

export const name = "workshop burst: two processes on PostgreSQL beside one on SQLite";

const CLIENTS = 32;
export const SERVER_ENV = { RATE_LIMIT_CHECKS_PER_MINUTE: "100000", RATE_LIMIT_LINK_OPENS_PER_MINUTE: "100000" };
/** Two pools of DATABASE_POOL_SIZE (default 10) and the migrations' connection, with room to spare. */
export const PG_MAX_CONNECTIONS = 50;

type Row = Record<string, string | number | boolean | null>;

/** The machine's load averages, 1 / 5 / 15 minutes. */
export const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");

/** CPU seconds (user + system) a process has used so far. */
export function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name.
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** The machine's busy and total CPU time so far, from /proc/stat. */
export function machineCpu(): { busy: number; total: number } {
  const [, ...fields] = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/);
  const values = fields.map(Number);
  const idle = values[3]! + (values[4] ?? 0);
  const total = values.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Error lines (pino level 50 and above) a server logged, summarised as "message ×count". */
export function loggedErrors(server: RunningServer): { count: number; summary: string[] } {
  const counts = new Map<string, number>();
  let count = 0;
  for (const line of server.logs().split("\n")) {
    if (!line.startsWith("{")) {
      if (/error/i.test(line)) {
        count++;
        counts.set(line.slice(0, 200), (counts.get(line.slice(0, 200)) ?? 0) + 1);
      }
      continue;
    }
    try {
      const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string; code?: string } };
      if ((entry.level ?? 0) < 50) continue;
      count++;
      const key = [entry.msg, entry.err?.code, entry.err?.message].filter(Boolean).join(" | ").slice(0, 200);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    } catch {
      // a partial line at the end of the output
    }
  }
  return { count, summary: [...counts].map(([key, n]) => `${key} ×${n}`) };
}

/**
 * What PostgreSQL's own log says about write transactions that lost a race:
 * every serialisation failure and deadlock, retried or not (the app retries
 * them; only the ones that exhaust its retries reach the client), and the
 * reason codes PostgreSQL gives for the serialisation failures.
 */
export function postgresConflicts(logPath: string): {
  failures: number;
  deadlocks: number;
  reasons: Map<string, number>;
} {
  let text = "";
  try {
    text = readFileSync(logPath, "utf8");
  } catch {
    return { failures: 0, deadlocks: 0, reasons: new Map() };
  }
  const reasons = new Map<string, number>();
  for (const match of text.matchAll(/Reason code: ([^\n]+?)\.?\n/g)) {
    reasons.set(match[1]!, (reasons.get(match[1]!) ?? 0) + 1);
  }
  return {
    failures: text.match(/could not serialize access/g)?.length ?? 0,
    deadlocks: text.match(/deadlock detected/g)?.length ?? 0,
    reasons,
  };
}

/** Keeps a server's whole log in tests/bench/results/ (ignored by git) for reading after the run. */
export function keepLog(setup: string, index: number, server: RunningServer): string {
  const folder = join(process.cwd(), "tests", "bench", "results");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `workshop-${setup.replace(/\W+/g, "-").toLowerCase()}-process-${index + 1}.log`);
  writeFileSync(file, server.logs());
  return file;
}

interface Ceiling {
  saves: number;
  seconds: number;
  errors: number;
  refusals: Refusals;
  p50: number;
  p99: number;
  max: number;
  savesPerSecond: number;
  peakRss: number[];
  /** Per cent of one core each app process used, then the runner's, then the whole machine's busy share. */
  serverCpu: number[];
  runnerCpu: number;
  machineBusy: number;
}

/**
 * CLIENTS clients, each with a side of its own, saving one section after
 * another back to back until the time is up; every pass over the sections
 * changes every answer (answersFor's variant moves each preference on), so no
 * save is a no-op. Saves go round the processes.
 */
async function ceiling(options: {
  bases: string[];
  tokens: string[];
  durationMs: number;
  pids: Array<number | undefined>;
}): Promise<Ceiling> {
  const { bases, tokens, durationMs, pids } = options;
  const clients = Math.min(CLIENTS, tokens.length);
  // Five variants cycle every preference through 1..5: consecutive passes always differ.
  const passes: SaveBody[][][] = Array.from({ length: clients }, (_, c) =>
    Array.from({ length: 5 }, (_, v) => sideSaves(sideOf(c), c + v + 1).slice(0, -1)),
  );
  const refusals = new Refusals();
  const latencies: number[] = [];
  const rss = sampleRss(pids);
  const cpuBefore = pids.map(cpuSeconds);
  const runnerBefore = process.cpuUsage();
  const machineBefore = machineCpu();
  let sent = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const sections = passes[c]![0]!.length;
      for (let k = 0; performance.now() < deadline; k++) {
        const body = passes[c]![Math.floor(k / sections) % 5]![k % sections]!;
        latencies.push((await save(bases[sent++ % bases.length]!, tokens[c]!, body, refusals)).ms);
      }
    }),
  );
  const elapsed = performance.now() - started;
  const peakRss = rss.stop();
  const runner = process.cpuUsage(runnerBefore);
  const machineAfter = machineCpu();
  latencies.sort((a, b) => a - b);
  const ok = latencies.length - refusals.count;
  return {
    saves: latencies.length,
    seconds: Math.round(elapsed / 100) / 10,
    errors: refusals.count,
    refusals,
    p50: Math.round(percentile(latencies, 50)),
    p99: Math.round(percentile(latencies, 99)),
    max: Math.round(latencies.at(-1) ?? 0),
    savesPerSecond: Math.round((ok / elapsed) * 1000 * 10) / 10,
    peakRss,
    serverCpu: pids.map((pid, i) => Math.round(((cpuSeconds(pid) - cpuBefore[i]!) / (elapsed / 1000)) * 100)),
    runnerCpu: Math.round(((runner.user + runner.system) / 1000 / elapsed) * 100),
    machineBusy: Math.round(
      ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * 100,
    ),
  };
}

interface SetupResult {
  rows: Row[];
  burstClean: boolean;
  burstValue: string;
  ceiling: string;
}

/** The burst, then the ceiling, against `servers` (the checks created through the first). */
async function measure(
  setup: string,
  servers: RunningServer[],
  quick: boolean,
  /** Serialisation failures and deadlocks the database has logged so far (PostgreSQL only). */
  conflicts?: () => number,
): Promise<SetupResult> {
  const bases = servers.map((s) => s.url);
  const pids = servers.map((s) => s.process.pid);
  const tokens = await createWorkshop(bases[0]!);

  const conflictsBefore = conflicts?.() ?? 0;
  const burstLoad = load();
  const b = await burst({ bases, tokens, windowMs: quick ? 15_000 : 60_000, pids });
  const burstLogged = servers.map(loggedErrors);
  const burstConflicts = conflicts ? conflicts() - conflictsBefore : null;

  const ceilingLoad = load();
  const c = await ceiling({ bases, tokens, durationMs: quick ? 5_000 : 10_000, pids });
  const allLogged = servers.map(loggedErrors);
  const ceilingConflicts = conflicts ? conflicts() - conflictsBefore - burstConflicts! : null;

  for (const [i, logged] of allLogged.entries()) {
    if (logged.count === 0) continue;
    console.log(`${setup}, process ${i + 1}: ${logged.count} error lines in its log (burst and ceiling), kept in`);
    console.log(`  ${keepLog(setup, i, servers[i]!)}:`);
    for (const line of logged.summary.slice(0, 8)) console.log(`  ${line}`);
  }
  const common = { setup, processes: servers.length };
  return {
    rows: [
      {
        ...common,
        phase: "burst",
        clients: null,
        saves: b.saves,
        seconds: b.seconds,
        errors: b.errors,
        "refused by status": b.refusals.toString(),
        "answers lost": b.lost,
        "lost though saved": b.lostSilently,
        "sent while same side in flight": b.overlapping,
        "p50 ms": b.p50,
        "p99 ms": b.p99,
        "max ms": b.max,
        "saves/s": b.savesPerSecond,
        "peak RSS MB": b.peakRss.join(" / "),
        "CPU % (app / runner / machine)": null,
        "error lines logged": burstLogged.reduce((n, l) => n + l.count, 0),
        "PG conflicts (retried or not)": burstConflicts,
        "load 1/5/15": burstLoad,
      },
      {
        ...common,
        phase: "ceiling",
        clients: Math.min(CLIENTS, tokens.length),
        saves: c.saves,
        seconds: c.seconds,
        errors: c.errors,
        "refused by status": c.refusals.toString(),
        "answers lost": null,
        "lost though saved": null,
        "sent while same side in flight": 0,
        "p50 ms": c.p50,
        "p99 ms": c.p99,
        "max ms": c.max,
        "saves/s": c.savesPerSecond,
        "peak RSS MB": c.peakRss.join(" / "),
        "CPU % (app / runner / machine)": `${c.serverCpu.join(" + ")} / ${c.runnerCpu} / ${c.machineBusy}`,
        "error lines logged": allLogged.reduce((n, l) => n + l.count, 0) - burstLogged.reduce((n, l) => n + l.count, 0),
        "PG conflicts (retried or not)": ceilingConflicts,
        "load 1/5/15": ceilingLoad,
      },
    ],
    burstClean: b.errors === 0 && b.lost === 0,
    burstValue: `${b.errors} errors (${b.refusals}), ${b.lost} lost (${b.lostSilently} of them though saved), p99 ${b.p99} ms`,
    ceiling: `${c.savesPerSecond} saves/s (${CLIENTS} clients, p50 ${c.p50} ms, p99 ${c.p99} ms, ${c.errors} errors; load ${ceilingLoad})`,
  };
}

async function stopAll(servers: RunningServer[]) {
  await Promise.allSettled(servers.map((s) => s.stop()));
}

export async function run(context: BenchContext): Promise<BenchResult> {
  const rows: Row[] = [];
  const budgets: NonNullable<BenchResult["budgets"]> = [];
  const ceilings: string[] = [];

  // (a) One process on SQLite (a fresh file of its own).
  {
    const server = await startServer(SERVER_ENV);
    try {
      const result = await measure("1 process, SQLite", [server], context.quick);
      rows.push(...result.rows);
      budgets.push({
        budget: "SQLite, 1 process: the burst with no errors, nothing lost",
        value: result.burstValue,
        met: result.burstClean,
      });
      ceilings.push(`SQLite, 1 process: ${result.ceiling}`);
    } finally {
      await stopAll([server]);
    }
  }

  // (b) Two processes on one throwaway PostgreSQL cluster, started at once (migrations take an advisory lock).
  const cluster = await startPostgres({ maxConnections: PG_MAX_CONNECTIONS });
  if ("skipped" in cluster) {
    console.log(`PostgreSQL rows skipped: ${cluster.skipped}`);
  } else {
    console.log(`PostgreSQL cluster in ${cluster.folder} (stopped and removed at the end)`);
    const pgLog = join(cluster.folder, "server.log");
    const count = () => {
      const c = postgresConflicts(pgLog);
      return c.failures + c.deadlocks;
    };
    const servers: RunningServer[] = [];
    try {
      const started = await Promise.allSettled(
        [1, 2].map(() => startServer({ ...SERVER_ENV, DATABASE_URL: cluster.url })),
      );
      for (const s of started) if (s.status === "fulfilled") servers.push(s.value);
      const failed = started.find((s) => s.status === "rejected");
      if (failed) throw (failed as PromiseRejectedResult).reason;
      const result = await measure("2 processes, PostgreSQL", servers, context.quick, count);
      const conflicts = postgresConflicts(pgLog);
      console.log(
        `PostgreSQL's log: ${conflicts.failures} serialisation failures, ${conflicts.deadlocks} deadlocks ` +
          `(burst and ceiling, retried by the app or not); reasons: ` +
          ([...conflicts.reasons].map(([why, n]) => `${why} ×${n}`).join("; ") || "none"),
      );
      rows.push(...result.rows);
      budgets.push({
        budget: "PostgreSQL, 2 processes: the burst with no errors, nothing lost",
        value: result.burstValue,
        met: result.burstClean,
      });
      ceilings.push(`PostgreSQL, 2 processes: ${result.ceiling}`);
    } finally {
      await stopAll(servers);
      await cluster.stop();
    }
  }

  console.log("Write ceilings (figures, no budget):");
  for (const line of ceilings) console.log(`  ${line}`);
  return { rows, budgets };
}
