import { createHash, createHmac, randomBytes } from "node:crypto";

/** 24 random bytes = 192 bits from the CSPRNG, written as 32 base64url characters. */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

/** Public ids for rows: random, so they reveal nothing about how many checks exist. */
export function generateId(): string {
  return randomBytes(12).toString("base64url");
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Only this hash is ever stored; the token itself exists only in the link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/**
 * A side's link is derived from the owner's: HMAC-SHA256(owner token,
 * "role:generation"), cut to the same 192 bits. The owner page can then show
 * the invitation links again at any time while the database keeps only
 * hashes. Whoever lacks the owner token cannot derive them; a side's token
 * reveals nothing about the owner's. Bumping the generation reissues a link.
 */
export function deriveSideToken(ownerToken: string, role: string, generation = 1): string {
  return createHmac("sha256", ownerToken)
    .update(`${role}:${generation}`)
    .digest()
    .subarray(0, TOKEN_BYTES)
    .toString("base64url");
}
