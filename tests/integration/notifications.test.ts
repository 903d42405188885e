/**
 * Email updates (issue 13) against the real database and a real SMTP server on
 * 127.0.0.1: what is queued inside a submission's transaction, what the
 * dispatcher sends and to whom, what it never sends, and how it behaves when
 * mail fails or two processes send from one database.
 */
import { spawn } from "node:child_process";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, expect, test } from "vitest";
import { currentQuestionnaire } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { createMailDispatcher, type DispatcherOptions, type MailLogger } from "~/mail/dispatcher.server";
import { sealKeys } from "~/access/session.server";
import { inviteRespondent } from "~/models/board.server";
import { claimInvitation, deleteCheck, getCheckSummary } from "~/models/check.server";
import { hashToken } from "~/models/tokens.server";
import {
  claimDueNotifications,
  getNotificationAddress,
  listOutbox,
  saveNotificationAddress,
} from "~/models/notification.server";
import { saveSideAnswers, submitResponse } from "~/models/response.server";
import * as ownerRoute from "~/routes/checks.$checkId._index";
import * as exportRoute from "~/routes/checks.$checkId.$side.export.$format";
import * as sideRoute from "~/routes/checks.$checkId.$side._index";
import * as newCheckRoute from "~/routes/checks.new";
import { answersFor, createCheck as createCheckOverHttp } from "../bench/seed";
import { startServer } from "../e2e/support/server";
import { isNull } from "drizzle-orm";
import { tables, writeTransaction } from "~/db.server";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import {
  callAction,
  callLoader,
  checkWithSessions,
  completeAnswers,
  execRawSql,
  newCheck,
  runOnDatabase,
  sideAuthority,
  type HandlerResult,
} from "./support";

const FROM = "Common Ground <updates@example.org>";
const SECRET_NOTE = "OurWalkAwayNoteZebra";

let sink: SmtpSink;

beforeEach(async () => {
  sink = await startSmtpSink();
  process.env.SMTP_URL = sink.url;
  // One database per file: an earlier test's unsent rows are not this test's to send.
  await writeTransaction((tx) =>
    tx.update(tables.outbox).set({ outcome: "left_by_earlier_test" }).where(isNull(tables.outbox.outcome)),
  );
});

afterEach(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});

function recordingLogger() {
  const lines: string[] = [];
  const record = (level: string) => (details: object, message: string) =>
    lines.push(`${level} ${message} ${JSON.stringify(details)}`);
  const logger: MailLogger = { info: record("info"), warn: record("warn"), error: record("error") };
  return { logger, lines };
}

function dispatcher(options: Partial<DispatcherOptions> = {}) {
  const { logger, lines } = recordingLogger();
  return { ...createMailDispatcher({ smtpUrl: sink.url, from: FROM, logger, ...options }), lines };
}

/** A side answers everything (with a note that must never travel) and submits. */
async function submitSide(checkId: string, side: Side) {
  const summary = (await getCheckSummary(checkId))!;
  const authority = await sideAuthority(checkId, side);
  const { answers, facts } = completeAnswers(side);
  const first = Object.keys(answers)[0]!;
  answers[first] = { ...answers[first]!, note: SECRET_NOTE };
  await saveSideAnswers({ authority, responseId: summary.sides[side].responseId, answers, facts });
  return submitResponse({
    authority,
    responseId: summary.sides[side].responseId,
    questionnaire: currentQuestionnaire(),
    side,
  });
}

/** A check whose owner and both sides have given addresses. */
async function addressedCheck(title = "Employment support, North West") {
  const check = await newCheck({ title, ownerEmail: "owner@example.org" });
  for (const side of ["vcs", "prime"] as const) {
    await saveNotificationAddress({ authority: check.authority(side), email: `${side}@example.org` });
  }
  return check;
}

const byRecipient = (mails: SmtpSink["messages"]) => Object.fromEntries(mails.map((mail) => [mail.to.join(","), mail]));

