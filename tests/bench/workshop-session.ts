/**
 * A workshop of 200 participants (issue 18, "Scale"): two hundred people
 * joining, answering and submitting within one minute, while the projector's
 * live view keeps refreshing. Against the production server, on one process
 * with SQLite and on two processes sharing one PostgreSQL database, every
 * request going to the next process in turn (a load balancer without sticky
 * sessions).
 *
 * For each setup: the facilitator starts a workshop through the API (the
 * built-in scenario "tighter-embrace", the core set, every dimension and no
 * figures: the "Start a workshop" page's defaults) and opens the facilitator's
 * link for a session. Then 200 participants, their starts spread at random
 * over 60 s (15 s in --quick), each: `POST /api/v1/workshops/join`, one
 * `PUT /api/v1/answers` per section of the core set, `POST
 * /api/v1/answers/submit`, `GET /api/v1/report`, with a short pause (0.2–0.8
 * s) before each step. The answers come from a seeded generator, so every run
 * sends the same varied room. Meanwhile, every 2 s from the start to the last
 * participant's report: `GET /api/v1/workshops/<id>/summary` with the
 * facilitator's token and, where the build has the page, `GET
 * /workshops/<id>/live` with the facilitator's session (the whole page, as a
 * projector without JavaScript reloads it) and its data (`<path>.data`, what
 * the page's own refresh fetches with JavaScript).
 *
 * Afterwards: the summary must say 200 joined and 200 submitted, and every
 * participant's answers read back (`GET /api/v1/answers`) must equal what was
 * sent. Errors are any response other than the expected 2xx, or a network
 * error, counted by status.
 */
import { join } from "node:path";
import { currentQuestionnaire, selectQuestions } from "~/domain/questionnaires";
import { startServer, type RunningServer } from "../e2e/support/server";
import { startPostgres } from "../setup/postgres";
import type { BenchContext, BenchResult } from "./runner";
import { percentile, Refusals, sampleRss } from "./workshop-load";
import {
  cpuSeconds,
  keepLog,
  load,
  loggedErrors,
  machineCpu,
  PG_MAX_CONNECTIONS,
  postgresConflicts,
  SERVER_ENV,
} from "./workshop-processes";

export const name = "workshop session";

const PARTICIPANTS = 200;
const POLL_MS = 2_000;
const PROFILE = "tighter-embrace";
/** A request unanswered after this long counts as a network error ("timeout"). */
const REQUEST_TIMEOUT_MS = 30_000;
/** Every participant joins from one address here, as a room of phones on one wifi would. */
const ENV = {
  ...SERVER_ENV,
  RATE_LIMIT_JOINS_PER_MINUTE: "100000",
  RATE_LIMIT_SECRET_FAILURES_PER_MINUTE: "100000",
};
/** The budget for every request's p99: the live view answers within its own refresh interval. */
const P99_BUDGET_MS = 2_000;

const core = selectQuestions(currentQuestionnaire(), "core");

type Kind = "join" | "save" | "submit" | "report" | "summary" | "live page" | "live data" | "read back";
const KINDS: Kind[] = ["join", "save", "submit", "report", "summary", "live page", "live data", "read back"];

type Row = BenchResult["rows"][number];

/** mulberry32: a small seeded generator, so every run sends the same room. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ApiAnswer {
  preferred: number;
  acceptable: number[];
  importance: "low" | "medium" | "high";
  redLine: boolean;
  note?: string;
}

const NOTES = [
  "Our trustees would need to agree this first.",
  "We have done this before with a smaller prime and it worked.",
  "Only if the prime pays for the extra reporting.",
  "Our service users trust our name: this matters a great deal.",
  "We could move on this over the first year of the contract.",
];

/**
 * One organisation's answers: a leaning of its own (from keen on a close embrace to fiercely independent) that
 * each answer strays from, ranges from exact to wide, importance mostly medium, a few red lines and notes.
 */
