/**
 * The partner search pages (issue 17), through the real loaders and actions
 * with a browser's cookies: starting a search (its closing date as three
 * fields), inviting named organisations, closing the open link, applying with
 * the code, and a candidate withdrawing.
 */
import { describe, expect, test } from "vitest";
import { readFlash } from "~/access/session.server";
import { endOfUkDay } from "~/forms/search-schemas.server";
import { formatApplyCode } from "~/domain/search";
import { getCandidacy, getSearch, createSearch } from "~/models/search.server";
import { lookupToken } from "~/models/check.server";
import { hashToken } from "~/models/tokens.server";
import * as newSearchRoute from "~/routes/searches.new";
import * as inviteRoute from "~/routes/searches.$searchId.invite";
import * as closeRoute from "~/routes/searches.$searchId.close";
import * as applyCodeRoute from "~/routes/apply._index";
import * as applyRoute from "~/routes/apply.$code";
import * as sideRoute from "~/routes/checks.$checkId.$side._index";
import * as withdrawRoute from "~/routes/checks.$checkId.$side.withdraw";
import * as openLinkRoute from "~/routes/i.$token";
import { getCheckSummary } from "~/models/check.server";
import { callAction, callLoader, checkWithSessions, openLink, ORIGIN } from "./support";

const FORM = { title: "Employment support, Kent", primeName: "Acme Prime", questionSet: "full" };

/** A UK calendar day `days` from today, as the date input's three fields. */
function dayFromToday(days: number) {
  const at = new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  const [year, month, day] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/London" })
    .format(at)
    .split("-")
    .map(Number) as [number, number, number];
  return {
    "closesAt.day": String(day),
    "closesAt.month": String(month),
    "closesAt.year": String(year),
    year,
    month,
    day,
  };
}

/** Starts a search through the page, as its creator's browser would; returns the search and that browser's cookie. */
async function startSearch(form: Record<string, string> = {}) {
  const started = await callAction(newSearchRoute.action, "/searches/new", { ...FORM, ...form });
  expect(started.status, JSON.stringify(started.body)).toBe(303);
  const id = /^\/searches\/([A-Za-z0-9_-]+)$/.exec(started.location ?? "")?.[1];
  expect(id).toBeDefined();
  const search = (await getSearch(id!))!;
  expect(search).not.toBeNull();
  return { search, cookie: started.cookie!, params: { searchId: search.id } };
}

async function apply(code: string, name = "Helping Hands", cookie: string | null = null) {
  const applied = await callAction(
    applyRoute.action,
    `/apply/${code}`,
    { name, email: "apply@helping-hands.example.org" },
    { code },
    { cookie },
  );
  return applied;
}

