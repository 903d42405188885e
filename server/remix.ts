/**
 * Hands a request to the Remix build. Like @remix-run/express's own handler
 * (its header and response code is followed closely), except that the body is the
 * one server/body.ts has already read and measured, never the raw socket, and
 * the address is the normalised one (server/paths.ts).
 */
import type { ServerBuild } from "@remix-run/node";
import { createRequestHandler as createRemixHandler, writeReadableStreamToWritable } from "@remix-run/node";
import type { NextFunction, Request, Response } from "express";
import { bodyOf } from "./body";
import { refuse } from "./security";

function remixHeaders(incoming: Request["headers"]): Headers {
  const headers = new Headers();
  for (const [key, values] of Object.entries(incoming)) {
    if (Array.isArray(values)) for (const value of values) headers.append(key, value);
    else if (values) headers.set(key, values);
  }
  return headers;
}

async function send(res: Response, response: globalThis.Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/** As @remix-run/express builds it: req.hostname respects `trust proxy`; the port comes from the forwarded or own Host. */
function origin(req: Request): string {
  const portOf = (host: string | undefined) => Number.parseInt(host?.split(":")[1] ?? "", 10);
  const forwarded = portOf(req.get("X-Forwarded-Host"));
  const own = portOf(req.get("host"));
  const port = Number.isSafeInteger(forwarded) ? forwarded : Number.isSafeInteger(own) ? own : null;
  return `${req.protocol}://${req.hostname}${port ? `:${port}` : ""}`;
}

export function remixHandler(options: {
  build: ServerBuild;
  mode: string;
  getLoadContext: (req: Request, res: Response) => Record<string, unknown>;
}) {
  const handle = createRemixHandler(options.build, options.mode);
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const body = bodyOf(res);
      const init: RequestInit = {
        method: req.method,
        headers: remixHeaders(req.headers),
        signal: controller.signal,
        ...(req.method !== "GET" && req.method !== "HEAD" ? { body: new Uint8Array(body ?? []) } : {}),
      };
      let request: globalThis.Request;
      try {
        request = new Request(new URL(req.originalUrl, origin(req)).href, init);
      } catch {
        return refuse(req, res, 400, "That address or Host header could not be read.");
      }
      const response = await handle(request, options.getLoadContext(req, res));
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}
