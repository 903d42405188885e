/**
 * What Remix v2 has no place for: security headers (helmet, with a
 * per-request CSP nonce), HSTS over HTTPS, cross-site request refusal, a
 * request-size cap, and pages behind secret links kept out of caches and
 * search engines. Why each exists: docs/architecture.md and
 * docs/decisions/0001-derived-invitation-links.md.
 */
import { randomBytes } from "node:crypto";
import type { Express, Request, Response } from "express";
import helmet from "helmet";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const TITLES: Record<number, string> = {
  403: "Request refused",
  413: "Too much information",
  429: "Too many requests",
};

/** A refusal before Remix: the API's error shape under /api/, else a small readable page. */
export function refuse(req: Request, res: Response, status: number, message: string) {
  res.status(status).set("Cache-Control", "no-store");
  if (req.path.startsWith("/api/")) return res.json({ errors: [{ path: "", message }] });
  const title = TITLES[status] ?? "Sorry";
  return res
    .type("html")
    .send(
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${title} – Common Ground</title><link rel="stylesheet" href="/refused.css"></head>` +
        `<body><main><h1>${title}</h1><p>${message}</p>` +
        (status === 429 ? `<p>Please wait a minute, then try again.</p>` : "") +
        `<p><a href="/">Go to the Common Ground home page</a></p></main></body></html>`,
    );
}

export function applySecurity(app: Express, options: { maxBodyBytes: number }) {
  app.disable("x-powered-by");

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
          scriptSrc: [(_req, res) => `'nonce-${(res as Response).locals.cspNonce}'`, "'strict-dynamic'"],
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
    if (length > options.maxBodyBytes) {
      return refuse(req, res, 413, "That was more than this service accepts in one go.");
    }
    next();
  });

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
}
