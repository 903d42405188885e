/**
 * Per-address limits on what a stranger could do in bulk: create checks, open
 * secret links, and guess secrets in any of the three places one travels (a
 * link, the session cookie, a bearer token). Paths are tested after
 * server/paths.ts has normalised them, and case-insensitively, as Remix routes.
 *
 * The counts live in the database (app/models/rate-limit.server.ts, reached
 * through the Remix build as `RateWindows`), so every app process behind one
 * load balancer counts the same hits.
 */
import type { Express, NextFunction, Request, Response } from "express";
import { rateLimit, type Options, type Store } from "express-rate-limit";
import type { Env } from "./env";
import { isCheckCreationPath, isJoinCodePage, isSecretLinkPath, isWorkshopJoinPath } from "./paths";
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

/** The rate-limit windows the app keeps in its database (app/models/rate-limit.server.ts). */
export interface RateWindows {
  currentRateWindow(key: string, now?: Date): Promise<{ hits: number; endsAt: Date } | null>;
  hitRateLimit(key: string, windowMs: number, now?: Date): Promise<{ hits: number; endsAt: Date }>;
  unhitRateLimit(key: string): Promise<void>;
  resetRateLimit(key: string): Promise<void>;
}

const WINDOW_MS = 60_000;

/** express-rate-limit's store over the database windows: one prefix per limit. */
class DatabaseStore implements Store {
  windowMs = WINDOW_MS;
  constructor(
    private readonly windows: RateWindows,
    readonly prefix: string,
  ) {}
  init(options: Options) {
    this.windowMs = options.windowMs;
  }
  async get(key: string) {
    const window = await this.windows.currentRateWindow(this.prefix + key);
    return window ? { totalHits: window.hits, resetTime: window.endsAt } : undefined;
  }
  async increment(key: string) {
    const window = await this.windows.hitRateLimit(this.prefix + key, this.windowMs);
    return { totalHits: window.hits, resetTime: window.endsAt };
  }
  decrement(key: string) {
    return this.windows.unhitRateLimit(this.prefix + key);
  }
  resetKey(key: string) {
    return this.windows.resetRateLimit(this.prefix + key);
  }
}

const perMinute = (limit: number, store: Store) =>
  rateLimit({
    windowMs: WINDOW_MS,
    limit,
    store,
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
 * A fixed one-minute window per address, in the database like the other limits.
 */
function refusalLimit(limit: number, windows: RateWindows) {
  return async (req: Request, res: Response, next: NextFunction) => {
    const key = `guesses:${req.ip ?? "unknown"}`;
    let current: Awaited<ReturnType<RateWindows["currentRateWindow"]>>;
    try {
      current = await windows.currentRateWindow(key);
    } catch (error) {
      return next(error);
    }
    if (current && current.hits >= limit) {
      res.set("Retry-After", String(Math.max(1, Math.ceil((current.endsAt.getTime() - Date.now()) / 1000))));
      return refuse(req, res, 429, "There have been too many requests from your connection.");
    }
    // A refusal is counted before any of its response goes out (its status and headers leave with its first
    // write), so a guesser waiting for the answer cannot send the next guess before this one counts. Every write
    // after a refusal's first waits for the count, in order; any other response is not touched.
    let gate: Promise<unknown> | null | undefined;
    const held = <A extends unknown[], R>(send: (...args: A) => R, returned: (args: A) => R) =>
      ((...args: A) => {
        if (gate === undefined) {
          gate = REFUSED_SECRET.has(res.statusCode) ? windows.hitRateLimit(key, WINDOW_MS).catch(() => null) : null;
        }
        if (gate === null) return send(...args);
        gate = gate.then(() => send(...args));
        return returned(args);
      }) as never;
    res.write = held(res.write.bind(res) as (...args: unknown[]) => boolean, () => true);
    res.end = held(res.end.bind(res) as (...args: unknown[]) => Response, () => res);
    next();
  };
}

export function applyRateLimits(
  app: Express,
  env: Pick<
    Env,
    | "RATE_LIMIT_CHECKS_PER_MINUTE"
    | "RATE_LIMIT_LINK_OPENS_PER_MINUTE"
    | "RATE_LIMIT_JOINS_PER_MINUTE"
    | "RATE_LIMIT_SECRET_FAILURES_PER_MINUTE"
  >,
  windows: RateWindows,
) {
  const creations = perMinute(env.RATE_LIMIT_CHECKS_PER_MINUTE, new DatabaseStore(windows, "creations:"));
  const joins = perMinute(env.RATE_LIMIT_JOINS_PER_MINUTE, new DatabaseStore(windows, "joins:"));
  const linkOpens = perMinute(env.RATE_LIMIT_LINK_OPENS_PER_MINUTE, new DatabaseStore(windows, "links:"));
  const guesses = refusalLimit(env.RATE_LIMIT_SECRET_FAILURES_PER_MINUTE, windows);
  app.use((req, res, next) =>
    req.method === "POST" && isCheckCreationPath(req.path) ? creations(req, res, next) : next(),
  );
  // Every use of a join code counts, not only joining: opening /join/<code> (or asking /join?code=) says whether a
  // code opens a workshop, so a guesser gets no more tries by looking than by joining.
  app.use((req, res, next) =>
    isWorkshopJoinPath(req.path) || (isJoinCodePage(req.path) && (req.method === "POST" || req.url.includes("?")))
      ? joins(req, res, next)
      : next(),
  );
  app.use((req, res, next) => (isSecretLinkPath(req.path) ? linkOpens(req, res, next) : next()));
  // The build's scripts and styles carry the session cookie too, but open nothing: no database read for them.
  app.use((req, res, next) =>
    carriesSecret(req) && !req.path.startsWith("/build/") ? guesses(req, res, next) : next(),
  );
}
