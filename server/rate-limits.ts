/**
 * Per-address limits on what a stranger could do in bulk: create checks, open
 * secret links, and guess secrets in any of the three places one travels (a
 * link, the session cookie, a bearer token). Paths are tested after
 * server/paths.ts has normalised them, and case-insensitively, as Remix routes.
 */
import type { Express, NextFunction, Request, Response } from "express";
import { rateLimit } from "express-rate-limit";
import type { Env } from "./env";
import { isCheckCreationPath, isSecretLinkPath } from "./paths";
import { refuse } from "./security";

const SESSION_COOKIE = /(?:^|;\s*)(?:__Host-)?cg_session=/;

/** A request that presents a secret: a link, the session cookie or a bearer token. */
export function carriesSecret(req: Request): boolean {
  return (
    isSecretLinkPath(req.path) || Boolean(req.get("authorization")) || SESSION_COOKIE.test(req.get("cookie") ?? "")
  );
}

/** The answers a wrong, old or forged secret gets: not signed in, wrong role, unknown, claimed, replaced. */
const REFUSED_SECRET = new Set([401, 403, 404, 409, 410]);

const perMinute = (limit: number) =>
  rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (req: Request, res: Response) =>
      refuse(req, res, 429, "There have been too many requests from your connection."),
  });

/**
 * Counts only refusals, and only as they are answered: a side saving every
 * few seconds, or forty requests in flight at once from one workshop, are never
 * slowed; a guesser is. (express-rate-limit's skipSuccessfulRequests counts a
 * request while it is in flight, so a burst of good ones would be refused.)
 * A fixed one-minute window per address, in memory, like the other limits.
 */
function refusalLimit(limit: number) {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = Date.now() + 60_000;
  return (req: Request, res: Response, next: NextFunction) => {
    const now = Date.now();
    if (now > nextSweep) {
      for (const [key, window] of windows) if (window.resetAt <= now) windows.delete(key);
      nextSweep = now + 60_000;
    }
    const key = req.ip ?? "unknown";
    const current = windows.get(key);
    if (current && current.resetAt > now && current.count >= limit) {
      res.set("Retry-After", String(Math.max(1, Math.ceil((current.resetAt - now) / 1000))));
      return refuse(req, res, 429, "There have been too many requests from your connection.");
    }
    // Counted as the status goes out, before the client can see it and try again.
    const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => Response;
    res.writeHead = ((...args: unknown[]) => {
      const status = typeof args[0] === "number" ? args[0] : res.statusCode;
      if (REFUSED_SECRET.has(status)) {
        const at = Date.now();
        const window = windows.get(key);
        if (!window || window.resetAt <= at) windows.set(key, { count: 1, resetAt: at + 60_000 });
        else window.count += 1;
      }
      return writeHead(...args);
    }) as typeof res.writeHead;
    next();
  };
}

export function applyRateLimits(
  app: Express,
  env: Pick<
    Env,
    "RATE_LIMIT_CHECKS_PER_MINUTE" | "RATE_LIMIT_LINK_OPENS_PER_MINUTE" | "RATE_LIMIT_SECRET_FAILURES_PER_MINUTE"
  >,
) {
  const creations = perMinute(env.RATE_LIMIT_CHECKS_PER_MINUTE);
  const linkOpens = perMinute(env.RATE_LIMIT_LINK_OPENS_PER_MINUTE);
  const guesses = refusalLimit(env.RATE_LIMIT_SECRET_FAILURES_PER_MINUTE);
  app.use((req, res, next) =>
    req.method === "POST" && isCheckCreationPath(req.path) ? creations(req, res, next) : next(),
  );
  app.use((req, res, next) => (isSecretLinkPath(req.path) ? linkOpens(req, res, next) : next()));
  app.use((req, res, next) => (carriesSecret(req) ? guesses(req, res, next) : next()));
}
