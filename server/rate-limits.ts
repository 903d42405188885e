/** Per-address limits on the two things a stranger could do in bulk: create checks and try secret links. */
import type { Express } from "express";
import { rateLimit } from "express-rate-limit";
import type { Env } from "./env";
import { refuse } from "./security";

const perMinute = (limit: number) =>
  rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    handler: (req, res) => refuse(req, res, 429, "There have been too many requests from your connection."),
  });

export function applyRateLimits(
  app: Express,
  env: Pick<Env, "RATE_LIMIT_CHECKS_PER_MINUTE" | "RATE_LIMIT_LINK_OPENS_PER_MINUTE">,
) {
  app.post(["/checks/new", "/api/v1/checks"], perMinute(env.RATE_LIMIT_CHECKS_PER_MINUTE));
  app.use("/i", perMinute(env.RATE_LIMIT_LINK_OPENS_PER_MINUTE));
}