describe("starting a partner search", () => {
  test("creates the search and signs its creator in as the owner and the prime, with both links shown once", async () => {
    const { search, cookie, params } = await startSearch();
    expect(search).toMatchObject({ title: FORM.title, primeName: FORM.primeName, questionSet: "full", closesAt: null });
    const flash = await readFlash(new Request(ORIGIN, { headers: { Cookie: cookie } }));
    expect(flash?.links.map((link) => link.role).sort()).toEqual(["owner", "prime"]);
    for (const link of flash!.links) {
      const found = await lookupToken(link.token);
      expect(found.status).toBe("active");
      expect(found.status === "active" && found.access).toMatchObject({ checkId: search.checkId, role: link.role });
      expect(found.status === "active" && found.access.tokenHash).toBe(hashToken(link.token));
    }
    // Shown once: the flash is gone once read.
    expect(await readFlash(new Request(ORIGIN, { headers: { Cookie: cookie } }))).toBeNull();
    // The owner's pages, and the prime's side of the search's check, open for this browser.
    expect((await callLoader(inviteRoute.loader, `/searches/${search.id}/invite`, params, { cookie })).status).toBe(
      200,
    );
    const prime = await callLoader(
      sideRoute.loader,
      `/checks/${search.checkId}/prime`,
      { checkId: search.checkId, side: "prime" },
      { cookie },
    );
    expect(prime.status).toBe(200);
    expect(prime.body).toMatchObject({ kind: "lead", role: "prime", organisation: "Acme Prime" });
  });

  test("a closing date is the end of that day in the UK, and the core set can be chosen", async () => {
    const date = dayFromToday(30);
    const { "closesAt.day": day, "closesAt.month": month, "closesAt.year": year } = date;
    const { search } = await startSearch({
      "closesAt.day": day,
      "closesAt.month": month,
      "closesAt.year": year,
      questionSet: "core",
    });
    expect(search.closesAt?.getTime()).toBe(endOfUkDay(date.year, date.month, date.day).getTime());
    expect(search.questionSet).toBe("core");
    expect(search.open).toBe(true);
    // The application page names the day itself, and the core set's time.
    const code = search.applyCode;
    const page = await callLoader(applyRoute.loader, `/apply/${code}`, { code });
    const words = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" }).format(
      new Date(Date.UTC(date.year, date.month - 1, date.day, 12)),
    );
    expect(page.body).toMatchObject({
      closing: `Applications close at the end of ${words} (UK time).`,
      minutes: 20,
    });
  });

  test("today is a closing date that has not passed; yesterday is refused", async () => {
    const today = dayFromToday(0);
    const { search } = await startSearch({
      "closesAt.day": today["closesAt.day"],
      "closesAt.month": today["closesAt.month"],
      "closesAt.year": today["closesAt.year"],
    });
    expect(search.open).toBe(true);
    const yesterday = dayFromToday(-1);
    const refused = await callAction(newSearchRoute.action, "/searches/new", {
      ...FORM,
      "closesAt.day": yesterday["closesAt.day"],
      "closesAt.month": yesterday["closesAt.month"],
      "closesAt.year": yesterday["closesAt.year"],
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ errors: { closesAt: "Closing date must be today or in the future" } });
  });

  test("refuses a missing name, a partial date and a date that does not exist, keeping what was typed", async () => {
    const refused = await callAction(newSearchRoute.action, "/searches/new", {
      title: "  ",
      primeName: "Acme Prime",
      questionSet: "full",
      "closesAt.day": "14",
      "closesAt.month": "",
      "closesAt.year": "",
    });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      errors: {
        title: "Enter the name of the opportunity",
        closesAt: "Closing date must include a month and year",
      },
      values: { primeName: "Acme Prime", closesAt: { day: "14" } },
    });
    expect(refused.cookie).toBeNull();

    for (const [day, month, year] of [
      ["31", "2", "2031"],
      ["1", "13", "2031"],
      ["1", "March", "2031"],
      ["1", "3", "31"],
    ] as const) {
      const wrong = await callAction(newSearchRoute.action, "/searches/new", {
        ...FORM,
        "closesAt.day": day,
        "closesAt.month": month,
        "closesAt.year": year,
      });
      expect(wrong.status, `${day} ${month} ${year}`).toBe(400);
      expect(wrong.body).toMatchObject({
        errors: { closesAt: "Closing date must be a real date, for example 31 3 2027" },
        values: { title: FORM.title, closesAt: { day, month, year } },
      });
    }

    const noName = await callAction(newSearchRoute.action, "/searches/new", {
      title: "Employment support",
      questionSet: "full",
    });
    expect(noName.body).toMatchObject({ errors: { primeName: "Enter your organisation’s name" } });
    const noSet = await callAction(newSearchRoute.action, "/searches/new", { title: "A", primeName: "B" });
    expect(noSet.body).toMatchObject({
      errors: { questionSet: "Choose the full question bank or the short core set" },
    });
  });
});

describe("inviting named organisations", () => {
  test("one invitation per name pasted, shown once, each opening its own check", async () => {
    const { search, cookie, params } = await startSearch();
    const invited = await callAction(
      inviteRoute.action,
      `/searches/${search.id}/invite`,
      { names: "Alpha Trust\n\n  Beta CIC  \nalpha trust; Gamma Housing\r\n" },
      params,
      { cookie },
    );
    expect(invited.status, JSON.stringify(invited.body)).toBe(200);
    const list = (invited.body as { invited: Array<{ id: string; name: string; url: string }> }).invited;
    expect(list.map((c) => c.name)).toEqual(["Alpha Trust", "Beta CIC", "Gamma Housing"]);
    for (const candidate of list) {
      expect(candidate.url).toMatch(new RegExp(`^${ORIGIN}/i/[A-Za-z0-9_-]+$`));
      const found = await lookupToken(candidate.url.split("/i/")[1]!);
      expect(found.status).toBe("invitation");
      expect(found.status === "invitation" && found.access).toMatchObject({ checkId: candidate.id, role: "vcs" });
      expect(await getCandidacy(candidate.id)).toMatchObject({ searchId: search.id, source: "invited" });
    }
    // The page itself shows no invitation: they are in the answer to the form alone.
    const page = await callLoader(inviteRoute.loader, `/searches/${search.id}/invite`, params, { cookie });
    expect(JSON.stringify(page.body)).not.toContain("/i/");
  });

  test("refuses an empty list or a name too long, keeping what was typed", async () => {
    const { search, cookie, params } = await startSearch();
    const empty = await callAction(inviteRoute.action, `/searches/${search.id}/invite`, { names: " \n ; \n" }, params, {
      cookie,
    });
    expect(empty.status).toBe(400);
    expect(empty.body).toMatchObject({
      errors: { names: "Enter the names of the organisations to invite, one on each line" },
    });
    const typed = `Alpha Trust\n${"x".repeat(201)}`;
    const long = await callAction(inviteRoute.action, `/searches/${search.id}/invite`, { names: typed }, params, {
      cookie,
    });
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({
      errors: { names: "Each organisation’s name must be 200 characters or fewer" },
      values: { names: typed },
    });
  });

  test("another owner's browser cannot open or use the page, and an unknown search is not found", async () => {
    const mine = await startSearch();
    const theirs = await startSearch({ title: "Someone else's search" });
    const path = `/searches/${mine.search.id}/invite`;
    expect((await callLoader(inviteRoute.loader, path, mine.params, { cookie: theirs.cookie })).status).toBe(403);
    const posted = await callAction(inviteRoute.action, path, { names: "Sneaky Ltd" }, mine.params, {
      cookie: theirs.cookie,
    });
    expect(posted.status).toBe(403);
    expect((await callLoader(inviteRoute.loader, path, mine.params)).status).toBe(403);
    const unknown = { searchId: "AAAAAAAAAAAAAAAA" };
    expect(
      (await callLoader(inviteRoute.loader, "/searches/AAAAAAAAAAAAAAAA/invite", unknown, { cookie: mine.cookie }))
        .status,
    ).toBe(404);
  });
});

