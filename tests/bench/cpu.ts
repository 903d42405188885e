/**
 * CPU time per request of the server process, for each page and each write,
 * against two references measured in the same run, each in a process of its
 * own:
 * - "bare": a node:http server replaying the app's own response byte for
 *   byte (status, headers, the compressed body) — what sending it costs;
 * - "floor": the smallest Remix app (tests/bench/floor/: one splat route
 *   rendering filler of the same size, no loader; an action that reads the
 *   form; an API resource route that reads the JSON) served by the app's own
 *   server/index.ts, with all its middleware — what the framework and the
 *   server around it cost before the app does anything.
 * CPU is read from /proc/<pid>/stat (user + system, every thread) before and
 * after each batch and divided by the responses served. The load generator is
 * this process, so its CPU is not counted. Rounds alternate app, floor and
 * bare, rotating who goes first. Method and figures: docs/benchmarks.md.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { brotliDecompressSync, gunzipSync, inflateSync } from "node:zlib";
import autocannon from "autocannon";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { BenchContext, BenchResult } from "./runner";
import { answersFor, createCheck } from "./seed";

export const name = "cpu per request";

type Kind = "app" | "floor" | "bare";
const KINDS: Kind[] = ["app", "floor", "bare"];

const BROWSER_ENCODING = "gzip, deflate, br";
const CHROME = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const SERVER_ENV = { RATE_LIMIT_CHECKS_PER_MINUTE: "100000", RATE_LIMIT_LINK_OPENS_PER_MINUTE: "100000" };

/** BENCH_CPU_PROF=<folder>: the app and floor servers write a V8 CPU profile there when they stop. */
function profiling(): string[] {
  const folder = process.env.BENCH_CPU_PROF;
  // NOTE: Node refuses --cpu-prof in NODE_OPTIONS, so the servers are spawned here, not by startServer.
  return folder ? ["--cpu-prof", `--cpu-prof-dir=${resolve(folder)}`] : [];
}

