import { allItems, currentQuestionnaire } from "~/domain/questionnaires";
import { describe, expect, test } from "vitest";
import * as newCheckRoute from "~/routes/checks.new";
import * as ownerRoute from "~/routes/checks.$checkId._index";
import * as deleteRoute from "~/routes/checks.$checkId.delete";
import * as overviewRoute from "~/routes/checks.$checkId.$side._index";
import * as sectionRoute from "~/routes/checks.$checkId.$side.section.$sectionId";
import * as reviewRoute from "~/routes/checks.$checkId.$side.review";
import { getCheckSummary } from "~/models/check.server";
import { getSideAnswers, saveSideAnswers } from "~/models/response.server";
import {
  callAction,
  callLoader,
  checkWithSessions,
  completeAnswers,
  newCheck,
  openLink,
  sideAuthority,
} from "./support";

type Check = Awaited<ReturnType<typeof checkWithSessions>>;

async function responseIdFor(checkId: string, side: "vcs" | "prime") {
  const summary = await getCheckSummary(checkId);
  return summary!.sides[side].responseId;
}

async function answerEverything(checkId: string, side: "vcs" | "prime") {
  await saveSideAnswers({
    authority: await sideAuthority(checkId, side),
    responseId: await responseIdFor(checkId, side),
    ...completeAnswers(side),
  });
}

const ownerView = (check: Check, cookie = check.cookies.owner) =>
  callLoader(ownerRoute.loader, check.paths.owner, { checkId: check.id }, { cookie });
const sideView = (check: Check, side: "vcs" | "prime", cookie = check.cookies[side]) =>
  callLoader(overviewRoute.loader, check.paths[side], { checkId: check.id, side }, { cookie });
/** A form as a browser sends it: a field given a list is sent once per value (ticked boxes). */
const formBody = (form: Record<string, string | readonly string[]>) =>
  new URLSearchParams(
    Object.entries(form).flatMap(([name, v]) => (typeof v === "string" ? [[name, v]] : v.map((x) => [name, x]))),
  );
const saveSection = (
  check: Check,
  side: "vcs" | "prime",
  sectionId: string,
  form: Record<string, string | readonly string[]>,
) =>
  callAction(
    sectionRoute.action,
    `${check.paths[side]}/section/${sectionId}`,
    formBody(form),
    { checkId: check.id, side, sectionId },
    {
      cookie: check.cookies[side],
    },
  );
const submit = (check: Check, side: "vcs" | "prime", form: Record<string, string> = { confirm: "on" }) =>
  callAction(
    reviewRoute.action,
    `${check.paths[side]}/review`,
    form,
    { checkId: check.id, side },
    {
      cookie: check.cookies[side],
    },
  );