describe("closing applications", () => {
  test("needs the box ticked; once closed, the page says so and the open link refuses applications", async () => {
    const { search, cookie, params } = await startSearch();
    const path = `/searches/${search.id}/close`;
    const page = await callLoader(closeRoute.loader, path, params, { cookie });
    expect(page.body).toMatchObject({ closed: null, code: formatApplyCode(search.applyCode) });
    const unticked = await callAction(closeRoute.action, path, {}, params, { cookie });
    expect(unticked.status).toBe(400);
    expect(unticked.body).toMatchObject({ error: "Confirm that you want to close the open application link" });
    expect((await getSearch(search.id))?.open).toBe(true);

    const closed = await callAction(closeRoute.action, path, { confirm: "on" }, params, { cookie });
    expect(closed.status).toBe(303);
    expect(closed.location).toBe(`/searches/${search.id}`);
    expect(await getSearch(search.id)).toMatchObject({ open: false });
    expect((await callLoader(closeRoute.loader, path, params, { cookie })).body).toMatchObject({
      closed: { by: "owner" },
    });

    const code = search.applyCode;
    expect((await callLoader(applyRoute.loader, `/apply/${code}`, { code })).status).toBe(410);
    const refused = await apply(code);
    expect(refused.status).toBe(410);
    expect(refused.cookie).toBeNull();
  });

  test("after its closing date the page says the link is already shut, and closing it still works", async () => {
    const created = await createSearch({
      title: "Past",
      primeName: "Acme Prime",
      closesAt: new Date(Date.now() - 1000),
    });
    const cookie = (await openLink(created.tokens.owner)).cookie!;
    const params = { searchId: created.id };
    const path = `/searches/${created.id}/close`;
    expect((await callLoader(closeRoute.loader, path, params, { cookie })).body).toMatchObject({
      closed: { by: "date" },
      closesOn: null,
    });
    expect((await callAction(closeRoute.action, path, { confirm: "on" }, params, { cookie })).status).toBe(303);
    expect((await getSearch(created.id))?.closedAt).not.toBeNull();
  });

  test("another owner cannot close it", async () => {
    const mine = await startSearch();
    const theirs = await startSearch();
    const path = `/searches/${mine.search.id}/close`;
    expect(
      (await callAction(closeRoute.action, path, { confirm: "on" }, mine.params, { cookie: theirs.cookie })).status,
    ).toBe(403);
    expect((await getSearch(mine.search.id))?.open).toBe(true);
  });
});

