/**
 * The joint review's API (issue 19; docs/api.md, "The joint review"): sealed until both sides submit, one side
 * proposes and only the other confirms, a changed proposal needs confirming again, and the revised verdict
 * comes from confirmed outcomes only, beside an original report that does not change.
 */
import { describe, expect, test } from "vitest";
import { api, apiCreateCheck } from "./api-support";
import { answerAndSubmit } from "./review-support";

interface Outcome {
  flagKey: string;
  code: string;
  severity: string;
  title: string;
  proposed?: { by: string; kind: string; position?: number; revision: number; wording?: string; reason?: string };
  confirmed: boolean;
}
interface Review {
  outcomes: Outcome[];
  revised: {
    verdict: { code: string; why: string };
    overall: number;
    flags: Array<{ flagKey: string; status: string; severity: string }>;
    cleared: Array<{ flagKey: string; how: string }>;
    before: { verdict: { code: string }; overall: number };
  };
}

const put = (token: string, key: string, body: unknown) =>
  api<Outcome & { errors?: Array<{ path: string }> }>("PUT", `/api/v1/review/${encodeURIComponent(key)}`, {
    token,
    body,
  });
const confirm = (token: string, key: string, body?: unknown) =>
  api<Outcome>("POST", `/api/v1/review/${encodeURIComponent(key)}/confirm`, {
    token,
    ...(body === undefined ? {} : { body }),
  });

async function completed() {
  const check = await apiCreateCheck();
  await answerAndSubmit(check.id, "vcs");
  await answerAndSubmit(check.id, "prime");
  const review = await api<Review>("GET", "/api/v1/review", { token: check.tokens.owner });
  expect(review.status).toBe(200);
  return { check, review: review.body };
}

describe("GET /api/v1/review", () => {
  test("is sealed until both sides have submitted, for every role", async () => {
    const check = await apiCreateCheck();
    await answerAndSubmit(check.id, "vcs");
    for (const token of [check.tokens.owner, check.tokens.vcs, check.tokens.prime]) {
      const response = await api("GET", "/api/v1/review", { token });
      expect(response.status).toBe(409);
      expect(JSON.stringify(response.body)).not.toContain("Our name stays");
    }
    const put = await api("PUT", `/api/v1/review/${encodeURIComponent("X:y:")}`, {
      token: check.tokens.vcs,
      body: { kind: "open" },
    });
    expect(put.status).toBe(409);
  });

  test("lists every flag of the report, none proposed, and a revised verdict equal to the original", async () => {
    const { check, review } = await completed();
    const report = await api<{ flags: Array<{ code: string; severity: string }>; verdict: { code: string } }>(
      "GET",
      "/api/v1/report",
      { token: check.tokens.owner },
    );
    expect(review.outcomes).toHaveLength(report.body.flags.length);
    expect(review.outcomes.filter((o) => o.severity === "dealbreaker")).toHaveLength(2);
    expect(review.outcomes.every((o) => !o.confirmed && o.proposed === undefined)).toBe(true);
    expect(review.revised.verdict.code).toBe("RED_LINES");
    expect(review.revised.before.verdict.code).toBe(report.body.verdict.code);
    expect(review.revised.flags.every((f) => f.status === "open")).toBe(true);
  });
});

