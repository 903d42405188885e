/**
 * Hostile requests over real HTTP against the production server: every route
 * file in app/routes (and addresses no route answers), every method, every
 * content type, with and without each kind of credential. Each request must
 * get an answer below 500, each refusal a message, and the data must be
 * exactly as it was: nothing here is a request the app should carry out.
 * (Opening a link does start a session, so sessions are left out of the
 * comparison.) FUZZ_REQUESTS sets how many (10,000 by default); FUZZ_DEBUG=1
 * prints the server's errors and which routes refused without a message.
 */
import { readdirSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import { answersFor, createCheck } from "../bench/seed";
import { startServer, type RunningServer } from "../e2e/support/server";
import { tableContents } from "./support";

const REQUESTS = Number(process.env.FUZZ_REQUESTS || 10_000);
const CONCURRENCY = 8;
const CONTENT_TABLES = [
  "checks",
  "parties",
  "access_tokens",
  "responses",
  "answers",
  "fact_answers",
  "flag_outcomes",
  "server_keys",
];

let server: RunningServer;

interface Seeded {
  open: { id: string; tokens: Record<string, string> };
  done: { id: string; tokens: Record<string, string> };
  claimedInvitation: string;
  cookies: Record<string, string>;
}
let seeded: Seeded;

async function claimedCheck(base: string, title: string) {
  const created = (await (
    await fetch(`${base}/api/v1/checks`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ title, vcsName: "Helping Hands", primeName: "BigCo" }),
    })
  ).json()) as { id: string; tokens: Record<string, string> };
  const invitation = created.tokens.vcs!;
  for (const side of ["vcs", "prime"]) {
    const claimed = await fetch(`${base}/api/v1/invitations/claim`, {
      method: "POST",
      headers: { Authorization: `Bearer ${created.tokens[side]}` },
    });
    created.tokens[side] = ((await claimed.json()) as { token: string }).token;
  }
  return { created, invitation };
}

async function cookieFor(token: string) {
  const opened = await fetch(`${server.url}/i/${token}`, { redirect: "manual" });
  return (opened.headers.get("set-cookie") ?? "").split(";")[0]!;
}

beforeAll(async () => {
  server = await startServer({
    RATE_LIMIT_CHECKS_PER_MINUTE: "1000000",
    RATE_LIMIT_LINK_OPENS_PER_MINUTE: "1000000",
    RATE_LIMIT_SECRET_FAILURES_PER_MINUTE: "1000000",
    MAX_BODY_BYTES: "20000",
    LOG_LEVEL: "warn",
  });
  const { created: open, invitation } = await claimedCheck(server.url, "Still answering");
  const done = await createCheck(server.url, "Both submitted");
  for (const side of ["vcs", "prime"] as const) {
    const headers = { "Content-Type": "application/json", Authorization: `Bearer ${done.tokens[side]}` };
    await fetch(`${server.url}/api/v1/answers`, { method: "PUT", headers, body: JSON.stringify(answersFor(side)) });
    await fetch(`${server.url}/api/v1/answers/submit`, { method: "POST", headers });
  }
  const cookies: Record<string, string> = {};
  for (const role of ["owner", "vcs", "prime"]) {
    cookies[`open-${role}`] = await cookieFor(open.tokens[role]!);
    cookies[`done-${role}`] = await cookieFor(done.tokens[role as "owner"]);
  }
  seeded = { open, done, claimedInvitation: invitation, cookies };
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

function snapshot(): Promise<string> {
  return tableContents(server.databaseUrl, CONTENT_TABLES);
}

/** Every route file's address, its parameters filled with something real or hostile. */
function routePaths(): string[] {
  const files = readdirSync(new URL("../../app/routes", import.meta.url)).filter((f) => /\.tsx?$/.test(f));
  const fill: Record<string, string[]> = {
    $checkId: [seeded.open.id, seeded.done.id, "A".repeat(16), "..%2f..", "%00"],
    $side: ["vcs", "prime", "owner", "VCS"],
    $sectionId: ["brand-identity", "facts", "nope"],
    $format: ["csv", "json", "xlsx"],
    $link: ["owner", "vcs", "prime", "board"],
    $token: [seeded.open.tokens.owner!, seeded.done.tokens.vcs!, seeded.claimedInvitation, "x".repeat(32), "%2e%2e"],
    $version: ["1", "2", "99", "-1"],
    $: ["nothing-here", "a/b/c", "%ff"],
  };
  const paths: string[] = [];
  for (const file of files) {
    const segments = file
      .replace(/\.tsx?$/, "")
      .split(".")
      .filter((s) => s !== "_index");
    let variants = [""];
    for (const segment of segments) {
      const options = fill[segment] ?? [segment];
      variants = variants.flatMap((v) => options.map((o) => `${v}/${o}`));
    }
    paths.push(...variants.map((v) => v || "/"));
  }
  return paths;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "PROPFIND"];
const CONTENT_TYPES = [
  null,
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=fuzz",
  "multipart/form-data",
  "application/json",
  "text/plain",
  "application/xml",
  "application/octet-stream",
  "x/y; ;;=",
];

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "\u0000\u202e",
    "__proto__",
    "constructor",
    '=HYPERLINK("x")',
    "%ff%fe",
    "9".repeat(400),
  ),
);

