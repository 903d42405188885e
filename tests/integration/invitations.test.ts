/**
 * Who can open a side's draft (issue 12, findings 1, 2, 7 and 8): invitations
 * claimed by the first person who accepts them, links that are independent
 * of each other, server-side sessions, and writes that re-check who is
 * writing inside their transaction.
 */
import { createHmac } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { db, tables, writeTransaction } from "~/db.server";
import { lookupToken, replaceOwnLink } from "~/models/check.server";
import { getSideAnswers } from "~/models/response.server";
import { hashToken } from "~/models/tokens.server";
import * as newCheckRoute from "~/routes/checks.new";
import * as ownerRoute from "~/routes/checks.$checkId._index";
import * as replaceRoute from "~/routes/checks.$checkId.replace.$link";
import * as sideRoute from "~/routes/checks.$checkId.$side._index";
import * as sideLinkRoute from "~/routes/checks.$checkId.$side.link";
import * as sectionRoute from "~/routes/checks.$checkId.$side.section.$sectionId";
import * as reviewRoute from "~/routes/checks.$checkId.$side.review";
import * as reportRoute from "~/routes/checks.$checkId.$side.report";
import * as openLinkRoute from "~/routes/i.$token";
import * as signOutRoute from "~/routes/sign-out";
import { api } from "./api-support";
import {
  ORIGIN,
  callAction,
  callLoader,
  checkWithSessions,
  completeAnswers,
  newUnclaimedCheck,
  openLink,
  sideAuthority,
} from "./support";
import { saveSideAnswers } from "~/models/response.server";

type OwnerView = Awaited<ReturnType<typeof ownerRoute.loader>>;
const SECRET = "CHARITY-WALK-AWAY-POSITION";
const tokenOf = (url: string) => url.split("/i/")[1]!;

const claim = (token: string, cookie: string | null = null) =>
  callAction(openLinkRoute.action, `/i/${token}`, {}, { token }, { cookie });

/** A body that arrives only when `open()` is called: a request whose headers came long before its body. */
function slowBody(text: string) {
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await gate;
      controller.enqueue(new TextEncoder().encode(text));
      controller.close();
    },
  });
  return { stream, open };
}

const ownerPage = (checkId: string, cookie: string | null) =>
  callLoader(ownerRoute.loader, `/checks/${checkId}`, { checkId }, { cookie });

const tick = () => new Promise((resolve) => setTimeout(resolve, 30));

describe("invitations", () => {
  test("no side's link can be worked out from the owner's (finding 1: they were HMAC-derived)", async () => {
    const check = await newUnclaimedCheck();
    for (const side of ["vcs", "prime"] as const) {
      const derived = createHmac("sha256", check.tokens.owner)
        .update(`${side}:1`)
        .digest()
        .subarray(0, 24)
        .toString("base64url");
      expect(derived).not.toBe(check.tokens[side]);
      expect((await lookupToken(derived)).status).toBe("unknown");
    }
  });

  test("opening an invitation claims nothing; accepting it does, once; it then opens nothing for anyone", async () => {
    const check = await newUnclaimedCheck();
    const token = check.tokens.vcs;
    const shown = await callLoader(openLinkRoute.loader, `/i/${token}`, { token });
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ state: "invitation", organisation: "Helping Hands" });
    expect(shown.cookie).toBeNull();
    // A mail scanner fetching the link again changes nothing.
    expect((await callLoader(openLinkRoute.loader, `/i/${token}`, { token })).status).toBe(200);

    const accepted = await claim(token);
    expect(accepted.status).toBe(303);
    expect(accepted.location).toBe(`/checks/${check.id}/vcs?claimed=1`);
    const side = await callLoader(
      sideRoute.loader,
      `/checks/${check.id}/vcs`,
      { checkId: check.id, side: "vcs" },
      {
        cookie: accepted.cookie,
      },
    );
    expect(side.status).toBe(200);
    const ownLink = (side.body as { newLink: string }).newLink;
    expect(ownLink).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(ownLink).not.toBe(token);

    // Again, by anyone (the owner included): "already used", for the page and the API.
    expect((await callLoader(openLinkRoute.loader, `/i/${token}`, { token })).status).toBe(409);
    expect((await claim(token)).status).toBe(409);
    expect((await api("POST", "/api/v1/invitations/claim", { token })).status).toBe(409);
    expect((await api("GET", "/api/v1/answers", { token })).status).toBe(401);
    // The side's own link works, on another device too.
    const elsewhere = await openLink(ownLink);
    expect(elsewhere.status).toBe(303);
    expect((await api("GET", "/api/v1/answers", { token: ownLink })).status).toBe(200);
  });

  test("an unclaimed invitation is not a credential: the API says to claim it first", async () => {
    const check = await newUnclaimedCheck();
    const response = await api<{ errors: Array<{ message: string }> }>("PUT", "/api/v1/answers", {
      token: check.tokens.vcs,
      body: { answers: {} },
    });
    expect(response.status).toBe(401);
    expect(response.body.errors[0]!.message).toMatch(/claim it first/);
  });

  test("two people accepting one invitation at once: exactly one gets the side", async () => {
    const check = await newUnclaimedCheck();
    const results = await Promise.all([
      claim(check.tokens.prime),
      claim(check.tokens.prime),
      claim(check.tokens.prime),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([303, 409, 409]);
  });
});