describe("proposing and confirming", () => {
  test("one side cannot confirm its own proposal; the other can, and only then does it count", async () => {
    const { check, review } = await completed();
    const [first, second] = review.outcomes.filter((o) => o.severity === "dealbreaker");
    const proposed = await put(check.tokens.vcs, first!.flagKey, {
      kind: "agreed",
      position: 2,
      wording: "Co-branded",
    });
    expect(proposed.status).toBe(200);
    expect(proposed.body.proposed).toMatchObject({ by: "vcs", kind: "agreed", position: 2, revision: 1 });
    expect(proposed.body.confirmed).toBe(false);

    const own = await confirm(check.tokens.vcs, first!.flagKey);
    expect(own.status).toBe(403);
    const byOwner = await confirm(check.tokens.owner, first!.flagKey);
    expect(byOwner.status).toBe(403);
    let now = (await api<Review>("GET", "/api/v1/review", { token: check.tokens.prime })).body;
    expect(now.revised.verdict.code).toBe("RED_LINES");
    expect(now.revised.cleared).toEqual([]);

    const confirmed = await confirm(check.tokens.prime, first!.flagKey, { revision: 1 });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.confirmed).toBe(true);
    now = (await api<Review>("GET", "/api/v1/review", { token: check.tokens.vcs })).body;
    expect(now.revised.cleared).toEqual([
      { flagKey: first!.flagKey, code: first!.code, title: first!.title, how: "agreed" },
    ]);
    // The second dealbreaker still holds the verdict at red lines, and the why says it is still open.
    expect(now.revised.verdict.code).toBe("RED_LINES");
    expect(now.revised.verdict.why).toContain("still open");

    // Accepting the second as a risk does not clear it: still red lines, and said so.
    await put(check.tokens.prime, second!.flagKey, { kind: "accepted", reason: "The commissioner requires it" });
    await confirm(check.tokens.vcs, second!.flagKey);
    now = (await api<Review>("GET", "/api/v1/review", { token: check.tokens.owner })).body;
    expect(now.revised.verdict.code).toBe("RED_LINES");
    expect(now.revised.verdict.why).toContain("accepted as a risk, not resolved");
    expect(now.revised.flags.find((f) => f.flagKey === second!.flagKey)?.status).toBe("accepted");

    // The original report is as it was.
    const report = await api<{ verdict: { code: string }; flags: unknown[] }>("GET", "/api/v1/report", {
      token: check.tokens.owner,
    });
    expect(report.body.verdict.code).toBe("RED_LINES");
    expect(report.body.flags).toHaveLength(review.outcomes.length);
  });

  test("a new proposal replaces the standing one and clears its confirmation; a stale confirmation is refused", async () => {
    const { check, review } = await completed();
    const key = review.outcomes[0]!.flagKey;
    await put(check.tokens.vcs, key, { kind: "agreed", position: 2 });
    await confirm(check.tokens.prime, key);
    const changed = await put(check.tokens.prime, key, { kind: "agreed", position: 3 });
    expect(changed.body.proposed).toMatchObject({ by: "prime", position: 3, revision: 2 });
    expect(changed.body.confirmed).toBe(false);
    const stale = await confirm(check.tokens.vcs, key, { revision: 1 });
    expect(stale.status).toBe(409);
    expect((await confirm(check.tokens.vcs, key, { revision: 2 })).status).toBe(200);
  });

  test("clearing both dealbreakers lifts the verdict off red lines", async () => {
    const { check, review } = await completed();
    for (const outcome of review.outcomes.filter((o) => o.severity === "dealbreaker")) {
      expect((await put(check.tokens.prime, outcome.flagKey, { kind: "agreed", position: 2 })).status).toBe(200);
      expect((await confirm(check.tokens.vcs, outcome.flagKey)).status).toBe(200);
    }
    const now = (await api<Review>("GET", "/api/v1/review", { token: check.tokens.owner })).body;
    expect(now.revised.verdict.code).not.toBe("RED_LINES");
    expect(now.revised.flags.some((f) => f.severity === "dealbreaker")).toBe(false);
    expect(now.revised.overall).toBeGreaterThan(now.revised.before.overall);
  });

  test("bad proposals are refused with the field at fault, and nothing is saved", async () => {
    const { check, review } = await completed();
    const key = review.outcomes[0]!.flagKey;
    const cases: Array<[unknown, number, string]> = [
      [{ kind: "agreed" }, 422, "position"],
      [{ kind: "agreed", position: 7 }, 422, "position"],
      [{ kind: "accepted" }, 422, "reason"],
      [{ kind: "open", position: 2 }, 422, "position"],
      [{ kind: "agreed", position: 2, figures: { termMonths: 24 } }, 422, "figures"],
      [{ kind: "maybe" }, 422, "kind"],
      [{ kind: "open", extra: true }, 422, ""],
    ];
    for (const [body, status, path] of cases) {
      const response = await put(check.tokens.vcs, key, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      if (path) expect(response.body.errors?.map((e) => e.path)).toContain(path);
    }
    expect(
      (await api("PUT", `/api/v1/review/${encodeURIComponent(key)}`, { token: check.tokens.vcs, rawBody: "{" })).status,
    ).toBe(400);
    expect((await put(check.tokens.owner, key, { kind: "open" })).status).toBe(403);
    expect((await put(check.tokens.vcs, "NO_SUCH:flag:", { kind: "open" })).status).toBe(404);
    expect((await confirm(check.tokens.prime, key)).status).toBe(409);
    const now = (await api<Review>("GET", "/api/v1/review", { token: check.tokens.owner })).body;
    expect(now.outcomes.every((o) => o.proposed === undefined)).toBe(true);
  });

  test("a figure flag is agreed with figures, judged again by the same rules", async () => {
    const check = await apiCreateCheck();
    await answerAndSubmit(check.id, "vcs");
    await answerAndSubmit(check.id, "prime", undefined, { facts: { terminationNoticeDays: 7 } });
    const review = (await api<Review>("GET", "/api/v1/review", { token: check.tokens.owner })).body;
    const notice = review.outcomes.find((o) => o.flagKey.split(":")[2]?.split("+").includes("terminationNoticeDays"));
    expect(notice, JSON.stringify(review.outcomes.map((o) => o.flagKey))).toBeDefined();
    const position = await put(check.tokens.prime, notice!.flagKey, { kind: "agreed", position: 3 });
    expect(position.status).toBe(422);
    const unknown = await put(check.tokens.prime, notice!.flagKey, { kind: "agreed", figures: { reservesMonths: 6 } });
    expect(unknown.body.errors?.map((e) => e.path)).toEqual(["figures.reservesMonths"]);
    const agreed = await put(check.tokens.prime, notice!.flagKey, {
      kind: "agreed",
      figures: { terminationNoticeDays: 180 },
    });
    expect(agreed.status).toBe(200);
    expect(agreed.body.proposed).toMatchObject({ figures: { terminationNoticeDays: 180 } });
    await confirm(check.tokens.vcs, notice!.flagKey);
    const now = (await api<Review>("GET", "/api/v1/review", { token: check.tokens.owner })).body;
    expect(now.revised.cleared.map((c) => c.flagKey)).toContain(notice!.flagKey);
  });
});
