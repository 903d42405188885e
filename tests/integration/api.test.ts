import { describe, expect, test, vi } from "vitest";
import { allItems, getQuestionnaire } from "~/domain/questionnaires";
import { FLAG_CODES } from "~/domain/types";
import * as sectionRoute from "~/routes/checks.$checkId.$side.section.$sectionId";
import { api, apiCreateCheck, apiCreateUnclaimedCheck } from "./api-support";
import { HEALTHY_FACTS, callAction, callLoader, openLink } from "./support";

const apiAnswer = { preferred: 3, acceptable: [2, 3, 4], importance: "medium", redLine: false };

describe("GET /api/v1/questionnaire", () => {
  test("serves the current question bank in the contract's shape", async () => {
    const { status, body } = await api<ReturnType<typeof JSON.parse>>("GET", "/api/v1/questionnaire");
    expect(status).toBe(200);
    expect(body.version).toBe("2");
    expect(body.method).toEqual({ version: "2", label: expect.any(String) });
    expect(body.dimensions).toHaveLength(9);
    const item = body.dimensions[1].items[0];
    expect(Object.keys(item).sort()).toEqual(["core", "flag", "guidance", "id", "options", "prompt"]);
    expect(item.id).toBe("brand-delivery");
    expect(item.flag).toEqual({ code: "MANDATORY_REBRANDING", title: "Mandatory rebranding" });
    expect(item.options[0]).toEqual({ value: 1, label: { vcs: expect.any(String), prime: expect.any(String) } });
    expect(body.facts).toHaveLength(16);
    expect(body.facts[0]).toEqual({ id: "reservesMonths", side: "vcs", label: expect.any(String), unit: "months" });
    expect(body.facts.find((f: { id: string }) => f.id === "unpaidOutcomeShare")).toMatchObject({
      optional: true,
      default: 25,
    });
    // Items raise the codes they name; v2's own codes (unsafe agreements, contradictions, the reverse direction) come from rules.
    const codes = new Set(
      body.dimensions.flatMap((d: { items: Array<{ flag: { code: string } }> }) => d.items.map((i) => i.flag.code)),
    );
    for (const code of codes) expect(FLAG_CODES).toContain(code);
    expect(codes.size).toBeGreaterThanOrEqual(15);
  });

  test("still serves the retired starter version, and 404s an unknown one", async () => {
    const v0 = await api<{ version: string; dimensions: unknown[]; facts: unknown[] }>(
      "GET",
      "/api/v1/questionnaire/0",
    );
    expect(v0.status).toBe(200);
    expect(v0.body.version).toBe("0");
    expect(v0.body.dimensions).toHaveLength(3);
    const missing = await api("GET", "/api/v1/questionnaire/99");
    expect(missing.status).toBe(404);
    expect(missing.body.errors).toEqual([{ path: "version", message: expect.stringContaining("99") }]);
  });
});

describe("POST /api/v1/checks", () => {
  test("creates a check and returns its tokens and links", async () => {
    const response = await api<{ id: string; tokens: Record<string, string>; links: Record<string, string> }>(
      "POST",
      "/api/v1/checks",
      { body: { title: "Health and care", vcsName: "Carers Together", primeName: "Prime Health" } },
    );
    expect(response.status).toBe(201);
    expect(response.body.id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    for (const role of ["owner", "vcs", "prime"]) {
      expect(response.body.tokens[role]).toMatch(/^[A-Za-z0-9_-]{32}$/);
    }
    expect(response.body.links.owner).toBe(`http://localhost/i/${response.body.tokens.owner}`);
    expect(response.body.links.vcs).toBe(`http://localhost/i/${response.body.tokens.vcs}`);
  });

  test("without creatorSide (as before) both sides get invitations, to be claimed", async () => {
    const created = await apiCreateUnclaimedCheck();
    expect(created.claimed).toEqual({ vcs: false, prime: false });
    const claimed = await api<{ token: string; role: string }>("POST", "/api/v1/invitations/claim", {
      token: created.tokens.vcs,
    });
    expect(claimed.status).toBe(200);
    expect(claimed.body.role).toBe("vcs");
    expect((await api("GET", "/api/v1/answers", { token: claimed.body.token })).status).toBe(200);
  });

  test("with creatorSide the creator's own side is theirs at once; the other side gets an invitation", async () => {
    const created = await apiCreateUnclaimedCheck({ creatorSide: "prime" });
    expect(created.claimed).toEqual({ vcs: false, prime: true });
    expect((await api("GET", "/api/v1/answers", { token: created.tokens.prime })).status).toBe(200);
    expect((await api("GET", "/api/v1/answers", { token: created.tokens.vcs })).status).toBe(401);
    const refused = await api("POST", "/api/v1/checks", {
      body: { title: "T", vcsName: "A", primeName: "B", creatorSide: "owner" },
    });
    expect(refused.status).toBe(422);
  });

  test("lists every error in an invalid body and creates nothing", async () => {
    const response = await api("POST", "/api/v1/checks", { body: { title: "", primeName: 7, colour: "red" } });
    expect(response.status).toBe(422);
    const paths = (response.body.errors as Array<{ path: string }>).map((e) => e.path).sort();
    expect(paths).toEqual(["colour", "primeName", "title", "vcsName"]);
  });

  test("a body that is not JSON gets a 400 with the error shape", async () => {
    const response = await api("POST", "/api/v1/checks", { rawBody: "{not json" });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: "", message: "The request body must be JSON" }]);
  });

  test("GET is not allowed", async () => {
    const response = await api("GET", "/api/v1/checks");
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("POST");
  });
});