describe("a creator who is the prime (finding 1)", () => {
  test("answers for the prime at once, and cannot read or change the charity's draft by any route", async () => {
    const created = await callAction(newCheckRoute.action, "/checks/new", {
      title: "Employment support, Lot 3",
      vcsName: "Helping Hands",
      primeName: "BigCo Services",
      creatorSide: "prime",
    });
    expect(created.status).toBe(303);
    const creator = created.cookie!;
    const checkId = /\/checks\/([^?]+)/.exec(created.location!)![1]!;
    const view = (await callLoader(ownerRoute.loader, `/checks/${checkId}`, { checkId }, { cookie: creator }))
      .body as OwnerView;
    expect(view.newLinks.map((l) => l.role).sort()).toEqual(["owner", "prime"]);
    expect(view.sides.prime.yours).toBe(true);
    expect(view.sides.vcs).toMatchObject({ claimed: false, yours: false });
    const ownerToken = tokenOf(view.newLinks.find((l) => l.role === "owner")!.url);
    const primeToken = tokenOf(view.newLinks.find((l) => l.role === "prime")!.url);
    const invitation = tokenOf(view.sides.vcs.invitation!);
    // The creator answers for the prime straight away.
    const primePage = await callLoader(
      sideRoute.loader,
      `/checks/${checkId}/prime`,
      { checkId, side: "prime" },
      {
        cookie: creator,
      },
    );
    expect(primePage.status).toBe(200);

    // The charity accepts its invitation and saves a confidential answer.
    const charity = (await claim(invitation)).cookie!;
    const saved = await callAction(
      sectionRoute.action,
      `/checks/${checkId}/vcs/section/brand-identity`,
      {
        intent: "continue",
        "items.brand-delivery.preferred": "1",
        "items.brand-delivery.importance": "high",
        "items.brand-delivery.note": SECRET,
      },
      { checkId, side: "vcs", sectionId: "brand-identity" },
      { cookie: charity },
    );
    expect(saved.status).toBe(302);

    const after = (await callLoader(ownerRoute.loader, `/checks/${checkId}`, { checkId }, { cookie: creator }))
      .body as OwnerView;
    expect(after.sides.vcs.claimed).toBe(true);
    expect(after.sides.vcs.invitation).toBeNull();
    const seen: unknown[] = [after];

    const params = { checkId, side: "vcs" };
    const attempts = [
      await callLoader(sideRoute.loader, `/checks/${checkId}/vcs`, params, { cookie: creator }),
      await callLoader(
        sectionRoute.loader,
        `/checks/${checkId}/vcs/section/brand-identity`,
        {
          ...params,
          sectionId: "brand-identity",
        },
        { cookie: creator },
      ),
      await callLoader(reviewRoute.loader, `/checks/${checkId}/vcs/review`, params, { cookie: creator }),
      await callLoader(reportRoute.loader, `/checks/${checkId}/vcs/report`, params, { cookie: creator }),
      await callLoader(sideLinkRoute.loader, `/checks/${checkId}/vcs/link`, params, { cookie: creator }),
      await callAction(
        sectionRoute.action,
        `/checks/${checkId}/vcs/section/brand-identity`,
        { intent: "continue", "items.brand-delivery.preferred": "5", "items.brand-delivery.importance": "low" },
        { ...params, sectionId: "brand-identity" },
        { cookie: creator },
      ),
      await callAction(reviewRoute.action, `/checks/${checkId}/vcs/review`, { confirm: "on" }, params, {
        cookie: creator,
      }),
      await callAction(sideLinkRoute.action, `/checks/${checkId}/vcs/link`, { intent: "replace" }, params, {
        cookie: creator,
      }),
    ];
    for (const attempt of attempts) expect(attempt.status, JSON.stringify(attempt.body)).toBe(403);
    seen.push(...attempts.map((a) => a.body));

    // The invitation opens nothing now, and the owner cannot replace it to get a fresh one into the draft.
    expect((await callLoader(openLinkRoute.loader, `/i/${invitation}`, { token: invitation })).status).toBe(409);
    expect((await claim(invitation, creator)).status).toBe(409);
    const replace = await callAction(
      replaceRoute.action,
      `/checks/${checkId}/replace/vcs`,
      { intent: "replace" },
      {
        checkId,
        link: "vcs",
      },
      { cookie: creator },
    );
    expect(replace.status).toBe(409);
    const replacePage = await callLoader(
      replaceRoute.loader,
      `/checks/${checkId}/replace/vcs`,
      { checkId, link: "vcs" },
      {
        cookie: creator,
      },
    );
    expect((replacePage.body as { state: string }).state).toBe("refused");

    // Nor through the API with either of the creator's tokens.
    for (const token of [ownerToken, primeToken]) {
      const read = await api("GET", "/api/v1/answers", { token });
      seen.push(read.body);
      const write = await api("PUT", "/api/v1/answers", {
        token,
        body: { answers: { "brand-delivery": { preferred: 5, acceptable: [5], importance: "low", redLine: false } } },
      });
      seen.push(write.body);
      seen.push((await api("GET", "/api/v1/report", { token })).body);
    }
    expect(JSON.stringify(seen)).not.toContain(SECRET);

    const vcsAnswers = await getSideAnswers(await responseOf(checkId, "vcs"));
    expect(vcsAnswers.answers["brand-delivery"]).toMatchObject({ preferred: 1, note: SECRET });
  });
});