test("with SMTP unset, the pages ask for no address and a submission queues nothing", async () => {
  delete process.env.SMTP_URL;
  const page = await callLoader(newCheckRoute.loader, "/checks/new");
  expect(page.body).toEqual({ mailEnabled: false });

  const check = await checkWithSessions({ title: "Quiet check", ownerEmail: "owner@example.org" });
  const side = await callLoader(
    sideRoute.loader,
    check.paths.vcs,
    { checkId: check.id, side: "vcs" },
    { cookie: check.cookies.vcs },
  );
  expect((side.body as { email: unknown }).email).toBeNull();
  // Posting the form anyway is refused with a message, not a 500.
  const posted = await callAction(
    sideRoute.action,
    check.paths.vcs,
    { intent: "save-email", email: "vcs@example.org" },
    { checkId: check.id, side: "vcs" },
    { cookie: check.cookies.vcs },
  );
  expect(posted.status).toBe(404);

  expect((await submitSide(check.id, "prime")).status).toBe("submitted");
  expect((await submitSide(check.id, "vcs")).status).toBe("submitted");
  expect(await listOutbox(check.id)).toEqual([]);
});

test("the new-check form takes an optional address, and refuses a malformed one keeping what was typed", async () => {
  expect((await callLoader(newCheckRoute.loader, "/checks/new")).body).toEqual({ mailEnabled: true });
  const form = { title: "Housing support", vcsName: "Helping Hands", primeName: "BigCo", creatorSide: "neither" };

  const refused = await callAction(newCheckRoute.action, "/checks/new", { ...form, email: "owner@example" });
  expect(refused.status).toBe(400);
  expect(refused.body).toMatchObject({
    errors: { email: "Enter an email address in the right format, like name@example.org" },
    values: { title: "Housing support", email: "owner@example" },
  });

  const created = await callAction(newCheckRoute.action, "/checks/new", { ...form, email: " owner@example.org " });
  expect(created.status).toBe(303);
  const checkId = /\/checks\/([^?]+)/.exec(created.location ?? "")![1]!;
  expect(await getNotificationAddress({ checkId, role: "owner" })).toBe("owner@example.org");

  const withoutEmail = await callAction(newCheckRoute.action, "/checks/new", form);
  expect(withoutEmail.status).toBe(303);
  const otherId = /\/checks\/([^?]+)/.exec(withoutEmail.location ?? "")![1]!;
  expect(await getNotificationAddress({ checkId: otherId, role: "owner" })).toBeNull();
});

test("a side keeps and removes its own address on its page, with plain form posts", async () => {
  const check = await checkWithSessions();
  const params = { checkId: check.id, side: "vcs" };
  const post = (form: Record<string, string>) =>
    callAction(sideRoute.action, check.paths.vcs, form, params, { cookie: check.cookies.vcs });
  const view = async (query = "") =>
    (
      (await callLoader(sideRoute.loader, `${check.paths.vcs}${query}`, params, { cookie: check.cookies.vcs }))
        .body as { email: { address: string | null; changed: string | null } }
    ).email;

  expect(await view()).toEqual({ address: null, changed: null });
  const bad = await post({ intent: "save-email", email: "not an address" });
  expect(bad.status).toBe(400);
  expect(bad.body).toMatchObject({
    errors: { email: expect.stringContaining("right format") },
    values: { email: "not an address" },
  });
  expect((await post({ intent: "save-email" })).body).toMatchObject({ errors: { email: "Enter an email address" } });
  expect((await post({ intent: "unsubscribe-everyone" })).status).toBe(400);

  const saved = await post({ intent: "save-email", email: "team@helping-hands.org" });
  expect(saved).toMatchObject({ status: 303, location: `${check.paths.vcs}?email=saved#email-updates` });
  expect(await view("?email=saved")).toEqual({ address: "team@helping-hands.org", changed: "saved" });
  // The other side's page does not show it.
  expect(await getNotificationAddress({ checkId: check.id, role: "prime" })).toBeNull();

  const removed = await post({ intent: "remove-email" });
  expect(removed.status).toBe(303);
  expect(await view()).toEqual({ address: null, changed: null });

  // Without the side's session, nothing is saved.
  const stranger = await callAction(
    sideRoute.action,
    check.paths.vcs,
    { intent: "save-email", email: "x@example.org" },
    params,
    {
      cookie: check.cookies.prime,
    },
  );
  expect(stranger.status).toBeGreaterThanOrEqual(400);
  expect(await getNotificationAddress({ checkId: check.id, role: "vcs" })).toBeNull();
});

