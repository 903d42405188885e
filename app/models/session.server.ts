/**
 * Server-side sessions: data only. The policy (how long, when to rotate) is
 * app/access/session.server.ts; the browser's secret never reaches this
 * module, only its hash.
 */
import { and, eq, isNull, lt, or } from "drizzle-orm";
import { db, forUpdate, tables, writeTransaction, type WriteTransaction } from "~/db.server";
import type { Access, Role } from "./check.server";
import { isWellFormedId } from "./tokens.server";

export interface Grant {
  checkId: string;
  role: Role;
  tokenHash: string;
}

/** When a session stops: its absolute expiry, or the moment before which it must have been seen. */
export interface SessionLimits {
  now: Date;
  /** A session last seen before this has been idle too long. */
  idleCutoff: Date;
}

async function sessionLive(
  tx: WriteTransaction | ReturnType<typeof db>,
  idHash: string,
  limits: SessionLimits,
  lock = false,
) {
  const query = tx.select().from(tables.sessions).where(eq(tables.sessions.idHash, idHash)).limit(1);
  const [row] = await (lock ? forUpdate(query) : query);
  if (!row) return null;
  if (row.expiresAt <= limits.now || row.lastSeenAt < limits.idleCutoff) return null;
  return row;
}

/**
 * Starts a session (a fresh id every time a link is opened or claimed, so an
 * id planted before sign-in is worth nothing). The grants of the session it
 * replaces, if that one is still live, are carried over, and the old id is
 * deleted.
 */
export async function startSession(input: {
  idHash: string;
  expiresAt: Date;
  limits: SessionLimits;
  grants: readonly Grant[];
  replacing?: string | null;
  flash?: string | null;
}): Promise<void> {
  await writeTransaction(async (tx) => {
    let carried: Grant[] = [];
    if (input.replacing) {
      if (await sessionLive(tx, input.replacing, input.limits)) {
        carried = (await tx
          .select({
            checkId: tables.sessionGrants.checkId,
            role: tables.sessionGrants.role,
            tokenHash: tables.sessionGrants.tokenHash,
          })
          .from(tables.sessionGrants)
          .where(eq(tables.sessionGrants.sessionIdHash, input.replacing))) as Grant[];
      }
      await tx.delete(tables.sessions).where(eq(tables.sessions.idHash, input.replacing));
    }
    await tx.insert(tables.sessions).values({
      idHash: input.idHash,
      createdAt: input.limits.now,
      lastSeenAt: input.limits.now,
      expiresAt: input.expiresAt,
      flash: input.flash ?? null,
    });
    const grants = new Map<string, Grant>();
    for (const grant of [...carried, ...input.grants]) grants.set(`${grant.checkId}:${grant.role}`, grant);
    for (const grant of grants.values()) {
      await tx
        .insert(tables.sessionGrants)
        .values({ sessionIdHash: input.idHash, ...grant, createdAt: input.limits.now });
    }
  });
}

export type GrantLookup =
  { status: "active"; access: Access; lastSeenAt: Date } | { status: "none" } | { status: "revoked" };

/** What a session may do in a check as a role: active, nothing (no such session, expired, no grant), or a replaced link. */
export async function findGrant(input: {
  idHash: string;
  checkId: string;
  role: Role;
  limits: SessionLimits;
}): Promise<GrantLookup> {
  if (!isWellFormedId(input.checkId)) return { status: "none" };
  const session = await sessionLive(db(), input.idHash, input.limits);
  if (!session) return { status: "none" };
  const [row] = await db()
    .select({
      tokenHash: tables.accessTokens.tokenHash,
      partyId: tables.accessTokens.partyId,
      responseId: tables.accessTokens.responseId,
      revokedAt: tables.accessTokens.revokedAt,
      kind: tables.accessTokens.kind,
    })
    .from(tables.sessionGrants)
    .innerJoin(tables.accessTokens, eq(tables.accessTokens.tokenHash, tables.sessionGrants.tokenHash))
    .where(
      and(
        eq(tables.sessionGrants.sessionIdHash, input.idHash),
        eq(tables.sessionGrants.checkId, input.checkId),
        eq(tables.sessionGrants.role, input.role),
      ),
    )
    .limit(1);
  if (!row || row.kind !== "link") return { status: "none" };
  if (row.revokedAt) return { status: "revoked" };
  return {
    status: "active",
    access: {
      checkId: input.checkId,
      role: input.role,
      partyId: row.partyId,
      responseId: row.responseId,
      tokenHash: row.tokenHash,
    },
    lastSeenAt: session.lastSeenAt,
  };
}

