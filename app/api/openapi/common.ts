/**
 * What every part of the OpenAPI description shares (docs/api.md, "The OpenAPI document"): the bearer scheme, the
 * error shape of app/http/api.server.ts, the responses every operation can get from the server in front (server/),
 * and small helpers so that each domain's file says only what is its own.
 *
 * CONVENTIONS FOR A DOMAIN (one file per domain, `app/api/openapi/<domain>.ts`, listed in ./document.server.ts):
 * - Export an `ApiDomain`: its `tags` (one or more, with a plain-English description) and its `paths`, a
 *   zod-openapi `ZodOpenApiPathsObject` keyed by the path template (`/api/v1/respondents/{id}`; the route file
 *   `api.v1.respondents.$id.ts`). Every `app/routes/api.v1.*` file must have its path here, or
 *   tests/contract/openapi-document.test.ts fails.
 * - Each operation: an `operationId` (camelCase, unique), `tags`, `summary`, `security: bearer("vcs", "prime")`
 *   (role names: ROLE_DESCRIPTIONS below) or `security: NO_AUTH`, `responses: { 200: ok(desc, Schema, example),
 *   ...errors(401, 403, ...) }`. `errors()` always adds 429 (with Retry-After) and 500; give the statuses the route
 *   itself returns, plus 400/413 for a JSON body (`JSON_BODY_ERRORS`). Not 405: a method a path does not
 *   document is 405 with `Allow` listing the documented ones, which the contract harness checks. A status with a body of its own (a 409 that
 *   also carries `sides`) is `errorResponse(description, { sides: ... })`. 204s are `noContent(description)`.
 * - Request bodies: `requestBody: jsonBody(schema, example)` with THE SAME zod schema the route parses with
 *   (`parseJsonBody(request, schema)`), so the description cannot drift; move a schema somewhere both can import if
 *   it is not already (app/forms/*.server.ts and app/domain/validation.ts are both fine to import).
 * - Response bodies: a zod schema per body in `app/api/schemas/<domain>.ts`, strict objects (`z.strictObject`) so
 *   that a field the description does not name fails the contract tests. The route's (or formatter's) value is
 *   typed against it (`satisfies z.input<typeof CheckJson>`, or a return type of `z.input<typeof CheckJson>`) so
 *   TypeScript catches drift. Name reusable schemas with `.meta({ id: "Answer" })` (they become components).
 * - Path parameters: `requestParams: { path: z.object({ id: z.string().meta({ description: "…" }) }) }`.
 * - Every example is validated against its schema by the document test, so keep them true.
 * - Contract tests: tests/contract/<domain>-contract.test.ts with `contractServer()` from tests/contract/support.ts
 *   (see its header comment).
 */
import { z } from "zod";
import type {
  ZodOpenApiOperationObject,
  ZodOpenApiPathsObject,
  ZodOpenApiRequestBodyObject,
  ZodOpenApiResponseObject,
  ZodOpenApiResponsesObject,
} from "zod-openapi";
import type { Role } from "~/models/check.server";

export interface ApiDomain {
  tags: Array<{ name: string; description: string }>;
  paths: ZodOpenApiPathsObject;
  /**
   * Paths this domain owns whose routes exist but are not described yet: the document test lets them through (and
   * fails if one is described while still listed). Empty when the domain is done.
   */
  pending?: string[];
}

/** The name of the one security scheme: a secret link's token as `Authorization: Bearer <token>`. */
export const BEARER = "bearer";

/**
 * What each role name in an operation's `security` means. OpenAPI 3.1 lets a non-OAuth scheme's requirement list
 * "roles"; ours are the roles of app/models/check.server.ts, plus `invitation` (an unclaimed invitation, good only
 * for claiming it).
 */
export const ROLE_DESCRIPTIONS: Record<Role | "invitation", string> = {
  owner: "the check's owner (the link its creator keeps)",
  vcs: "the voluntary organisation's side (its own token, after claiming its invitation)",
  prime: "the prime contractor's side (its own token, after claiming its invitation)",
  "vcs-respondent": "one respondent of the voluntary organisation's side",
  "prime-respondent": "one respondent of the prime's side",
  commissioner: "a stakeholder review's commissioner",
  provider: "a stakeholder review's provider",
  stakeholder: "one stakeholder of a stakeholder review",
  "stakeholder-open": "a stakeholder group's open link (good only for joining)",
  invitation: "an unclaimed invitation (good only for POST /api/v1/invitations/claim)",
};