describe("starting a check", () => {
  test("valid input creates a check, puts the owner's token in a session cookie, and redirects without it", async () => {
    const result = await callAction(newCheckRoute.action, "/checks/new", {
      title: "Community rehabilitation, North West",
      vcsName: "Helping Hands",
      primeName: "BigCo Justice",
      serviceArea: "Probation",
      creatorSide: "neither",
    });
    expect(result.status).toBe(303);
    const match = result.location?.match(/^\/checks\/([A-Za-z0-9_-]{16})\?created=1$/);
    expect(match).not.toBeNull();
    expect(result.cookie).toMatch(/^cg_session=/);
    const checkId = match![1]!;
    const owner = await callLoader(
      ownerRoute.loader,
      `/checks/${checkId}?created=1`,
      { checkId },
      { cookie: result.cookie },
    );
    const body = owner.body as Awaited<ReturnType<typeof ownerRoute.loader>>;
    expect(body.created).toBe(true);
    expect(body.check.title).toBe("Community rehabilitation, North West");
    expect(body.check.serviceArea).toBe("Probation");
    expect(body.check.sides.vcs).toEqual({ name: "Helping Hands", status: "not_started" });
    expect(body.check.sides.prime).toEqual({ name: "BigCo Justice", status: "not_started" });
    // The owner's link is shown once, from the session's sealed flash; the invitations until they are claimed.
    expect(body.newLinks.map((l) => l.role)).toEqual(["owner"]);
    expect(body.newLinks[0]!.url).toMatch(/^http:\/\/localhost\/i\/[A-Za-z0-9_-]{32}$/);
    expect(body.sides.vcs.invitation).toMatch(/^http:\/\/localhost\/i\/[A-Za-z0-9_-]{32}$/);
    expect(body.sides.vcs.claimed).toBe(false);
    expect(body.report).toBeNull();
    const again = await callLoader(ownerRoute.loader, `/checks/${checkId}`, { checkId }, { cookie: result.cookie });
    expect((again.body as typeof body).newLinks).toEqual([]);
  });

  test("the person starting a check must say which side they are on", async () => {
    const result = await callAction(newCheckRoute.action, "/checks/new", {
      title: "Employment support",
      vcsName: "Helping Hands",
      primeName: "BigCo",
    });
    expect(result.status).toBe(400);
    expect((result.body as { errors: Record<string, string> }).errors.creatorSide).toMatch(/organisation, the prime/);
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
  test("opening a link sets a session and redirects (303) to an address without the token", async () => {
    const check = await newCheck();
    for (const [role, path] of [
      ["owner", `/checks/${check.id}`],
      ["vcs", `/checks/${check.id}/vcs`],
      ["prime", `/checks/${check.id}/prime`],
    ] as const) {
      const opened = await openLink(check.tokens[role]);
      expect(opened.status).toBe(303);
      expect(opened.location).toBe(path);
      expect(opened.location).not.toContain(check.tokens[role]);
      expect(opened.cookie).toMatch(/^cg_session=/);
    }
  });

  test("unknown and malformed links get a 404", async () => {
    for (const token of ["A".repeat(32), "not-a-token", "../../etc/passwd", ""]) {
      expect((await openLink(token)).status, token).toBe(404);
    }
  });

  test("pages need the right session: none is a 403, another role's or another check's is refused", async () => {
    const check = await checkWithSessions();
    const other = await checkWithSessions();
    expect((await ownerView(check, null as unknown as string)).status).toBe(403);
    expect((await ownerView(check, check.cookies.vcs)).status).toBe(403);
    expect((await sideView(check, "vcs", check.cookies.owner)).status).toBe(403);
    expect((await sideView(check, "vcs", check.cookies.prime)).status).toBe(403);
    expect((await ownerView(check, other.cookies.owner)).status).toBe(403);
    expect((await sideView(check, "prime", other.cookies.prime)).status).toBe(403);
    const wrongSide = await callLoader(
      overviewRoute.loader,
      `/checks/${check.id}/board`,
      { checkId: check.id, side: "board" },
      {
        cookie: check.cookies.vcs,
      },
    );
    expect(wrongSide.status).toBe(404);
  });

  test("a hand-made or tampered session cookie is refused", async () => {
    const check = await checkWithSessions();
    const [name, value] = check.cookies.owner.split("=") as [string, string];
    expect((await ownerView(check, `${name}=${value.slice(0, -2)}xx`)).status).toBe(403);
    const unsigned = Buffer.from(JSON.stringify("A".repeat(43))).toString("base64");
    expect((await ownerView(check, `${name}=${unsigned}`)).status).toBe(403);
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
    const check = await checkWithSessions();
    const result = await saveSection(check, "vcs", "brand-identity", {
      intent: "continue",
      "items.brand-delivery.preferred": "1",
      "items.brand-delivery.acceptable": ["2", "3"],
      "items.brand-delivery.importance": "high",
      "items.brand-delivery.redLine": "on",
      "items.brand-delivery.note": "Our name is how families find us.",
    });
    expect(result.status).toBe(302);
    expect(result.location).toBe(`${check.paths.vcs}/section/independence-voice`);
    const saved = await getSideAnswers(await responseIdFor(check.id, "vcs"));
    expect(saved.answers["brand-delivery"]).toEqual({
      preferred: 1,
      acceptable: { min: 1, max: 3 },
      importance: "high",
      redLine: true,
      note: "Our name is how families find us.",
    });
    const body = (await sideView(check, "vcs")).body as Awaited<ReturnType<typeof overviewRoute.loader>>;
    expect(body.status).toBe("in_progress");
    expect(body.progress.answered).toBe(1);
    expect(body.resumeId).toBe("mission-values");
  });

  test("'Save and come back later' saves and returns to the overview", async () => {
    const check = await checkWithSessions();
    const result = await saveSection(check, "prime", "mission-values", {
      intent: "save-and-exit",
      "items.values-signup.preferred": "4",
      "items.values-signup.importance": "low",
    });
    expect(result.location).toBe(`${check.paths.prime}?saved=1`);
    const saved = await getSideAnswers(await responseIdFor(check.id, "prime"));
    expect(saved.answers["values-signup"]?.preferred).toBe(4);
  });

  test("invalid answers are refused with field errors, nothing is saved, and what was typed comes back", async () => {
    const check = await checkWithSessions();
    const result = await saveSection(check, "prime", "brand-identity", {
      "items.brand-delivery.preferred": "2",
      "items.brand-delivery.acceptable": ["4"],
      "items.staff-identity.importance": "high",
      "items.public-credit.note": "A typed note that must not be lost",
    });
    expect(result.status).toBe(400);
    const body = result.body as { errors: Record<string, string>; values: Record<string, unknown> };
    expect(body.errors["items.brand-delivery.importance"]).toBe("Choose how much this matters to you");
    expect(body.errors["items.brand-delivery.acceptable"]).toMatch(/without a gap: tick position 3 too/);
    expect(body.errors["items.staff-identity.preferred"]).toBe("Choose your preferred position");
    expect(body.errors["items.public-credit.preferred"]).toBe("Choose your preferred position");
    expect(JSON.stringify(body.values)).toContain("A typed note that must not be lost");
    const saved = await getSideAnswers(await responseIdFor(check.id, "prime"));
    expect(saved.answers).toEqual({});
  });

  test("facts are validated against their ranges", async () => {
    const check = await checkWithSessions();
    const result = await saveSection(check, "vcs", "facts", {
      "facts.reservesMonths": "lots",
      "facts.contractIncomeShare": "140",
      "facts.minReferralsPerYear": "12.5",
    });
    expect(result.status).toBe(400);
    const errors = (result.body as { errors: Record<string, string> }).errors;
    expect(errors["facts.reservesMonths"]).toMatch(/Enter a number/);
    expect(errors["facts.contractIncomeShare"]).toMatch(/no more than 100/);
    expect(errors["facts.minReferralsPerYear"]).toBe("Enter a whole number");
  });

  test("a section that does not exist is a 404", async () => {
    const check = await checkWithSessions();
    const result = await callLoader(
      sectionRoute.loader,
      `${check.paths.vcs}/section/nope`,
      { checkId: check.id, side: "vcs", sectionId: "nope" },
      { cookie: check.cookies.vcs },
    );
    expect(result.status).toBe(404);
  });

  test("submitting needs a confirmation and every answer", async () => {
    const check = await checkWithSessions();
    expect((await submit(check, "vcs", {})).status).toBe(400);
    const incomplete = await submit(check, "vcs");
    expect(incomplete.status).toBe(400);
    const bank = currentQuestionnaire();
    const required = allItems(bank).length + bank.facts.filter((f) => f.side === "vcs" && !f.optional).length;
    expect(JSON.stringify(incomplete.body)).toMatch(new RegExp(`${required} still to answer`));
    const review = await callLoader(
      reviewRoute.loader,
      `${check.paths.vcs}/review`,
      { checkId: check.id, side: "vcs" },
      {
        cookie: check.cookies.vcs,
      },
    );
    expect((review.body as { missingCount: number }).missingCount).toBe(required);
  });
});

describe("sealed answers and the result", () => {
  test("nobody sees the other side's answers until both have submitted; then all three see the result", async () => {
    const check = await checkWithSessions();
    const secret = "SECRET-NOTE-FROM-THE-PRIME";
    const answers = completeAnswers("prime");
    answers.answers["brand-delivery"] = { ...answers.answers["brand-delivery"]!, note: secret };
    await saveSideAnswers({
      authority: await sideAuthority(check.id, "prime"),
      responseId: await responseIdFor(check.id, "prime"),
      ...answers,
    });
    expect((await submit(check, "prime")).status).toBe(302);

    const views = [
      await ownerView(check),
      await sideView(check, "vcs"),
      await sideView(check, "prime"),
      await callLoader(
        reviewRoute.loader,
        `${check.paths.vcs}/review`,
        { checkId: check.id, side: "vcs" },
        {
          cookie: check.cookies.vcs,
        },
      ),
      await callLoader(
        sectionRoute.loader,
        `${check.paths.vcs}/section/brand-identity`,
        { checkId: check.id, side: "vcs", sectionId: "brand-identity" },
        { cookie: check.cookies.vcs },
      ),
    ];
    for (const view of views) {
      expect(view.status).toBe(200);
      expect(JSON.stringify(view.body)).not.toContain(secret);
      expect((view.body as { report?: unknown }).report ?? null).toBeNull();
    }

    await answerEverything(check.id, "vcs");
    expect((await submit(check, "vcs")).status).toBe(302);

    for (const view of [await ownerView(check), await sideView(check, "vcs"), await sideView(check, "prime")]) {
      const report = (view.body as { report: { verdict: { code: string }; overall: number } }).report;
      expect(report.verdict.code).toBe("STRONG");
      expect(report.overall).toBe(100);
      expect(JSON.stringify(view.body)).toContain(secret);
    }
  });

  test("replaying a save or a submit after submission changes nothing", async () => {
    const check = await checkWithSessions();
    await answerEverything(check.id, "vcs");
    await submit(check, "vcs");
    const before = await getSideAnswers(await responseIdFor(check.id, "vcs"));
    const replay = await saveSection(check, "vcs", "brand-identity", {
      "items.brand-delivery.preferred": "5",
      "items.brand-delivery.importance": "low",
    });
    expect(replay.status).toBe(302);
    expect(replay.location).toBe(check.paths.vcs);
    const again = await submit(check, "vcs");
    expect(again.status).toBe(302);
    expect(await getSideAnswers(await responseIdFor(check.id, "vcs"))).toEqual(before);
    expect((await getCheckSummary(check.id))!.sides.vcs.status).toBe("submitted");
  });
});

describe("deleting a check", () => {
  test("needs a confirmation, then removes the check and everything in it from the database", async () => {
    const check = await checkWithSessions();
    await answerEverything(check.id, "vcs");
    const params = { checkId: check.id };
    const path = `${check.paths.owner}/delete`;
    expect((await callLoader(deleteRoute.loader, path, params, { cookie: check.cookies.owner })).status).toBe(200);
    expect((await callAction(deleteRoute.action, path, {}, params, { cookie: check.cookies.vcs })).status).toBe(403);
    const unconfirmed = await callAction(deleteRoute.action, path, {}, params, { cookie: check.cookies.owner });
    expect(unconfirmed.status).toBe(400);
    expect(await getCheckSummary(check.id)).not.toBeNull();

    const deleted = await callAction(deleteRoute.action, path, { confirm: "on" }, params, {
      cookie: check.cookies.owner,
    });
    expect(deleted.status).toBe(303);
    expect(deleted.location).toBe("/checks/deleted");
    const { db, tables } = await import("~/db.server");
    const { eq } = await import("drizzle-orm");
    expect(await db().select().from(tables.checks).where(eq(tables.checks.id, check.id))).toEqual([]);
    expect(await db().select().from(tables.parties).where(eq(tables.parties.checkId, check.id))).toEqual([]);
    expect(await db().select().from(tables.accessTokens).where(eq(tables.accessTokens.checkId, check.id))).toEqual([]);
    const orphans = await db()
      .select()
      .from(tables.answers)
      .leftJoin(tables.responses, eq(tables.answers.responseId, tables.responses.id));
    expect(orphans.filter((row) => row.responses === null)).toEqual([]);
    expect((await openLink(check.tokens.owner)).status).toBe(404);
    expect((await openLink(check.tokens.vcs)).status).toBe(404);
  });
});

describe("autosave (with JavaScript)", () => {
  const autosave = (check: Check, form: Record<string, string>, cookie: string | null = check.cookies.vcs) =>
    callAction(
      sectionRoute.action,
      `${check.paths.vcs}/section/brand-identity`,
      { intent: "autosave", ...form },
      { checkId: check.id, side: "vcs", sectionId: "brand-identity" },
      { cookie },
    );

  test("saves the finished questions and leaves unfinished ones", async () => {
    const check = await checkWithSessions();
    const result = await autosave(check, {
      "items.brand-delivery.preferred": "2",
      "items.brand-delivery.importance": "medium",
      "items.staff-identity.preferred": "4",
    });
    expect(result.status).toBe(200);
    const body = result.body as { autosave: { pending: object; conflicted: string[]; versions: object } };
    expect(body.autosave.pending).toEqual({ "staff-identity": "Choose how much this matters to you" });
    expect(body.autosave.conflicted).toEqual([]);
    // Only the question just saved takes a new version; the others keep the one the page was loaded with.
    expect(Object.keys(body.autosave.versions)).toEqual(["brand-delivery"]);
    const saved = await getSideAnswers(await responseIdFor(check.id, "vcs"));
    expect(Object.keys(saved.answers)).toEqual(["brand-delivery"]);
  });

  test("a lost session is reported as data, not an error page, so the page and what was typed stay", async () => {
    const check = await checkWithSessions();
    const result = await autosave(check, { "items.brand-delivery.preferred": "2" }, null);
    expect(result.status).toBe(403);
    expect(result.body).toEqual({ autosave: { status: "signed-out" } });
  });

  test("after submission an autosave changes nothing", async () => {
    const check = await checkWithSessions();
    await answerEverything(check.id, "vcs");
    await submit(check, "vcs");
    const before = await getSideAnswers(await responseIdFor(check.id, "vcs"));
    const result = await autosave(check, {
      "items.brand-delivery.preferred": "5",
      "items.brand-delivery.importance": "low",
    });
    expect(result.status).toBe(409);
    expect(await getSideAnswers(await responseIdFor(check.id, "vcs"))).toEqual(before);
  });
});

test("opening links has no side effect beyond the session: statuses stay 'not started'", async () => {
  const check = await checkWithSessions();
  await sideView(check, "vcs");
  await sideView(check, "prime");
  const summary = await getCheckSummary(check.id);
  expect(summary!.sides.vcs.status).toBe("not_started");
  expect(summary!.sides.prime.status).toBe("not_started");
});
