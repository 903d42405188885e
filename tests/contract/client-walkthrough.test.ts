/**
 * An integrator's view (docs/api.md, "Generating a client"): a client generated from the OpenAPI document
 * (openapi-typescript types, tests/contract/generated/api.d.ts, driven by openapi-fetch) walks docs/api.md's
 * walk-through end to end against the real server: create a check, claim both invitations, answer both sides,
 * submit, read the report. It type-checks (npm run typecheck), so a change to the document that breaks this
 * integrator's code is a type error here; and the committed types must be what the document makes now.
 */
import { readFileSync } from "node:fs";
import createClient from "openapi-fetch";
import { expect, test } from "vitest";
import { openApiDocument } from "~/api/openapi/document.server";
import type { paths } from "./generated/api";
import { GENERATED_TYPES, generateTypes } from "./generate-types";
import { contractServer } from "./support";

const api = contractServer();

test("the committed client types are what the document generates now (run npm run openapi:types)", async () => {
  expect(readFileSync(GENERATED_TYPES, "utf8")).toBe(await generateTypes());
});

test("the server serves the document to anyone, cacheable, and it is the one the types come from", async () => {
  const response = await fetch(`${api.server.url}/api/v1/openapi.json`);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
  expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
  expect(await response.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument())));
  const posted = await fetch(`${api.server.url}/api/v1/openapi.json`, { method: "POST" });
  expect(posted.status).toBe(405);
});

test("the walk-through, with the generated client", async () => {
  const client = createClient<paths>({ baseUrl: api.server.url });
  const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });

  // 1. Create a check: the owner's token and an invitation for each side.
  const created = await client.POST("/api/v1/checks", {
    body: { title: "Employment support, Lot 2", vcsName: "Helping Hands", primeName: "BigCo Services" },
  });
  expect(created.response.status).toBe(201);
  const check = created.data!;
  const owner = check.tokens.owner;

  // Each side claims its invitation and gets its own token.
  const claim = async (invitation: string) => {
    const claimed = await client.POST("/api/v1/invitations/claim", auth(invitation));
    expect(claimed.response.status).toBe(200);
    return claimed.data!.token;
  };
  const vcs = await claim(check.tokens.vcs);
  const prime = await claim(check.tokens.prime);

  // 2. Each side answers every item (position 3, could accept 2 to 4) and gives its figures.
  const bank = await client.GET("/api/v1/questionnaire");
  const answers = Object.fromEntries(
    bank.data!.dimensions.flatMap((d) =>
      d.items.map((item) => [
        item.id,
        { preferred: 3, acceptable: [2, 3, 4], importance: "medium" as const, redLine: false },
      ]),
    ),
  );
  const vcsSaved = await client.PUT("/api/v1/answers", {
    ...auth(vcs),
    body: {
      answers,
      facts: {
        reservesMonths: 1,
        contractIncomeShare: 50,
        minReferralsPerYear: 120,
        minTermMonths: 60,
        maxManagementFeePercent: 10,
        minNoticeDays: 90,
      },
    },
  });
  expect(vcsSaved.data?.missing).toEqual([]);
  const primeSaved = await client.PUT("/api/v1/answers", {
    ...auth(prime),
    body: {
      answers,
      facts: {
        guaranteedReferralsPerYear: 0,
        outcomePaymentShare: 40,
        paymentLagDays: 90,
        managementFeePercent: 8,
        termMonths: 36,
        terminationNoticeDays: 180,
      },
    },
  });
  expect(primeSaved.data?.missing).toEqual([]);

  // The report is not ready until both have submitted: a documented 409, typed as the error shape.
  const early = await client.GET("/api/v1/report", auth(owner));
  expect(early.response.status).toBe(409);
  const waiting = early.error && "sides" in early.error ? early.error.sides : null;
  expect(waiting?.prime.status).toBe("in_progress");

  // 3. Both submit; then anyone with a token reads the report.
  for (const token of [vcs, prime]) {
    const submitted = await client.POST("/api/v1/answers/submit", auth(token));
    expect(submitted.data?.status).toBe("submitted");
  }
  const report = await client.GET("/api/v1/report", auth(owner));
  expect(report.response.status).toBe(200);
  const { verdict, overall, flags } = report.data!;
  expect(typeof overall).toBe("number");
  expect(["RED_LINES", "STRONG", "WORKABLE", "WEAK"]).toContain(verdict.code);
  // docs/api.md: no guaranteed referrals gets BID_CANDY.
  expect(flags.map((f) => f.code)).toContain("BID_CANDY");

  // A refusal is typed as the error shape too.
  const refused = await client.GET("/api/v1/check", auth("not-a-token"));
  expect(refused.response.status).toBe(401);
  expect(refused.error?.errors[0]?.path).toBe("Authorization");
});