export type ApiRole = keyof typeof ROLE_DESCRIPTIONS;

/** An operation's security: the bearer token of one of these roles. */
export function bearer(...roles: [ApiRole, ...ApiRole[]]): NonNullable<ZodOpenApiOperationObject["security"]> {
  return [{ [BEARER]: roles }];
}

/** An operation anyone may call: no token. (A token sent anyway is ignored, but still counts if refused.) */
export const NO_AUTH: NonNullable<ZodOpenApiOperationObject["security"]> = [];

export const bearerScheme = {
  type: "http",
  scheme: "bearer",
  description:
    "A secret link's token (the part after `/i/`) as `Authorization: Bearer <token>`. An operation's security lists " +
    "the roles whose token it takes:\n\n" +
    Object.entries(ROLE_DESCRIPTIONS)
      .map(([role, meaning]) => `- \`${role}\`: ${meaning}`)
      .join("\n") +
    "\n\nA missing, unknown, replaced or already-claimed token is 401 (with `WWW-Authenticate: Bearer`); a token " +
    "of another role is 403.",
} as const;

/** One problem (app/http/api.server.ts ApiError): where (a dotted path into the body, a header, or "") and what. */
export const ApiErrorSchema = z
  .strictObject({
    path: z.string().meta({
      description: 'Where: a dotted path into the body ("answers.brand-delivery.preferred"), a header, or "".',
    }),
    message: z.string().meta({ description: "What is wrong, in plain English, for a person to read." }),
  })
  .meta({ id: "ApiError" });

/** Every error body: at least one problem; validation errors list every problem at once. */
export const ErrorBodySchema = z
  .strictObject({ errors: z.array(ApiErrorSchema).min(1) })
  .meta({ id: "ErrorBody", description: "Every error: `{ errors: [{ path, message }] }`, never a stack trace." });

const retryAfter = {
  "Retry-After": z.string().meta({ description: "Seconds to wait before trying again.", example: "42" }),
};

const wwwAuthenticate = {
  "WWW-Authenticate": z.string().meta({
    description: "Which token was wanted, and whether the one sent was refused.",
    example: 'Bearer realm="common-ground", error="invalid_token"',
  }),
};

/**
 * What each status means for every operation that can return it (an operation may say more with errorResponse),
 * and an example of its body.
 */
const DEFAULT_ERRORS = {
  400: [
    "The request could not be read: the body is not JSON, was cut off, or the address could not be read.",
    "",
    "The request body must be JSON",
  ],
  401: [
    "No token, or one that is unknown, replaced, an unclaimed (or already claimed) invitation, or of a deleted check.",
    "Authorization",
    "This token is not recognised",
  ],
  403: [
    "A token of a role this operation does not take, or a request another website's page started.",
    "Authorization",
    "This needs the vcs or prime link's token",
  ],
  404: ["Nothing here has that id or code.", "id", "No such respondent on this side"],
  409: [
    "The request conflicts with the current state (for example, already submitted).",
    "",
    "These answers have already been submitted",
  ],
  410: [
    "It is closed or gone, and will not come back.",
    "",
    "The workshop has closed to new answers; what you saved before is kept",
  ],
  413: [
    "The body is larger than the server's MAX_BODY_BYTES (256 KB by default).",
    "",
    "The request body is too large.",
  ],
  415: ["The body is not of a type this operation takes.", "", "Send the body as application/json"],
  422: [
    "The body is not valid: every problem is listed, and nothing was saved.",
    "title",
    "Enter the name of the opportunity",
  ],
  429: [
    "Too many requests from your address. The server counts, per address and per minute: new checks, searches, " +
      "workshops, applications and stakeholder reviews (RATE_LIMIT_CHECKS_PER_MINUTE, 30 by default); joins " +
      "(RATE_LIMIT_JOINS_PER_MINUTE, 600); refused tokens, that is 401, 403, 404, 409 or 410 to a request with a " +
      "token (RATE_LIMIT_SECRET_FAILURES_PER_MINUTE, 30). Successful use is never counted. Wait `Retry-After` seconds.",
    "",
    "There have been too many requests from your connection.",
  ],
  500: [
    "Something went wrong on the server's side; nothing was changed.",
    "",
    "Something went wrong on our side. Nothing was changed.",
  ],
} as const satisfies Record<number, readonly [string, string, string]>;