test("a submission queues its emails in its own transaction: one per addressed role, none on a replay", async () => {
  const check = await newCheck({ ownerEmail: "owner@example.org" });
  await saveNotificationAddress({ authority: check.authority("vcs"), email: "vcs@example.org" });
  // The prime gave no address: nothing is queued for it.

  expect((await submitSide(check.id, "prime")).status).toBe("submitted");
  const first = await listOutbox(check.id);
  expect(first.map((row) => [row.toRole, row.kind, row.aboutSide]).sort()).toEqual([
    ["owner", "side_submitted", "prime"],
    ["vcs", "side_submitted", "prime"],
  ]);
  expect(first.every((row) => row.outcome === null && row.attempts === 0)).toBe(true);

  const summary = (await getCheckSummary(check.id))!;
  const replay = await submitResponse({
    authority: await sideAuthority(check.id, "prime"),
    responseId: summary.sides.prime.responseId,
    questionnaire: currentQuestionnaire(),
    side: "prime",
  });
  expect(replay.status).toBe("already_submitted");
  expect(await listOutbox(check.id)).toHaveLength(2);

  // If queueing fails, the submission rolls back with it: the side is still answering.
  await execRawSql({
    sqlite: "create trigger refuse_outbox before insert on outbox begin select raise(abort, 'outbox refused'); end;",
    postgresql: `create function refuse_outbox() returns trigger language plpgsql as $$
      begin raise exception 'outbox refused'; end $$;
      create trigger refuse_outbox before insert on outbox for each row execute function refuse_outbox();`,
  });
  try {
    // PostgreSQL's driver reports the trigger's message as the cause of a failed query.
    const failure = await submitSide(check.id, "vcs").then(
      () => null,
      (error: Error & { cause?: Error }) => `${error.message} ${error.cause?.message ?? ""}`,
    );
    expect(failure).toContain("outbox refused");
  } finally {
    await execRawSql({
      sqlite: "drop trigger refuse_outbox",
      postgresql: "drop trigger refuse_outbox on outbox; drop function refuse_outbox();",
    });
  }
  expect((await getCheckSummary(check.id))!.sides.vcs.status).not.toBe("submitted");

  expect((await submitSide(check.id, "vcs")).status).toBe("submitted");
  const rows = await listOutbox(check.id);
  expect(
    rows
      .filter((row) => row.kind === "result_ready")
      .map((row) => row.toRole)
      .sort(),
  ).toEqual(["owner", "vcs"]);
});

test("a side answering as a board is one side to the emails: 'submitted', then 'ready' once the other side submits", async () => {
  const check = await addressedCheck("Board emails");
  // Three respondents submit, and the lead's own answers are complete: five submitted rows on one side.
  for (let n = 0; n < 3; n++) {
    const invited = await inviteRespondent({ authority: check.authority("vcs"), side: "vcs", keys: await sealKeys() });
    if (invited.status !== "invited") throw new Error(invited.status);
    const claimed = await claimInvitation(invited.token);
    if (claimed.status !== "claimed") throw new Error(claimed.status);
    const authority = { checkId: check.id, role: "vcs-respondent" as const, tokenHash: hashToken(claimed.token) };
    await saveSideAnswers({ authority, responseId: invited.id, answers: completeAnswers("vcs").answers, facts: {} });
    const own = await submitResponse({
      authority,
      responseId: invited.id,
      questionnaire: currentQuestionnaire(),
      side: "vcs",
    });
    expect(own.status).toBe("submitted");
  }
  // A respondent's submission tells nobody anything.
  expect(await listOutbox(check.id)).toEqual([]);
  expect((await submitSide(check.id, "vcs")).status).toBe("submitted");
  expect((await listOutbox(check.id)).map((row) => [row.toRole, row.kind]).sort()).toEqual([
    ["owner", "side_submitted"],
    ["prime", "side_submitted"],
    ["vcs", "side_submitted"],
  ]);
  expect((await submitSide(check.id, "prime")).status).toBe("submitted");
  const ready = (await listOutbox(check.id)).filter((row) => row.kind === "result_ready");
  expect(ready.map((row) => row.toRole).sort()).toEqual(["owner", "prime", "vcs"]);
  await dispatcher().runOnce();
  // The "ready" email says both sides have submitted, whichever of the side's rows the query met first.
  const readyMail = sink.messages.filter((mail) => /The result is ready/.test(mail.subject));
  expect(readyMail).toHaveLength(3);
  for (const mail of readyMail) expect(mail.text).toContain("Both sides have submitted");
});