function participantAnswers(index: number): Array<Record<string, ApiAnswer>> {
  const random = generator(18_000 + index);
  const leaning = 1 + random() * 4;
  return core.dimensions.map((dimension) =>
    Object.fromEntries(
      dimension.items.map((item) => {
        const preferred = Math.min(5, Math.max(1, Math.round(leaning + (random() - 0.5) * 3)));
        const below = Math.floor(random() * 3);
        const above = Math.floor(random() * 3);
        const acceptable: number[] = [];
        for (let p = Math.max(1, preferred - below); p <= Math.min(5, preferred + above); p++) acceptable.push(p);
        const weight = random();
        const answer: ApiAnswer = {
          preferred,
          acceptable,
          importance: weight < 0.25 ? "low" : weight < 0.75 ? "medium" : "high",
          redLine: random() < 0.06,
        };
        if (random() < 0.1) answer.note = NOTES[Math.floor(random() * NOTES.length)]!;
        return [item.id, answer];
      }),
    ),
  );
}

/** An answer as compared after reading back: keys in one order. */
const canonical = (answer: ApiAnswer) =>
  JSON.stringify([answer.preferred, answer.acceptable, answer.importance, answer.redLine, answer.note ?? null]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Latencies and refusals of one setup's requests, by kind; each request goes to the next process in turn. */
class Session {
  readonly latencies = new Map<Kind, number[]>(KINDS.map((k) => [k, []]));
  readonly refusals = new Map<Kind, Refusals>(KINDS.map((k) => [k, new Refusals()]));
  /** Every request of the session: when it was sent (ms after the start), its latency, whether it was refused. */
  readonly log: Array<{ kind: Kind; at: number; ms: number; refused: boolean }> = [];
  private sent = 0;
  private readonly start = performance.now();
  constructor(private readonly bases: string[]) {}

  /** One request: its body parsed as JSON when it is one, or null when it was refused. */
  async request(
    kind: Kind,
    path: string,
    init: { method?: string; token?: string; cookie?: string; body?: unknown; expect?: number } = {},
  ): Promise<unknown> {
    const base = this.bases[this.sent++ % this.bases.length]!;
    const headers: Record<string, string> = {};
    if (init.token) headers.Authorization = `Bearer ${init.token}`;
    if (init.cookie) headers.Cookie = init.cookie;
    if (init.body !== undefined) headers["Content-Type"] = "application/json";
    const started = performance.now();
    // NOTE: a timer of our own, not AbortSignal.timeout: a run once waited for ever on a request whose timeout
    // signal never fired.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new DOMException("timed out", "TimeoutError")), REQUEST_TIMEOUT_MS);
    try {
      const response = await fetch(`${base}${path}`, {
        method: init.method ?? "GET",
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
      });
      const text = await response.text();
      this.record(kind, started, response.status !== (init.expect ?? 200));
      if (response.status !== (init.expect ?? 200)) {
        this.refusals.get(kind)!.add(String(response.status));
        return null;
      }
      return response.headers.get("Content-Type")?.includes("json") ? JSON.parse(text) : text;
    } catch (error) {
      this.record(kind, started, true);
      const e = error as { name?: string; cause?: { code?: string; name?: string } };
      this.refusals
        .get(kind)!
        .add(e.name === "TimeoutError" ? "timeout" : `network ${e.cause?.code ?? e.cause?.name ?? "error"}`);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  private record(kind: Kind, started: number, refused: boolean) {
    const ms = performance.now() - started;
    this.latencies.get(kind)!.push(ms);
    this.log.push({ kind, at: started - this.start, ms, refused });
  }

  /** The session in slices of `sliceMs` by when requests were sent: how many, p50 and p99 over every kind, refused. */
  timeline(sliceMs: number, kinds: Kind[]): string[] {
    const slices = new Map<number, number[]>();
    const refused = new Map<number, number>();
    for (const r of this.log) {
      if (!kinds.includes(r.kind)) continue;
      const slice = Math.floor(r.at / sliceMs);
      slices.set(slice, [...(slices.get(slice) ?? []), r.ms]);
      if (r.refused) refused.set(slice, (refused.get(slice) ?? 0) + 1);
    }
    return [...slices.keys()]
      .sort((a, b) => a - b)
      .map((slice) => {
        const sorted = slices.get(slice)!.sort((a, b) => a - b);
        const from = (slice * sliceMs) / 1000;
        return (
          `${from}–${from + sliceMs / 1000} s: ${sorted.length} sent, p50 ${Math.round(percentile(sorted, 50))} ms, ` +
          `p99 ${Math.round(percentile(sorted, 99))} ms, ${refused.get(slice) ?? 0} refused`
        );
      });
  }

  errors(kinds: Kind[] = KINDS): number {
    return kinds.reduce((n, k) => n + this.refusals.get(k)!.count, 0);
  }

  byStatus(kinds: Kind[] = KINDS): string {
    const all = new Refusals();
    for (const k of kinds) for (const [why, n] of this.refusals.get(k)!.byWhy) for (let i = 0; i < n; i++) all.add(why);
    return all.toString();
  }

  figures(kind: Kind) {
    const sorted = [...this.latencies.get(kind)!].sort((a, b) => a - b);
    return {
      count: sorted.length,
      p50: Math.round(percentile(sorted, 50)),
      p99: Math.round(percentile(sorted, 99)),
      max: Math.round(sorted.at(-1) ?? 0),
    };
  }
}

interface Created {
  id: string;
  joinCode: string;
  tokens: { facilitator: string };
}

interface Figures {
  joined: number;
  submitted: number;
}

/** Which kind of request a line of the server's request log is, from its method and address. */
function kindOfLogged(method: string, url: string): Kind | null {
  const path = url.split("?")[0]!;
  if (method === "POST" && path === "/api/v1/workshops/join") return "join";
  if (method === "PUT" && path === "/api/v1/answers") return "save";
  if (method === "POST" && path === "/api/v1/answers/submit") return "submit";
  if (method === "GET" && path === "/api/v1/report") return "report";
  if (method === "GET" && path === "/api/v1/answers") return "read back";
  if (method === "GET" && /^\/api\/v1\/workshops\/[^/]+\/summary$/.test(path)) return "summary";
  if (method === "GET" && /^\/workshops\/[^/]+\/live\.data$/.test(path)) return "live data";
  if (method === "GET" && /^\/workshops\/[^/]+\/live$/.test(path)) return "live page";
  return null;
}

/**
 * The servers' own time per kind of request (pino-http's responseTime: from the request's headers read to its
 * response sent), p50 and p99 over every process. What a client waits beyond it, the request waited before its
 * process got to it: for the event loop, or for the machine's CPU.
 */
function serverTimes(servers: RunningServer[]): Map<Kind, { p50: number; p99: number }> {
  const times = new Map<Kind, number[]>();
  for (const server of servers) {
    for (const line of server.logs().split("\n")) {
      if (!line.startsWith("{")) continue;
      try {
        const entry = JSON.parse(line) as { req?: { method?: string; url?: string }; responseTime?: number };
        if (entry.responseTime === undefined || !entry.req?.method || !entry.req.url) continue;
        const kind = kindOfLogged(entry.req.method, entry.req.url);
        if (kind) times.set(kind, [...(times.get(kind) ?? []), entry.responseTime]);
      } catch {
        // a partial line at the end of the output
      }
    }
  }
  return new Map(
    [...times].map(([kind, list]) => {
      const sorted = list.sort((a, b) => a - b);
      return [kind, { p50: Math.round(percentile(sorted, 50)), p99: Math.round(percentile(sorted, 99)) }];
    }),
  );
}

/** The facilitator's session, as a browser gets it by opening the facilitator's link. */
async function facilitatorCookie(base: string, token: string): Promise<string> {
  const response = await fetch(`${base}/i/${token}`, { redirect: "manual" });
  await response.text();
  const cookie = response.headers.get("Set-Cookie")?.split(";")[0];
  if (!cookie) throw new Error(`Opening the facilitator's link set no cookie (${response.status})`);
  return cookie;
}

interface SetupResult {
  rows: Row[];
  budgets: NonNullable<BenchResult["budgets"]>;
}

async function measure(setup: string, servers: RunningServer[], quick: boolean, conflicts?: () => number) {
  const bases = servers.map((s) => s.url);
  const windowMs = quick ? 15_000 : 60_000;

  const createdResponse = await fetch(`${bases[0]}/api/v1/workshops`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({
      title: "Working with a prime: where we stand",
      profile: PROFILE,
      questionSet: "core",
      sections: core.dimensions.map((d) => d.id),
    }),
  });
  if (createdResponse.status !== 201) {
    throw new Error(`${setup}: creating the workshop: ${createdResponse.status} ${await createdResponse.text()}`);
  }
  const created = (await createdResponse.json()) as Created;
  const facilitator = created.tokens.facilitator;
  const cookie = await facilitatorCookie(bases[0]!, facilitator);
  const livePath = `/workshops/${created.id}/live`;
  const probe = await fetch(`${bases[0]}${livePath}`, { headers: { Cookie: cookie } });
  await probe.text();
  if (probe.status !== 200 && probe.status !== 404) throw new Error(`${setup}: ${livePath} answered ${probe.status}`);
  const livePage = probe.status === 200;
  if (!livePage) console.log(`${setup}: this build has no live view (${livePath} is a 404): the summary only`);

  const session = new Session(bases);
  const pids = servers.map((s) => s.process.pid);
  const rss = sampleRss(pids);
  const cpuBefore = pids.map(cpuSeconds);
  const runnerBefore = process.cpuUsage();
  const machineBefore = machineCpu();
  const conflictsBefore = conflicts?.() ?? 0;
  const startLoad = load();
  const started = performance.now();
  const submittedAt: number[] = [];
  const sent: Array<Record<string, ApiAnswer> | null> = Array.from({ length: PARTICIPANTS }, () => null);
  const tokens: Array<string | null> = Array.from({ length: PARTICIPANTS }, () => null);

  // The projector and the facilitator's figures, every POLL_MS from the start until the last participant is done.
  let done = false;
  const polls: Array<Promise<unknown>> = [];
  const poll = () => {
    polls.push(session.request("summary", `/api/v1/workshops/${created.id}/summary`, { token: facilitator }));
    if (livePage) {
      polls.push(session.request("live page", livePath, { cookie }));
      // Single fetch (remix.config.js): a revalidation reads every matched loader's data from `<path>.data`.
      polls.push(session.request("live data", `${livePath}.data`, { cookie }));
    }
  };
  const poller = (async () => {
    for (let tick = 0; !done; tick++) {
      poll();
      await sleep(started + (tick + 1) * POLL_MS - performance.now());
    }
  })();

  const schedule = generator(18);
  const participants = Array.from({ length: PARTICIPANTS }, (_, index) => ({
    index,
    at: schedule() * windowMs,
    pauses: Array.from({ length: core.dimensions.length + 3 }, () => 200 + schedule() * 600),
    organisation: schedule() < 0.75 ? `Participant ${index + 1} Community Trust` : undefined,
  }));

  // Where each participant is, for a run that does not finish: each request gives up after REQUEST_TIMEOUT_MS.
  const step: string[] = participants.map(() => "waiting to start");
  const everyone = Promise.all(
    participants.map(async ({ index, at, pauses, organisation }) => {
      await sleep(started + at - performance.now());
      step[index] = "join";
      const joined = (await session.request("join", "/api/v1/workshops/join", {
        method: "POST",
        body: { code: created.joinCode, ...(organisation ? { organisation } : {}) },
        expect: 201,
      })) as { tokens: { participant: string } } | null;
      if (!joined) return;
      const token = joined.tokens.participant;
      tokens[index] = token;
      const sections = participantAnswers(index);
      const given: Record<string, ApiAnswer> = {};
      for (const [s, answers] of sections.entries()) {
        step[index] = `save ${s + 1}`;
        await sleep(pauses[s]!);
        if (await session.request("save", "/api/v1/answers", { method: "PUT", token, body: { answers } })) {
          Object.assign(given, answers);
        }
      }
      sent[index] = given;
      step[index] = "submit";
      await sleep(pauses.at(-2)!);
      if (!(await session.request("submit", "/api/v1/answers/submit", { method: "POST", token }))) return;
      submittedAt.push(performance.now() - started);
      step[index] = "report";
      await sleep(pauses.at(-1)!);
      await session.request("report", "/api/v1/report", { token });
      step[index] = "done";
    }),
  );
  const limit = windowMs + 5 * REQUEST_TIMEOUT_MS;
  const finished = await Promise.race([everyone.then(() => true), sleep(limit).then(() => false)]);
  const unfinished = step.filter((s) => s !== "done").length;
  if (!finished) {
    const where = new Map<string, number>();
    for (const s of step) if (s !== "done") where.set(s, (where.get(s) ?? 0) + 1);
    console.log(
      `${setup}: ${unfinished} participants unfinished after ${limit / 1000} s, at: ` +
        [...where].map(([s, n]) => `${s} ×${n}`).join(", "),
    );
  }
  done = true;
  await poller;
  await Promise.all(polls);
  const seconds = (performance.now() - started) / 1000;
  const peakRss = rss.stop();
  const appCpu = pids.map((pid, i) => Math.round(((cpuSeconds(pid) - cpuBefore[i]!) / seconds) * 100));
  const runner = process.cpuUsage(runnerBefore);
  const runnerCpu = Math.round(((runner.user + runner.system) / 1e6 / seconds) * 100);
  const machineAfter = machineCpu();
  const machineBusy = Math.round(
    ((machineAfter.busy - machineBefore.busy) / (machineAfter.total - machineBefore.total)) * 100,
  );
  const sessionConflicts = conflicts ? conflicts() - conflictsBefore : null;

  // Nothing lost: the room's counts, and each participant's answers read back as sent.
  const summary = (await session.request("read back", `/api/v1/workshops/${created.id}/summary`, {
    token: facilitator,
  })) as Figures | null;
  let differing = 0;
  let answersLost = 0;
  let notSubmitted = 0;
  for (const [index, token] of tokens.entries()) {
    if (!token) continue;
    const read = (await session.request("read back", "/api/v1/answers", { token })) as {
      status: string;
      answers: Record<string, ApiAnswer>;
    } | null;
    if (!read) continue;
    if (read.status !== "submitted") notSubmitted++;
    // Missing: of every answer the participant had. Differing: an answer a 200 acknowledged not read back as sent,
    // or one read back that the participant never had (a save refused by the client's timeout may still have been
    // written, so an answer of a refused save read back as sent is not a difference).
    const every = Object.assign({}, ...participantAnswers(index)) as Record<string, ApiAnswer>;
    answersLost += Object.keys(every).filter((itemId) => !read.answers[itemId]).length;
    const acknowledged = Object.entries(sent[index] ?? {});
    const wrong =
      acknowledged.filter(([itemId, a]) => !read.answers[itemId] || canonical(read.answers[itemId]) !== canonical(a))
        .length +
      Object.entries(read.answers).filter(([itemId, a]) => !every[itemId] || canonical(a) !== canonical(every[itemId]))
        .length;
    if (wrong > 0) differing++;
  }
  const logged = servers.map(loggedErrors);
  for (const [i, l] of logged.entries()) {
    if (l.count === 0) continue;
    console.log(`${setup}, process ${i + 1}: ${l.count} error lines in its log, kept in`);
    console.log(`  ${keepLog(`session ${setup}`, i, servers[i]!)}:`);
    for (const line of l.summary.slice(0, 8)) console.log(`  ${line}`);
  }

  const measured: Kind[] = [
    "join",
    "save",
    "submit",
    "report",
    "summary",
    ...(livePage ? (["live page", "live data"] as const) : []),
  ];
  const onServer = serverTimes(servers);
  const rows: Row[] = measured.map((kind) => {
    const f = session.figures(kind);
    const server = onServer.get(kind);
    return {
      setup,
      request: kind,
      requests: f.count,
      errors: session.refusals.get(kind)!.count,
      "errors by status": session.refusals.get(kind)!.toString(),
      "p50 ms": f.p50,
      "p99 ms": f.p99,
      "max ms": f.max,
      "server's own p50 / p99 ms": server ? `${server.p50} / ${server.p99}` : null,
    };
  });
  const participantKinds: Kind[] = ["join", "save", "submit", "report"];
  const viewKinds: Kind[] = measured.filter((k) => !participantKinds.includes(k));
  const errors = session.errors(measured);
  const readBackErrors = session.errors(["read back"]);
  const joined = summary?.joined ?? null;
  const submitted = summary?.submitted ?? null;
  const firstSubmit = Math.min(...submittedAt) / 1000;
  const lastSubmit = Math.max(...submittedAt) / 1000;
  rows.push({
    setup,
    request: "whole session",
    requests: measured.reduce((n, k) => n + session.figures(k).count, 0),
    errors,
    "errors by status": session.byStatus(measured),
    seconds: Math.round(seconds * 10) / 10,
    "submits from–to s": `${firstSubmit.toFixed(1)}–${lastSubmit.toFixed(1)}`,
    "joined / submitted (summary)": `${joined} / ${submitted}`,
    "participants whose answers differ": differing,
    "answers lost": answersLost,
    "participants unfinished": unfinished,
    "peak RSS MB": peakRss.join(" / "),
    "CPU % (app / runner / machine)": `${appCpu.join(" + ")} / ${runnerCpu} / ${machineBusy}`,
    "error lines logged": logged.reduce((n, l) => n + l.count, 0),
    "PG conflicts": sessionConflicts,
    "load 1/5/15": startLoad,
  });

  console.log(`${setup}, every request of the session by when it was sent:`);
  for (const line of session.timeline(quick ? 2_500 : 10_000, measured)) console.log(`  ${line}`);

  const worst = measured.map((k) => ({ k, p99: session.figures(k).p99 })).sort((a, b) => b.p99 - a.p99)[0]!;
  const budgets: SetupResult["budgets"] = [
    {
      budget: `${setup}: 200 participants within ${windowMs / 1000} s${quick ? " (--quick: 4× the issue's rate)" : ""} with no errors`,
      value: `${errors} errors (${session.byStatus(measured)})`,
      met: errors === 0,
    },
    {
      budget: `${setup}: nothing lost (200 joined and 200 submitted; every answer read back as sent)`,
      value:
        `${joined} joined, ${submitted} submitted, ${notSubmitted} read back unsubmitted, ` +
        `${differing} participants' answers differ (${answersLost} answers missing), ${readBackErrors} read-back errors, ` +
        `${unfinished} unfinished`,
      met:
        joined === PARTICIPANTS &&
        submitted === PARTICIPANTS &&
        differing === 0 &&
        notSubmitted === 0 &&
        readBackErrors === 0 &&
        unfinished === 0 &&
        tokens.every(Boolean),
    },
    {
      budget: `${setup}: the live view answering: ${viewKinds.join(", ")} p99 under ${P99_BUDGET_MS} ms`,
      value: viewKinds.map((k) => `${k} ${session.figures(k).p99} ms`).join(", "),
      met: viewKinds.every((k) => session.figures(k).p99 < P99_BUDGET_MS),
    },
    {
      budget: `${setup}: every request's p99 under ${P99_BUDGET_MS} ms`,
      value: `worst: ${worst.k} ${worst.p99} ms`,
      met: worst.p99 < P99_BUDGET_MS,
    },
  ];
  return { rows, budgets, livePage };
}

async function stopAll(servers: RunningServer[]) {
  await Promise.allSettled(servers.map((s) => s.stop()));
}

export async function run(context: BenchContext): Promise<BenchResult> {
  const rows: Row[] = [];
  const budgets: NonNullable<BenchResult["budgets"]> = [];

  // (a) One process on SQLite, a fresh server and file of its own.
  {
    const server = await startServer(ENV);
    try {
      const result = await measure("1 process, SQLite", [server], context.quick);
      rows.push(...result.rows);
      budgets.push(...result.budgets);
    } finally {
      await stopAll([server]);
    }
  }

  // (b) Two processes on one throwaway PostgreSQL cluster, started at once (migrations take an advisory lock).
  const cluster = await startPostgres({ maxConnections: PG_MAX_CONNECTIONS });
  if ("skipped" in cluster) {
    console.log(`PostgreSQL rows skipped: ${cluster.skipped}`);
    return { rows, budgets };
  }
  const pgLog = join(cluster.folder, "server.log");
  const count = () => {
    const c = postgresConflicts(pgLog);
    return c.failures + c.deadlocks;
  };
  const servers: RunningServer[] = [];
  try {
    const started = await Promise.allSettled([1, 2].map(() => startServer({ ...ENV, DATABASE_URL: cluster.url })));
    for (const s of started) if (s.status === "fulfilled") servers.push(s.value);
    const failed = started.find((s) => s.status === "rejected");
    if (failed) throw (failed as PromiseRejectedResult).reason;
    const result = await measure("2 processes, PostgreSQL", servers, context.quick, count);
    rows.push(...result.rows);
    budgets.push(...result.budgets);
  } finally {
    await stopAll(servers);
    await cluster.stop();
  }
  return { rows, budgets };
}