/** The one body that would carry out a request here; the fuzz never sends it. */
const ACTING_FIELDS = new Set(["intent=replace", "confirm=on"]);

const body = fc.oneof(
  fc.constant(""),
  fc
    .dictionary(
      fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("intent", "confirm", "items.brand-delivery.preferred")),
      hostileText,
      {
        maxKeys: 5,
      },
    )
    .map((form) => new URLSearchParams(form).toString())
    .filter((form) => !ACTING_FIELDS.has(form)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  hostileText.map((text) => `--fuzz\r\nContent-Disposition: form-data; name="${text}"\r\n\r\n${text}\r\n--fuzz--\r\n`),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString("latin1")),
  fc.constant("x".repeat(30_000)),
);

interface Probe {
  method: string;
  path: string;
  suffix: string;
  contentType: string | null;
  body: string;
  chunked: boolean;
  cookie: string | null;
  authorization: string | null;
  origin: string | null;
  site: string | null;
}

function probes(count: number): Probe[] {
  const paths = [...routePaths(), "/nope", "//checks", "/CHECKS/new", "/api/v1/%63hecks", "/build/../../etc/passwd"];
  const tokens = [...Object.values(seeded.open.tokens), ...Object.values(seeded.done.tokens), seeded.claimedInvitation];
  const arbitrary = fc.record({
    method: fc.constantFrom(...METHODS),
    path: fc.constantFrom(...paths),
    suffix: fc.constantFrom("", "", "", ".data", "?_data=root", "?section=all", "?created=1&replaced=vcs"),
    contentType: fc.constantFrom(...CONTENT_TYPES),
    body,
    chunked: fc.boolean(),
    cookie: fc.constantFrom(null, null, ...Object.values(seeded.cookies), "cg_session=forged", "cg_session=%ff"),
    authorization: fc.constantFrom(
      null,
      null,
      ...tokens.map((t) => `Bearer ${t}`),
      "Bearer",
      "Basic YTpi",
      `Bearer ${"z".repeat(32)}`,
    ),
    origin: fc.constantFrom(null, "null", "https://evil.example", "not a url"),
    site: fc.constantFrom(null, "same-origin", "cross-site", "none", "same-site"),
  });
  return fc.sample(arbitrary, { numRuns: count, seed: 12 }).map((probe) => {
    // Sign-out is the one action that needs no body: it is exercised without a live session.
    if (/^\/sign-out/i.test(probe.path) && probe.cookie && !probe.cookie.includes("forged")) probe.cookie = null;
    return probe;
  });
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(probe: Probe): Promise<{ status: number; type: string; text: string }> {
  const url = new URL(server.url);
  const headers: Record<string, string> = {};
  if (probe.contentType) headers["Content-Type"] = probe.contentType;
  if (probe.cookie) headers.Cookie = probe.cookie;
  if (probe.authorization) headers.Authorization = probe.authorization;
  if (probe.origin) headers.Origin = probe.origin;
  if (probe.site) headers["Sec-Fetch-Site"] = probe.site;
  const withBody = probe.method !== "GET" && probe.method !== "HEAD" && probe.body !== "";
  if (withBody) {
    if (probe.chunked) headers["Transfer-Encoding"] = "chunked";
    else headers["Content-Length"] = String(Buffer.byteLength(probe.body));
  }
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, path: probe.path + probe.suffix, method: probe.method, headers, agent },
      (res) => {
        const parts: Buffer[] = [];
        res.on("data", (part: Buffer) => parts.push(part));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers["content-type"] ?? ""),
            text: Buffer.concat(parts).toString(),
          }),
        );
      },
    );
    req.on("error", (error: NodeJS.ErrnoException) => {
      // A refusal that closes the connection while a large body is still going out (the 413's Connection: close).
      if (error.code === "ECONNRESET" || error.code === "EPIPE") resolve({ status: 413, type: "", text: "(closed)" });
      else reject(error);
    });
    if (withBody) req.write(probe.body);
    req.end();
  });
}