async function responseOf(checkId: string, role: "vcs" | "prime") {
  const rows = await db()
    .select({ id: tables.responses.id, role: tables.parties.role })
    .from(tables.responses)
    .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
    .where(eq(tables.parties.checkId, checkId));
  return rows.find((r) => r.role === role)!.id;
}

describe("writes re-check who is writing inside their transaction (finding 2)", () => {
  test("an API save whose link was replaced while its body was arriving saves nothing", async () => {
    const check = await checkWithSessions();
    const body = slowBody(
      JSON.stringify({
        answers: { "brand-delivery": { preferred: 2, acceptable: [2], importance: "high", redLine: false } },
      }),
    );
    const pending = api("PUT", "/api/v1/answers", { token: check.tokens.vcs, stream: body.stream });
    await tick();
    expect(
      (await replaceOwnLink({ checkId: check.id, role: "vcs", tokenHash: hashToken(check.tokens.vcs) })).status,
    ).toBe("replaced");
    body.open();
    const response = await pending;
    expect(response.status).toBe(401);
    expect((await getSideAnswers(await responseOf(check.id, "vcs"))).answers).toEqual({});
  });

  test("a submission whose session ended while its body was arriving submits nothing", async () => {
    const check = await checkWithSessions();
    await saveSideAnswers({
      authority: await sideAuthority(check.id, "vcs"),
      responseId: await responseOf(check.id, "vcs"),
      ...completeAnswers("vcs"),
    });
    const body = slowBody("confirm=on");
    const request = new Request(`${ORIGIN}/checks/${check.id}/vcs/review`, {
      method: "POST",
      headers: { Cookie: check.cookies.vcs, "Content-Type": "application/x-www-form-urlencoded" },
      body: body.stream,
      duplex: "half",
    } as RequestInit);
    const pending = Promise.resolve(
      reviewRoute.action({ request, params: { checkId: check.id, side: "vcs" }, context: {} }),
    ).catch((thrown: unknown) => thrown);
    await tick();
    await callAction(signOutRoute.action, "/sign-out", {}, {}, { cookie: check.cookies.vcs });
    body.open();
    const outcome = await pending;
    expect(outcome).toBeInstanceOf(Response);
    expect([403, 410]).toContain((outcome as Response).status);
    const [response] = await db()
      .select({ submittedAt: tables.responses.submittedAt })
      .from(tables.responses)
      .where(eq(tables.responses.id, await responseOf(check.id, "vcs")));
    expect(response!.submittedAt).toBeNull();
  });
});

