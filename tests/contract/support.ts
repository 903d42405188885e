/**
 * The contract harness (docs/api.md, "The OpenAPI document"): calls the REAL production server (built by
 * tests/setup/global.ts, started by tests/e2e/support/server.ts with a fresh database) and holds every response to
 * the OpenAPI document that server serves at /api/v1/openapi.json.
 *
 * `call(method, path, { token, body })`:
 * - finds the documented operation by matching the path against the document's path templates (a path no template
 *   matches fails; a method the path does not document must be 405 with `Allow` listing exactly the documented ones);
 * - FAILS if the status is not documented for that operation, if a required documented header is missing, or if the
 *   JSON body does not match that status's schema (the schemas are strict: a field not described fails);
 * - records the operation and status as exercised.
 *
 * A domain's contract test file:
 *
 *   const api = contractServer();                        // starts a server for the file (beforeAll / afterAll)
 *   test("…", async () => {
 *     const created = await api.call<{ tokens: … }>("POST", "/api/v1/checks", { body: { … } });
 *     expect(created.status).toBe(201);
 *   });
 *   test("every operation was exercised", () => expectEveryOperationExercised(checksDomain));   // LAST test
 *
 * expectEveryOperationExercised wants, for each operation of the domain, a success (2xx) and, where the operation
 * documents a 4xx other than 429, at least one of its 4xx. Vitest runs a file's tests in order, so keep it last.
 */
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, expect } from "vitest";
import type { ApiDomain } from "~/api/openapi/common";
import { startServer, type RunningServer } from "../e2e/support/server";
import { HEALTHY_FACTS } from "../fixtures";

const METHODS = ["get", "put", "post", "delete", "patch"] as const;
type Method = (typeof METHODS)[number];

interface OpenApiResponse {
  description: string;
  headers?: Record<string, { required?: boolean }>;
  content?: Record<string, { schema?: unknown }>;
  $ref?: string;
}
interface OpenApiOperation {
  operationId: string;
  responses: Record<string, OpenApiResponse>;
}
export type OpenApiDocument = {
  paths: Record<string, Partial<Record<Method, OpenApiOperation>>>;
  components?: { responses?: Record<string, OpenApiResponse> };
} & Record<string, unknown>;

export interface ContractResponse<T> {
  status: number;
  headers: Headers;
  body: T;
  /** The documented operation's template and method: "POST /api/v1/checks". */
  operation: string;
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** A body sent as it is (not JSON-encoded): for refusals of bodies that are not JSON. */
  rawBody?: string;
  headers?: Record<string, string>;
}

const DOCUMENT_ID = "https://common-ground.invalid/openapi.json";