/** A refusal says something: the API's errors, a page with a heading, or (single fetch) an encoded error. */
function saysSomething(method: string, response: { status: number; type: string; text: string }): boolean {
  if (method === "HEAD" || response.text === "(closed)") return true;
  if (response.type.startsWith("application/json")) {
    const errors = (JSON.parse(response.text) as { errors?: Array<{ message?: string }> }).errors;
    return Boolean(errors?.length && errors.every((e) => (e.message ?? "").trim() !== ""));
  }
  if (response.type.startsWith("text/html")) return /<h1[^>]*>[^<]+/.test(response.text);
  return response.text.trim().length > 0;
}

test(
  `${REQUESTS} hostile requests: no 5xx, a message with every refusal, the data unchanged`,
  { timeout: 300_000 },
  async () => {
    const before = await snapshot();
    const all = probes(REQUESTS);
    const statuses = new Map<number, number>();
    const serverErrors: string[] = [];
    const silent: string[] = [];
    const started = Date.now();
    let next = 0;
    const describe = (p: Probe) =>
      `${p.method} ${p.path}${p.suffix} [${p.contentType ?? "no type"}${p.chunked ? ", chunked" : ""}] ` +
      `cookie=${p.cookie ? "yes" : "no"} auth=${p.authorization ? "yes" : "no"} origin=${p.origin} site=${p.site}`;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < all.length) {
          const probe = all[next++]!;
          const response = await send(probe);
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) serverErrors.push(`${response.status} ${describe(probe)}`);
          else if (response.status >= 400 && !saysSomething(probe.method, response)) {
            silent.push(`${response.status} ${describe(probe)}`);
          }
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `HTTP fuzz: ${all.length} requests in ${seconds.toFixed(1)} s; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`,
    );
    if (process.env.FUZZ_DEBUG)
      console.log(
        server
          .logs()
          .split("\n")
          .filter((l) => !l.startsWith("{"))
          .slice(0, 60)
          .join("\n"),
      );
    expect(serverErrors.slice(0, 20), `${serverErrors.length} answers of 500 or more`).toEqual([]);
    if (process.env.FUZZ_DEBUG) {
      const routes = new Map<string, number>();
      for (const line of silent) {
        const key = line
          .replace(/\?.*? \[/, " [")
          .replace(/ \[.*$/, "")
          .replace(/\/checks\/[^/ ]+/, "/checks/:id");
        routes.set(key, (routes.get(key) ?? 0) + 1);
      }
      console.log([...routes].sort((a, b) => b[1] - a[1]).slice(0, 40));
    }
    expect(silent.slice(0, 20), `${silent.length} refusals without a message`).toEqual([]);
    expect(await snapshot()).toBe(before);
    expect(server.logs()).not.toMatch(/"level":50/);
  },
);
