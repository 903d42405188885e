/**
 * Request logs (pino-http: one JSON line per request) that never hold a
 * secret link: the token in an /i/<token> address is redacted, and no
 * request or response header is logged (Authorization, Cookie and
 * Set-Cookie carry tokens), with pino's own redaction behind that in case a
 * log call ever passes headers.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { pino, type Logger } from "pino";
import { pinoHttp } from "pino-http";
import type { Env } from "./env";
import { redactPath } from "./paths";

export function createLogger(env: Pick<Env, "LOG_LEVEL">): Logger {
  return pino({
    level: env.LOG_LEVEL,
    redact: {
      paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]', "headers"],
      censor: "[redacted]",
    },
  });
}

type Request = IncomingMessage & { originalUrl?: string };

const line = (req: Request, res: ServerResponse, ms?: number) =>
  `${req.method} ${redactPath(req.originalUrl ?? req.url ?? "")} ${res.statusCode}${ms === undefined ? "" : ` ${ms} ms`}`;

export function requestLogger(logger: Logger) {
  return pinoHttp<Request>({
    logger,
    quietReqLogger: true,
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: redactPath(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? "error" : "info"),
    customSuccessMessage: (req, res, ms) => line(req, res, ms),
    customErrorMessage: (req, res) => line(req, res),
  });
}
