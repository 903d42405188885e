/**
 * Contract tests of partner searches (app/api/openapi/searches.ts) against the real server: every operation, its
 * success and its errors, each response held to the served OpenAPI document (tests/contract/support.ts). The scored
 * candidate row (verdict, scores, email) is the one a strict schema would most easily miss, so a candidate and the
 * prime both submit before the list is read.
 */
import { describe, expect, test } from "vitest";
import { searchesDomain } from "~/api/openapi/searches";
import { MAX_CANDIDATES_PER_REQUEST, MAX_CANDIDATES_PER_SEARCH } from "~/domain/search";
import { completeAnswers, contractServer, createClaimedCheck } from "./support";

const api = contractServer();

interface CreatedSearch {
  id: string;
  tokens: { owner: string; prime: string };
  applyCode: string;
}

async function newSearch(body: Record<string, unknown> = {}) {
  const created = await api.call<CreatedSearch>("POST", "/api/v1/searches", {
    body: { title: "Employment support, Kent", primeName: "Acme Prime", ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function answerAndSubmit(token: string, side: "vcs" | "prime") {
  const saved = await api.call("PUT", "/api/v1/answers", { token, body: await completeAnswers(api, side) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect((await api.call("POST", "/api/v1/answers/submit", { token })).status).toBe(200);
}

const errorPaths = (body: unknown) => (body as { errors: Array<{ path: string }> }).errors.map((e) => e.path);

describe("starting a search", () => {
  test("created with a closing date; invalid, not JSON and too large bodies refused; GET is 405", async () => {
    const search = await newSearch({ closesAt: "2099-03-31", questionSet: "core" });
    expect(search.applyCode).toMatch(/^[0-9A-Z]{10}$/);
    const invalid = await api.call("POST", "/api/v1/searches", {
      body: { primeName: "", closesAt: "2001-01-01", extra: true },
    });
    expect(invalid.status).toBe(422);
    expect(errorPaths(invalid.body)).toEqual(expect.arrayContaining(["title", "primeName", "closesAt", "extra"]));
    expect((await api.call("POST", "/api/v1/searches", { rawBody: "{not json" })).status).toBe(400);
    const tooLarge = await api.call("POST", "/api/v1/searches", { rawBody: `{"title":"${"x".repeat(300_000)}"}` });
    expect(tooLarge.status).toBe(413);
    expect((await api.call("GET", "/api/v1/searches")).status).toBe(405);
  });
});

describe("the owner's search", () => {
  test("read by its owner; no token, another role's and another search's are refused", async () => {
    const search = await newSearch();
    const other = await newSearch();
    const read = await api.call<{ id: string; open: boolean; closesAt: string | null }>(
      "GET",
      `/api/v1/searches/${search.id}`,
      { token: search.tokens.owner },
    );
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: search.id, open: true, closesAt: null });
    const anonymous = await api.call("GET", `/api/v1/searches/${search.id}`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    expect((await api.call("GET", `/api/v1/searches/${search.id}`, { token: search.tokens.prime })).status).toBe(403);
    expect((await api.call("GET", `/api/v1/searches/${other.id}`, { token: search.tokens.owner })).status).toBe(404);
    expect((await api.call("GET", "/api/v1/searches/no-such-search", { token: search.tokens.owner })).status).toBe(404);
    // A check's owner is an owner, but of no search.
    const check = await createClaimedCheck(api);
    expect((await api.call("GET", `/api/v1/searches/${search.id}`, { token: check.tokens.owner })).status).toBe(404);
    expect((await api.call("PUT", `/api/v1/searches/${search.id}`, { token: search.tokens.owner })).status).toBe(405);
  });

  test("closing the open link, twice; refusals; GET is 405", async () => {
    const search = await newSearch();
    const path = `/api/v1/searches/${search.id}/close`;
    const closed = await api.call<{ open: boolean; closedAt: string }>("POST", path, { token: search.tokens.owner });
    expect(closed.status).toBe(200);
    expect(closed.body.open).toBe(false);
    const again = await api.call<{ closedAt: string }>("POST", path, { token: search.tokens.owner });
    expect(again.status).toBe(200);
    expect(again.body.closedAt).toBe(closed.body.closedAt);
    expect((await api.call("POST", path)).status).toBe(401);
    expect((await api.call("POST", path, { token: search.tokens.prime })).status).toBe(403);
    expect(
      (await api.call("POST", `/api/v1/searches/${(await newSearch()).id}/close`, { token: search.tokens.owner }))
        .status,
    ).toBe(404);
    expect((await api.call("GET", path, { token: search.tokens.owner })).status).toBe(405);
  });

  test("deleted: every token of it is refused afterwards", async () => {
    const search = await newSearch();
    const other = await newSearch();
    expect((await api.call("DELETE", `/api/v1/searches/${search.id}`, { token: search.tokens.prime })).status).toBe(
      403,
    );
    expect((await api.call("DELETE", `/api/v1/searches/${other.id}`, { token: search.tokens.owner })).status).toBe(404);
    const deleted = await api.call("DELETE", `/api/v1/searches/${search.id}`, { token: search.tokens.owner });
    expect(deleted.status).toBe(204);
    expect((await api.call("DELETE", `/api/v1/searches/${search.id}`, { token: search.tokens.owner })).status).toBe(
      401,
    );
    expect((await api.call("GET", `/api/v1/searches/${search.id}`, { token: search.tokens.owner })).status).toBe(401);
  });
});

describe("candidates", () => {
  test("named one at a time and in a list; invalid, not JSON and refused requests", async () => {
    const search = await newSearch();
    const path = `/api/v1/searches/${search.id}/candidates`;
    const one = await api.call<{ candidates: Array<{ name: string; tokens: { vcs: string } }> }>("POST", path, {
      token: search.tokens.owner,
      body: { name: "Named Org" },
    });
    expect(one.status).toBe(201);
    expect(one.body.candidates.map((c) => c.name)).toEqual(["Named Org"]);
    const many = await api.call<{ candidates: unknown[] }>("POST", path, {
      token: search.tokens.owner,
      body: { names: ["Riverside Advice", "Hillside Trust"] },
    });
    expect(many.status).toBe(201);
    expect(many.body.candidates).toHaveLength(2);
    // The invitation is claimed as a check's side claims its own.
    const claimed = await api.call("POST", "/api/v1/invitations/claim", { token: one.body.candidates[0]!.tokens.vcs });
    expect(claimed.status).toBe(200);

    const both = await api.call("POST", path, { token: search.tokens.owner, body: { name: "A", names: ["B"] } });
    expect(both.status).toBe(422);
    const twice = await api.call("POST", path, { token: search.tokens.owner, body: { names: ["Same", "same"] } });
    expect(twice.status).toBe(422);
    expect(errorPaths(twice.body)).toEqual(["names.1"]);
    expect((await api.call("POST", path, { token: search.tokens.owner, rawBody: "names" })).status).toBe(400);
    expect((await api.call("POST", path, { body: { name: "A" } })).status).toBe(401);
    expect((await api.call("POST", path, { token: search.tokens.prime, body: { name: "A" } })).status).toBe(403);
    const other = await newSearch();
    expect(
      (
        await api.call("POST", `/api/v1/searches/${other.id}/candidates`, {
          token: search.tokens.owner,
          body: { name: "A" },
        })
      ).status,
    ).toBe(404);
    expect((await api.call("DELETE", path, { token: search.tokens.owner })).status).toBe(405);
  });

  test("the ranked list: unscored rows, then a scored one with its figures; filters, pages and refusals", async () => {
    const search = await newSearch();
    const path = `/api/v1/searches/${search.id}/candidates`;
    const owner = search.tokens.owner;
    await api.call("POST", path, { token: owner, body: { name: "Named Org" } });
    const applied = await api.call<{ tokens: { vcs: string } }>("POST", "/api/v1/apply", {
      body: { code: search.applyCode, name: "Close Fit Trust", email: "bids@closefit.example" },
    });
    expect(applied.status).toBe(201);

    const unscored = await api.call<{ total: number; candidates: Array<Record<string, unknown>> }>("GET", path, {
      token: owner,
    });
    expect(unscored.status).toBe(200);
    expect(unscored.body.total).toBe(2);
    expect(unscored.body.candidates.every((c) => !("verdict" in c))).toBe(true);

    await answerAndSubmit(applied.body.tokens.vcs, "vcs");
    await answerAndSubmit(search.tokens.prime, "prime");
    const scored = await api.call<{
      candidates: Array<{ name: string; email?: string; verdict?: string; dimensions?: Record<string, unknown> }>;
    }>("GET", `${path}?sort=fit&submittedOnly=true&pageSize=10`, { token: owner });
    expect(scored.status).toBe(200);
    expect(scored.body.candidates).toHaveLength(1);
    const [row] = scored.body.candidates;
    expect(row).toMatchObject({ name: "Close Fit Trust", email: "bids@closefit.example" });
    expect(row?.verdict).toBeTruthy();
    expect(Object.keys(row?.dimensions ?? {}).length).toBeGreaterThan(0);
    const filtered = await api.call(
      "GET",
      `${path}?minScore=0&noDealbreakers=false&section=brand-identity&minSectionScore=0&page=9`,
      {
        token: owner,
      },
    );
    expect(filtered.status).toBe(200);

    const invalid = await api.call("GET", `${path}?sort=best&pageSize=7`, { token: owner });
    expect(invalid.status).toBe(422);
    expect(errorPaths(invalid.body)).toEqual(["sort", "pageSize"]);
    const half = await api.call("GET", `${path}?section=brand-identity`, { token: owner });
    expect(half.status).toBe(422);
    expect(errorPaths(half.body)).toEqual(["minSectionScore"]);
    expect((await api.call("GET", path)).status).toBe(401);
    expect((await api.call("GET", path, { token: applied.body.tokens.vcs })).status).toBe(403);
    const other = await newSearch();
    expect((await api.call("GET", `/api/v1/searches/${other.id}/candidates`, { token: owner })).status).toBe(404);
  });
});

test("a full search takes no more names, and adds none of a request that would overfill it", async () => {
  const search = await newSearch();
  const path = `/api/v1/searches/${search.id}/candidates`;
  const token = search.tokens.owner;
  const batch = (from: number, count: number) => Array.from({ length: count }, (_, i) => `Organisation ${from + i}`);
  for (let from = 0; from < MAX_CANDIDATES_PER_SEARCH - 1; from += MAX_CANDIDATES_PER_REQUEST) {
    const count = Math.min(MAX_CANDIDATES_PER_REQUEST, MAX_CANDIDATES_PER_SEARCH - 1 - from);
    expect((await api.call("POST", path, { token, body: { names: batch(from, count) } })).status).toBe(201);
  }
  const over = await api.call("POST", path, { token, body: { names: ["One more", "And another"] } });
  expect(over.status).toBe(409);
  expect(errorPaths(over.body)).toEqual(["names"]);
  expect((await api.call("POST", path, { token, body: { name: "The last one" } })).status).toBe(201);
  expect((await api.call("POST", path, { token, body: { name: "Too many" } })).status).toBe(409);
  const listed = await api.call<{ total: number }>("GET", `${path}?pageSize=10`, { token });
  expect(listed.body.total).toBe(MAX_CANDIDATES_PER_SEARCH);
}, 180_000);

test("every partner search operation was exercised", () => api.expectEveryOperationExercised(searchesDomain));
