/**
 * The OpenAPI document itself (app/api/openapi/document.server.ts; docs/api.md, "The OpenAPI document"): valid
 * OpenAPI 3.1 by a well-kept validator, describing every route file under /api/v1 and nothing else, and every
 * operation saying who may call it, what it returns (with an example its own schema accepts), and its errors,
 * rate limits included.
 */
import { fileURLToPath } from "node:url";
import { validate, compileErrors } from "@readme/openapi-parser";
import { UNSAFE_flatRoutes as flatRoutes } from "@remix-run/dev";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, test } from "vitest";
import { BEARER, ROLE_DESCRIPTIONS } from "~/api/openapi/common";
import { API_DOMAINS, openApiDocument } from "~/api/openapi/document.server";
import remixConfig from "../../remix.config.js";
import { operationsOf } from "./support";

type Json = Record<string, unknown>;
interface Operation {
  operationId?: string;
  security?: Array<Record<string, string[]>>;
  requestBody?: { content: Record<string, { schema?: unknown; example?: unknown }> };
  responses: Record<string, Json & { $ref?: string }>;
}

const document = JSON.parse(JSON.stringify(openApiDocument())) as {
  paths: Record<string, Record<string, Operation>>;
  components: { responses: Record<string, Json>; schemas: Record<string, Json> };
};
const DOCUMENT_ID = "https://common-ground.invalid/openapi.json";
const METHODS = ["get", "put", "post", "delete", "patch"];

/** Only the document's own address is served without being described in it. */
const NOT_DESCRIBED = new Set(["/api/v1/openapi.json"]);

const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => METHODS.includes(method))
    .map(([method, operation]) => ({ name: `${method.toUpperCase()} ${path}`, path, method, operation })),
);

const pointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** A response, with a `$ref` to components.responses followed, and its JSON pointer in the document. */
function resolved(path: string, method: string, status: string) {
  const response = document.paths[path]![method]!.responses[status]!;
  if (typeof response.$ref === "string") {
    const name = response.$ref.replace("#/components/responses/", "");
    return { response: document.components.responses[name] as Json, at: `#/components/responses/${pointer(name)}` };
  }
  return { response, at: `#/paths/${pointer(path)}/${method}/responses/${status}` };
}

test("the document is valid OpenAPI 3.1", async () => {
  expect(document).toMatchObject({ openapi: "3.1.0" });
  const result = await validate(structuredClone(document) as never);
  expect(result.valid ? "" : compileErrors(result)).toBe("");
  expect(result.warnings).toEqual([]);
});

test("every route file under /api/v1 is described, and the document describes no path without one", () => {
  const appDirectory = fileURLToPath(new URL("../../app", import.meta.url));
  const routes = Object.values(flatRoutes(appDirectory, remixConfig.ignoredRouteFiles));
  const served = routes
    .filter((route) => route.file.startsWith("routes/api.v1."))
    .map((route) => ({
      file: route.file,
      // Remix's route path ("api/v1/respondents/:id") as an OpenAPI template ("/api/v1/respondents/{id}").
      path: "/" + (route.path ?? "").replace(/:([A-Za-z0-9_]+)/g, "{$1}"),
    }));
  // Routes nest (api.v1.answers.submit under api.v1.answers): a child's path is relative to its parent's.
  for (const route of served) {
    let parent = routes.find((r) => r.id === routes.find((x) => x.file === route.file)?.parentId);
    while (parent && parent.id !== "root") {
      route.path = `/${(parent.path ?? "").replace(/:([A-Za-z0-9_]+)/g, "{$1}")}${route.path}`;
      parent = routes.find((r) => r.id === parent!.parentId);
    }
  }
  expect(served.length).toBeGreaterThan(30);
  const pending = new Set(API_DOMAINS.flatMap((domain) => domain.pending ?? []));
  const undescribed = served.filter(
    (r) => !NOT_DESCRIBED.has(r.path) && !pending.has(r.path) && !document.paths[r.path],
  );
  expect(undescribed.map((r) => `${r.file} → ${r.path}`)).toEqual([]);
  const described = new Set(served.map((r) => r.path));
  expect(Object.keys(document.paths).filter((path) => !described.has(path))).toEqual([]);
  expect(served.map((r) => r.path)).toContain("/api/v1/openapi.json");
  const pendingWithoutRoute = API_DOMAINS.flatMap((domain) => domain.pending ?? []).filter((p) => !described.has(p));
  expect(pendingWithoutRoute).toEqual([]);
});

test("a path a domain lists as pending is not described yet, and has a route", () => {
  const pending = API_DOMAINS.flatMap((domain) => domain.pending ?? []);
  expect(pending.filter((path) => document.paths[path])).toEqual([]);
  if (pending.length > 0) console.warn(`OpenAPI: ${pending.length} paths not described yet:\n${pending.join("\n")}`);
});

