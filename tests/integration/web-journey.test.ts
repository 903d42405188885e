import { describe, expect, test } from "vitest";
import * as newCheckRoute from "~/routes/checks.new";
import * as ownerRoute from "~/routes/check.$token";
import * as overviewRoute from "~/routes/respond.$token._index";
import * as sectionRoute from "~/routes/respond.$token.section.$sectionId";
import * as reviewRoute from "~/routes/respond.$token.review";
import { getCheckSummary } from "~/models/check.server";
import { getSideAnswers, saveSideAnswers } from "~/models/response.server";
import { callAction, callLoader, completeAnswers, newCheck } from "./support";

async function responseIdFor(checkId: string, side: "vcs" | "prime") {
  const summary = await getCheckSummary(checkId);
  return summary!.sides[side].responseId;
}

async function answerEverything(checkId: string, side: "vcs" | "prime") {
  await saveSideAnswers({ responseId: await responseIdFor(checkId, side), ...completeAnswers(side) });
}

describe("starting a check", () => {
  test("valid input creates a check and redirects to the owner's page", async () => {
    const result = await callAction(newCheckRoute.action, "/checks/new", {
      title: "Community rehabilitation, North West",
      vcsName: "Helping Hands",
      primeName: "BigCo Justice",
      serviceArea: "Probation",
    });
    expect(result.status).toBe(302);
    const match = result.location?.match(/^\/check\/([A-Za-z0-9_-]{32})\?created=1$/);
    expect(match).not.toBeNull();
    const owner = await callLoader(ownerRoute.loader, `/check/${match![1]}`, { token: match![1]! });
    const body = owner.body as Awaited<ReturnType<typeof ownerRoute.loader>>;
    expect(body.check.title).toBe("Community rehabilitation, North West");
    expect(body.check.serviceArea).toBe("Probation");
    expect(body.check.sides.vcs).toEqual({ name: "Helping Hands", status: "not_started" });
    expect(body.check.sides.prime).toEqual({ name: "BigCo Justice", status: "not_started" });
    expect(body.links.vcs).toMatch(/^http:\/\/localhost\/respond\/[A-Za-z0-9_-]{32}$/);
    expect(body.report).toBeNull();
  });

  test("missing fields get an error each, and what was typed is kept", async () => {
    const result = await callAction(newCheckRoute.action, "/checks/new", {
      title: "  ",
      vcsName: "Helping Hands",
      primeName: "",
      commissioner: "Ministry of Justice",
    });
    expect(result.status).toBe(400);
    const body = result.body as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors.title).toBe("Enter the name of the opportunity");
    expect(body.errors.primeName).toBe("Enter the prime contractor’s name");
    expect(body.errors.vcsName).toBeUndefined();
    expect(body.values.vcsName).toBe("Helping Hands");
    expect(body.values.commissioner).toBe("Ministry of Justice");
  });

  test("over-long input is refused with a clear message", async () => {
    const result = await callAction(newCheckRoute.action, "/checks/new", {
      title: "x".repeat(201),
      vcsName: "A",
      primeName: "B",
    });
    expect(result.status).toBe(400);
    expect((result.body as { errors: Record<string, string> }).errors.title).toMatch(/200 characters or fewer/);
  });
});

describe("secret links", () => {
  test("unknown, malformed and wrong-role links get a 404", async () => {
    const check = await newCheck();
    const unknown = "A".repeat(32);
    for (const [handler, path, token] of [
      [ownerRoute.loader, "/check/", unknown],
      [ownerRoute.loader, "/check/", "not-a-token"],
      [ownerRoute.loader, "/check/", check.tokens.vcs],
      [overviewRoute.loader, "/respond/", check.tokens.owner],
      [overviewRoute.loader, "/respond/", unknown],
      [overviewRoute.loader, "/respond/", "../../etc/passwd"],
    ] as const) {
      const result = await callLoader(handler, `${path}${token}`, { token });
      expect(result.status, `${path}${token}`).toBe(404);
    }
  });

  test("only hashes of tokens are stored", async () => {
    const check = await newCheck();
    const { db, tables } = await import("~/db.server");
    const rows = await db().select().from(tables.accessTokens);
    const stored = JSON.stringify(rows);
    for (const token of Object.values(check.tokens)) expect(stored).not.toContain(token);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.tokenHash))).toBe(true);
  });

  test("each token is 192 bits of base64url and all three differ", async () => {
    const check = await newCheck();
    const tokens = Object.values(check.tokens);
    for (const token of tokens) expect(Buffer.from(token, "base64url")).toHaveLength(24);
    expect(new Set(tokens).size).toBe(3);
  });
});

