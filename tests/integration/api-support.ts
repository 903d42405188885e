/**
 * Calls the JSON API as an HTTP client would, through Remix's own request
 * handler over the real route modules and the route table Remix derives from
 * app/routes' file names: an address no route file answers is a 404 here as
 * in production, so this harness cannot drift from the real routes. Runs
 * against the real database.
 */
/// <reference types="vite/client" />
import { fileURLToPath } from "node:url";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import { createRequestHandler, type ServerBuild } from "@remix-run/node";
import * as entry from "~/entry.server";
import * as root from "~/root";
import remixConfig from "../../remix.config.js";
import { ORIGIN } from "./support";

const appDirectory = fileURLToPath(new URL("../../app", import.meta.url));
const modules = import.meta.glob<Record<string, unknown>>("../../app/routes/*.{ts,tsx}", { eager: true });

function serverBuild(): ServerBuild {
  const routes: ServerBuild["routes"] = { root: { id: "root", path: "", module: root as never } };
  for (const route of Object.values(flatRoutes(appDirectory, remixConfig.ignoredRouteFiles))) {
    const module = modules[`../../app/${route.file}`];
    if (!module) throw new Error(`No module for route file ${route.file}`);
    routes[route.id] = { ...route, module: module as never };
  }
  return {
    mode: "production",
    entry: { module: entry as never },
    routes,
    // NOTE: only documents (HTML pages) need the browser assets; the API's routes are resource routes.
    assets: { entry: { module: "", imports: [] }, routes: {}, url: "", version: "test" } as never,
    publicPath: "/build/",
    assetsBuildDirectory: "public/build",
    future: remixConfig.future as never,
    isSpaMode: false,
  };
}

const handle = createRequestHandler(serverBuild());

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string; stream?: ReadableStream<Uint8Array> } = {},
): Promise<ApiResponse<T>> {
  const headers = new Headers();
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: string | ReadableStream<Uint8Array> | undefined;
  if (options.stream !== undefined) body = options.stream;
  else if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers.set("Content-Type", "application/json");
  const response = await handle(
    new Request(`${ORIGIN}${path}`, {
      method,
      headers,
      body,
      ...(options.stream ? { duplex: "half" } : {}),
    } as RequestInit),
  );
  const text = await response.text();
  const json = response.headers.get("Content-Type")?.startsWith("application/json");
  return { status: response.status, headers: response.headers, body: (json && text ? JSON.parse(text) : null) as T };
}

export interface CreatedCheck {
  id: string;
  tokens: { owner: string; vcs: string; prime: string };
  links: { owner: string; vcs: string; prime: string };
  claimed: { vcs: boolean; prime: boolean };
}

/** Creates a check through the API; its invitations are left unclaimed. */
export async function apiCreateUnclaimedCheck(body: Record<string, unknown> = {}) {
  const response = await api<CreatedCheck>("POST", "/api/v1/checks", {
    body: { title: "Employment support, Lot 2", vcsName: "Helping Hands", primeName: "BigCo Services", ...body },
  });
  if (response.status !== 201) throw new Error(`Could not create a check: ${JSON.stringify(response.body)}`);
  return response.body;
}

/**
 * Creates a check and claims both invitations through the API, as each side
 * would: tokens.vcs and tokens.prime are then the sides' own tokens, and the
 * invitations they replaced are in `invitations`.
 */
export async function apiCreateCheck(body: Record<string, unknown> = {}) {
  const created = await apiCreateUnclaimedCheck(body);
  const tokens = { ...created.tokens };
  const invitations: Partial<Record<"vcs" | "prime", string>> = {};
  for (const side of ["vcs", "prime"] as const) {
    if (created.claimed[side]) continue;
    invitations[side] = tokens[side];
    const claimed = await api<{ token: string }>("POST", "/api/v1/invitations/claim", { token: tokens[side] });
    if (claimed.status !== 200)
      throw new Error(`Could not claim the ${side} invitation: ${JSON.stringify(claimed.body)}`);
    tokens[side] = claimed.body.token;
  }
  return { ...created, tokens, invitations };
}
