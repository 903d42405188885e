/**
 * The production server: Express 4 in front of the Remix build, for what
 * Remix v2 has no place for — security headers (helmet, with a per-request
 * CSP nonce), cross-site request refusal, rate limits, a request-size cap and
 * request logs that never contain a secret link.
 */
import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";
import { rateLimit } from "express-rate-limit";
import helmet from "helmet";

const PORT = Number(process.env.PORT || 3000);
const HOST = process.env.HOST || "127.0.0.1";
const MAX_BODY_BYTES = Number(process.env.MAX_BODY_BYTES || 256 * 1024);
const CHECKS_PER_MINUTE = Number(process.env.RATE_LIMIT_CHECKS_PER_MINUTE || 30);
const LINK_OPENS_PER_MINUTE = Number(process.env.RATE_LIMIT_LINK_OPENS_PER_MINUTE || 300);

const build = await import("./build/index.js");
const app = express();
app.disable("x-powered-by");
// Behind a reverse proxy that terminates TLS, set TRUST_PROXY=1 so req.secure and req.ip are right.
app.set("trust proxy", process.env.TRUST_PROXY ? Number(process.env.TRUST_PROXY) || process.env.TRUST_PROXY : false);

/** Secret links are /i/<token>: the token is never written to a log. */
function redactPath(url) {
  return url.replace(/^\/i\/[^/?#]*/, "/i/[redacted]");
}

app.use((req, res, next) => {
  const started = process.hrtime.bigint();
  res.on("finish", () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${req.method} ${redactPath(req.originalUrl)} ${res.statusCode} ${ms.toFixed(1)} ms`);
  });
  next();
});

app.use((_req, res, next) => {
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
});

app.use(
  helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: [(_req, res) => `'nonce-${res.locals.cspNonce}'`, "'strict-dynamic'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    referrerPolicy: { policy: "no-referrer" },
    // HSTS only means something over HTTPS; it is added below when the request was secure.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: "deny" },
  }),
);

app.use((req, res, next) => {
  if (req.secure) res.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  next();
});

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Refuses a state-changing request that another site started: by
 * Sec-Fetch-Site where the browser sends it, else by Origin. With
 * Referrer-Policy no-referrer, browsers send `Origin: null` on a same-origin
 * form post; once Sec-Fetch-Site has vouched for it, that header is dropped so
 * Remix's own origin check does not mistake it for an attack.
 */
app.use((req, res, next) => {
  if (SAFE_METHODS.has(req.method)) return next();
  const site = req.get("sec-fetch-site");
  const origin = req.get("origin");
  let foreign = false;
  if (site) foreign = site !== "same-origin" && site !== "none";
  else if (origin && origin !== "null") {
    try {
      foreign = new URL(origin).host !== req.get("host");
    } catch {
      foreign = true;
    }
  }
  if (foreign) return refuse(req, res, 403, "This request came from another website, so it was refused.");
  if (origin === "null" && site === "same-origin") delete req.headers.origin;
  next();
});

app.use((req, res, next) => {
  const length = Number(req.get("content-length") || 0);
  if (length > MAX_BODY_BYTES) return refuse(req, res, 413, "That was more than this service accepts in one go.");
  next();
});

function refuse(req, res, status, message) {
  if (req.path.startsWith("/api/")) {
    return res
      .status(status)
      .set("Cache-Control", "no-store")
      .json({ errors: [{ path: "", message }] });
  }
  const title = { 403: "Request refused", 413: "Too much information", 429: "Too many requests" }[status] ?? "Sorry";
  return res
    .status(status)
    .set("Cache-Control", "no-store")
    .type("html")
    .send(
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${title} – Common Ground</title><link rel="stylesheet" href="/refused.css"></head>` +
        `<body><main><h1>${title}</h1><p>${message}</p>` +
        (status === 429 ? `<p>Please wait a minute, then try again.</p>` : "") +
        `<p><a href="/">Go to the Common Ground home page</a></p></main></body></html>`,
    );
}

const limiter = (limit, windowMs = 60_000) =>
  rateLimit({
    windowMs,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (req, res) => refuse(req, res, 429, "There have been too many requests from your connection."),
  });

const createLimiter = limiter(CHECKS_PER_MINUTE);
app.post(["/checks/new", "/api/v1/checks"], createLimiter);
app.use("/i", limiter(LINK_OPENS_PER_MINUTE));

/**
 * Pages behind a secret link can show answers: never stored by a browser or a
 * proxy, never indexed. (The API sets no-store on its own responses.)
 */
app.use((req, res, next) => {
  if (/^\/(checks|i)\//.test(req.path)) {
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Robots-Tag", "noindex, nofollow");
  }
  next();
});

// A report page is about 150 KB of HTML and 15 KB gzipped: on a slow connection that is the difference.
app.use(compression());

/**
 * Report pages, kept whole for the browser session that was just shown them.
 * A report changes only through a write, so every state-changing request
 * (any method but GET/HEAD, through the pages or the API: a new outcome, a
 * replaced link, a deletion) empties this cache at once, and nothing is kept
 * longer than a minute. The key is the address and the whole Cookie header,
 * so a page is only ever served again to the session that was authorised to
 * see it; a fresh CSP nonce is swapped in each time. In front of Remix, this
 * turns the costliest page into one of the cheapest (see tests/bench).
 */
const REPORT_PAGE = /^\/checks\/[^/]+(?:\/(?:vcs|prime))?\/(?:report|print)$/;
const PAGE_CACHE_TTL_MS = 60_000;
const PAGE_CACHE_MAX = 200;
const pageCache = new Map();

/** The page's bytes cut at every place the nonce stands. */
function splitBuffer(buffer, separator) {
  const parts = [];
  let start = 0;
  for (let at = buffer.indexOf(separator); at !== -1; at = buffer.indexOf(separator, start)) {
    parts.push(buffer.subarray(start, at));
    start = at + separator.length;
  }
  parts.push(buffer.subarray(start));
  return parts;
}

app.use((req, res, next) => {
  if (!SAFE_METHODS.has(req.method)) {
    pageCache.clear();
    return next();
  }
  const cookie = req.get("cookie");
  if (req.method !== "GET" || !cookie || !REPORT_PAGE.test(req.path) || req.originalUrl !== req.path) return next();
  const key = `${req.path}\n${cookie}`;
  const hit = pageCache.get(key);
  if (hit && hit.expires > Date.now()) {
    res.status(200).type("html").set("Cache-Control", "no-store").set("X-Robots-Tag", "noindex, nofollow");
    // Bytes, not strings: the kept parts go out around the new nonce, with no copy and no re-encoding.
    const nonce = Buffer.from(res.locals.cspNonce);
    res.setHeader("Content-Length", hit.length + nonce.length * (hit.parts.length - 1));
    res.cork();
    hit.parts.forEach((part, i) => {
      if (i > 0) res.write(nonce);
      res.write(part);
    });
    res.uncork();
    return res.end();
  }
  const chunks = [];
  const write = res.write.bind(res);
  const end = res.end.bind(res);
  res.write = (chunk, ...rest) => {
    if (chunk) chunks.push(Buffer.from(chunk));
    return write(chunk, ...rest);
  };
  res.end = (chunk, ...rest) => {
    if (chunk && typeof chunk !== "function") chunks.push(Buffer.from(chunk));
    if (res.statusCode === 200 && String(res.getHeader("content-type")).startsWith("text/html")) {
      const page = Buffer.concat(chunks);
      const nonce = Buffer.from(res.locals.cspNonce);
      const parts = splitBuffer(page, nonce);
      pageCache.set(key, {
        parts,
        length: page.length - nonce.length * (parts.length - 1),
        expires: Date.now() + PAGE_CACHE_TTL_MS,
      });
      while (pageCache.size > PAGE_CACHE_MAX) pageCache.delete(pageCache.keys().next().value);
    }
    return end(chunk, ...rest);
  };
  next();
});

app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
app.use(express.static("public", { maxAge: "1h" }));

app.all(
  "*",
  createRequestHandler({
    build,
    mode: process.env.NODE_ENV,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }),
  }),
);

const server = app.listen(PORT, HOST, () => {
  console.log(`Common Ground is listening on http://${HOST}:${PORT}`);
});

// Finish the requests in flight, then exit (every acknowledged write is already committed).
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
    server.closeIdleConnections?.();
  });
}
