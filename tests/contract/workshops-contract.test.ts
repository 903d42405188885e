/**
 * Contract tests of workshops (app/api/openapi/workshops.ts) against the real server: every operation, its success
 * and its errors, each response held to the served OpenAPI document (tests/contract/support.ts). The room's figures
 * are read both before three have submitted (nulls) and after (the items and dealbreakers a strict schema checks).
 */
import { describe, expect, test } from "vitest";
import { workshopsDomain } from "~/api/openapi/workshops";
import { currentQuestionnaire, questionnaireFor } from "~/domain/questionnaires";
import { HEALTHY_FACTS } from "../fixtures";
import { contractServer } from "./support";

const api = contractServer();

interface CreatedWorkshop {
  id: string;
  joinCode: string;
  tokens: { facilitator: string; prime?: string };
}

async function newWorkshop(body: Record<string, unknown> = {}) {
  const created = await api.call<CreatedWorkshop>("POST", "/api/v1/workshops", {
    body: { title: "What we will and won't compromise on", profile: "tighter-embrace", ...body },
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body;
}

async function join(code: string) {
  const joined = await api.call<{ tokens: { participant: string } }>("POST", "/api/v1/workshops/join", {
    body: { code },
  });
  expect(joined.status, JSON.stringify(joined.body)).toBe(201);
  return joined.body.tokens.participant;
}

/** Every question of the core set (a workshop's default), at one position, and the side's figures. */
function coreBody(side: "vcs" | "prime", preferred = 1) {
  const core = questionnaireFor(currentQuestionnaire().version, "core")!;
  const answers = Object.fromEntries(
    core.dimensions.flatMap((d) =>
      d.items.map((item) => [
        item.id,
        { preferred, acceptable: [preferred], importance: "high", redLine: preferred === 1 },
      ]),
    ),
  );
  return { answers, facts: core.facts.length > 0 ? { ...HEALTHY_FACTS[side] } : {} };
}

async function answerAndSubmit(token: string, side: "vcs" | "prime" = "vcs") {
  const saved = await api.call<{ missing: string[] }>("PUT", "/api/v1/answers", { token, body: coreBody(side) });
  expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  expect(saved.body.missing).toEqual([]);
  expect((await api.call("POST", "/api/v1/answers/submit", { token })).status).toBe(200);
}

const errorPaths = (body: unknown) => (body as { errors: Array<{ path: string }> }).errors.map((e) => e.path);

describe("scenarios and starting a workshop", () => {
  test("the built-in scenarios; POST is 405", async () => {
    const listed = await api.call<{ profiles: Array<{ id: string }> }>("GET", "/api/v1/workshops/profiles");
    expect(listed.status).toBe(200);
    expect(listed.body.profiles.map((p) => p.id)).toContain("tighter-embrace");
    expect((await api.call("POST", "/api/v1/workshops/profiles")).status).toBe(405);
  });

  test("built-in and custom scenarios; invalid, not JSON and too large bodies refused; GET is 405", async () => {
    const builtIn = await newWorkshop({ sections: ["brand-identity", "facts"], retentionDays: 7 });
    expect(builtIn.tokens.prime).toBeUndefined();
    const custom = await newWorkshop({ profile: "custom", primeName: "Our example prime", questionSet: "full" });
    expect(custom.tokens.prime).toBeTruthy();
    const invalid = await api.call("POST", "/api/v1/workshops", {
      body: { title: "", profile: "no-such-scenario", date: "2001-01-01", retentionDays: 365, sections: ["nope"] },
    });
    expect(invalid.status).toBe(422);
    expect(errorPaths(invalid.body)).toEqual(
      expect.arrayContaining(["title", "profile", "date", "retentionDays", "sections.0"]),
    );
    const noPrime = await api.call("POST", "/api/v1/workshops", { body: { title: "Ours", profile: "custom" } });
    expect(noPrime.status).toBe(422);
    expect(errorPaths(noPrime.body)).toEqual(["primeName"]);
    expect((await api.call("POST", "/api/v1/workshops", { rawBody: "title=Ours" })).status).toBe(400);
    const tooLarge = await api.call("POST", "/api/v1/workshops", { rawBody: `{"title":"${"x".repeat(300_000)}"}` });
    expect(tooLarge.status).toBe(413);
    expect((await api.call("GET", "/api/v1/workshops")).status).toBe(405);
  });
});

describe("joining", () => {
  test("joined with the code as typed; a code of the wrong shape, an unknown one, a custom scenario not ready, a closed workshop", async () => {
    const workshop = await newWorkshop();
    const typed = `${workshop.joinCode.slice(0, 4)}-${workshop.joinCode.slice(4)}`.toLowerCase();
    const joined = await api.call("POST", "/api/v1/workshops/join", {
      body: { code: typed, organisation: "Riverside Advice" },
    });
    expect(joined.status).toBe(201);

    const shape = await api.call("POST", "/api/v1/workshops/join", { body: { code: "12", extra: 1 } });
    expect(shape.status).toBe(422);
    expect(errorPaths(shape.body)).toEqual(expect.arrayContaining(["code", "extra"]));
    const unknown = workshop.joinCode === "ZZZZZZZZ" ? "YYYYYYYY" : "ZZZZZZZZ";
    expect((await api.call("POST", "/api/v1/workshops/join", { body: { code: unknown } })).status).toBe(404);
    expect((await api.call("POST", "/api/v1/workshops/join", { rawBody: "code" })).status).toBe(400);

    const custom = await newWorkshop({ profile: "custom", primeName: "Our example prime" });
    expect((await api.call("POST", "/api/v1/workshops/join", { body: { code: custom.joinCode } })).status).toBe(409);
    await answerAndSubmit(custom.tokens.prime!, "prime");
    await join(custom.joinCode);

    const closing = `/api/v1/workshops/${workshop.id}/close`;
    expect((await api.call("POST", closing, { token: workshop.tokens.facilitator })).status).toBe(200);
    expect((await api.call("POST", "/api/v1/workshops/join", { body: { code: workshop.joinCode } })).status).toBe(410);
    expect((await api.call("GET", "/api/v1/workshops/join")).status).toBe(405);
  });
});

describe("the facilitator's workshop", () => {
  test("read by its facilitator; no token, a participant's and another workshop's are refused", async () => {
    const workshop = await newWorkshop();
    const other = await newWorkshop();
    const participant = await join(workshop.joinCode);
    const path = `/api/v1/workshops/${workshop.id}`;
    const read = await api.call<{ id: string; open: boolean; sections: unknown }>("GET", path, {
      token: workshop.tokens.facilitator,
    });
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: workshop.id, open: true, sections: null });
    expect((await api.call("GET", path)).status).toBe(401);
    expect((await api.call("GET", path, { token: participant })).status).toBe(403);
    expect(
      (await api.call("GET", `/api/v1/workshops/${other.id}`, { token: workshop.tokens.facilitator })).status,
    ).toBe(404);
    expect((await api.call("PUT", path, { token: workshop.tokens.facilitator })).status).toBe(405);
  });

  test("the room's figures: nothing until three have submitted, then counts only", async () => {
    const workshop = await newWorkshop();
    const path = `/api/v1/workshops/${workshop.id}/summary`;
    const facilitator = workshop.tokens.facilitator;
    const tokens = [await join(workshop.joinCode), await join(workshop.joinCode), await join(workshop.joinCode)];
    const early = await api.call<{ joined: number; items: unknown }>("GET", path, { token: facilitator });
    expect(early.status).toBe(200);
    expect(early.body).toMatchObject({ joined: 3, items: null });
    for (const token of tokens) await answerAndSubmit(token);
    const figures = await api.call<{ counted: number; items: unknown[]; dealbreakers: unknown[] }>("GET", path, {
      token: facilitator,
    });
    expect(figures.status).toBe(200);
    expect(figures.body.counted).toBe(3);
    expect(figures.body.items.length).toBeGreaterThan(0);
    expect(figures.body.dealbreakers.length).toBeGreaterThan(0);

    expect((await api.call("GET", path)).status).toBe(401);
    expect((await api.call("GET", path, { token: tokens[0] })).status).toBe(403);
    const other = await newWorkshop();
    expect((await api.call("GET", `/api/v1/workshops/${other.id}/summary`, { token: facilitator })).status).toBe(404);
    expect((await api.call("POST", path, { token: facilitator })).status).toBe(405);
  });

  test("closed and reopened; an unknown change, and refusals; GET is 405", async () => {
    const workshop = await newWorkshop();
    const facilitator = workshop.tokens.facilitator;
    const participant = await join(workshop.joinCode);
    const closed = await api.call<{ open: boolean; closedAt: string | null }>(
      "POST",
      `/api/v1/workshops/${workshop.id}/close`,
      { token: facilitator },
    );
    expect(closed.status).toBe(200);
    expect(closed.body.open).toBe(false);
    // Closed: the participant's saves are refused, and what it saved before is kept.
    expect((await api.call("PUT", "/api/v1/answers", { token: participant, body: coreBody("vcs") })).status).toBe(410);
    const reopened = await api.call<{ open: boolean; closedAt: string | null }>(
      "POST",
      `/api/v1/workshops/${workshop.id}/reopen`,
      { token: facilitator },
    );
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ open: true, closedAt: null });

    expect((await api.call("POST", `/api/v1/workshops/${workshop.id}/pause`, { token: facilitator })).status).toBe(404);
    expect((await api.call("POST", `/api/v1/workshops/${workshop.id}/close`)).status).toBe(401);
    expect((await api.call("POST", `/api/v1/workshops/${workshop.id}/close`, { token: participant })).status).toBe(403);
    const other = await newWorkshop();
    expect((await api.call("POST", `/api/v1/workshops/${other.id}/reopen`, { token: facilitator })).status).toBe(404);
    expect((await api.call("GET", `/api/v1/workshops/${workshop.id}/close`, { token: facilitator })).status).toBe(405);
  });

  test("deleted with every participant's answers: their tokens are refused afterwards", async () => {
    const workshop = await newWorkshop();
    const other = await newWorkshop();
    const participant = await join(workshop.joinCode);
    const path = `/api/v1/workshops/${workshop.id}`;
    expect((await api.call("DELETE", path, { token: participant })).status).toBe(403);
    expect(
      (await api.call("DELETE", `/api/v1/workshops/${other.id}`, { token: workshop.tokens.facilitator })).status,
    ).toBe(404);
    expect((await api.call("DELETE", path, { token: workshop.tokens.facilitator })).status).toBe(204);
    expect((await api.call("GET", path, { token: workshop.tokens.facilitator })).status).toBe(401);
    expect((await api.call("GET", "/api/v1/answers", { token: participant })).status).toBe(401);
  });
});

test("every workshop operation was exercised", () => api.expectEveryOperationExercised(workshopsDomain));
