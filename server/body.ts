/**
 * The request-size cap, counted as the bytes arrive. Content-Length is only a
 * claim: a chunked body has none, and a client may send more than it said. So
 * every body (any method, any content type) is read here, chunk by chunk, and
 * the request is refused with a 413 the moment it passes the cap; nothing
 * past it is read or kept, and the connection is closed. What fits is handed
 * to Remix as one buffer (the cap is small, 256 KB by default).
 */
import type { NextFunction, Request, Response } from "express";
import { refuse } from "./security";

const NO_BODY = new Set(["GET", "HEAD"]);

const TOO_LARGE = "That was more than this service accepts in one go.";
/** After a 413, at most this much more is read (and thrown away) before the connection is cut. */
const DRAIN_BYTES = 16 * 1024 * 1024;
const DRAIN_MS = 2000;

export function capBody(maxBytes: number) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (NO_BODY.has(req.method)) return next();
    const tooLarge = () => {
      refuse(req, res, 413, TOO_LARGE);
      // NOTE: closing a socket with unread bytes in it makes the kernel send a reset, which can reach the client
      // before the refusal does (so no `Connection: close`, which makes Node close at once). What follows is read
      // and thrown away instead, but only briefly and only so much: then the connection is cut, and the rest of
      // the body is never received.
      let discarded = 0;
      const cut = setTimeout(() => req.destroy(), DRAIN_MS);
      cut.unref();
      req.on("data", (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > DRAIN_BYTES) req.destroy();
      });
      req.on("close", () => clearTimeout(cut));
      req.resume();
    };
    const declared = req.get("content-length");
    if (declared !== undefined && Number(declared) > maxBytes) return tooLarge();
    const chunks: Buffer[] = [];
    let received = 0;
    let settled = false;
    const done = (error?: Error) => {
      if (settled) return;
      settled = true;
      req.off("data", onData);
      req.off("end", onEnd);
      req.off("error", onError);
      if (error) {
        // The client went away mid-body: nothing to answer.
        if (!res.headersSent) refuse(req, res, 400, "The request body was cut off.");
        return;
      }
      res.locals.body = Buffer.concat(chunks, received);
      next();
    };
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        settled = true;
        req.off("data", onData);
        req.off("end", onEnd);
        req.off("error", onError);
        req.pause();
        chunks.length = 0;
        tooLarge();
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => done();
    const onError = (error: Error) => done(error);
    req.on("data", onData);
    req.on("end", onEnd);
    req.on("error", onError);
  };
}

/** The body capBody read, for the Remix handler. */
export function bodyOf(res: Response): Buffer | undefined {
  const body = res.locals.body as Buffer | undefined;
  return body;
}
