/**
 * The server's configuration, parsed once at start-up. A value that is set but
 * not valid stops the server with a message naming the variable and what it
 * accepts, instead of becoming NaN somewhere later. An empty value counts as
 * unset, so the default applies.
 */
import { z } from "zod";

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

function wholeNumber(min: number, max: number, fallback: number) {
  const accepts = { error: `a whole number from ${min} to ${max}` };
  return z.preprocess(
    blankToUndefined,
    z.coerce.number(accepts).int(accepts).min(min, accepts).max(max, accepts).default(fallback),
  );
}

function text(fallback: string, accepts: string) {
  return z.preprocess(blankToUndefined, z.string({ error: accepts }).default(fallback));
}

/** Express's `trust proxy`: a number of hops, or addresses and subnets ("loopback", "10.0.0.0/8", …). */
const trustProxy = z.preprocess(
  blankToUndefined,
  z
    .string()
    .regex(/^[\w.:/, -]+$/, {
      error: "a number of proxy hops (such as 1), or addresses or subnets (such as loopback or 10.0.0.0/8)",
    })
    .transform((value): number | string => (/^\d+$/.test(value) ? Number(value) : value))
    .optional(),
);

const SMTP_URL_ACCEPTS = "an smtp:// or smtps:// address, such as smtp://user:password@mail.example.org:587";

/** Email updates are off unless this is set (issue 13). */
const smtpUrl = z.preprocess(
  blankToUndefined,
  z
    .string()
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return (url.protocol === "smtp:" || url.protocol === "smtps:") && url.hostname !== "";
        } catch {
          return false;
        }
      },
      { error: SMTP_URL_ACCEPTS },
    )
    .optional(),
);

const MAIL_FROM_ACCEPTS = "an address, or a name and an address, such as Common Ground <updates@example.org>";
const mailbox = z.email();

/** "updates@example.org" or "Common Ground <updates@example.org>". */
const mailFrom = z.preprocess(
  blankToUndefined,
  z
    .string()
    .refine(
      (value) => {
        const match = /^(?:[^<>\r\n]*<([^<>\s]+)>|([^<>\s]+))$/.exec(value.trim());
        const address = match?.[1] ?? match?.[2];
        return address !== undefined && mailbox.safeParse(address).success;
      },
      { error: MAIL_FROM_ACCEPTS },
    )
    .optional(),
);

/** The site's own address, printed in emails as its home page (never a check's link). */
const publicUrl = z.preprocess(
  blankToUndefined,
  z
    .url({ protocol: /^https?$/, error: "an http:// or https:// address, such as https://commonground.example.org" })
    .optional(),
);

const envSchema = z.object({
  NODE_ENV: z.preprocess(
    blankToUndefined,
    z.enum(["production", "development", "test"], { error: "production, development or test" }).default("production"),
  ),
  PORT: wholeNumber(1, 65_535, 3000),
  /** Loopback by default: set HOST=0.0.0.0 (or an address) to listen beyond this machine. */
  HOST: text("127.0.0.1", "an address or host name to listen on"),
  MAX_BODY_BYTES: wholeNumber(1, 100 * 1024 * 1024, 256 * 1024),
  RATE_LIMIT_CHECKS_PER_MINUTE: wholeNumber(1, 1_000_000, 30),
  RATE_LIMIT_LINK_OPENS_PER_MINUTE: wholeNumber(1, 1_000_000, 300),
  /**
   * Uses of a workshop join code one address may make a minute (issue 18; opening the join page and joining count
   * one each): a room of phones on a venue's wifi shares one address, so joins have their own, larger allowance (a
   * workshop takes at most 500 participants, and a code has 40 bits, so 600 guesses a minute find nothing).
   */
  RATE_LIMIT_JOINS_PER_MINUTE: wholeNumber(1, 1_000_000, 600),
  /** Refused secrets (a wrong link, cookie or bearer token) one address may present a minute. */
  RATE_LIMIT_SECRET_FAILURES_PER_MINUTE: wholeNumber(1, 1_000_000, 30),
  TRUST_PROXY: trustProxy,
  LOG_LEVEL: z.preprocess(
    blankToUndefined,
    z
      .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
        error: "one of fatal, error, warn, info, debug, trace or silent",
      })
      .default("info"),
  ),
  /** Read by app/db.server.ts; listed here so a blank or odd value is caught with the rest. */
  DATABASE_URL: z.preprocess(blankToUndefined, z.string().optional()),
  /**
   * Read by app/access/session.server.ts: keys that sign the session cookie, newest first, comma-separated.
   * Unset, a key is made once and kept in the database.
   */
  SESSION_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => value.split(",").every((key) => key.trim().length >= 32), {
        error: "one or more keys of at least 32 characters, separated by commas",
      })
      .optional(),
  ),
  SMTP_URL: smtpUrl,
  /** Required when SMTP_URL is set: who the emails are from. */
  MAIL_FROM: mailFrom,
  PUBLIC_URL: publicUrl,
});

const checkedEnvSchema = envSchema.superRefine((env, context) => {
  if (env.SMTP_URL && !env.MAIL_FROM) {
    context.addIssue({ code: "custom", path: ["MAIL_FROM"], message: `${MAIL_FROM_ACCEPTS}, when SMTP_URL is set` });
  }
});

export type Env = z.output<typeof checkedEnvSchema>;

export class InvalidEnvError extends Error {
  override name = "InvalidEnvError";
}

export function parseEnv(env: Record<string, string | undefined>): Env {
  const result = checkedEnvSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "");
    return `  ${name}=${JSON.stringify(shown(name, env[name] ?? ""))}: expected ${issue.message}`;
  });
  throw new InvalidEnvError(`Common Ground cannot start: fix these settings.\n${problems.join("\n")}`);
}

/** A refused SMTP_URL is printed without its password: start-up messages end up in logs. */
function shown(name: string, value: string): string {
  if (name !== "SMTP_URL") return value;
  return value.replace(/^([^:/]*:\/\/[^:@/]*:)[^@/]*@/, "$1***@");
}