export type ErrorStatus = keyof typeof DEFAULT_ERRORS;

/** The statuses a JSON request body adds: not JSON or cut off (400), too large (413). */
export const JSON_BODY_ERRORS = [400, 413] as const satisfies readonly ErrorStatus[];

/**
 * One documented error response: the error shape, plus any fields of its own (a 409 that also carries `sides`), and
 * optionally an example of its body (validated against its schema by the document test).
 */
export function errorResponse(
  description: string,
  extra?: z.core.$ZodLooseShape,
  headers?: ZodOpenApiResponseObject["headers"],
  example?: unknown,
): ZodOpenApiResponseObject {
  const schema = extra ? ErrorBodySchema.extend(extra) : ErrorBodySchema;
  return {
    description,
    content: { "application/json": { schema, ...(example === undefined ? {} : { example }) } },
    ...(headers ? { headers } : {}),
  };
}

function buildDefaultError(status: ErrorStatus): ZodOpenApiResponseObject {
  const headers = status === 429 ? z.object(retryAfter) : status === 401 ? z.object(wwwAuthenticate) : undefined;
  const [description, path, message] = DEFAULT_ERRORS[status];
  // A component of its own: each operation refers to it rather than repeating it.
  return { ...errorResponse(description, undefined, headers, { errors: [{ path, message }] }), id: `Error${status}` };
}

const defaultErrors = new Map<ErrorStatus, ZodOpenApiResponseObject>();

/** One object per status: zod-openapi registers a response component by its object. */
export function defaultError(status: ErrorStatus): ZodOpenApiResponseObject {
  let response = defaultErrors.get(status);
  if (!response) defaultErrors.set(status, (response = buildDefaultError(status)));
  return response;
}

/**
 * The error responses of an operation: the statuses given, and always 429 (rate limits apply to any request
 * carrying a token) and 500. Spread it into `responses`, after or before responses of the operation's own.
 */
export function errors(...statuses: ErrorStatus[]): ZodOpenApiResponsesObject {
  const all = new Set<ErrorStatus>([...statuses, 429, 500]);
  return Object.fromEntries(
    [...all].sort((a, b) => a - b).map((status) => [String(status), defaultError(status)]),
  ) as ZodOpenApiResponsesObject;
}

/** A JSON success response with its schema and an example (validated against the schema by the document test). */
export function ok<S extends z.ZodType>(
  description: string,
  schema: S,
  example: z.input<S>,
  headers?: ZodOpenApiResponseObject["headers"],
): ZodOpenApiResponseObject {
  return { description, content: { "application/json": { schema, example } }, ...(headers ? { headers } : {}) };
}

/** A success with no body (204). */
export function noContent(description: string): ZodOpenApiResponseObject {
  return { description };
}

/** A JSON request body, from the same schema the route parses it with, and an example that schema accepts. */
export function jsonBody<S extends z.ZodType>(
  schema: S,
  example: z.input<S>,
  options: { required?: boolean; description?: string } = {},
): ZodOpenApiRequestBodyObject {
  // The example must pass the route's own validation (refinements included), not only the JSON Schema.
  const parsed = schema.safeParse(example);
  if (!parsed.success) throw new Error(`An example request body is refused: ${JSON.stringify(parsed.error.issues)}`);
  return {
    required: options.required ?? true,
    ...(options.description ? { description: options.description } : {}),
    content: { "application/json": { schema, example } },
  };
}

/** `Cache-Control` as a documented response header, for the operations that may be cached. */
export const cacheControl = (example: string) =>
  z.object({ "Cache-Control": z.string().meta({ description: "How long this may be cached.", example }) });

/** The origin the examples' links use. */
export const EXAMPLE_ORIGIN = "https://common-ground.example";

/** An example error body, in the API's shape. */
export const errorExample = (path: string, message: string) => ({ errors: [{ path, message }] });
