/**
 * Sessions (ASVS 5.0 chapter 7). Opening a link, claiming an invitation or
 * creating a check starts a fresh server-side session: the browser's cookie
 * holds only a random, signed session secret, and the database only its hash
 * and what it may do (a grant per check and role, tied to the link it came
 * from). Every request re-checks the session against the database: a session
 * ends when idle for IDLE_HOURS, at most MAX_DAYS after it began, on
 * sign-out, or as soon as the link it came from is replaced.
 */
import { deleteExpiredWorkshopAnswers } from "~/models/workshop.server";
import { createHash, randomBytes } from "node:crypto";
import { createCookie, type Cookie } from "@remix-run/node";
import type { Role, SealKeys } from "~/models/check.server";
import { getOrCreateServerKey } from "~/models/keys.server";
import { deleteEndedRateWindows } from "~/models/rate-limit.server";
import {
  deleteStaleSessions,
  endSession,
  findGrant,
  startSession,
  takeFlash,
  touchSession,
  type Authority,
  type Grant,
  type SessionLimits,
} from "~/models/session.server";
import { deriveKey, seal, unseal } from "~/models/tokens.server";
import type { Access } from "~/models/check.server";
import { SIDES, type Side } from "~/domain/types";

export const IDLE_HOURS = 24;
export const MAX_DAYS = 7;
const IDLE_MS = IDLE_HOURS * 60 * 60 * 1000;
const MAX_MS = MAX_DAYS * 24 * 60 * 60 * 1000;
/** The idle clock is restarted at most this often, so reading a page is not a write every time. */
const TOUCH_EVERY_MS = 60 * 1000;

const SECRET_PATTERN = /^[A-Za-z0-9_-]{43}$/;

interface Keys {
  cookies: { secure: Cookie; plain: Cookie };
  seal: SealKeys;
}

let keys: Promise<Keys> | null = null;

/** The signing keys: SESSION_SECRET (newest first, comma-separated), or one the server made and kept. */
function serverKeys(): Promise<Keys> {
  keys ??= (async () => {
    const configured = (process.env.SESSION_SECRET ?? "")
      .split(",")
      .map((key) => key.trim())
      .filter(Boolean);
    const secrets = configured.length > 0 ? configured : [await getOrCreateServerKey("session")];
    const base = { httpOnly: true, sameSite: "lax" as const, path: "/", maxAge: MAX_MS / 1000, secrets };
    const sealKeys = secrets.map((secret) => deriveKey(secret, "invitation-seal"));
    return {
      cookies: {
        // Over HTTPS the cookie is Secure and __Host- prefixed (bound to this host, path /, never sent in clear).
        secure: createCookie("__Host-cg_session", { ...base, secure: true }),
        plain: createCookie("cg_session", { ...base, secure: false }),
      },
      seal: { seal: sealKeys[0] as Buffer, open: sealKeys },
    };
  })();
  keys.catch(() => (keys = null));
  return keys;
}

/** The keys that seal unclaimed invitations, so the owner page can show them until they are claimed. */
export async function sealKeys(): Promise<SealKeys> {
  return (await serverKeys()).seal;
}

async function cookieFor(request: Request): Promise<Cookie> {
  const { cookies } = await serverKeys();
  return new URL(request.url).protocol === "https:" ? cookies.secure : cookies.plain;
}

const hash = (secret: string) => createHash("sha256").update(secret).digest("hex");

function limits(now = new Date()): SessionLimits {
  return { now, idleCutoff: new Date(now.getTime() - IDLE_MS) };
}

/** The session secret in this request's cookie, if it is there and its signature holds. */
async function sessionSecret(request: Request): Promise<string | null> {
  let value: unknown;
  try {
    value = await (await cookieFor(request)).parse(request.headers.get("Cookie"));
  } catch {
    return null;
  }
  return typeof value === "string" && SECRET_PATTERN.test(value) ? value : null;
}

/** New secret links to show the person once, on their next page. */
export interface Flash {
  links: Array<{ role: Role; token: string }>;
}

/**
 * Starts a fresh session holding these grants (and those of the session this
 * browser had, if it is still live), and returns its Set-Cookie header. A new
 * secret every time: a session id that someone planted or saw before is
 * worthless afterwards.
 */