/** Marks a session as seen now (the idle clock restarts). */
export async function touchSession(idHash: string, now: Date): Promise<void> {
  await writeTransaction((tx) =>
    tx.update(tables.sessions).set({ lastSeenAt: now }).where(eq(tables.sessions.idHash, idHash)),
  );
}

/** Ends a session (sign-out): its grants go with it. */
export async function endSession(idHash: string): Promise<void> {
  await writeTransaction((tx) => tx.delete(tables.sessions).where(eq(tables.sessions.idHash, idHash)));
}

/** Gives a live session a grant (or points an existing grant at a new link). */
export async function grantToSession(idHash: string, grant: Grant): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .insert(tables.sessionGrants)
      .values({ sessionIdHash: idHash, ...grant })
      .onConflictDoUpdate({
        target: [tables.sessionGrants.sessionIdHash, tables.sessionGrants.checkId, tables.sessionGrants.role],
        set: { tokenHash: grant.tokenHash },
      }),
  );
}

/** Keeps a sealed message for the session's next page, replacing any not yet shown. */
export async function setFlash(idHash: string, sealed: string): Promise<void> {
  await writeTransaction((tx) =>
    tx.update(tables.sessions).set({ flash: sealed }).where(eq(tables.sessions.idHash, idHash)),
  );
}

/** The session's sealed message, once: it is cleared as it is read. */
export async function takeFlash(idHash: string): Promise<string | null> {
  return writeTransaction(async (tx) => {
    const [row] = await forUpdate(
      tx
        .select({ flash: tables.sessions.flash })
        .from(tables.sessions)
        .where(eq(tables.sessions.idHash, idHash))
        .limit(1),
    );
    if (!row?.flash) return null;
    await tx.update(tables.sessions).set({ flash: null }).where(eq(tables.sessions.idHash, idHash));
    return row.flash;
  });
}

/** Deletes sessions past their absolute expiry or idle too long (run now and then; each request also checks). */
export async function deleteStaleSessions(limits: SessionLimits): Promise<number> {
  const deleted = await writeTransaction((tx) =>
    tx
      .delete(tables.sessions)
      .where(or(lt(tables.sessions.expiresAt, limits.now), lt(tables.sessions.lastSeenAt, limits.idleCutoff)))
      .returning({ idHash: tables.sessions.idHash }),
  );
  return deleted.length;
}

/**
 * Who may write, as a request proved it a moment ago: checked again inside
 * the write transaction that saves or submits, so a link replaced, a session
 * ended or a check deleted while the request's body was still arriving
 * stops the write.
 */
export interface Authority {
  checkId: string;
  role: Role;
  tokenHash: string;
  /** Present when the request came with a session rather than a bearer token. */
  session?: { idHash: string; limits: SessionLimits } | undefined;
}

export async function authorityHolds(tx: WriteTransaction, authority: Authority): Promise<boolean> {
  // Locked (in the order response, link, session, as every write takes them): a replacement or a sign-out that
  // commits while this write is under way waits for it, or this write sees it and stops.
  const [link] = await forUpdate(
    tx
      .select({ tokenHash: tables.accessTokens.tokenHash })
      .from(tables.accessTokens)
      .where(
        and(
          eq(tables.accessTokens.tokenHash, authority.tokenHash),
          eq(tables.accessTokens.checkId, authority.checkId),
          eq(tables.accessTokens.role, authority.role),
          eq(tables.accessTokens.kind, "link"),
          isNull(tables.accessTokens.revokedAt),
        ),
      )
      .limit(1),
  );
  if (!link) return false;
  if (!authority.session) return true;
  if (!(await sessionLive(tx, authority.session.idHash, authority.session.limits, true))) return false;
  const [grant] = await forUpdate(
    tx
      .select({ tokenHash: tables.sessionGrants.tokenHash })
      .from(tables.sessionGrants)
      .where(
        and(
          eq(tables.sessionGrants.sessionIdHash, authority.session.idHash),
          eq(tables.sessionGrants.checkId, authority.checkId),
          eq(tables.sessionGrants.role, authority.role),
        ),
      )
      .limit(1),
  );
  return grant?.tokenHash === authority.tokenHash;
}