describe("sessions (finding 7)", () => {
  test("opening a link starts a new session id; the one the browser had before no longer works", async () => {
    const check = await checkWithSessions();
    const again = await openLink(check.tokens.owner, check.cookies.owner);
    expect(again.cookie).not.toBe(check.cookies.owner);
    expect((await ownerPage(check.id, again.cookie)).status).toBe(200);
    expect((await ownerPage(check.id, check.cookies.owner)).status).toBe(403);
  });

  test("the cookie holds a signed random id, not a link; the database holds only its hash", async () => {
    const check = await checkWithSessions();
    const value = decodeURIComponent(check.cookies.owner.split("=")[1]!);
    for (const token of Object.values(check.tokens)) expect(value).not.toContain(token);
    const stored = JSON.stringify(await db().select().from(tables.sessions));
    expect(stored).not.toContain(value.split(".")[0]!.slice(0, 20));
  });

  test("signing out ends the session", async () => {
    const check = await checkWithSessions();
    const out = await callAction(signOutRoute.action, "/sign-out", {}, {}, { cookie: check.cookies.owner });
    expect(out.status).toBe(303);
    expect((await ownerPage(check.id, check.cookies.owner)).status).toBe(403);
  });

  test("a session idle for over 24 hours, or past 7 days, has ended", async () => {
    const check = await checkWithSessions();
    expect((await ownerPage(check.id, check.cookies.owner)).status).toBe(200);
    const hours = (n: number) => new Date(Date.now() - n * 60 * 60 * 1000);
    await writeTransaction((tx) => tx.update(tables.sessions).set({ lastSeenAt: hours(25) }));
    expect((await ownerPage(check.id, check.cookies.owner)).status).toBe(403);
    const fresh = await openLink(check.tokens.owner);
    expect((await ownerPage(check.id, fresh.cookie)).status).toBe(200);
    await writeTransaction((tx) => tx.update(tables.sessions).set({ expiresAt: hours(1) }));
    expect((await ownerPage(check.id, fresh.cookie)).status).toBe(403);
  });

  test("the owner's link can be replaced: the old link and its sessions stop at once; the new one is shown once", async () => {
    const check = await checkWithSessions();
    const elsewhere = await openLink(check.tokens.owner);
    const replaced = await callAction(
      replaceRoute.action,
      `/checks/${check.id}/replace/owner`,
      { intent: "replace" },
      {
        checkId: check.id,
        link: "owner",
      },
      { cookie: check.cookies.owner },
    );
    expect(replaced.status).toBe(303);
    const view = (await ownerPage(check.id, replaced.cookie)).body as OwnerView;
    const fresh = tokenOf(view.newLinks[0]!.url);
    expect(fresh).not.toBe(check.tokens.owner);
    expect((await ownerPage(check.id, elsewhere.cookie)).status).toBe(410);
    expect((await openLink(check.tokens.owner)).status).toBe(410);
    expect((await openLink(fresh)).status).toBe(303);
  });
});

