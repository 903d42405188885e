/**
 * Per-address limits on what a stranger could do in bulk: create checks, open
 * secret links, and guess secrets in any of the three places one travels (a
 * link, the session cookie, a bearer token). Paths are tested after
 * server/paths.ts has normalised them, and case-insensitively, as Remix routes.
 */
import type { Express, Request, Response } from "express";
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

const perMinute = (limit: number, options: Partial<Parameters<typeof rateLimit>[0]> = {}) =>
  rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (req: Request, res: Response) =>
      refuse(req, res, 429, "There have been too many requests from your connection."),
    ...options,
  });

export function applyRateLimits(
  app: Express,
  env: Pick<
    Env,
    "RATE_LIMIT_CHECKS_PER_MINUTE" | "RATE_LIMIT_LINK_OPENS_PER_MINUTE" | "RATE_LIMIT_SECRET_FAILURES_PER_MINUTE"
  >,
) {
  const creations = perMinute(env.RATE_LIMIT_CHECKS_PER_MINUTE);
  const linkOpens = perMinute(env.RATE_LIMIT_LINK_OPENS_PER_MINUTE);
  // Counts only the refusals: a side saving every few seconds is never slowed, a guesser is.
  const guesses = perMinute(env.RATE_LIMIT_SECRET_FAILURES_PER_MINUTE, {
    skipSuccessfulRequests: true,
    requestWasSuccessful: (_req: Request, res: Response) => !REFUSED_SECRET.has(res.statusCode),
  });
  app.use((req, res, next) =>
    req.method === "POST" && isCheckCreationPath(req.path) ? creations(req, res, next) : next(),
  );
  app.use((req, res, next) => (isSecretLinkPath(req.path) ? linkOpens(req, res, next) : next()));
  app.use((req, res, next) => (carriesSecret(req) ? guesses(req, res, next) : next()));
}
