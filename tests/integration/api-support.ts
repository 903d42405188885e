/**
 * Calls the JSON API's route handlers with real Requests, as an HTTP client
 * would, against the real database.
 */
import * as answersRoute from "~/routes/api.v1.answers._index";
import * as submitRoute from "~/routes/api.v1.answers.submit";
import * as checkRoute from "~/routes/api.v1.check";
import * as checksRoute from "~/routes/api.v1.checks";
import * as questionnaireRoute from "~/routes/api.v1.questionnaire._index";
import * as questionnaireVersionRoute from "~/routes/api.v1.questionnaire.$version";
import * as reportRoute from "~/routes/api.v1.report";
import { ORIGIN } from "./support";

type Route = { loader: (args: never) => unknown; action: (args: never) => unknown };

const ROUTES: Array<[RegExp, Route]> = [
  [/^\/api\/v1\/questionnaire$/, questionnaireRoute as Route],
  [/^\/api\/v1\/questionnaire\/(?<version>[^/]+)$/, questionnaireVersionRoute as Route],
  [/^\/api\/v1\/checks$/, checksRoute as Route],
  [/^\/api\/v1\/check$/, checkRoute as Route],
  [/^\/api\/v1\/answers$/, answersRoute as Route],
  [/^\/api\/v1\/answers\/submit$/, submitRoute as Route],
  [/^\/api\/v1\/report$/, reportRoute as Route],
];

export interface ApiResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: T;
}

export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; rawBody?: string } = {},
): Promise<ApiResponse<T>> {
  const match = ROUTES.map(([pattern, route]) => ({ m: pattern.exec(path), route })).find((r) => r.m);
  if (!match?.m) throw new Error(`No API route for ${path}`);
  const headers = new Headers();
  if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
  let body: string | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers.set("Content-Type", "application/json");
  const request = new Request(`${ORIGIN}${path}`, { method, headers, body });
  const handler = method === "GET" ? match.route.loader : match.route.action;
  const args = { request, params: match.m.groups ?? {}, context: {} } as never;
  let response: unknown;
  try {
    response = await handler(args);
  } catch (thrown) {
    response = thrown;
  }
  if (!(response instanceof Response)) throw new Error(`Expected a Response from ${method} ${path}`);
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text ? JSON.parse(text) : null) as T };
}

export interface CreatedCheck {
  id: string;
  tokens: { owner: string; vcs: string; prime: string };
  links: { owner: string; vcs: string; prime: string };
}

export async function apiCreateCheck(body: Record<string, unknown> = {}) {
  const response = await api<CreatedCheck>("POST", "/api/v1/checks", {
    body: { title: "Employment support, Lot 2", vcsName: "Helping Hands", primeName: "BigCo Services", ...body },
  });
  if (response.status !== 201) throw new Error(`Could not create a check: ${JSON.stringify(response.body)}`);
  return response.body;
}
