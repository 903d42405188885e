/**
 * Server rendering. Bots and crawlers get the whole document at once; people
 * get a streamed response.
 */
import { Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer, isRouteErrorResponse } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "~/http/nonce";

const ABORT_DELAY = 5_000;

/**
 * React writes a page in small pieces (a few KB each, dozens for a report),
 * and each piece would cost the compressor downstream a pass of its own: this
 * gathers them into blocks of 64 KB (a page's shell arrives whole anyway). See
 * docs/benchmarks.md for what it saves.
 */
function inBlocks(size = 64 * 1024) {
  let parts: Buffer[] = [];
  let length = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      parts.push(chunk);
      length += chunk.length;
      if (length >= size) {
        this.push(Buffer.concat(parts, length));
        parts = [];
        length = 0;
      }
      done();
    },
    flush(done) {
      if (length > 0) this.push(Buffer.concat(parts, length));
      done();
    },
  });
}

/**
 * Logs what went wrong on our side. A refusal the router makes itself (a
 * method a route does not take: 405; no such route: 404) is the sender's
 * mistake, already answered with a 4xx, and a request the client abandoned is
 * nobody's: neither is logged as an error.
 */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (isRouteErrorResponse(error) && error.status < 500) return;
  console.error(error);
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = typeof loadContext.cspNonce === "string" ? loadContext.cspNonce : undefined;
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce ?? ""}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = inBlocks();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell has rendered are logged here; earlier ones reach the error boundary.
          if (shellRendered) console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

// For server/index.ts, which loads this build and imports no app code itself: it waits for the database's
// migrations before it listens, and keeps its rate limits in the database, shared by every app process.
export { databaseDialect, databaseReady } from "~/models/database.server";
export * as rateWindows from "~/models/rate-limit.server";
export { sweepExpired } from "~/access/session.server";
