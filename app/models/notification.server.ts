/**
 * Email updates (issue 13): the addresses people gave, and the outbox the
 * dispatcher (app/mail/dispatcher.server.ts) sends from. An outbox row is
 * written inside the submission's own transaction, holds no address and no
 * text, and is claimed with one UPDATE, so two processes never hold the same
 * row at once. See "Email updates" in docs/architecture.md.
 */
import { and, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { SIDES, type Side } from "~/domain/types";
import { db, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import { authorityHolds, type Authority } from "./session.server";
import { generateId } from "./tokens.server";

export type Recipient = "owner" | Side;
export type NotificationKind = "side_submitted" | "result_ready";
export type NotificationOutcome = "sent" | "no_address" | "superseded" | "gave_up";

/**
 * Whether email is switched on. server/env.ts has already refused a bad
 * SMTP_URL at start-up; here only its presence matters, read each time so the
 * tests can switch it.
 */
export function mailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

/** The address a role gave for updates on a check, or null. */
export async function getNotificationAddress(input: { checkId: string; role: Recipient }): Promise<string | null> {
  const [row] = await db()
    .select({ email: tables.notificationAddresses.email })
    .from(tables.notificationAddresses)
    .where(
      and(eq(tables.notificationAddresses.checkId, input.checkId), eq(tables.notificationAddresses.role, input.role)),
    )
    .limit(1);
  return row?.email ?? null;
}

/** Inside a write transaction: keeps (or replaces) a role's address. */
export async function storeNotificationAddress(
  tx: WriteTransaction,
  input: { checkId: string; role: Recipient; email: string },
): Promise<void> {
  await tx
    .insert(tables.notificationAddresses)
    .values({ checkId: input.checkId, role: input.role, email: input.email })
    .onConflictDoUpdate({
      target: [tables.notificationAddresses.checkId, tables.notificationAddresses.role],
      set: { email: input.email },
    });
}

export type AddressResult = { status: "saved" } | { status: "unauthorised" };

/** A side keeps (or replaces) its own address; the link or session is checked inside the write. */
export async function saveNotificationAddress(input: { authority: Authority; email: string }): Promise<AddressResult> {
  return writeTransaction(async (tx): Promise<AddressResult> => {
    const role = input.authority.role;
    // A respondent hears nothing by email: updates go to whoever answers for the side as a whole.
    if (role !== "owner" && role !== "vcs" && role !== "prime") return { status: "unauthorised" };
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    await storeNotificationAddress(tx, {
      checkId: input.authority.checkId,
      role,
      email: input.email,
    });
    return { status: "saved" };
  });
}

/** A side removes its own address: nothing more is sent to it, including what is already queued. */
export async function removeNotificationAddress(input: { authority: Authority }): Promise<AddressResult> {
  return writeTransaction(async (tx): Promise<AddressResult> => {
    if (!(await authorityHolds(tx, input.authority))) return { status: "unauthorised" };
    await tx
      .delete(tables.notificationAddresses)
      .where(
        and(
          eq(tables.notificationAddresses.checkId, input.authority.checkId),
          eq(tables.notificationAddresses.role, input.authority.role),
        ),
      );
    return { status: "saved" };
  });
}

/**
 * Called by submitResponse inside its transaction, once a side's answers are
 * locked: queues an email for each role that has an address. While the other
 * side is still answering, everyone hears that this side submitted (the side
 * itself as a receipt); when this was the second submission, everyone hears
 * the result is ready. Nothing is queued while email is off.
 */
export async function queueSubmitNotifications(tx: WriteTransaction, responseId: string): Promise<void> {
  if (!mailConfigured()) return;
  const [submitted] = await tx
    .select({ checkId: tables.parties.checkId, role: tables.parties.role })
    .from(tables.responses)
    .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
    .where(eq(tables.responses.id, responseId))
    .limit(1);
  if (!submitted) return;
  const { checkId } = submitted;
  const side = SIDES.find((s) => s === submitted.role);
  if (!side) return;
  const addressed = (
    await tx
      .select({ role: tables.notificationAddresses.role })
      .from(tables.notificationAddresses)
      .where(eq(tables.notificationAddresses.checkId, checkId))
  ).map((row) => row.role);
  if (addressed.length === 0) return;
  const bothSubmitted = (await submissionsOf(tx, checkId)) === SIDES.length;
  const now = new Date();
  const rows = addressed.map((toRole) => ({
    id: generateId(),
    checkId,
    toRole,
    kind: (bothSubmitted ? "result_ready" : "side_submitted") satisfies NotificationKind,
    aboutSide: bothSubmitted ? null : side,
    createdAt: now,
    nextAttemptAt: now,
  }));
  await tx.insert(tables.outbox).values(rows);
}

async function submissionsOf(reader: WriteTransaction | ReturnType<typeof db>, checkId: string): Promise<number> {
  const rows = await reader
    .select({ id: tables.responses.id })
    .from(tables.responses)
    .innerJoin(tables.parties, eq(tables.parties.id, tables.responses.partyId))
    .where(
      and(
        eq(tables.parties.checkId, checkId),
        // A side's own response only: a board's respondents (issue 16) submit too, but they are not a side.
        eq(tables.responses.kind, "side"),
        isNotNull(tables.responses.submittedAt),
      ),
    );
  return rows.length;
}

export interface ClaimedNotification {
  id: string;
  checkId: string;
  toRole: Recipient;
  kind: NotificationKind;
  aboutSide: Side | null;
  attempts: number;
  claimToken: string;
}

const due = (now: Date, maxAttempts: number) =>
  and(
    isNull(tables.outbox.outcome),
    lte(tables.outbox.nextAttemptAt, now),
    lt(tables.outbox.attempts, maxAttempts),
    or(isNull(tables.outbox.claimedUntil), lte(tables.outbox.claimedUntil, now)),
  );

/**
 * Claims up to `limit` due rows for `leaseMs`, in one UPDATE: SQLite runs it
 * under the write lock and checks the conditions again there, so a row another
 * process has just claimed is not due any more and cannot be claimed twice.
 * A claim counts as an attempt, so a row whose sender keeps dying is given
 * up on too.
 */
export async function claimDueNotifications(input: {
  now: Date;
  leaseMs: number;
  limit: number;
  maxAttempts: number;
}): Promise<ClaimedNotification[]> {
  const claimToken = generateId();
  const condition = due(input.now, input.maxAttempts);
  // A read first, so an idle pass takes no write lock; the UPDATE checks the conditions again under the lock.
  const candidates = (
    await db()
      .select({ id: tables.outbox.id })
      .from(tables.outbox)
      .where(condition)
      .orderBy(tables.outbox.nextAttemptAt)
      .limit(input.limit)
  ).map((row) => row.id);
  if (candidates.length === 0) return [];
  const rows = await writeTransaction((tx) =>
    tx
      .update(tables.outbox)
      .set({
        claimedUntil: new Date(input.now.getTime() + input.leaseMs),
        claimToken,
        attempts: sql`${tables.outbox.attempts} + 1`,
      })
      .where(and(inArray(tables.outbox.id, candidates), condition))
      .returning(),
  );
  return rows.map((row) => ({
    id: row.id,
    checkId: row.checkId,
    toRole: row.toRole as Recipient,
    kind: row.kind as NotificationKind,
    aboutSide: SIDES.find((s) => s === row.aboutSide) ?? null,
    attempts: row.attempts,
    claimToken,
  }));
}

/** What an email needs, read when it is sent: the address (now, not when queued), the check's title and sides. */
export interface NotificationContext {
  email: string;
  title: string;
  names: Record<Side, string>;
  submitted: Record<Side, boolean>;
}

export async function getNotificationContext(row: {
  checkId: string;
  toRole: Recipient;
}): Promise<NotificationContext | null> {
  const email = await getNotificationAddress({ checkId: row.checkId, role: row.toRole });
  if (!email) return null;
  const [check] = await db()
    .select({ title: tables.checks.title })
    .from(tables.checks)
    .where(eq(tables.checks.id, row.checkId))
    .limit(1);
  if (!check) return null;
  const sides = await db()
    .select({ role: tables.parties.role, name: tables.parties.name, submittedAt: tables.responses.submittedAt })
    .from(tables.parties)
    .innerJoin(
      tables.responses,
      and(eq(tables.responses.partyId, tables.parties.id), eq(tables.responses.kind, "side")),
    )
    .where(eq(tables.parties.checkId, row.checkId));
  const names: Record<Side, string> = { vcs: "", prime: "" };
  const submitted: Record<Side, boolean> = { vcs: false, prime: false };
  for (const side of sides) {
    const role = SIDES.find((s) => s === side.role);
    if (!role) continue;
    names[role] = side.name;
    submitted[role] = Boolean(side.submittedAt);
  }
  return { email, title: check.title, names, submitted };
}

/** Settles a row this claim still holds: sent, or not to be sent. */
export async function settleNotification(input: {
  id: string;
  claimToken: string;
  outcome: NotificationOutcome;
  now: Date;
}): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .update(tables.outbox)
      .set({ outcome: input.outcome, sentAt: input.outcome === "sent" ? input.now : null, claimedUntil: null })
      .where(and(eq(tables.outbox.id, input.id), eq(tables.outbox.claimToken, input.claimToken))),
  );
}