/** A production server.js of the app or the floor, as tests/e2e/support/server.ts starts it, on its own port. */
function startProduction(kind: Kind, cwd: string, env: Record<string, string>) {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const child = spawn(process.execPath, [...profiling(), "build/server.js"], {
    cwd,
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", ...SERVER_ENV, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  return ready(kind, child, `http://127.0.0.1:${port}`);
}

interface Target {
  kind: Kind;
  url: string;
  pid: number;
  /** Why the process ended, once it has (its exit code or signal, and the end of its stderr). */
  died?: () => string;
  stop: () => Promise<void>;
}

interface Spec {
  method: "GET" | "POST" | "PUT";
  path: string;
  headers: Record<string, string>;
  body?: string;
}

interface Measure {
  page: string;
  /** The request as the app gets it; the floor gets the same with `bytes=` added, the bare server the same. */
  spec: Spec;
  connections: number;
  /** Cold: each request of the app's batch is the first for a freshly submitted check. */
  fresh?: Array<{ path: string; cookie: string }>;
  /** Measured while this runs at a fixed rate; its own CPU (measured alone just before) is subtracted. */
  background?: Measure;
  budget?: { ms?: number; timesFloor?: number };
}

interface Sample {
  cpuMs: number;
  served: number;
  seconds: number;
  p50: number;
  p99: number;
  errors: number;
}

const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** User + system CPU of every thread of a process so far, in ms (clock-tick resolution: 10 ms). */
function processCpuMs(target: Pick<Target, "pid" | "died">): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${target.pid}/stat`, "utf8");
  } catch {
    throw new Error(`The server process ${target.pid} is gone: ${target.died?.() ?? "no reason known"}`);
  }
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function withBytes(path: string, bytes: number) {
  return `${path}${path.includes("?") ? "&" : "?"}bytes=${bytes}`;
}

/** One raw response: nothing decompressed, every header as sent. */
function capture(base: string, spec: Spec) {
  return new Promise<{ status: number; headers: Array<[string, string]>; body: Buffer }>((resolve, reject) => {
    const req = httpRequest(`${base}${spec.path}`, { method: spec.method, headers: spec.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const headers: Array<[string, string]> = [];
        for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
        resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end(spec.body);
  });
}

function decodedLength(headers: Array<[string, string]>, body: Buffer): number {
  const encoding = headers.find(([name]) => name.toLowerCase() === "content-encoding")?.[1];
  if (encoding === "br") return brotliDecompressSync(body).length;
  if (encoding === "gzip") return gunzipSync(body).length;
  if (encoding === "deflate") return inflateSync(body).length;
  return body.length;
}

async function startFloor(): Promise<Target> {
  const built = spawnSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build", "tests/bench/floor"], {
    encoding: "utf8",
  });
  if (built.status !== 0) throw new Error(`Floor build failed:\n${built.stdout}${built.stderr}`);
  // The app's own server/index.ts, bundled as `npm run build` bundles it, next to the floor's Remix build.
  const bundled = spawnSync(
    "node_modules/.bin/esbuild",
    [
      "server/index.ts",
      "--bundle",
      "--platform=node",
      "--format=esm",
      "--packages=external",
      "--target=node20",
      "--outfile=tests/bench/results/floor/build/server.js",
      "--log-level=warning",
    ],
    { encoding: "utf8" },
  );
  if (bundled.status !== 0) throw new Error(`Floor server bundle failed:\n${bundled.stdout}${bundled.stderr}`);
  return startProduction("floor", join(process.cwd(), "tests", "bench", "results", "floor"), {});
}

async function startBare(file: string): Promise<Target> {
  const child = spawn(process.execPath, [join(process.cwd(), "tests", "bench", "bare-server.mjs"), file], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout?.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once("exit", () => reject(new Error("The bare server exited")));
  });
  return ready("bare", child, `http://127.0.0.1:${port}`);
}

/** Waits for a first answer; the output is read (as startServer reads the app's) and dropped. */
async function ready(kind: Kind, child: ChildProcess, url: string): Promise<Target> {
  let errors = "";
  child.stdout?.resume();
  child.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${kind} server exited early:\n${errors}`);
    try {
      await fetch(url);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${kind} server did not start`);
      await pause(100);
    }
  }
  return {
    kind,
    url,
    pid: child.pid!,
    died: () => `${kind} server ended (code ${child.exitCode}, signal ${child.signalCode}):\n${errors}`,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

function load(
  target: Target,
  spec: Spec,
  options: { connections: number; seconds?: number; amount?: number; rate?: number; fresh?: Measure["fresh"] },
) {
  let next = 0;
  const fresh = options.fresh;
  return autocannon({
    url: `${target.url}${spec.path}`,
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 1 }),
    ...(options.rate ? { overallRate: options.rate } : {}),
    ...(fresh
      ? {
          requests: [
            {
              setupRequest: (request: autocannon.Request) => {
                const page = fresh[next++ % fresh.length]!;
                return { ...request, path: page.path, headers: { ...spec.headers, cookie: page.cookie } };
              },
            },
          ],
        }
      : {}),
  });
}

const BACKGROUND_RATE = 20;

async function batch(target: Target, measure: Measure, spec: Spec, background: Spec | null, quick: boolean) {
  const seconds = quick ? 1.5 : 4;
  const amount = measure.fresh && target.kind === "app" ? measure.fresh.length : measure.fresh ? 200 : undefined;
  const run = async (withLoad: boolean) => {
    await pause(200);
    const before = processCpuMs(target);
    const started = performance.now();
    const [main, behind] = await Promise.all([
      withLoad
        ? load(target, spec, {
            connections: measure.connections,
            seconds,
            amount,
            fresh: target.kind === "app" ? measure.fresh : undefined,
          })
        : null,
      background ? load(target, background, { connections: 4, seconds, rate: BACKGROUND_RATE }) : null,
    ]);
    await pause(50);
    const cpuMs = processCpuMs(target) - before;
    return { main, behind, cpuMs, wall: (performance.now() - started) / 1000 };
  };
  let subtract = 0;
  if (background) {
    // The same saves alone, just before: their CPU per save, scaled to the saves served alongside.
    const alone = await run(false);
    const perSave = alone.cpuMs / Math.max(1, alone.behind!.requests.total);
    const both = await run(true);
    subtract = perSave * both.behind!.requests.total;
    return sampleOf(both.main!, both.cpuMs - subtract, both.wall);
  }
  const only = await run(true);
  return sampleOf(only.main!, only.cpuMs, only.wall);
}

