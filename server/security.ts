/**
 * What Remix v2 has no place for, in the order a request meets it: one
 * normalised spelling of the address (server/paths.ts), the methods this
 * service answers, security headers (helmet, with a per-request CSP nonce),
 * HSTS over HTTPS, cross-site request refusal, and pages behind secret links
 * kept out of caches and search engines. The body cap is server/body.ts.
 * Why each exists: docs/architecture.md, "The server in front".
 */
import { randomBytes } from "node:crypto";
import type { Express, NextFunction, Request, Response } from "express";
import helmet from "helmet";
import { isApiPath, isPrivatePath, normaliseUrl } from "./paths";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
/** Every method a route here can answer; TRACE, CONNECT and the WebDAV family never reach Remix. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

const TITLES: Record<number, string> = {
  400: "That request could not be read",
  403: "Request refused",
  405: "That is not something this address does",
  413: "Too much information",
  429: "Too many requests",
  500: "Sorry, there is a problem with the service",
};

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/**
 * A refusal before Remix: the API's error shape under /api/, else a small
 * readable page. It never repeats anything from the request.
 */
export function refuse(req: Request, res: Response, status: number, message: string) {
  res.status(status).set("Cache-Control", "no-store");
  if (isApiPath(req.path)) return res.json({ errors: [{ path: "", message }] });
  const title = TITLES[status] ?? "Sorry";
  return res
    .type("html")
    .send(
      `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${title} – Common Ground</title><link rel="stylesheet" href="/refused.css"></head>` +
        `<body><main><h1>${title}</h1><p>${escapeHtml(message)}</p>` +
        (status === 429 ? `<p>Please wait a minute, then try again.</p>` : "") +
        `<p><a href="/">Go to the Common Ground home page</a></p></main></body></html>`,
    );
}

/** Runs first: every later rule, Remix's router and the logs see the same, canonical address. */
export function normaliseAddresses(app: Express) {
  app.use((req, res, next) => {
    const normalised = normaliseUrl(req.originalUrl);
    if (!normalised.ok) {
      req.url = "/";
      return refuse(req, res, 400, "That address could not be read.");
    }
    req.url = normalised.url;
    req.originalUrl = normalised.url;
    next();
  });
  app.use((req, res, next) => {
    // Remix's single fetch (`.data`) takes loaders by GET and actions by POST, and nothing else.
    const singleFetch = /\.data$/i.test(req.path);
    const allowed = singleFetch ? ["GET", "POST"] : ALLOWED_METHODS;
    if (allowed.includes(req.method) && req.method !== "OPTIONS") {
      // The pre-single-fetch `?_data=` requests are not made by this app's pages; Remix answers them unevenly.
      if (!("_data" in req.query)) return next();
      return refuse(req, res, 400, "This address does not take a _data parameter.");
    }
    res.set("Allow", allowed.join(", "));
    // No cross-origin use is offered, so OPTIONS only says which methods exist.
    if (req.method === "OPTIONS") return res.status(204).set("Cache-Control", "no-store").end();
    return refuse(req, res, 405, `This address does not answer ${req.method} requests.`);
  });
}

export function applySecurity(app: Express) {
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
   * Referrer-Policy no-referrer, a browser may send `Origin: null` on a
   * same-origin form post; a browser without Fetch Metadata then gives us
   * nothing to tell it from a sandboxed frame elsewhere, and the session
   * cookie (SameSite=Lax, never sent on another site's post) is what keeps
   * such a post from acting for anyone. Once this check has decided, the Origin
   * header is dropped, so Remix's own, stricter comparison (which would turn a
   * forged X-Forwarded-Host or a null origin into a 500) never runs.
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
    delete req.headers.origin;
    next();
  });

  /**
   * Pages behind a secret link can show answers: never stored by a browser or a
   * proxy, never indexed, however the address is capitalised. (The API sets
   * no-store on its own responses.)
   */
  app.use((req, res, next) => {
    if (isPrivatePath(req.path) && !isApiPath(req.path)) {
      res.setHeader("Cache-Control", "no-store");
      res.setHeader("X-Robots-Tag", "noindex, nofollow");
    }
    next();
  });
}

/** The last word: an error nothing else caught is a 500 page with no detail (it is in the log). */
export function handleErrors(app: Express, log: (error: unknown) => void) {
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    log(error);
    if (res.headersSent) return res.destroy();
    return refuse(req, res, 500, "Please try again later. Your saved answers are safe.");
  });
}