test("each path is described by one domain, and operation ids are unique", () => {
  const all = API_DOMAINS.flatMap((domain) => operationsOf(domain.paths));
  expect(all.length).toBe(operations.length);
  const ids = operations.map((o) => o.operation.operationId);
  expect(ids.every((id) => typeof id === "string" && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
});

describe.each(operations)("$name", ({ path, method, operation }) => {
  const statuses = Object.keys(operation.responses);

  test("says who may call it: the bearer token and its roles, or no token", () => {
    expect(operation.security, "security must be set (use NO_AUTH for none)").toBeDefined();
    for (const requirement of operation.security!) {
      expect(Object.keys(requirement)).toEqual([BEARER]);
      const roles = requirement[BEARER]!;
      expect(roles.length).toBeGreaterThan(0);
      for (const role of roles) expect(Object.keys(ROLE_DESCRIPTIONS)).toContain(role);
    }
    if (operation.security!.length > 0) expect(statuses).toContain("401");
  });

  test("documents a success, rate limiting (429 with Retry-After) and a server failure", () => {
    expect(statuses.some((s) => /^2\d\d$/.test(s))).toBe(true);
    expect(statuses).toContain("500");
    expect(statuses).toContain("429");
    const limited = resolved(path, method, "429").response as { headers?: Record<string, { required?: boolean }> };
    expect(limited.headers?.["Retry-After"]?.required).toBe(true);
    // A method a path does not take is 405 for it, not one of its operations' statuses (the contract harness checks).
    expect(statuses).not.toContain("405");
  });

  test("a JSON body: refused when not JSON (400), too large (413) or invalid (422)", () => {
    if (!operation.requestBody) return;
    expect(statuses).toEqual(expect.arrayContaining(["400", "413", "422"]));
  });

  test("every error is the API's error shape", () => {
    for (const status of statuses.filter((s) => /^[45]/.test(s))) {
      const schema = (resolved(path, method, status).response.content as Json | undefined)?.["application/json"] as
        { schema?: Json } | undefined;
      const ref = schema?.schema?.$ref ?? (schema?.schema?.allOf as Json[] | undefined)?.[0]?.$ref;
      const inline = schema?.schema?.properties as Json | undefined;
      expect(ref === "#/components/schemas/ErrorBody" || inline?.errors !== undefined, `${status}`).toBe(true);
    }
  });

  test("has an example, and its examples are valid by its own schemas", () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(document, DOCUMENT_ID);
    let examples = 0;
    const check = (at: string, content: Record<string, { example?: unknown }> | undefined) => {
      const json = content?.["application/json"];
      if (!json || json.example === undefined) return;
      examples++;
      const valid = ajv.validate({ $ref: `${DOCUMENT_ID}${at}/content/application~1json/schema` }, json.example);
      expect(valid, `${at}: ${ajv.errorsText(ajv.errors)}`).toBe(true);
    };
    if (operation.requestBody) check(`#/paths/${pointer(path)}/${method}/requestBody`, operation.requestBody.content);
    for (const status of statuses) {
      const { response, at } = resolved(path, method, status);
      check(at, response.content as Record<string, { example?: unknown }> | undefined);
      // Every JSON success shows what it returns.
      if (/^2/.test(status) && (response.content as Json | undefined)?.["application/json"]) {
        expect((response.content as Record<string, Json>)["application/json"]!.example, status).toBeDefined();
      }
    }
    expect(examples).toBeGreaterThan(0);
  });
});

test("response schemas are strict: an object names its fields and allows no others", () => {
  const loose: string[] = [];
  const walk = (schema: unknown, at: string) => {
    if (!schema || typeof schema !== "object") return;
    const s = schema as Json;
    if (s.type === "object" && s.properties && s.additionalProperties === undefined) loose.push(at);
    for (const [key, value] of Object.entries(s)) {
      if (key === "example" || key === "examples") continue;
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${at}/${key}/${i}`));
      else walk(value, `${at}/${key}`);
    }
  };
  for (const { name, operation } of operations) {
    for (const [status, response] of Object.entries(operation.responses)) walk(response, `${name} ${status}`);
  }
  // Components used by request bodies may take unknown fields (the route refuses them itself); responses may not.
  const requestOnly = new Set(["AnswerBody", "ExtendedAnswerBody", "RespondentAnswerBody", "OverrideBody"]);
  for (const [name, schema] of Object.entries(document.components.schemas)) {
    if (!requestOnly.has(name) && !name.endsWith("Body")) walk(schema, `components/${name}`);
  }
  expect(loose).toEqual([]);
});