function sampleOf(result: autocannon.Result, cpuMs: number, wall: number): Sample {
  const served = result.requests.total;
  return {
    cpuMs,
    served,
    seconds: result.duration || wall,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;

/** Seeds what the pages and writes need on the app: a finished check, a started one, and fresh finished ones. */
async function seed(base: string, coldCount: number) {
  const finish = async (title: string) => {
    const check = await createCheck(base, title);
    for (const side of ["vcs", "prime"] as const) {
      const headers = { "Content-Type": "application/json", Authorization: `Bearer ${check.tokens[side]}` };
      for (const [path, method, body] of [
        ["/api/v1/answers", "PUT", JSON.stringify(answersFor(side))],
        ["/api/v1/answers/submit", "POST", undefined],
      ] as const) {
        const response = await fetch(`${base}${path}`, { method, headers, body });
        if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
      }
    }
    return { check, owner: await open(check.tokens.owner) };
  };
  const open = async (token: string) => {
    const response = await fetch(`${base}/i/${token}`, { redirect: "manual" });
    return {
      path: response.headers.get("location") ?? "/",
      cookie: (response.headers.get("set-cookie") ?? "").split(";")[0]!,
    };
  };
  const finished = await finish("CPU benchmark report");
  const started = await createCheck(base, "CPU benchmark questionnaire");
  const side = await open(started.tokens.vcs);
  const saving = await createCheck(base, "CPU benchmark autosave");
  const saver = await open(saving.tokens.vcs);
  const api = await createCheck(base, "CPU benchmark API");
  const first = await finish("CPU benchmark first report");
  const cold: Array<{ path: string; cookie: string }> = [];
  for (let i = 0; i < coldCount; i++) {
    const { owner } = await finish(`CPU benchmark cold report ${i}`);
    cold.push({ path: `${owner.path}/report`, cookie: owner.cookie });
  }
  return {
    owner: finished.owner,
    report: { path: `${finished.owner.path}/report`, cookie: finished.owner.cookie },
    first: { path: `${first.owner.path}/report`, cookie: first.owner.cookie },
    questionnaire: { path: `${side.path}/section/brand-identity`, cookie: side.cookie },
    autosave: { path: `${saver.path}/section/brand-identity.data`, cookie: saver.cookie },
    apiToken: api.tokens.vcs,
    cold,
  };
}

const SECTION = "brand-identity";

function autosaveForm(): string {
  const dimension = currentQuestionnaire().dimensions.find((d) => d.id === SECTION);
  if (!dimension) throw new Error(`No section ${SECTION}`);
  const form = new URLSearchParams({ intent: "autosave" });
  for (const item of dimension.items) {
    form.append(`items.${item.id}.preferred`, "3");
    for (const position of ["2", "3", "4"]) form.append(`items.${item.id}.acceptable`, position);
    form.append(`items.${item.id}.importance`, "medium");
  }
  return form.toString();
}

function apiSaveBody(): string {
  const dimension = currentQuestionnaire().dimensions.find((d) => d.id === SECTION)!;
  const { answers } = answersFor("vcs");
  return JSON.stringify({ answers: Object.fromEntries(dimension.items.map((item) => [item.id, answers[item.id]])) });
}

const browserGet = (path: string, cookie: string | null, encoding = BROWSER_ENCODING): Spec => ({
  method: "GET",
  path,
  headers: {
    accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    "accept-language": "en-GB,en;q=0.9",
    "user-agent": CHROME,
    ...(encoding ? { "accept-encoding": encoding } : {}),
    ...(cookie ? { cookie } : {}),
  },
});

export async function run(context: BenchContext): Promise<BenchResult> {
  const rounds = 3;
  const load1 = loadavg().map((l) => round(l));
  // A server of its own: its first report request is the first of the process.
  const appTarget = await startProduction("app", process.cwd(), {
    DATABASE_URL: join(mkdtempSync(join(tmpdir(), "common-ground-cpu-")), "cpu.db"),
  });
  const targets: Target[] = [];
  try {
    const seeded = await seed(appTarget.url, rounds * (context.quick ? 15 : 40));
    const autosave: Measure = {
      page: "autosave (POST .data)",
      spec: {
        method: "POST",
        path: seeded.autosave.path,
        headers: {
          accept: "*/*",
          "accept-encoding": BROWSER_ENCODING,
          "content-type": "application/x-www-form-urlencoded;charset=UTF-8",
          "sec-fetch-site": "same-origin",
          "user-agent": CHROME,
          cookie: seeded.autosave.cookie,
        },
        body: autosaveForm(),
      },
      connections: 4,
      budget: { ms: 2 },
    };
    const report = browserGet(seeded.report.path, seeded.report.cookie);
    const measures: Measure[] = [
      { page: "home", spec: browserGet("/", null), connections: 8, budget: { timesFloor: 2 } },
      { page: "home, gzip only", spec: browserGet("/", null, "gzip"), connections: 8 },
      { page: "home, no compression", spec: browserGet("/", null, ""), connections: 8 },
      {
        page: "questionnaire section",
        spec: browserGet(seeded.questionnaire.path, seeded.questionnaire.cookie),
        connections: 8,
        budget: { timesFloor: 2 },
      },
      {
        page: "owner page",
        spec: browserGet(seeded.owner.path, seeded.owner.cookie),
        connections: 8,
        budget: { timesFloor: 2 },
      },
      { page: "report, warm", spec: report, connections: 8, budget: { ms: 8, timesFloor: 2 } },
      {
        page: "report, warm, gzip only",
        spec: browserGet(seeded.report.path, seeded.report.cookie, "gzip"),
        connections: 8,
      },
      {
        page: "report, warm, no compression",
        spec: browserGet(seeded.report.path, seeded.report.cookie, ""),
        connections: 8,
      },
      {
        page: "report, cold (fresh submission)",
        spec: report,
        connections: 4,
        fresh: [],
        budget: { ms: 8 },
      },
      autosave,
      {
        page: "API save (PUT /api/v1/answers)",
        spec: {
          method: "PUT",
          path: "/api/v1/answers",
          headers: {
            "accept-encoding": BROWSER_ENCODING,
            "content-type": "application/json",
            authorization: `Bearer ${seeded.apiToken}`,
          },
          body: apiSaveBody(),
        },
        connections: 4,
        budget: { ms: 2 },
      },
      {
        page: `report, warm, with ${BACKGROUND_RATE} autosaves/s behind`,
        spec: report,
        connections: 8,
        background: autosave,
        budget: { ms: 8 },
      },
    ];
    const coldPerRound = seeded.cold.length / rounds;

    // The first report of the process, before anything else has rendered a report.
    const firstBefore = processCpuMs(appTarget);
    const firstStarted = performance.now();
    const firstResponse = await fetch(`${appTarget.url}${seeded.first.path}`, {
      headers: browserGet(seeded.first.path, seeded.first.cookie).headers,
    });
    await firstResponse.arrayBuffer();
    const firstMs = performance.now() - firstStarted;
    await pause(50);
    const firstCpu = processCpuMs(appTarget) - firstBefore;

    // Capture every distinct app response (the writes are real writes), and size the floor's to match.
    const distinct = [
      ...new Map(
        measures
          .flatMap((m) => [m.spec, ...(m.background ? [m.background.spec] : [])])
          .map((s) => [`${s.method} ${s.path} ${s.headers["accept-encoding"] ?? ""}`, s]),
      ).values(),
    ];
    const captured = [];
    const sizes = new Map<Spec, { sent: number; decoded: number }>();
    for (const spec of distinct) {
      const response = await capture(appTarget.url, spec);
      if (response.status !== 200) throw new Error(`${spec.method} ${spec.path}: ${response.status} ${response.body}`);
      captured.push({
        method: spec.method,
        path: spec.path,
        acceptEncoding: spec.headers["accept-encoding"] ?? "",
        status: response.status,
        headers: response.headers,
        body: response.body.toString("base64"),
      });
      sizes.set(spec, { sent: response.body.length, decoded: decodedLength(response.headers, response.body) });
    }
    const file = join(mkdtempSync(join(tmpdir(), "common-ground-cpu-")), "captured.json");
    writeFileSync(file, JSON.stringify(captured));

    targets.push(await startFloor(), await startBare(file));
    const [floor, bare] = targets as [Target, Target];
    const floorSpecs = new Map<Spec, Spec>();
    const floorSizes = new Map<Spec, { sent: number; decoded: number }>();
    for (const spec of distinct) {
      const target = sizes.get(spec)!.decoded;
      const probe = await capture(floor.url, { ...spec, path: withBytes(spec.path, 0) });
      const base = decodedLength(probe.headers, probe.body);
      const sized = { ...spec, path: withBytes(spec.path, Math.max(0, target - base)) };
      const check = await capture(floor.url, sized);
      if (check.status !== 200) throw new Error(`floor ${spec.method} ${sized.path}: ${check.status}`);
      floorSpecs.set(spec, sized);
      floorSizes.set(spec, { sent: check.body.length, decoded: decodedLength(check.headers, check.body) });
    }
    const specFor = (kind: Kind, spec: Spec) => (kind === "floor" ? floorSpecs.get(spec)! : spec);
    const byKind: Record<Kind, Target> = { app: appTarget, floor, bare };

    const samples = new Map<Measure, Record<Kind, Sample[]>>();
    for (let r = 0; r < rounds; r++) {
      const order = KINDS.map((_, i) => KINDS[(i + r) % KINDS.length]!);
      for (const measure of measures) {
        if (measure.fresh) measure.fresh = seeded.cold.slice(r * coldPerRound, (r + 1) * coldPerRound);
        const record = samples.get(measure) ?? { app: [], floor: [], bare: [] };
        samples.set(measure, record);
        for (const kind of order) {
          const target = byKind[kind];
          const background = measure.background ? specFor(kind, measure.background.spec) : null;
          record[kind].push(await batch(target, measure, specFor(kind, measure.spec), background, context.quick));
        }
      }
    }

    const perRequest = (s: Sample) => s.cpuMs / Math.max(1, s.served);
    const stats = (list: Sample[]) => {
      const cpu = list.map(perRequest);
      return {
        cpu: median(cpu),
        range: `${round(Math.min(...cpu))}–${round(Math.max(...cpu))}`,
        rps: Math.round(median(list.map((s) => s.served / s.seconds))),
        p50: median(list.map((s) => s.p50)),
        p99: median(list.map((s) => s.p99)),
        errors: list.reduce((sum, s) => sum + s.errors, 0),
        served: list.reduce((sum, s) => sum + s.served, 0),
      };
    };
    const rows: BenchResult["rows"] = [];
    const budgets: NonNullable<BenchResult["budgets"]> = [];
    for (const measure of measures) {
      const record = samples.get(measure)!;
      const a = stats(record.app);
      const f = stats(record.floor);
      const b = stats(record.bare);
      rows.push({
        page: measure.page,
        "app CPU ms/req": round(a.cpu),
        "app min–max": a.range,
        "floor CPU ms/req": round(f.cpu),
        "floor min–max": f.range,
        "bare CPU ms/req": round(b.cpu, 3),
        "bare min–max": b.range,
        "app/floor": round(a.cpu / f.cpu),
        "app/bare": round(a.cpu / b.cpu, 1),
        "app req/s": a.rps,
        "floor req/s": f.rps,
        "bare req/s": b.rps,
        "app p50 ms": a.p50,
        "app p99 ms": a.p99,
        "floor p99 ms": f.p99,
        "bare p99 ms": b.p99,
        "app KB sent": round(sizes.get(measure.spec)!.sent / 1024, 1),
        "app KB decoded": round(sizes.get(measure.spec)!.decoded / 1024, 1),
        "floor KB sent": round(floorSizes.get(measure.spec)!.sent / 1024, 1),
        "floor KB decoded": round(floorSizes.get(measure.spec)!.decoded / 1024, 1),
        "app requests": a.served,
        errors: a.errors + f.errors + b.errors,
      });
      if (measure.budget?.timesFloor)
        budgets.push({
          budget: `${measure.page}: app CPU ≤ ${measure.budget.timesFloor}× the floor's`,
          value: `${round(a.cpu / f.cpu)}× (${round(a.cpu)} vs ${round(f.cpu)} ms)`,
          met: a.cpu <= measure.budget.timesFloor * f.cpu,
        });
      if (measure.budget?.ms)
        budgets.push({
          budget: `${measure.page}: ≤ ${measure.budget.ms} ms CPU per request`,
          value: `${round(a.cpu)} ms`,
          met: a.cpu <= measure.budget.ms,
        });
    }
    rows.push({
      page: "report, first request after start (1 request)",
      "app CPU ms/req": round(firstCpu),
      "app p50 ms": Math.round(firstMs),
    });
    const load2 = loadavg().map((l) => round(l));
    rows.push({ page: `machine load (1/5/15 min) before: ${load1.join(" ")}; after: ${load2.join(" ")}` });
    return { rows, budgets };
  } finally {
    for (const target of targets) await target.stop();
    await appTarget.stop();
  }
}