describe("answering", () => {
  test("a section saves without JavaScript and moves to the next section", async () => {
    const check = await newCheck();
    const token = check.tokens.vcs;
    const result = await callAction(
      sectionRoute.action,
      `/respond/${token}/section/brand-identity`,
      {
        intent: "continue",
        "items.brand-delivery.preferred": "1",
        "items.brand-delivery.acceptableMax": "3",
        "items.brand-delivery.importance": "high",
        "items.brand-delivery.redLine": "on",
        "items.brand-delivery.note": "Our name is how families find us.",
      },
      { token, sectionId: "brand-identity" },
    );
    expect(result.status).toBe(302);
    expect(result.location).toBe(`/respond/${token}/section/independence-voice`);
    const saved = await getSideAnswers(await responseIdFor(check.id, "vcs"));
    expect(saved.answers["brand-delivery"]).toEqual({
      preferred: 1,
      acceptable: { min: 1, max: 3 },
      importance: "high",
      redLine: true,
      note: "Our name is how families find us.",
    });
    const overview = await callLoader(overviewRoute.loader, `/respond/${token}`, { token });
    const body = overview.body as Awaited<ReturnType<typeof overviewRoute.loader>>;
    expect(body.status).toBe("in_progress");
    expect(body.progress.answered).toBe(1);
    expect(body.resumeId).toBe("mission-values");
  });

  test("invalid answers are refused with field errors, nothing is saved, and what was typed comes back", async () => {
    const check = await newCheck();
    const token = check.tokens.prime;
    const result = await callAction(
      sectionRoute.action,
      `/respond/${token}/section/brand-identity`,
      {
        "items.brand-delivery.preferred": "2",
        "items.brand-delivery.acceptableMin": "4",
        "items.staff-identity.importance": "high",
        "items.public-credit.note": "A typed note that must not be lost",
      },
      { token, sectionId: "brand-identity" },
    );
    expect(result.status).toBe(400);
    const body = result.body as { errors: Record<string, string>; values: Record<string, unknown> };
    expect(body.errors["items.brand-delivery.importance"]).toBe("Choose how much this matters to you");
    expect(body.errors["items.brand-delivery.acceptableMin"]).toMatch(/independence/);
    expect(body.errors["items.staff-identity.preferred"]).toBe("Choose your preferred position");
    expect(body.errors["items.public-credit.preferred"]).toBe("Choose your preferred position");
    expect(JSON.stringify(body.values)).toContain("A typed note that must not be lost");
    const saved = await getSideAnswers(await responseIdFor(check.id, "prime"));
    expect(saved.answers).toEqual({});
  });

  test("facts are validated against their ranges", async () => {
    const check = await newCheck();
    const token = check.tokens.vcs;
    const result = await callAction(
      sectionRoute.action,
      `/respond/${token}/section/facts`,
      { "facts.reservesMonths": "lots", "facts.contractIncomeShare": "140", "facts.minReferralsPerYear": "12.5" },
      { token, sectionId: "facts" },
    );
    expect(result.status).toBe(400);
    const errors = (result.body as { errors: Record<string, string> }).errors;
    expect(errors["facts.reservesMonths"]).toMatch(/Enter a number/);
    expect(errors["facts.contractIncomeShare"]).toMatch(/no more than 100/);
    expect(errors["facts.minReferralsPerYear"]).toBe("Enter a whole number");
  });

  test("a section that does not exist is a 404", async () => {
    const check = await newCheck();
    const token = check.tokens.vcs;
    const result = await callLoader(sectionRoute.loader, `/respond/${token}/section/nope`, {
      token,
      sectionId: "nope",
    });
    expect(result.status).toBe(404);
  });

  test("submitting needs a confirmation and every answer", async () => {
    const check = await newCheck();
    const token = check.tokens.vcs;
    const unconfirmed = await callAction(reviewRoute.action, `/respond/${token}/review`, {}, { token });
    expect(unconfirmed.status).toBe(400);
    const incomplete = await callAction(reviewRoute.action, `/respond/${token}/review`, { confirm: "on" }, { token });
    expect(incomplete.status).toBe(400);
    expect(JSON.stringify(incomplete.body)).toMatch(/42 still to answer/);
    const review = await callLoader(reviewRoute.loader, `/respond/${token}/review`, { token });
    expect((review.body as { missingCount: number }).missingCount).toBe(42);
  });
});

