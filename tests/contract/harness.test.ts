/**
 * The contract harness itself (tests/contract/support.ts): each way a server can break its description makes a
 * call fail, shown against a tiny server and document of its own, so a harness that stops biting fails here.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ContractClient, type OpenApiDocument } from "./support";

const errorBody = {
  type: "object",
  properties: { errors: { type: "array", items: { type: "object" } } },
  required: ["errors"],
  additionalProperties: false,
};
const document: OpenApiDocument = {
  openapi: "3.1.0",
  paths: {
    "/things/{id}": {
      get: {
        operationId: "getThing",
        responses: {
          200: {
            description: "A thing.",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  properties: { id: { type: "string" } },
                  required: ["id"],
                  additionalProperties: false,
                },
              },
            },
          },
          429: {
            description: "Slow down.",
            headers: { "Retry-After": { required: true } },
            content: { "application/json": { schema: errorBody } },
          },
        },
      },
    },
    "/things/new": {
      post: { operationId: "newThing", responses: { 204: { description: "Made." } } },
    },
  },
};

/** What the fake server answers for each path, as [status, headers, body]. */
const answers: Record<string, [number, Record<string, string>, string]> = {
  "GET /things/good": [200, { "Content-Type": "application/json" }, '{"id":"good"}'],
  "GET /things/extra": [200, { "Content-Type": "application/json" }, '{"id":"x","secret":1}'],
  "GET /things/missing": [200, { "Content-Type": "application/json" }, "{}"],
  "GET /things/teapot": [418, { "Content-Type": "application/json" }, '{"errors":[]}'],
  "GET /things/limited": [429, { "Content-Type": "application/json" }, '{"errors":[]}'],
  "GET /things/limited-properly": [429, { "Content-Type": "application/json", "Retry-After": "3" }, '{"errors":[]}'],
  "POST /things/new": [204, {}, ""],
  "DELETE /things/new": [405, { Allow: "POST", "Content-Type": "application/json" }, '{"errors":[]}'],
  "PUT /things/new": [405, { Allow: "POST, PUT", "Content-Type": "application/json" }, '{"errors":[]}'],
};

let server: Server;
let client: ContractClient;

beforeAll(async () => {
  server = createServer((req, res) => {
    const [status, headers, body] = answers[`${req.method} ${req.url}`] ?? [404, {}, ""];
    res.writeHead(status, headers).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  client = new ContractClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`, document);
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("a response the document describes passes, and is recorded", () => {
  test("a documented status and body", async () => {
    expect((await client.call("GET", "/things/good")).status).toBe(200);
    expect((await client.call("POST", "/things/new")).status).toBe(204);
    expect((await client.call("GET", "/things/limited-properly")).status).toBe(429);
    expect(client.exercised.get("GET /things/{id}")).toEqual(new Set([200, 429]));
  });

  test("a literal path is matched before a template", () => {
    expect(client.template("/things/new")).toBe("/things/new");
    expect(client.template("/things/7?x=1")).toBe("/things/{id}");
  });

  test("an undocumented method answered 405 with Allow naming the documented ones", async () => {
    expect((await client.call("DELETE", "/things/new")).status).toBe(405);
  });
});

describe("a response the document does not describe fails", () => {
  test.each([
    ["a field the schema does not name", "/things/extra", /additional properties/],
    ["a required field missing", "/things/missing", /must have required property 'id'/],
    ["a status not listed for the operation", "/things/teapot", /answered 418, which the document does not list/],
    ["a required header missing", "/things/limited", /must send Retry-After/],
  ])("%s", async (_what, path, message) => {
    await expect(client.call("GET", path)).rejects.toThrow(message);
  });

  test("a path the document has no template for", async () => {
    await expect(client.call("GET", "/elsewhere")).rejects.toThrow(/matches no path/);
  });

  test("an undocumented method whose Allow names another", async () => {
    await expect(client.call("PUT", "/things/new")).rejects.toThrow(/Allow must list the documented methods/);
  });
});
