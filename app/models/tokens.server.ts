import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, randomInt } from "node:crypto";

/** 24 random bytes = 192 bits from the CSPRNG, written as 32 base64url characters. */
const TOKEN_BYTES = 24;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{32}$/;

/** Every secret link's token: random, independent of every other (no token can be worked out from another). */
export function generateToken(): string {
  return randomBytes(TOKEN_BYTES).toString("base64url");
}

// Crockford's base 32: no I, L, O or U, so a code read aloud, or typed from a poster or a projector, survives.
const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A short published code from the CSPRNG (a search's apply code, a workshop's join code): 5 bits a character. Not a
 * secret: it opens nothing but a new, empty answer sheet, and its use is rate limited.
 */
export function generateCode(length: number): string {
  let code = "";
  for (let i = 0; i < length; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** Public ids for rows: random, so they reveal nothing about how many checks exist. */
export function generateId(): string {
  return randomBytes(12).toString("base64url");
}

const ID_PATTERN = /^[A-Za-z0-9_-]{16}$/;

/**
 * Whether an id from an address could be one generateId made: anything else is
 * no row of ours, so it is not looked up at all (PostgreSQL refuses some
 * strings outright, a NUL character for one, where SQLite finds nothing).
 */
export function isWellFormedId(id: string): boolean {
  return ID_PATTERN.test(id);
}

export function isWellFormedToken(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

/** Only this hash is ever stored; the token itself exists only in the link. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A 256-bit key for one purpose, from a secret. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return createHmac("sha256", secret).update(`common-ground:${purpose}`).digest();
}

/** AES-256-GCM: the text can be read back only with the key, and any change to it is detected. */
export function seal(text: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((part) => part.toString("base64url")).join(".");
}

/** The sealed text, or null if no key opens it (a rotated key, a damaged value). */
export function unseal(sealed: string, keys: readonly Buffer[]): string | null {
  const [iv, tag, body] = sealed.split(".").map((part) => Buffer.from(part, "base64url"));
  if (!iv || !tag || !body) return null;
  for (const key of keys) {
    try {
      const decipher = createDecipheriv("aes-256-gcm", key, iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
    } catch {
      // not this key
    }
  }
  return null;
}