/** A send that failed: due again at `nextAttemptAt`, or given up when it has had its attempts. */
export async function deferNotification(input: {
  id: string;
  claimToken: string;
  nextAttemptAt: Date;
  giveUp: boolean;
}): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .update(tables.outbox)
      .set(
        input.giveUp
          ? { outcome: "gave_up", claimedUntil: null }
          : { nextAttemptAt: input.nextAttemptAt, claimedUntil: null },
      )
      .where(and(eq(tables.outbox.id, input.id), eq(tables.outbox.claimToken, input.claimToken))),
  );
}

/** Rows whose last claim's process died on its final attempt: given up, so none waits for ever. */
export async function giveUpExhaustedNotifications(input: { now: Date; maxAttempts: number }): Promise<number> {
  const exhausted = and(
    isNull(tables.outbox.outcome),
    gte(tables.outbox.attempts, input.maxAttempts),
    or(isNull(tables.outbox.claimedUntil), lte(tables.outbox.claimedUntil, input.now)),
  );
  const [any] = await db().select({ id: tables.outbox.id }).from(tables.outbox).where(exhausted).limit(1);
  if (!any) return 0;
  const rows = await writeTransaction((tx) =>
    tx
      .update(tables.outbox)
      .set({ outcome: "gave_up", claimedUntil: null })
      .where(exhausted)
      .returning({ id: tables.outbox.id }),
  );
  return rows.length;
}

/** For tests and operators: the outbox of a check, oldest first (no addresses in it). */
export async function listOutbox(checkId: string) {
  return db().select().from(tables.outbox).where(eq(tables.outbox.checkId, checkId)).orderBy(tables.outbox.createdAt);
}
