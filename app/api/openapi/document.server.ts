/**
 * The OpenAPI 3.1 description of /api/v1, generated from the zod schemas the routes validate requests with and
 * shape responses by (docs/api.md, "The OpenAPI document"; docs/architecture.md). Each domain describes its own
 * operations in ./<domain>.ts (conventions: ./common.ts); this file only puts them together. Served by
 * app/routes/api.v1.openapi[.json].ts; tests/contract/ keeps it and the server in step.
 */
import { createDocument, type ZodOpenApiPathsObject } from "zod-openapi";
import { BEARER, bearerScheme, defaultError, type ApiDomain } from "./common";
import { checksDomain } from "./checks";
import { reviewDomain } from "./review";
import { roundsDomain } from "./rounds";
import { searchesDomain } from "./searches";
import { stakeholderReviewsDomain } from "./stakeholder-reviews";
import { termsDomain } from "./terms";
import { workshopsDomain } from "./workshops";

/** Every domain, in the order a reader meets them in docs/api.md. */
export const API_DOMAINS: readonly ApiDomain[] = [
  checksDomain,
  searchesDomain,
  workshopsDomain,
  reviewDomain,
  roundsDomain,
  termsDomain,
  stakeholderReviewsDomain,
];

/** The major version in every path (/api/v1); info.version is this description's own version. */
export const API_MAJOR_VERSION = 1;

const DESCRIPTION = `Common Ground's JSON API: partnership checks between voluntary organisations and prime
contractors, and what grows from them (partner searches, workshops, the joint review, check-up rounds, heads of terms,
stakeholder reviews). docs/api.md walks through a whole check.

**Authentication.** A secret link's token as \`Authorization: Bearer <token>\`; each operation lists the roles it
takes. An invitation is not a credential: claim it with \`POST /api/v1/invitations/claim\` first.

**Errors.** Always \`{ "errors": [{ "path", "message" }] }\` with a 4xx or 5xx status, never a stack trace. A method
an address does not take is 405 with \`Allow\`; \`OPTIONS\` is 204 with \`Allow\` (no cross-origin use is offered).

**Rate limits.** Per address and per minute: creating checks, searches, workshops, applications and stakeholder
reviews; joining; and refused tokens (401, 403, 404, 409, 410 to a request with a token). Successful use is never
counted. A limited request is 429 with \`Retry-After\` (seconds).

**Versioning.** Everything here is under \`/api/v${API_MAJOR_VERSION}\` and changes only additively: new operations,
new optional request fields, new response fields (a client should ignore fields it does not know). Removing or
renaming a field or operation, accepting less than before, requiring a new input, or changing what a field or status
means is breaking: it would come as \`/api/v${API_MAJOR_VERSION + 1}\`, served alongside this one, with this version's
responses then carrying \`Deprecation\` and \`Sunset\` headers for a published window. docs/api.md, "Versioning".`;

const WRITES = ["post", "put", "patch", "delete"] as const;

/**
 * Every write can be refused with 403 before any route runs: the server refuses a state-changing request another
 * website's page started (server/security.ts), whatever its token. So each write documents that 403, once, here.
 */
function withCrossSiteRefusal(item: ZodOpenApiPathsObject[string]): ZodOpenApiPathsObject[string] {
  const out = { ...item };
  for (const method of WRITES) {
    const operation = out[method];
    if (operation && !operation.responses?.["403"]) {
      out[method] = { ...operation, responses: { ...operation.responses, 403: defaultError(403) } };
    }
  }
  return out;
}

function buildDocument() {
  const tags = API_DOMAINS.flatMap((domain) => domain.tags);
  const paths: ZodOpenApiPathsObject = {};
  for (const domain of API_DOMAINS) {
    for (const [path, item] of Object.entries(domain.paths)) {
      // Two domains describing one path would silently lose one's operations: describe a path in one domain.
      if (paths[path]) throw new Error(`${path} is described by two domains`);
      paths[path] = withCrossSiteRefusal(item);
    }
  }
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Common Ground API",
      version: "1.0.0",
      description: DESCRIPTION,
      license: { name: "Proprietary" },
    },
    // Relative: the document describes whichever server it is fetched from.
    servers: [{ url: "/", description: "The server this document was fetched from" }],
    tags,
    paths,
    components: { securitySchemes: { [BEARER]: bearerScheme } },
    "x-api-major-version": API_MAJOR_VERSION,
  });
}

let built: ReturnType<typeof buildDocument> | undefined;

/** The document, built once per process: it depends only on the code. */
export function openApiDocument() {
  built ??= buildDocument();
  return built;
}
