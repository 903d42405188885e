/**
 * The rate limits partner searches and workshops document (429 with `Retry-After`, app/api/openapi/common.ts),
 * against a real server with low limits: starting searches and workshops counts as creating checks, and joining
 * has a limit of its own (docs/api.md, "Conventions"). Each response is held to the served document.
 */
import { expect, test } from "vitest";
import { contractServer } from "./support";

const api = contractServer({ RATE_LIMIT_CHECKS_PER_MINUTE: "2", RATE_LIMIT_JOINS_PER_MINUTE: "2" });

const limited = (response: { status: number; headers: Headers }) => {
  expect(response.status).toBe(429);
  expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(0);
};

test("starting searches and workshops, and naming candidates, share the creation limit", async () => {
  const search = await api.call<{ id: string; tokens: { owner: string } }>("POST", "/api/v1/searches", {
    body: { title: "Employment support, Kent", primeName: "Acme Prime" },
  });
  expect(search.status).toBe(201);
  const workshop = await api.call<{ joinCode: string }>("POST", "/api/v1/workshops", {
    body: { title: "March", profile: "tighter-embrace" },
  });
  expect(workshop.status).toBe(201);
  limited(await api.call("POST", "/api/v1/searches", { body: { title: "Another", primeName: "Acme Prime" } }));
  limited(await api.call("POST", "/api/v1/workshops", { body: { title: "April", profile: "tighter-embrace" } }));
  limited(
    await api.call("POST", `/api/v1/searches/${search.body.id}/candidates`, {
      token: search.body.tokens.owner,
      body: { name: "Named Org" },
    }),
  );

  // Joining has its own limit: two joins, then 429 (a right code or a wrong one alike).
  for (let i = 0; i < 2; i += 1) {
    expect((await api.call("POST", "/api/v1/workshops/join", { body: { code: workshop.body.joinCode } })).status).toBe(
      201,
    );
  }
  limited(await api.call("POST", "/api/v1/workshops/join", { body: { code: workshop.body.joinCode } }));
});
