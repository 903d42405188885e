import { eq } from "drizzle-orm";
import type { Outcome } from "~/domain/flags";
import { db, tables, writeTransaction } from "~/db.server";

export interface FlagOutcome {
  outcome: Outcome;
  note: string | null;
  updatedAt: Date;
}

/** What the owner has recorded about each flag of a check, by flag key. */
export async function getFlagOutcomes(checkId: string): Promise<Record<string, FlagOutcome>> {
  const rows = await db().select().from(tables.flagOutcomes).where(eq(tables.flagOutcomes.checkId, checkId));
  return Object.fromEntries(
    rows.map((r) => [r.flagKey, { outcome: r.outcome as Outcome, note: r.note, updatedAt: r.updatedAt }]),
  );
}

export async function recordFlagOutcome(input: {
  checkId: string;
  flagKey: string;
  outcome: Outcome;
  note?: string | undefined;
}) {
  const values = { outcome: input.outcome, note: input.note || null, updatedAt: new Date() };
  await writeTransaction((tx) =>
    tx
      .insert(tables.flagOutcomes)
      .values({ checkId: input.checkId, flagKey: input.flagKey, ...values })
      .onConflictDoUpdate({ target: [tables.flagOutcomes.checkId, tables.flagOutcomes.flagKey], set: values }),
  );
}
