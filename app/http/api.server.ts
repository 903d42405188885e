/**
 * The JSON API's HTTP parts: JSON bodies, and errors always as
 * `{ errors: [{ path, message }] }` with a 4xx, never a stack trace (see
 * docs/api.md). Who is calling is app/access/bearer.server.ts.
 */
import type { z } from "zod";
import { issuesToErrors } from "~/domain/validation";

export interface ApiError {
  path: string;
  message: string;
}

const NO_STORE = { "Cache-Control": "no-store" };

export function apiJson(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

export function apiError(
  status: number,
  errors: ApiError[],
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  return apiJson({ errors, ...extra }, status, headers);
}

export function methodNotAllowed(allowed: string[]): Response {
  return apiError(405, [{ path: "", message: `Use ${allowed.join(" or ")} here` }], {}, { Allow: allowed.join(", ") });
}

/** A write whose token stopped holding between the headers and the save (re-checked inside the write). */
/** A workshop participant's write after the facilitator closed the workshop to new answers (issue 18). */
export function workshopClosed() {
  return apiError(410, [
    { path: "", message: "The workshop has closed to new answers; what you saved before is kept" },
  ]);
}

export function revokedInFlight() {
  return apiError(
    401,
    [
      {
        path: "Authorization",
        message: "This token was replaced or its check deleted before the request finished: nothing was saved",
      },
    ],
    {},
    { "WWW-Authenticate": 'Bearer realm="common-ground", error="invalid_token"' },
  );
}

/** Parses a JSON body against a schema; throws 400 for a body that is not JSON and 422 listing every error. */
export async function parseJsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw apiError(400, [{ path: "", message: "The request body must be JSON" }]);
  }
  const result = schema.safeParse(body);
  if (!result.success) throw apiError(422, issuesToErrors(result.error.issues));
  return result.data;
}

/**
 * Wraps an API handler: thrown Responses are returned as they are, anything
 * else becomes a 500 with the usual error shape (logged, never shown).
 */
export function apiHandler<A extends { request: Request }>(handler: (args: A) => Promise<Response>) {
  return async (args: A): Promise<Response> => {
    try {
      return await handler(args);
    } catch (thrown) {
      if (thrown instanceof Response) return thrown;
      console.error(thrown);
      return apiError(500, [{ path: "", message: "Something went wrong on our side. Nothing was changed." }]);
    }
  };
}