describe("applying with the code", () => {
  test("the code page sends a code, however typed, to its search; an unknown code is a field error", async () => {
    const { search } = await startSearch();
    const typed = formatApplyCode(search.applyCode).toLowerCase();
    const posted = await callAction(applyCodeRoute.action, "/apply", { code: ` ${typed} ` });
    expect(posted.status).toBe(303);
    expect(posted.location).toBe(`/apply/${search.applyCode}`);
    const linked = await callLoader(applyCodeRoute.loader, `/apply?code=${encodeURIComponent(typed)}`);
    expect(linked.location).toBe(`/apply/${search.applyCode}`);
    expect((await callLoader(applyCodeRoute.loader, "/apply")).status).toBe(200);

    const unknown = await callAction(applyCodeRoute.action, "/apply", { code: "ZZZZZ-ZZZZZ" });
    expect(unknown.status).toBe(404);
    expect((unknown.body as { errors: { code: string } }).errors.code).toMatch(/^No partner search has this code/);
    expect(unknown.body).toMatchObject({ values: { code: "ZZZZZ-ZZZZZ" } });
    const malformed = await callAction(applyCodeRoute.action, "/apply", { code: "12345" });
    expect(malformed.status).toBe(400);
    expect((await callAction(applyCodeRoute.action, "/apply", {})).body).toMatchObject({
      errors: { code: "Enter the application code" },
    });
  });

  test("the application page names the search and the prime; an unknown code is not found", async () => {
    const { search } = await startSearch();
    const code = search.applyCode;
    const page = await callLoader(applyRoute.loader, `/apply/${code}`, { code });
    expect(page.status).toBe(200);
    expect(page.body).toEqual({
      title: FORM.title,
      primeName: FORM.primeName,
      code: formatApplyCode(code),
      closing: null,
      minutes: 40,
    });
    const typed = formatApplyCode(code).toLowerCase();
    const other = await callLoader(applyRoute.loader, `/apply/${typed}`, { code: typed });
    expect(other.location).toBe(`/apply/${code}`);
    expect((await callLoader(applyRoute.loader, "/apply/ZZZZZZZZZZ", { code: "ZZZZZZZZZZ" })).status).toBe(404);
    expect((await apply("ZZZZZZZZZZ")).status).toBe(404);
  });

  test("applying opens the applicant's own side of its own check, and nothing of the prime's", async () => {
    const { search, cookie: ownerCookie } = await startSearch();
    const applied = await apply(search.applyCode, "Helping Hands");
    expect(applied.status, JSON.stringify(applied.body)).toBe(303);
    const candidateId = /^\/checks\/([A-Za-z0-9_-]+)\/vcs$/.exec(applied.location ?? "")?.[1];
    expect(candidateId).toBeDefined();
    expect(await getCandidacy(candidateId!)).toMatchObject({
      searchId: search.id,
      source: "applied",
      email: "apply@helping-hands.example.org",
    });
    const cookie = applied.cookie!;
    const side = await callLoader(
      sideRoute.loader,
      `/checks/${candidateId}/vcs`,
      { checkId: candidateId!, side: "vcs" },
      { cookie },
    );
    expect(side.status).toBe(200);
    expect(side.body).toMatchObject({
      kind: "lead",
      role: "vcs",
      organisation: "Helping Hands",
      otherName: "Acme Prime",
    });
    // Its own link, shown once on that page, is an active link to its side.
    const newLink = (side.body as { newLink: string | null }).newLink;
    expect(newLink).not.toBeNull();
    expect(await lookupToken(newLink!)).toMatchObject({
      status: "active",
      access: { checkId: candidateId, role: "vcs" },
    });

    // Not the prime's side of its check, nor of the search's, nor the owner's pages.
    for (const [checkId, role] of [
      [candidateId!, "prime"],
      [search.checkId, "prime"],
      [search.checkId, "vcs"],
    ] as const) {
      const refused = await callLoader(
        sideRoute.loader,
        `/checks/${checkId}/${role}`,
        { checkId, side: role },
        { cookie },
      );
      expect(refused.status, `${checkId} ${role}`).toBe(403);
    }
    expect(
      (await callLoader(inviteRoute.loader, `/searches/${search.id}/invite`, { searchId: search.id }, { cookie }))
        .status,
    ).toBe(403);
    // Nor does the owner's browser open the candidate's answers.
    expect(
      (
        await callLoader(
          sideRoute.loader,
          `/checks/${candidateId}/vcs`,
          { checkId: candidateId!, side: "vcs" },
          { cookie: ownerCookie },
        )
      ).status,
    ).toBe(403);
  });

  test("refuses a missing name or a bad address, keeping what was typed", async () => {
    const { search } = await startSearch();
    const code = search.applyCode;
    const refused = await callAction(
      applyRoute.action,
      `/apply/${code}`,
      { name: "", email: "not an address" },
      { code },
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      errors: {
        name: "Enter your organisation’s name",
        email: "Enter an email address in the right format, like name@example.org",
      },
      values: { email: "not an address" },
    });
    expect(refused.cookie).toBeNull();
  });

  test("after the closing date the search has closed, for the page and for applying", async () => {
    const search = await createSearch({
      title: "Closed already",
      primeName: "Acme Prime",
      closesAt: new Date(Date.now() - 1000),
    });
    const code = search.applyCode;
    const page = await callLoader(applyRoute.loader, `/apply/${code}`, { code });
    expect(page.status).toBe(410);
    expect(page.body).toEqual({ title: "Closed already", primeName: "Acme Prime" });
    const refused = await apply(code);
    expect(refused.status).toBe(410);
    expect(refused.cookie).toBeNull();
  });
});