test("the sink receives the right emails for the owner and both sides, with no answers, figures or links", async () => {
  const check = await addressedCheck();
  const mail = dispatcher({ homeUrl: "https://commonground.example.org" });

  await submitSide(check.id, "prime");
  expect(await mail.runOnce()).toBe(3);
  const first = byRecipient(sink.messages);
  expect(Object.keys(first).sort()).toEqual(["owner@example.org", "prime@example.org", "vcs@example.org"]);
  expect(first["vcs@example.org"]!.text).toContain(
    "The prime contractor, BigCo Services, has submitted its answers for “Employment support, North West”. Your side has not submitted yet.",
  );
  expect(first["owner@example.org"]!.text).toContain(
    "The voluntary or community organisation, Helping Hands, has not submitted yet.",
  );
  expect(first["prime@example.org"]!.text).toContain("Your side, BigCo Services, has submitted its answers");
  expect(first["vcs@example.org"]!.subject).toBe(
    "BigCo Services has submitted its answers: Employment support, North West",
  );
  expect(sink.messages[0]!.raw).toMatch(/^From: Common Ground <updates@example\.org>/m);

  await submitSide(check.id, "vcs");
  expect(await mail.runOnce()).toBe(3);
  const ready = sink.messages.slice(3);
  expect(ready.map((m) => m.to.join()).sort()).toEqual(["owner@example.org", "prime@example.org", "vcs@example.org"]);
  for (const message of ready) {
    expect(message.subject).toBe("The result is ready: Employment support, North West");
    expect(message.text).toContain(
      "Both sides have submitted: the result for “Employment support, North West” is ready.",
    );
  }

  const tokens = Object.values(check.tokens).concat(Object.values(check.invitations));
  for (const message of sink.messages) {
    expect(message.text).not.toContain(SECRET_NOTE);
    expect(message.text).not.toMatch(/\d/); // no score, figure or position
    expect(message.text).not.toContain(check.id);
    for (const token of tokens) expect(message.raw).not.toContain(token);
    expect(message.text.match(/https?:\/\/\S+/g)).toEqual(["https://commonground.example.org"]);
  }
  expect((await listOutbox(check.id)).every((row) => row.outcome === "sent" && row.sentAt)).toBe(true);
  expect(await mail.runOnce()).toBe(0);
  // The logs say what happened to which row, never to whom.
  expect(mail.lines.join("\n")).not.toMatch(/@example\.org|https?:/);
  await mail.stop();
});

test("a removed address is not mailed, even for an email queued while it was there", async () => {
  const check = await checkWithSessions({ ownerEmail: "owner@example.org" });
  await saveNotificationAddress({ authority: check.authority("vcs"), email: "vcs@example.org" });
  await submitSide(check.id, "prime");
  await callAction(
    sideRoute.action,
    check.paths.vcs,
    { intent: "remove-email" },
    { checkId: check.id, side: "vcs" },
    { cookie: check.cookies.vcs },
  );
  const mail = dispatcher();
  await mail.runOnce();
  expect(sink.messages.map((m) => m.to.join())).toEqual(["owner@example.org"]);
  const rows = await listOutbox(check.id);
  expect(rows.find((row) => row.toRole === "vcs")?.outcome).toBe("no_address");
  await mail.stop();
});