export async function openSession(request: Request, grants: Grant[], flash?: Flash): Promise<string> {
  const secret = randomBytes(32).toString("base64url");
  const previous = await sessionSecret(request);
  const now = limits();
  await startSession({
    idHash: hash(secret),
    expiresAt: new Date(now.now.getTime() + MAX_MS),
    limits: now,
    grants,
    replacing: previous ? hash(previous) : null,
    flash: flash ? seal(JSON.stringify(flash), deriveKey(secret, "flash")) : null,
  });
  return (await cookieFor(request)).serialize(secret);
}

/** The links to show once, if this session has any waiting; they are gone from the database as they are read. */
export async function readFlash(request: Request): Promise<Flash | null> {
  const secret = await sessionSecret(request);
  if (!secret) return null;
  const sealed = await takeFlash(hash(secret));
  const text = sealed ? unseal(sealed, [deriveKey(secret, "flash")]) : null;
  return text ? (JSON.parse(text) as Flash) : null;
}

/** Ends this browser's session for every check it holds, and returns a Set-Cookie header that forgets it. */
export async function signOut(request: Request): Promise<string> {
  const secret = await sessionSecret(request);
  if (secret) await endSession(hash(secret));
  return (await cookieFor(request)).serialize("", { maxAge: 0 });
}

/**
 * This browser's right to act as a role in a check, checked against the
 * database: no session (or one that has expired) is a 403 (open your link
 * again), a replaced link a 410. The authority it returns is checked again
 * inside any write the request makes.
 */
export async function requireRole(
  request: Request,
  checkId: string,
  role: Role,
): Promise<{ access: Access; authority: Authority }> {
  const secret = await sessionSecret(request);
  if (!secret) throw new Response("Open the link you were sent to see this page.", { status: 403 });
  const idHash = hash(secret);
  const now = limits();
  const found = await findGrant({ idHash, checkId, role, limits: now });
  if (found.status === "revoked") throw new Response("This link has been replaced.", { status: 410 });
  if (found.status !== "active") throw new Response("Open the link you were sent to see this page.", { status: 403 });
  if (now.now.getTime() - found.lastSeenAt.getTime() > TOUCH_EVERY_MS) await touchSession(idHash, now.now);
  return {
    access: found.access,
    authority: { checkId, role, tokenHash: found.access.tokenHash, session: { idHash, limits: now } },
  };
}

/** Whether this browser holds a role in a check, without refusing the request when it does not. */
export async function holdsRole(request: Request, checkId: string, role: Role): Promise<boolean> {
  const secret = await sessionSecret(request);
  if (!secret) return false;
  return (await findGrant({ idHash: hash(secret), checkId, role, limits: limits() })).status === "active";
}

/** The sides this browser may also answer for in a check (the creator's own side, say). */
export async function sidesHeld(request: Request, checkId: string): Promise<Side[]> {
  const held = await Promise.all(SIDES.map((side) => holdsRole(request, checkId, side)));
  return SIDES.filter((_, i) => held[i]);
}

/**
 * Deletes what has run out: sessions past their limits (each request also checks them), rate-limit windows that
 * have ended, and workshop participants' answers past their workshop's retention period (issue 18). The server runs
 * it at start-up and every quarter of an hour; any process may, and doing it twice is harmless.
 */
export async function sweepExpired(
  now = new Date(),
): Promise<{ sessions: number; rateWindows: number; workshops: number }> {
  return {
    sessions: await deleteStaleSessions(limits(now)),
    rateWindows: await deleteEndedRateWindows(now),
    workshops: await deleteExpiredWorkshopAnswers(now),
  };
}

/** Where a role's pages live once its link has been opened (no token in the address). */

export function homeFor(checkId: string, role: Role): string {
  // A stakeholder review's (issue 20): its id is its check's.
  if (role === "commissioner" || role === "provider") return `/stakeholder-reviews/${checkId}`;
  if (role === "stakeholder" || role === "stakeholder-open") return `/stakeholder-reviews/${checkId}/answer`;
  return role === "owner" ? `/checks/${checkId}` : `/checks/${checkId}/${role}`;
}
