/**
 * Secret links are exchanged for a session cookie, so the token leaves the
 * address bar, the history and any Referer. The cookie holds, per check, the
 * token of each role this browser has opened; every request re-checks that
 * token against the database, so revoking a link ends its sessions at once.
 */
import { createCookie } from "@remix-run/node";
import { z } from "zod";
import { lookupToken, type Access, type Role } from "~/models/check.server";

const MAX_AGE_SECONDS = 7 * 24 * 60 * 60;
/** A browser rarely needs more; the oldest are dropped to keep the cookie small. */
const MAX_CHECKS = 20;

const base = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: MAX_AGE_SECONDS };
// Over HTTPS the cookie is Secure and __Host- prefixed (bound to this host, path /, never sent in clear).
const secureCookie = createCookie("__Host-cg_session", { ...base, secure: true });
const plainCookie = createCookie("cg_session", { ...base, secure: false });

const tokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);
const sessionsSchema = z.record(
  z.string().max(64),
  z.object({ owner: tokenSchema.optional(), vcs: tokenSchema.optional(), prime: tokenSchema.optional() }),
);
export type Sessions = z.infer<typeof sessionsSchema>;

function cookieFor(request: Request) {
  return new URL(request.url).protocol === "https:" ? secureCookie : plainCookie;
}

export async function readSessions(request: Request): Promise<Sessions> {
  const parsed = sessionsSchema.safeParse(await cookieFor(request).parse(request.headers.get("Cookie")));
  return parsed.success ? parsed.data : {};
}

/** The token this browser holds for a role in a check, if any. */
export async function sessionToken(request: Request, checkId: string, role: Role): Promise<string | null> {
  return (await readSessions(request))[checkId]?.[role] ?? null;
}

/** A Set-Cookie header that adds (or replaces) this browser's session for a role in a check. */
export async function commitSession(request: Request, checkId: string, role: Role, token: string): Promise<string> {
  const sessions = await readSessions(request);
  const { [checkId]: current, ...others } = sessions;
  const kept = Object.entries(others).slice(-(MAX_CHECKS - 1));
  const next: Sessions = { ...Object.fromEntries(kept), [checkId]: { ...current, [role]: token } };
  return cookieFor(request).serialize(next);
}

/** A Set-Cookie header that forgets a check (after it is deleted). */
export async function forgetCheck(request: Request, checkId: string): Promise<string> {
  const { [checkId]: _forgotten, ...others } = await readSessions(request);
  return cookieFor(request).serialize(others);
}

/**
 * The token this browser holds for a role in a check, checked against the
 * database: no session is a 403 (open your link again), a replaced link a
 * 410, anything else that does not match a 404.
 */
export async function requireRole(
  request: Request,
  checkId: string,
  role: Role,
): Promise<{ access: Access; token: string }> {
  const token = await sessionToken(request, checkId, role);
  if (!token) throw new Response("Open the link you were sent to see this page.", { status: 403 });
  const found = await lookupToken(token);
  if (found.status === "revoked") throw new Response("This link has been replaced.", { status: 410 });
  if (found.status !== "active" || found.access.checkId !== checkId || found.access.role !== role) {
    throw new Response("Not found", { status: 404 });
  }
  return { access: found.access, token };
}

/** Where a role's pages live once its link has been opened (no token in the address). */
export function homeFor(checkId: string, role: Role): string {
  return role === "owner" ? `/checks/${checkId}` : `/checks/${checkId}/${role}`;
}