describe("bearer tokens", () => {
  test("a missing or unknown token is a 401; a token of the wrong role is a 403", async () => {
    const check = await apiCreateCheck();
    expect((await api("GET", "/api/v1/check")).status).toBe(401);
    expect((await api("GET", "/api/v1/check", { token: "A".repeat(32) })).status).toBe(401);
    expect((await api("GET", "/api/v1/check", { token: "short" })).status).toBe(401);
    expect((await api("GET", "/api/v1/answers", { token: check.tokens.owner })).status).toBe(403);
    expect((await api("POST", "/api/v1/answers/submit", { token: check.tokens.owner })).status).toBe(403);
  });

  test("GET /api/v1/check works for all three roles", async () => {
    const check = await apiCreateCheck({ title: "Probation lot 4" });
    for (const token of Object.values(check.tokens)) {
      const response = await api("GET", "/api/v1/check", { token });
      expect(response.status).toBe(200);
      expect(response.body).toEqual({
        id: check.id,
        title: "Probation lot 4",
        vcsName: "Helping Hands",
        primeName: "BigCo Services",
        questionnaireVersion: "2",
        questionSet: "full",
        sides: { vcs: { status: "not_started" }, prime: { status: "not_started" } },
      });
    }
  });
});

describe("a side's answers", () => {
  test("partial saves report what is still missing, and GET returns only what was given", async () => {
    const check = await apiCreateCheck();
    const token = check.tokens.vcs;
    const empty = await api("GET", "/api/v1/answers", { token });
    expect(empty.body).toEqual({ status: "not_started", answers: {}, facts: {} });

    const saved = await api<{ missing: string[] }>("PUT", "/api/v1/answers", {
      token,
      body: {
        answers: { "brand-delivery": { ...apiAnswer, note: "Our name matters" } },
        facts: { reservesMonths: 2.5 },
      },
    });
    expect(saved.status).toBe(200);
    expect(saved.body.missing).not.toContain("brand-delivery");
    expect(saved.body.missing).not.toContain("reservesMonths");
    expect(saved.body.missing).toContain("staff-identity");
    expect(saved.body.missing).toContain("minNoticeDays");
    expect(saved.body.missing).not.toContain("termMonths");
    const v2 = getQuestionnaire("2")!;
    const requiredVcsFacts = v2.facts.filter((f) => f.side === "vcs" && !f.optional).length;
    expect(saved.body.missing).toHaveLength(allItems(v2).length + requiredVcsFacts - 2);

    const got = await api("GET", "/api/v1/answers", { token });
    expect(got.body).toEqual({
      status: "in_progress",
      answers: { "brand-delivery": { ...apiAnswer, note: "Our name matters" } },
      facts: { reservesMonths: 2.5 },
    });
    const status = await api("GET", "/api/v1/check", { token: check.tokens.owner });
    expect(status.body.sides).toEqual({ vcs: { status: "in_progress" }, prime: { status: "not_started" } });
  });

  test("an invalid body gets a 422 listing every error, and nothing is saved", async () => {
    const check = await apiCreateCheck();
    const token = check.tokens.prime;
    const response = await api("PUT", "/api/v1/answers", {
      token,
      body: {
        answers: {
          "brand-delivery": apiAnswer,
          "staff-identity": { ...apiAnswer, acceptable: [1, 3] },
          "public-credit": { ...apiAnswer, acceptable: [4, 5] },
          "name-in-bid": { ...apiAnswer, preferred: 6, importance: "vital" },
          "no-such-item": apiAnswer,
        },
        facts: { reservesMonths: 3, termMonths: -1 },
        extra: true,
      },
    });
    expect(response.status).toBe(422);
    const paths = (response.body.errors as Array<{ path: string }>).map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        "answers.staff-identity.acceptable",
        "answers.public-credit.acceptable",
        "answers.name-in-bid.preferred",
        "answers.name-in-bid.importance",
        "answers.no-such-item",
        "facts.reservesMonths",
        "facts.termMonths",
        "extra",
      ]),
    );
    const got = await api("GET", "/api/v1/answers", { token });
    expect(got.body).toEqual({ status: "not_started", answers: {}, facts: {} });
  });

  test("answers saved through the API and through the web pages are the same data", async () => {
    const check = await apiCreateCheck();
    const token = check.tokens.vcs;
    await api("PUT", "/api/v1/answers", {
      token,
      body: { answers: { "brand-delivery": { preferred: 1, acceptable: [1, 2], importance: "high", redLine: true } } },
    });
    const { cookie } = await openLink(token);
    const params = { checkId: check.id, side: "vcs", sectionId: "brand-identity" };
    const path = `/checks/${check.id}/vcs/section/brand-identity`;
    const page = await callLoader(sectionRoute.loader, path, params, { cookie });
    expect((page.body as { answers: Record<string, unknown> }).answers["brand-delivery"]).toEqual({
      preferred: 1,
      acceptable: { min: 1, max: 2 },
      importance: "high",
      redLine: true,
    });

    await callAction(
      sectionRoute.action,
      path,
      new URLSearchParams([
        ["items.staff-identity.preferred", "2"],
        ["items.staff-identity.acceptable", "3"],
        ["items.staff-identity.acceptable", "4"],
        ["items.staff-identity.importance", "low"],
      ]),
      params,
      { cookie },
    );
    const got = await api<{ answers: Record<string, unknown> }>("GET", "/api/v1/answers", { token });
    expect(got.body.answers["staff-identity"]).toEqual({
      preferred: 2,
      acceptable: [2, 3, 4],
      importance: "low",
      redLine: false,
    });
  });
});