test("a side's 'submitted' email still waiting when the result is ready is not sent: the 'ready' one is", async () => {
  const check = await addressedCheck();
  await submitSide(check.id, "prime");
  await submitSide(check.id, "vcs");
  const mail = dispatcher();
  await mail.runOnce();
  expect(sink.messages).toHaveLength(3);
  expect(sink.messages.every((m) => m.subject.startsWith("The result is ready"))).toBe(true);
  expect((await listOutbox(check.id)).filter((row) => row.outcome === "superseded")).toHaveLength(3);
  await mail.stop();
});

test("a failing mail server means a retry after a wait, then a give-up after the last attempt: no crash, no lost row", async () => {
  const check = await newCheck({ ownerEmail: "owner@example.org" });
  await submitSide(check.id, "prime");
  const mail = dispatcher({ retryBaseMs: 1_000, maxAttempts: 3 });

  sink.reject(1);
  expect(await mail.runOnce()).toBe(1);
  expect(sink.refused()).toBe(1);
  let [row] = await listOutbox(check.id);
  expect(row).toMatchObject({ outcome: null, attempts: 1, claimedUntil: null });
  expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  expect(await mail.runOnce()).toBe(0); // waiting out the back-off
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  expect(await mail.runOnce()).toBe(1);
  [row] = await listOutbox(check.id);
  expect(row).toMatchObject({ outcome: "sent", attempts: 2 });
  expect(sink.messages).toHaveLength(1);
  expect(mail.lines.some((line) => line.includes("will try again") && line.includes('"responseCode":451'))).toBe(true);

  // Always refused: tried maxAttempts times with a doubling wait, then given up (and said so).
  await submitSide(check.id, "vcs");
  sink.reject(Infinity);
  const start = Date.now();
  while (Date.now() - start < 15_000) {
    await mail.runOnce();
    const [ready] = (await listOutbox(check.id)).filter((r) => r.kind === "result_ready");
    if (ready?.outcome) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const [ready] = (await listOutbox(check.id)).filter((r) => r.kind === "result_ready");
  expect(ready).toMatchObject({ outcome: "gave_up", attempts: 3 });
  expect(mail.lines.some((line) => line.includes("giving up"))).toBe(true);
  expect(mail.lines.join("\n")).not.toContain("owner@example.org");
  await mail.stop();

  // No server at all (connection refused): the row waits for the next try.
  const other = await newCheck({ ownerEmail: "owner@example.org" });
  await submitSide(other.id, "prime");
  await sink.close();
  const down = dispatcher({ smtpUrl: sink.url });
  expect(await down.runOnce()).toBe(1);
  expect((await listOutbox(other.id))[0]).toMatchObject({ outcome: null, attempts: 1 });
  expect(down.lines.some((line) => line.includes("will try again"))).toBe(true);
  await down.stop();
  sink = await startSmtpSink(); // for afterEach
});

test("a row claimed by a process that died is sent by another once the claim runs out", async () => {
  const check = await newCheck({ ownerEmail: "owner@example.org" });
  await submitSide(check.id, "prime");
  // A process claims the row and dies before sending.
  const claimed = await claimDueNotifications({ now: new Date(), leaseMs: 1_000, limit: 10, maxAttempts: 8 });
  expect(claimed).toHaveLength(1);
  const mail = dispatcher();
  expect(await mail.runOnce()).toBe(0); // still held
  await new Promise((resolve) => setTimeout(resolve, 1_100));
  expect(await mail.runOnce()).toBe(1);
  expect(sink.messages).toHaveLength(1);
  expect((await listOutbox(check.id))[0]).toMatchObject({ outcome: "sent", attempts: 2 });
  await mail.stop();
});

test("two dispatcher processes on one database never send the same row twice", async () => {
  await sink.close();
  sink = await startSmtpSink({ delayMs: 25 });
  const checks = [];
  for (let i = 0; i < 10; i++) {
    const check = await newCheck({ title: `Check ${i}`, ownerEmail: `owner-${i}@example.org` });
    for (const side of ["vcs", "prime"] as const) {
      await saveNotificationAddress({ authority: check.authority(side), email: `${side}-${i}@example.org` });
    }
    await submitSide(check.id, "prime");
    checks.push(check);
  }

  // Both start at the same moment, well after either has loaded, so they compete for the same rows.
  const startAt = Date.now() + 4_000;
  const script = `
    const { createMailDispatcher } = await import(${JSON.stringify(pathToFileURL("build/mail.js").href)});
    const quiet = { info() {}, warn() {}, error() {} };
    const d = createMailDispatcher({ smtpUrl: process.env.SMTP_URL, from: "x@example.org", logger: quiet, batchSize: 2 });
    await new Promise((r) => setTimeout(r, ${startAt} - Date.now()));
    let claimed = 0, idle = 0;
    while (idle < 5) {
      const n = await d.runOnce();
      claimed += n;
      idle = n === 0 ? idle + 1 : 0;
      if (n === 0) await new Promise((r) => setTimeout(r, 20));
    }
    await d.stop();
    console.log(JSON.stringify({ claimed }));
  `;
  const run = () =>
    new Promise<{ claimed: number }>((resolve, reject) => {
      const child = spawn(process.execPath, ["--input-type=module", "-e", script], {
        env: { ...process.env, SMTP_URL: sink.url },
        stdio: ["ignore", "pipe", "pipe"],
      });
      let out = "";
      child.stdout.on("data", (chunk) => (out += chunk));
      child.stderr.on("data", (chunk) => (out += chunk));
      child.on("exit", (code) =>
        code === 0 ? resolve(JSON.parse(out.trim().split("\n").pop()!)) : reject(new Error(out)),
      );
    });
  const [a, b] = await Promise.all([run(), run()]);

  expect(a.claimed + b.claimed).toBe(30);
  expect(a.claimed).toBeGreaterThan(0);
  expect(b.claimed).toBeGreaterThan(0);
  expect(sink.messages).toHaveLength(30);
  expect(new Set(sink.messages.map((m) => m.to.join())).size).toBe(30);
  for (const check of checks) {
    const rows = await listOutbox(check.id);
    // Each row was claimed exactly once (a claim is an attempt) and sent.
    expect(rows.map((row) => [row.outcome, row.attempts])).toEqual([
      ["sent", 1],
      ["sent", 1],
      ["sent", 1],
    ]);
  }
});

test("the owner changes and removes its own address on its page, with plain form posts", async () => {
  const check = await checkWithSessions({ ownerEmail: "owner@example.org" });
  const params = { checkId: check.id };
  const view = async () =>
    (
      (await callLoader(ownerRoute.loader, check.paths.owner, params, { cookie: check.cookies.owner })).body as {
        email: { address: string | null } | null;
      }
    ).email;
  const post = (form: Record<string, string>, cookie = check.cookies.owner) =>
    callAction(ownerRoute.action, check.paths.owner, form, params, { cookie });
  expect((await view())?.address).toBe("owner@example.org");
  expect((await post({ intent: "save-email", email: "nope" })).status).toBe(400);
  expect(await post({ intent: "save-email", email: "chair@example.org" })).toMatchObject({
    status: 303,
    location: `${check.paths.owner}?email=saved#email-updates`,
  });
  expect(await getNotificationAddress({ checkId: check.id, role: "owner" })).toBe("chair@example.org");
  // A side's session cannot change the owner's address.
  expect((await post({ intent: "remove-email" }, check.cookies.vcs)).status).toBeGreaterThanOrEqual(400);
  expect((await post({ intent: "remove-email" })).status).toBe(303);
  expect(await getNotificationAddress({ checkId: check.id, role: "owner" })).toBeNull();
  expect((await view())?.address).toBeNull();
});

test("addresses stay out of the owner's page, the exports and the API, and go with the check", async () => {
  const check = await checkWithSessions({ ownerEmail: "owner@example.org" });
  await saveNotificationAddress({ authority: check.authority("vcs"), email: "vcs@example.org" });
  await saveNotificationAddress({ authority: check.authority("prime"), email: "prime@example.org" });
  await submitSide(check.id, "prime");
  await submitSide(check.id, "vcs");

  const seen: HandlerResult[] = [
    await callLoader(ownerRoute.loader, check.paths.owner, { checkId: check.id }, { cookie: check.cookies.owner }),
  ];
  for (const format of ["csv", "json"]) {
    seen.push(
      await callLoader(
        exportRoute.loader,
        `${check.paths.vcs}/export/${format}`,
        { checkId: check.id, side: "vcs", format },
        { cookie: check.cookies.vcs },
      ),
    );
  }
  for (const [index, result] of seen.entries()) {
    expect(result.status).toBe(200);
    // The owner's page shows the owner its own address (to remove it), never a side's.
    const body = JSON.stringify(result.body);
    expect(body).not.toContain("vcs@example.org");
    expect(body).not.toContain("prime@example.org");
    if (index > 0) expect(body).not.toContain("@example.org");
  }

  expect(await listOutbox(check.id)).not.toHaveLength(0);
  expect(await deleteCheck(check.id)).toBe(true);
  expect(await listOutbox(check.id)).toEqual([]);
  for (const role of ["owner", "vcs", "prime"] as const) {
    expect(await getNotificationAddress({ checkId: check.id, role })).toBeNull();
  }
});

test("the production server sends the emails when SMTP_URL is set, and refuses to start with a bad one", async () => {
  const server = await startServer({ SMTP_URL: sink.url, MAIL_FROM: FROM, LOG_LEVEL: "info" });
  try {
    const created = await createCheckOverHttp(server.url, "Over the wire");
    await runOnDatabase(
      server.databaseUrl,
      {
        sqlite: "insert into notification_addresses (check_id, role, email) values (?, 'owner', 'owner@example.org')",
        postgresql:
          "insert into notification_addresses (check_id, role, email) values ($1, 'owner', 'owner@example.org')",
      },
      [created.id],
    );
    // A side gives its address on its page without JavaScript: the page's own form, posted as a browser would.
    const opened = await fetch(`${server.url}/i/${created.tokens.vcs}`, { redirect: "manual" });
    const cookie = (opened.headers.get("set-cookie") ?? "").split(";")[0]!;
    const page = `${server.url}/checks/${created.id}/vcs`;
    expect(await (await fetch(page, { headers: { cookie } })).text()).toContain(
      "Email me when the other side submits and when the result is ready",
    );
    const posted = await fetch(page, {
      method: "POST",
      redirect: "manual",
      headers: { cookie, origin: server.url, "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "save-email", email: "vcs@example.org" }),
    });
    expect(posted.status).toBe(303);
    expect(await (await fetch(`${page}?email=saved`, { headers: { cookie } })).text()).toContain(
      "We will email vcs@example.org when the other side submits",
    );
    expect(await (await fetch(`${server.url}/checks/new`)).text()).toContain("Your email address (optional)");

    for (const side of ["prime", "vcs"] as const) {
      const headers = { "Content-Type": "application/json", Authorization: `Bearer ${created.tokens[side]}` };
      await fetch(`${server.url}/api/v1/answers`, { method: "PUT", headers, body: JSON.stringify(answersFor(side)) });
      const submitted = await fetch(`${server.url}/api/v1/answers/submit`, { method: "POST", headers });
      expect(submitted.status).toBe(200);
    }
    const ready = "The result is ready: Over the wire";
    const readyFor = () =>
      sink.messages
        .filter((m) => m.subject === ready)
        .map((m) => m.to.join())
        .sort();
    await expect.poll(readyFor, { timeout: 15_000 }).toEqual(["owner@example.org", "vcs@example.org"]);
    // The "prime has submitted" emails go too if a pass ran between the two submissions.
    for (const message of sink.messages.filter((m) => m.subject !== ready)) {
      expect(message.subject).toBe("BigCo Services has submitted its answers: Over the wire");
    }
    expect(server.logs()).toContain("update email sent");
    expect(server.logs()).not.toMatch(/(owner|vcs)@example\.org/);
  } finally {
    await server.stop();
  }

  await expect(startServer({ SMTP_URL: "smtp://user:hunter2@", MAIL_FROM: FROM })).rejects.toThrow(
    /SMTP_URL="smtp:\/\/user:\*\*\*@": expected an smtp:\/\/ or smtps:\/\/ address/,
  );
  await expect(startServer({ SMTP_URL: sink.url })).rejects.toThrow(/MAIL_FROM="": expected/);
}, 60_000);
