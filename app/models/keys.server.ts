/** Keys the server makes once and keeps in the database (used when SESSION_SECRET is not set). */
import { eq } from "drizzle-orm";
import { db, tables, writeTransaction } from "~/db.server";
import { generateToken } from "./tokens.server";

export async function getOrCreateServerKey(name: string): Promise<string> {
  const [found] = await db().select().from(tables.serverKeys).where(eq(tables.serverKeys.name, name)).limit(1);
  if (found) return found.value;
  const value = `${generateToken()}${generateToken()}`;
  // Two processes starting at once: the first insert wins and both read it back.
  await writeTransaction((tx) => tx.insert(tables.serverKeys).values({ name, value }).onConflictDoNothing());
  const [kept] = await db().select().from(tables.serverKeys).where(eq(tables.serverKeys.name, name)).limit(1);
  if (!kept) throw new Error(`Could not keep the server key ${name}`);
  return kept.value;
}