describe("submitting and the report", () => {
  test("submit lists what is missing (items and facts), then locks; the report waits for both sides", async () => {
    const check = await apiCreateCheck();
    const token = check.tokens.vcs;
    const early = await api<{ missing: string[] }>("POST", "/api/v1/answers/submit", { token });
    expect(early.status).toBe(422);
    expect(early.body.missing).toContain("brand-delivery");
    expect(early.body.missing).toContain("reservesMonths");

    const report409 = await api("GET", "/api/v1/report", { token: check.tokens.owner });
    expect(report409.status).toBe(409);
    expect(report409.body.sides).toEqual({ vcs: { status: "not_started" }, prime: { status: "not_started" } });

    const questionnaire = getQuestionnaire("2")!;
    const answers = Object.fromEntries(allItems(questionnaire).map((i) => [i.id, apiAnswer]));
    const facts = HEALTHY_FACTS.vcs;
    expect((await api("PUT", "/api/v1/answers", { token, body: { answers, facts } })).body).toEqual({ missing: [] });
    expect((await api("POST", "/api/v1/answers/submit", { token })).status).toBe(200);
    expect((await api("POST", "/api/v1/answers/submit", { token })).status).toBe(409);
    const late = await api("PUT", "/api/v1/answers", { token, body: { answers: { "brand-delivery": apiAnswer } } });
    expect(late.status).toBe(409);
    const stillWaiting = await api("GET", "/api/v1/report", { token });
    expect(stillWaiting.status).toBe(409);
    expect(stillWaiting.body.sides).toEqual({ vcs: { status: "submitted" }, prime: { status: "not_started" } });
  });
});

describe("question bank versions", () => {
  test("a check answered on the retired starter version keeps working end to end", async () => {
    const check = await apiCreateCheck();
    const { writeTransaction, tables } = await import("~/db.server");
    const { eq } = await import("drizzle-orm");
    await writeTransaction((tx) =>
      tx.update(tables.checks).set({ questionnaireVersion: "0" }).where(eq(tables.checks.id, check.id)),
    );

    const status = await api("GET", "/api/v1/check", { token: check.tokens.vcs });
    expect(status.body.questionnaireVersion).toBe("0");
    const v0Items = allItems(getQuestionnaire("0")!).map((i) => i.id);
    expect(v0Items).toHaveLength(9);

    const outside = await api("PUT", "/api/v1/answers", {
      token: check.tokens.vcs,
      body: { answers: { "case-records": apiAnswer }, facts: { reservesMonths: 3 } },
    });
    expect(outside.status).toBe(422);

    for (const token of [check.tokens.vcs, check.tokens.prime]) {
      const saved = await api("PUT", "/api/v1/answers", {
        token,
        body: { answers: Object.fromEntries(v0Items.map((id) => [id, apiAnswer])) },
      });
      expect(saved.body).toEqual({ missing: [] });
      expect((await api("POST", "/api/v1/answers/submit", { token })).status).toBe(200);
    }
    const report = await api<{
      questionnaireVersion: string;
      dimensions: unknown[];
      items: unknown[];
      verdict: { code: string };
    }>("GET", "/api/v1/report", { token: check.tokens.owner });
    expect(report.status).toBe(200);
    expect(report.body.questionnaireVersion).toBe("0");
    expect(report.body.dimensions).toHaveLength(3);
    expect(report.body.items).toHaveLength(9);
    expect(report.body.verdict.code).toBe("STRONG");
  });
});

describe("routing", () => {
  test("an address no route file answers is not the API: a 404 page, as in production", async () => {
    const check = await apiCreateCheck();
    // The not-found page renders without the browser assets here; its complaint about them is expected.
    const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const response = await api("GET", "/api/v1/reports", { token: check.tokens.owner });
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    } finally {
      quiet.mockRestore();
    }
  });
});