/** A JSON pointer's escaping of one segment. */
const pointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** The document's path templates as regular expressions: literal ones first, so /a/new beats /a/{id}. */
export function pathMatchers(document: OpenApiDocument) {
  return Object.keys(document.paths)
    .map((template) => ({
      template,
      params: (template.match(/\{/g) ?? []).length,
      regex: new RegExp(
        "^" +
          template
            .split(/(\{[^}]+\})/)
            .map((part) => (part.startsWith("{") ? "([^/]+)" : part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
            .join("") +
          "$",
      ),
    }))
    .sort((a, b) => a.params - b.params);
}

/** The documented operations of a set of paths, as "METHOD /template". */
export function operationsOf(paths: object): string[] {
  return Object.entries(paths as Record<string, Partial<Record<Method, unknown>>>).flatMap(([template, item]) =>
    METHODS.filter((m) => item[m] !== undefined).map((m) => `${m.toUpperCase()} ${template}`),
  );
}

export class ContractClient {
  /** Statuses seen per operation ("POST /api/v1/checks" → {201, 422}). */
  readonly exercised = new Map<string, Set<number>>();
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true });
  private readonly validators = new Map<string, ValidateFunction>();
  private readonly matchers: ReturnType<typeof pathMatchers>;

  constructor(
    readonly url: string,
    readonly document: OpenApiDocument,
  ) {
    addFormats(this.ajv);
    this.ajv.addSchema(document, DOCUMENT_ID);
    this.matchers = pathMatchers(document);
  }

  /** A response object, following a `$ref` to components.responses; and where it lives, for the schema's pointer. */
  private response(template: string, method: Method, status: string) {
    const operation = this.document.paths[template]?.[method];
    const found = operation?.responses[status];
    if (!found) return null;
    if (found.$ref) {
      const name = found.$ref.replace("#/components/responses/", "");
      const resolved = this.document.components?.responses?.[name];
      if (!resolved) throw new Error(`${found.$ref} is not in the document`);
      return { response: resolved, at: `#/components/responses/${pointer(name)}` };
    }
    return { response: found, at: `#/paths/${pointer(template)}/${method}/responses/${status}` };
  }

  private validator(at: string) {
    let validate = this.validators.get(at);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${at}/content/application~1json/schema` });
      this.validators.set(at, validate);
    }
    return validate;
  }

  /** The operation a request goes to: its template, or a failure naming the path. */
  template(path: string): string {
    const bare = path.replace(/[?#].*$/, "");
    const match = this.matchers.find((m) => m.regex.test(bare));
    if (!match) throw new Error(`${bare} matches no path of the OpenAPI document`);
    return match.template;
  }

  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    options: CallOptions = {},
  ): Promise<ContractResponse<T>> {
    const template = this.template(path);
    const headers = new Headers(options.headers);
    if (options.token) headers.set("Authorization", `Bearer ${options.token}`);
    let body: string | undefined;
    if (options.rawBody !== undefined) body = options.rawBody;
    else if (options.body !== undefined) body = JSON.stringify(options.body);
    if (body !== undefined && !headers.has("Content-Type")) headers.set("Content-Type", "application/json");
    const response = await fetch(`${this.url}${path}`, { method, headers, body });
    const text = await response.text();
    const type = response.headers.get("Content-Type") ?? "";
    const json = type.startsWith("application/json") && text !== "" ? (JSON.parse(text) as unknown) : null;
    const lower = method.toLowerCase() as Method;
    const operation = `${method.toUpperCase()} ${template}`;
    const pathItem = this.document.paths[template] ?? {};
    if (!METHODS.includes(lower) || !pathItem[lower]) {
      // A method the path does not document: refused, naming exactly the documented ones.
      const documented = METHODS.filter((m) => pathItem[m]).map((m) => m.toUpperCase());
      expect(response.status, `${operation} is not documented, so it must be 405`).toBe(405);
      const allowed = (response.headers.get("Allow") ?? "").split(/,\s*/).filter(Boolean).sort();
      expect(allowed, `${operation}: Allow must list the documented methods`).toEqual(documented.sort());
      return { status: response.status, headers: response.headers, body: json as T, operation };
    }
    const found = this.response(template, lower, String(response.status));
    if (!found) {
      throw new Error(
        `${operation} answered ${response.status}, which the document does not list for it:\n${text.slice(0, 500)}`,
      );
    }
    for (const [name, header] of Object.entries(found.response.headers ?? {})) {
      if (header.required) {
        expect(response.headers.get(name), `${operation} ${response.status} must send ${name}`).not.toBeNull();
      }
    }
    const content = found.response.content;
    if (!content) {
      expect(text, `${operation} ${response.status} is documented without a body`).toBe("");
    } else if (content["application/json"]) {
      expect(type, `${operation} ${response.status} must be JSON`).toMatch(/^application\/json/);
      const validate = this.validator(found.at);
      if (!validate(json)) {
        throw new Error(
          `${operation} ${response.status}: the body does not match the document:\n` +
            `${this.ajv.errorsText(validate.errors, { separator: "\n" })}\n${text.slice(0, 1000)}`,
        );
      }
    } else {
      const documented = Object.keys(content);
      expect(
        documented.some((t) => type.startsWith(t)),
        `${operation}: ${type} is not documented`,
      ).toBe(true);
    }
    let seen = this.exercised.get(operation);
    if (!seen) this.exercised.set(operation, (seen = new Set()));
    seen.add(response.status);
    return { status: response.status, headers: response.headers, body: json as T, operation };
  }
}

/**
 * A real server for this test file, and a client held to its OpenAPI document. `env` reaches the server (limits
 * are raised by default so a file can create many checks; pass a low one to see a 429).
 */
export function contractServer(env: Record<string, string> = {}) {
  let server: RunningServer | undefined;
  let client: ContractClient | undefined;
  beforeAll(async () => {
    server = await startServer({
      RATE_LIMIT_CHECKS_PER_MINUTE: "100000",
      RATE_LIMIT_SECRET_FAILURES_PER_MINUTE: "100000",
      RATE_LIMIT_JOINS_PER_MINUTE: "100000",
      RATE_LIMIT_LINK_OPENS_PER_MINUTE: "100000",
      ...env,
    });
    const response = await fetch(`${server.url}/api/v1/openapi.json`);
    if (response.status !== 200) throw new Error(`No OpenAPI document: ${response.status}`);
    client = new ContractClient(server.url, (await response.json()) as OpenApiDocument);
  });
  afterAll(async () => {
    await server?.stop();
  });
  const current = () => {
    if (!client) throw new Error("The contract server has not started (use it inside a test)");
    return client;
  };
  return {
    call: <T = Record<string, unknown>>(method: string, path: string, options?: CallOptions) =>
      current().call<T>(method, path, options),
    get client() {
      return current();
    },
    get server() {
      if (!server) throw new Error("The contract server has not started");
      return server;
    },
    /** For each operation of the domain: a 2xx, and a 4xx (not 429) where it documents one. */
    expectEveryOperationExercised(domain: ApiDomain) {
      const client = current();
      const missing: string[] = [];
      for (const operation of operationsOf(domain.paths)) {
        const [method, template] = operation.split(" ") as [string, string];
        const documented = Object.keys(
          client.document.paths[template]?.[method.toLowerCase() as Method]?.responses ?? {},
        );
        const seen = client.exercised.get(operation) ?? new Set<number>();
        if (![...seen].some((s) => s >= 200 && s < 300)) missing.push(`${operation}: no success`);
        const errorPossible = documented.some((s) => s.startsWith("4") && s !== "429");
        if (errorPossible && ![...seen].some((s) => s >= 400 && s < 500 && s !== 429)) {
          missing.push(`${operation}: no error (documented: ${documented.join(", ")})`);
        }
      }
      expect(missing, "operations not exercised").toEqual([]);
    },
  };
}

type Caller = Pick<ReturnType<typeof contractServer>, "call">;

/** Answers to every question of the current bank (a middling, workable answer) and a side's healthy figures. */
export async function completeAnswers(api: Caller, side: "vcs" | "prime") {
  const bank = await api.call<{ dimensions: Array<{ items: Array<{ id: string }> }> }>("GET", "/api/v1/questionnaire");
  const answers = Object.fromEntries(
    bank.body.dimensions.flatMap((d) =>
      d.items.map((item) => [
        item.id,
        { preferred: 3, acceptable: [2, 3, 4], importance: "medium" as const, redLine: false },
      ]),
    ),
  );
  return { answers, facts: { ...HEALTHY_FACTS[side] } };
}

/** A check created through the API with both invitations claimed: `tokens.vcs` and `tokens.prime` are the sides'. */
export async function createClaimedCheck(api: Caller, body: Record<string, unknown> = {}) {
  const created = await api.call<{
    id: string;
    tokens: { owner: string; vcs: string; prime: string };
    claimed: { vcs: boolean; prime: boolean };
  }>("POST", "/api/v1/checks", {
    body: { title: "Employment support, Lot 2", vcsName: "Helping Hands", primeName: "BigCo Services", ...body },
  });
  if (created.status !== 201) throw new Error(`Could not create a check: ${JSON.stringify(created.body)}`);
  const tokens = { ...created.body.tokens };
  for (const side of ["vcs", "prime"] as const) {
    if (created.body.claimed[side]) continue;
    const claimed = await api.call<{ token: string }>("POST", "/api/v1/invitations/claim", { token: tokens[side] });
    if (claimed.status !== 200) throw new Error(`Could not claim ${side}: ${JSON.stringify(claimed.body)}`);
    tokens[side] = claimed.body.token;
  }
  return { id: created.body.id, tokens, invitations: created.body.tokens };
}

/** Both sides answer everything and submit: the check's report is ready. */
export async function submitBothSides(api: Caller, tokens: { vcs: string; prime: string }) {
  for (const side of ["vcs", "prime"] as const) {
    const saved = await api.call("PUT", "/api/v1/answers", {
      token: tokens[side],
      body: await completeAnswers(api, side),
    });
    if (saved.status !== 200) throw new Error(`Could not save ${side}: ${JSON.stringify(saved.body)}`);
    const submitted = await api.call("POST", "/api/v1/answers/submit", { token: tokens[side] });
    if (submitted.status !== 200) throw new Error(`Could not submit ${side}: ${JSON.stringify(submitted.body)}`);
  }
}