describe("sealed answers and the result", () => {
  test("nobody sees the other side's answers until both have submitted; then all three see the result", async () => {
    const check = await newCheck();
    const secret = "SECRET-NOTE-FROM-THE-PRIME";
    const primeId = await responseIdFor(check.id, "prime");
    const answers = completeAnswers("prime");
    answers.answers["brand-delivery"] = { ...answers.answers["brand-delivery"]!, note: secret };
    await saveSideAnswers({ responseId: primeId, ...answers });
    const submitted = await callAction(
      reviewRoute.action,
      `/respond/${check.tokens.prime}/review`,
      { confirm: "on" },
      { token: check.tokens.prime },
    );
    expect(submitted.status).toBe(302);

    const views = async () => [
      await callLoader(ownerRoute.loader, `/check/${check.tokens.owner}`, { token: check.tokens.owner }),
      await callLoader(overviewRoute.loader, `/respond/${check.tokens.vcs}`, { token: check.tokens.vcs }),
      await callLoader(overviewRoute.loader, `/respond/${check.tokens.prime}`, { token: check.tokens.prime }),
      await callLoader(reviewRoute.loader, `/respond/${check.tokens.vcs}/review`, { token: check.tokens.vcs }),
      await callLoader(sectionRoute.loader, `/respond/${check.tokens.vcs}/section/brand-identity`, {
        token: check.tokens.vcs,
        sectionId: "brand-identity",
      }),
    ];
    for (const view of await views()) {
      expect(JSON.stringify(view.body)).not.toContain(secret);
      expect((view.body as { report?: unknown }).report ?? null).toBeNull();
    }

    await answerEverything(check.id, "vcs");
    const vcsSubmit = await callAction(
      reviewRoute.action,
      `/respond/${check.tokens.vcs}/review`,
      { confirm: "on" },
      { token: check.tokens.vcs },
    );
    expect(vcsSubmit.status).toBe(302);

    for (const [handler, path, token] of [
      [ownerRoute.loader, "/check/", check.tokens.owner],
      [overviewRoute.loader, "/respond/", check.tokens.vcs],
      [overviewRoute.loader, "/respond/", check.tokens.prime],
    ] as const) {
      const view = await callLoader(handler, `${path}${token}`, { token });
      const report = (view.body as { report: { verdict: { code: string }; overall: number } }).report;
      expect(report.verdict.code).toBe("STRONG");
      expect(report.overall).toBe(100);
      expect(JSON.stringify(view.body)).toContain(secret);
    }
  });

  test("replaying a save or a submit after submission changes nothing", async () => {
    const check = await newCheck();
    const token = check.tokens.vcs;
    await answerEverything(check.id, "vcs");
    await callAction(reviewRoute.action, `/respond/${token}/review`, { confirm: "on" }, { token });
    const before = await getSideAnswers(await responseIdFor(check.id, "vcs"));
    const replay = await callAction(
      sectionRoute.action,
      `/respond/${token}/section/brand-identity`,
      { "items.brand-delivery.preferred": "5", "items.brand-delivery.importance": "low" },
      { token, sectionId: "brand-identity" },
    );
    expect(replay.status).toBe(302);
    expect(replay.location).toBe(`/respond/${token}`);
    const again = await callAction(reviewRoute.action, `/respond/${token}/review`, { confirm: "on" }, { token });
    expect(again.status).toBe(302);
    expect(await getSideAnswers(await responseIdFor(check.id, "vcs"))).toEqual(before);
    const summary = await getCheckSummary(check.id);
    expect(summary!.sides.vcs.status).toBe("submitted");
  });
});
