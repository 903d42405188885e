/**
 * A report never changes once both sides have submitted (until the owner
 * records an outcome), yet rendering it is the costliest thing the server
 * does. Routes that opt in (`handle: { renderCache: true }`) have their HTML
 * kept, keyed by the address and a hash of everything their loaders
 * returned, so a changed report, outcome or date is simply a new key. The
 * loaders still run for every request (authorisation and the seal are
 * checked each time); only React's rendering is skipped. The per-request CSP
 * nonce is swapped into the cached HTML.
 */
import { createHash } from "node:crypto";
import type { EntryContext } from "@remix-run/node";

const MAX_ENTRIES = 200;
/** The HTML, cut at every place the nonce stood, so a new nonce is a single join. */
const cache = new Map<string, string[]>();

export function renderCacheKey(request: Request, context: EntryContext, status: number): string | null {
  if (request.method !== "GET" || status !== 200) return null;
  const state = context.staticHandlerContext;
  if (state.actionData || state.errors) return null;
  const leaf = state.matches.at(-1);
  const handle = leaf
    ? (context.routeModules[leaf.route.id]?.handle as { renderCache?: boolean } | undefined)
    : undefined;
  if (!handle?.renderCache) return null;
  const url = new URL(request.url);
  // A loader can name its own key (cheap); otherwise everything the loaders returned is hashed.
  const data = state.loaderData[leaf!.route.id] as { renderKey?: unknown } | undefined;
  const ownKey = typeof data?.renderKey === "string" ? data.renderKey : null;
  return createHash("sha256")
    .update(`${url.pathname}${url.search}\n${ownKey ?? JSON.stringify(state.loaderData)}`)
    .digest("base64url");
}

export function cachedHtml(key: string, nonce: string): string | null {
  const parts = cache.get(key);
  if (!parts) return null;
  // Most recently used last, so the oldest is the first to go.
  cache.delete(key);
  cache.set(key, parts);
  return parts.join(nonce);
}

export function storeHtml(key: string, html: string, nonce: string) {
  cache.set(key, nonce ? html.split(nonce) : [html]);
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

/** After a check is deleted, nothing of it may linger, not even in memory. */
export function clearRenderCache() {
  cache.clear();
}
