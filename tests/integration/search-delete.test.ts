/**
 * Deleting a partner search (issue 17) removes every candidate's check with
 * the search's own: nothing of a candidate outlives it, and every link stops.
 */
import { expect, test } from "vitest";
import { api } from "./api-support";
import { tableContents } from "./support";

test("deleting a search deletes every candidate's check, answers and email, and every link stops", async () => {
  const created = await api<{ id: string; tokens: { owner: string; prime: string }; applyCode: string }>(
    "POST",
    "/api/v1/searches",
    { body: { title: "Delete me", primeName: "Acme Prime" } },
  );
  expect(created.status).toBe(201);
  const { id, tokens, applyCode } = created.body;
  const applied = await api<{ tokens: { vcs: string } }>("POST", "/api/v1/apply", {
    body: { code: applyCode, name: "Gone Soon Trust", email: "gone@example.org" },
  });
  expect(applied.status).toBe(201);
  const invited = await api<{ candidates: Array<{ tokens: { vcs: string } }> }>(
    "POST",
    `/api/v1/searches/${id}/candidates`,
    { token: tokens.owner, body: { name: "Named Org" } },
  );
  expect(invited.status).toBe(201);
  const saved = await api("PUT", "/api/v1/answers", {
    token: applied.body.tokens.vcs,
    body: { facts: { reservesMonths: 3 } },
  });
  expect(saved.status).toBe(200);

  // Only the owner may delete: the prime's and a candidate's tokens are refused, and nothing goes.
  expect((await api("DELETE", `/api/v1/searches/${id}`, { token: tokens.prime })).status).toBe(403);
  expect((await api("DELETE", `/api/v1/searches/${id}`, { token: applied.body.tokens.vcs })).status).toBe(403);
  expect((await api("GET", "/api/v1/answers", { token: applied.body.tokens.vcs })).status).toBe(200);

  const tables = ["searches", "candidates", "fact_answers"];
  expect(await tableContents(process.env.DATABASE_URL ?? "", tables)).toContain("gone@example.org");
  const deleted = await api("DELETE", `/api/v1/searches/${id}`, { token: tokens.owner });
  expect(deleted.status).toBe(204);
  for (const token of [tokens.owner, tokens.prime, applied.body.tokens.vcs]) {
    expect((await api("GET", "/api/v1/check", { token })).status).toBe(401);
  }
  const claim = await api("POST", "/api/v1/invitations/claim", { token: invited.body.candidates[0]!.tokens.vcs });
  expect(claim.status).toBe(401);
  expect(
    (await api("POST", "/api/v1/apply", { body: { code: applyCode, name: "Late", email: "l@example.org" } })).status,
  ).toBe(404);
  const left = await tableContents(process.env.DATABASE_URL ?? "", tables);
  expect(left).toBe(JSON.stringify([[], [], []]));
});