describe("replacing links (finding 8)", () => {
  test("the owner can replace an invitation nobody has used; the old one says it was replaced", async () => {
    const check = await newUnclaimedCheck();
    const owner = (await openLink(check.tokens.owner)).cookie!;
    const replaced = await callAction(
      replaceRoute.action,
      `/checks/${check.id}/replace/vcs`,
      { intent: "replace" },
      {
        checkId: check.id,
        link: "vcs",
      },
      { cookie: owner },
    );
    expect(replaced.status).toBe(303);
    expect((await openLink(check.tokens.vcs)).status).toBe(410);
    const view = (await ownerPage(check.id, owner)).body as OwnerView;
    expect(view.sides.vcs.invitation).not.toContain(check.tokens.vcs);
    expect((await claim(tokenOf(view.sides.vcs.invitation!))).status).toBe(303);
  });

  test("after a side submits, the owner cannot replace its link; the side can, and keeps its result", async () => {
    const check = await checkWithSessions();
    for (const side of ["vcs", "prime"] as const) {
      await saveSideAnswers({
        authority: await sideAuthority(check.id, side),
        responseId: await responseOf(check.id, side),
        ...completeAnswers(side),
      });
      expect(
        (
          await callAction(
            reviewRoute.action,
            `/checks/${check.id}/${side}/review`,
            { confirm: "on" },
            {
              checkId: check.id,
              side,
            },
            { cookie: check.cookies[side] },
          )
        ).status,
      ).toBe(302);
    }
    const refused = await callAction(
      replaceRoute.action,
      `/checks/${check.id}/replace/vcs`,
      { intent: "replace" },
      {
        checkId: check.id,
        link: "vcs",
      },
      { cookie: check.cookies.owner },
    );
    expect(refused.status).toBe(409);
    expect((await openLink(check.tokens.vcs)).status).toBe(303);

    const own = await callAction(
      sideLinkRoute.action,
      `/checks/${check.id}/vcs/link`,
      { intent: "replace" },
      {
        checkId: check.id,
        side: "vcs",
      },
      { cookie: check.cookies.vcs },
    );
    expect(own.status).toBe(303);
    const report = await callLoader(
      reportRoute.loader,
      `/checks/${check.id}/vcs/report`,
      {
        checkId: check.id,
        side: "vcs",
      },
      { cookie: own.cookie },
    );
    expect(report.status).toBe(200);
    expect((await openLink(check.tokens.vcs)).status).toBe(410);
  });

  test("a wrongly claimed invitation can be replaced while nothing has been saved; its claimer is cut off", async () => {
    const check = await newUnclaimedCheck();
    const owner = (await openLink(check.tokens.owner)).cookie!;
    const stranger = (await claim(check.tokens.vcs)).cookie!;
    const sidePage = () =>
      callLoader(sideRoute.loader, `/checks/${check.id}/vcs`, { checkId: check.id, side: "vcs" }, { cookie: stranger });
    expect((await sidePage()).status).toBe(200);
    const replaced = await callAction(
      replaceRoute.action,
      `/checks/${check.id}/replace/vcs`,
      { intent: "replace" },
      {
        checkId: check.id,
        link: "vcs",
      },
      { cookie: owner },
    );
    expect(replaced.status).toBe(303);
    expect((await sidePage()).status).toBe(410);
  });

  test("a creator who has not started their own side can hand it to someone else with a fresh invitation", async () => {
    const check = await newUnclaimedCheck({ creatorSide: "prime" });
    const owner = (await openLink(check.tokens.owner)).cookie!;
    const replaced = await callAction(
      replaceRoute.action,
      `/checks/${check.id}/replace/prime`,
      { intent: "replace" },
      { checkId: check.id, link: "prime" },
      { cookie: owner },
    );
    expect(replaced.status).toBe(303);
    expect((await openLink(check.tokens.prime)).status).toBe(410);
    const view = (await ownerPage(check.id, owner)).body as OwnerView;
    expect(view.sides.prime.claimed).toBe(false);
    expect((await claim(tokenOf(view.sides.prime.invitation!))).status).toBe(303);
  });
});

describe("the database holds no secret", () => {
  test("tokens are stored only as hashes; an unclaimed invitation only sealed, and not once claimed", async () => {
    const check = await newUnclaimedCheck();
    const rows = () => db().select().from(tables.accessTokens).where(eq(tables.accessTokens.checkId, check.id));
    const before = JSON.stringify(await rows());
    for (const token of Object.values(check.tokens)) expect(before).not.toContain(token);
    await claim(check.tokens.vcs);
    const after = await rows();
    expect(after.find((r) => r.role === "vcs" && r.kind === "invitation")!.sealedToken).toBeNull();
  });
});
