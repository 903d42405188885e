/**
 * Rate-limit windows kept in the database, so that every app process behind
 * one load balancer counts the same hits (server/rate-limits.ts applies the
 * limits; docs/architecture.md, "Several processes"). A window is fixed: it
 * starts with its first hit and counts until it ends.
 */
import { and, eq, gt, lte, sql } from "drizzle-orm";
import { db, tables, writeTransaction } from "~/db.server";

export interface RateWindow {
  hits: number;
  endsAt: Date;
}

/** The window a key is in now, or none (never hit, or its window has ended). */
export async function currentRateWindow(key: string, now: Date = new Date()): Promise<RateWindow | null> {
  const [row] = await db().select().from(tables.rateLimits).where(eq(tables.rateLimits.key, key)).limit(1);
  return row && row.windowEndsAt > now ? { hits: row.hits, endsAt: row.windowEndsAt } : null;
}

/**
 * Counts one hit for a key and returns its window: a new one of `windowMs`
 * if it had none running (its own ended window is deleted first).
 */
export async function hitRateLimit(key: string, windowMs: number, now: Date = new Date()): Promise<RateWindow> {
  return writeTransaction(async (tx) => {
    // Only this key's ended window: deleting every ended one here would make hits on different keys wait for each other.
    await tx
      .delete(tables.rateLimits)
      .where(and(eq(tables.rateLimits.key, key), lte(tables.rateLimits.windowEndsAt, now)));
    // One statement counts the hit, so two processes counting the same key at once both count.
    const [row] = await tx
      .insert(tables.rateLimits)
      .values({ key, hits: 1, windowEndsAt: new Date(now.getTime() + windowMs) })
      .onConflictDoUpdate({ target: tables.rateLimits.key, set: { hits: sql`${tables.rateLimits.hits} + 1` } })
      .returning({ hits: tables.rateLimits.hits, endsAt: tables.rateLimits.windowEndsAt });
    return row!;
  });
}

/** Takes back one hit (a request the limit counted that turned out not to count), in one statement. */
export async function unhitRateLimit(key: string, now: Date = new Date()): Promise<void> {
  await writeTransaction((tx) =>
    tx
      .update(tables.rateLimits)
      .set({ hits: sql`${tables.rateLimits.hits} - 1` })
      .where(
        and(eq(tables.rateLimits.key, key), gt(tables.rateLimits.windowEndsAt, now), gt(tables.rateLimits.hits, 0)),
      ),
  );
}

/** Deletes every window that has ended (run now and then, with the sessions' sweep: each hit clears only its own). */
export async function deleteEndedRateWindows(now: Date = new Date()): Promise<number> {
  const deleted = await writeTransaction((tx) =>
    tx
      .delete(tables.rateLimits)
      .where(lte(tables.rateLimits.windowEndsAt, now))
      .returning({ key: tables.rateLimits.key }),
  );
  return deleted.length;
}

/** Forgets a key's window (express-rate-limit's resetKey). */
export async function resetRateLimit(key: string): Promise<void> {
  await writeTransaction((tx) => tx.delete(tables.rateLimits).where(eq(tables.rateLimits.key, key)));
}
