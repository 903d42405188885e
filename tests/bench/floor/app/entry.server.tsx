/** As the app's app/entry.server.tsx: streamed to people, whole to bots, with the CSP nonce. */
import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";

const ABORT_DELAY = 5_000;

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
    const { pipe, abort } = renderToPipeableStream(
      <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          const body = new PassThrough();
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError: reject,
        onError(error: unknown) {
          responseStatusCode = 500;
          console.error(error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

// What the app's server (server/index.ts) takes from a build's entry. The floor has no database: nothing to wait
// for, and its rate-limit windows live in memory, which is cheaper than the app's (so the floor is, if anything,
// set lower than the app could reach).
export async function databaseReady() {}
export function databaseDialect() {
  return "none (floor)";
}
const windows = new Map<string, { hits: number; endsAt: Date }>();
export const rateWindows = {
  async currentRateWindow(key: string, now = new Date()) {
    const window = windows.get(key);
    return window && window.endsAt > now ? window : null;
  },
  async hitRateLimit(key: string, windowMs: number, now = new Date()) {
    const current = windows.get(key);
    const window =
      current && current.endsAt > now
        ? { hits: current.hits + 1, endsAt: current.endsAt }
        : { hits: 1, endsAt: new Date(now.getTime() + windowMs) };
    windows.set(key, window);
    return window;
  },
  async unhitRateLimit(key: string) {
    const window = windows.get(key);
    if (window) window.hits = Math.max(0, window.hits - 1);
  },
  async resetRateLimit(key: string) {
    windows.delete(key);
  },
};