describe("withdrawing an application", () => {
  async function applied() {
    const { search, cookie: ownerCookie } = await startSearch();
    const result = await apply(search.applyCode, "Helping Hands");
    const candidateId = result.location!.split("/")[2]!;
    const params = { checkId: candidateId, side: "vcs" };
    return {
      search,
      ownerCookie,
      candidateId,
      cookie: result.cookie!,
      params,
      path: `/checks/${candidateId}/vcs/withdraw`,
    };
  }

  test("needs the box ticked, then deletes the candidate's check and everything in it", async () => {
    const { candidateId, cookie, params, path } = await applied();
    const page = await callLoader(withdrawRoute.loader, path, params, { cookie });
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ organisation: "Helping Hands", primeName: "Acme Prime", submitted: false });
    const unticked = await callAction(withdrawRoute.action, path, {}, params, { cookie });
    expect(unticked.status).toBe(400);
    expect(unticked.body).toMatchObject({ error: "Confirm that you want to withdraw and delete your answers" });
    expect(await getCandidacy(candidateId)).not.toBeNull();

    const withdrawn = await callAction(withdrawRoute.action, path, { confirm: "on" }, params, { cookie });
    expect(withdrawn.status).toBe(303);
    expect(withdrawn.location).toBe("/withdrawn");
    expect(await getCandidacy(candidateId)).toBeNull();
    expect(await getCheckSummary(candidateId)).toBeNull();
    // The browser no longer opens anything of it.
    const side = await callLoader(sideRoute.loader, `/checks/${candidateId}/vcs`, params, { cookie });
    expect(side.status).toBe(403);
  });

  test("an invited organisation that accepted its invitation can withdraw too", async () => {
    const { search, cookie: ownerCookie } = await startSearch();
    const invited = await callAction(
      inviteRoute.action,
      `/searches/${search.id}/invite`,
      { names: "Invited Trust" },
      { searchId: search.id },
      { cookie: ownerCookie },
    );
    const [candidate] = (invited.body as { invited: Array<{ id: string; url: string }> }).invited;
    const token = candidate!.url.split("/i/")[1]!;
    const accepted = await callAction(openLinkRoute.action, `/i/${token}`, {}, { token });
    expect(accepted.status).toBe(303);
    const params = { checkId: candidate!.id, side: "vcs" };
    const path = `/checks/${candidate!.id}/vcs/withdraw`;
    // The owner who sent the invitation cannot withdraw the organisation.
    expect((await callLoader(withdrawRoute.loader, path, params, { cookie: ownerCookie })).status).toBe(403);
    const withdrawn = await callAction(withdrawRoute.action, path, { confirm: "on" }, params, {
      cookie: accepted.cookie!,
    });
    expect(withdrawn.location).toBe("/withdrawn");
    expect(await getCandidacy(candidate!.id)).toBeNull();
  });

  test("is only a candidate's side's: an ordinary check, the search’s own check and the prime’s side are not found; a respondent’s address opens nothing", async () => {
    const check = await checkWithSessions();
    for (const side of ["vcs", "prime"] as const) {
      const params = { checkId: check.id, side };
      const path = `/checks/${check.id}/${side}/withdraw`;
      expect((await callLoader(withdrawRoute.loader, path, params, { cookie: check.cookies[side] })).status).toBe(404);
      expect(
        (await callAction(withdrawRoute.action, path, { confirm: "on" }, params, { cookie: check.cookies[side] }))
          .status,
      ).toBe(404);
    }
    expect(await getCheckSummary(check.id)).not.toBeNull();

    const { search, ownerCookie, candidateId } = await applied();
    const searchParams = { checkId: search.checkId, side: "prime" };
    expect(
      (
        await callLoader(withdrawRoute.loader, `/checks/${search.checkId}/prime/withdraw`, searchParams, {
          cookie: ownerCookie,
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await callLoader(
          withdrawRoute.loader,
          `/checks/${candidateId}/vcs-respondent/withdraw`,
          { checkId: candidateId, side: "vcs-respondent" },
          { cookie: ownerCookie },
        )
      ).status,
    ).toBe(403);
    expect(await getCandidacy(candidateId)).not.toBeNull();
  });
});
