/**
 * The production server: Express 4 in front of the Remix build. Built by
 * `npm run build` into build/server.js, next to the Remix server build
 * (build/index.js) that it loads. See docs/architecture.md.
 */
import type { ServerBuild } from "@remix-run/node";
import closeWithGrace from "close-with-grace";
import compression from "compression";
import express from "express";
import expressStaticGzip from "express-static-gzip";
import { readdirSync } from "node:fs";
import { InvalidEnvError, parseEnv, type Env } from "./env";
import { createLogger, requestLogger } from "./logging";
import { capBody } from "./body";
import { applyRateLimits } from "./rate-limits";
import { remixHandler } from "./remix";
import { applySecurity, handleErrors, normaliseAddresses } from "./security";

let env: Env;
try {
  env = parseEnv(process.env);
} catch (error) {
  if (!(error instanceof InvalidEnvError)) throw error;
  console.error(error.message);
  process.exit(1);
}

// Express, React and Remix read NODE_ENV themselves: production (no stack traces, no dev builds) unless told.
process.env.NODE_ENV = env.NODE_ENV;
const logger = createLogger(env);
// NOTE: resolved from this file's own place, which is build/ once bundled.
const build = (await import(new URL("./index.js", import.meta.url).href)) as ServerBuild;
type AppEntry = typeof import("../app/entry.server");
const entry = build.entry.module as unknown as AppEntry;
// The build opens the database as it loads; PostgreSQL's migrations run then (one process at a time), and no request
// is served before they have finished.
try {
  await entry.databaseReady();
} catch (error) {
  logger.fatal(error, "The database could not be opened or migrated");
  process.exit(1);
}

// Email updates, only when SMTP_URL is set: a dispatcher sends what submissions queued in the outbox. It is a
// second bundle of app code (build/mail.js, from app/mail/dispatcher.server.ts) because server/ imports none.
type MailModule = typeof import("../app/mail/dispatcher.server");
const mail = env.SMTP_URL
  ? ((await import(new URL("./mail.js", import.meta.url).href)) as MailModule).startMailDispatcher({
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM ?? "",
      homeUrl: env.PUBLIC_URL,
      logger: logger.child({ component: "mail" }),
    })
  : null;

const app = express();
// Behind a reverse proxy that terminates TLS, set TRUST_PROXY=1 so req.secure and req.ip are right.
app.set("trust proxy", env.TRUST_PROXY ?? false);
app.use(requestLogger(logger));
normaliseAddresses(app);
applySecurity(app);
applyRateLimits(app, env, entry.rateWindows);
app.use(capBody(env.MAX_BODY_BYTES));
// The build's scripts and styles were compressed once by `npm run build` (server/precompress.ts): they are sent
// as those files (Brotli, else gzip), never compressed again per request.
app.use(
  "/build",
  expressStaticGzip("public/build", {
    enableBrotli: true,
    orderPreference: ["br", "gzip"],
    serveStatic: { immutable: true, maxAge: "1y" },
  }),
);
// The other public files are a known, short list: only their paths reach the disk, so a page request costs no
// stat() of a file that is not there.
const publicFiles = readdirSync("public").filter((name) => name !== "build" && !name.startsWith("."));
app.get(
  publicFiles.map((name) => `/${name}`),
  express.static("public", { maxAge: "1h" }),
);
// A report page is about 120 KB of HTML and 16 KB compressed: on a slow connection that is the difference.
app.use(compression());
// Remix flushes its response after every chunk React writes (7 for the home page, 20 for a 44 KB page), and each
// flush makes the compressor close a block and start again: measured in tests/bench/cpu.ts, Brotli then cost
// the report 45 ms of CPU against 23 ms uncompressed. No page here streams content that must arrive early (the
// shell is the whole page), so the compressor is flushed only when the response ends.
app.use((_req, res, next) => {
  (res as { flush?: () => void }).flush = () => {};
  next();
});
app.all(
  "*",
  remixHandler({
    build,
    mode: env.NODE_ENV,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce as string }),
  }),
);
handleErrors(app, (error) => logger.error(error));

// Expired sessions and ended rate-limit windows are deleted at start-up and every 15 minutes (every process may).
const sweep = () =>
  entry
    .sweepExpired?.()
    .then((swept) => logger.debug(swept, "swept expired sessions, rate-limit windows and workshop answers"))
    .catch((error: unknown) => logger.warn(error, "could not sweep expired sessions"));
void sweep();
setInterval(sweep, 15 * 60 * 1000).unref();

const server = app.listen(env.PORT, env.HOST, () => {
  logger.info(
    `Common Ground is listening on http://${env.HOST}:${env.PORT} (${env.NODE_ENV}, ${entry.databaseDialect()})`,
  );
});

// Finish the requests in flight, then exit (every acknowledged write is already committed).
closeWithGrace({ delay: 3000, logger }, async ({ err }) => {
  if (err) logger.error(err);
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeIdleConnections();
  });
  await mail?.stop();
});
