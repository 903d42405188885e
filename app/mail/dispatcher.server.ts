/**
 * Sends the update emails the outbox holds (issue 13), off every request's
 * path. The server starts one per process when SMTP_URL is set (server/index.ts
 * loads this module as build/mail.js). Each pass claims due rows with one
 * atomic UPDATE, so several processes on one database never hold the same row;
 * reads the address at send time, so a removed address is not mailed; sends;
 * and settles the row, or puts it back with a longer wait each time, up to a
 * bounded number of attempts. A process that dies mid-send leaves its rows
 * claimed until the lease ends; another pass then sends them: delivery is at
 * least once. Logs name the row, never the address or a link.
 */
import nodemailer from "nodemailer";
import { updateEmail } from "~/formats/email";
import {
  claimDueNotifications,
  deferNotification,
  getNotificationContext,
  giveUpExhaustedNotifications,
  settleNotification,
  type ClaimedNotification,
} from "~/models/notification.server";

/** The part of a pino logger the dispatcher uses. */
export interface MailLogger {
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface DispatcherOptions {
  /** smtp://user:pass@host:port or smtps://… (server/env.ts has checked it). */
  smtpUrl: string;
  /** The From header, such as "Common Ground <updates@example.org>". */
  from: string;
  /** The site's home page, printed in emails; never a check's address. */
  homeUrl?: string | undefined;
  logger: MailLogger;
  /** How often to look for due rows. */
  pollMs?: number;
  /** How long a claim holds a row; longer than the SMTP timeouts below, so a live send is never taken over. */
  leaseMs?: number;
  /** Rows per pass. */
  batchSize?: number;
  maxAttempts?: number;
  /** The wait after the first failure; it doubles after each, up to `retryMaxMs`. */
  retryBaseMs?: number;
  retryMaxMs?: number;
}

const DEFAULTS = {
  pollMs: 5_000,
  leaseMs: 5 * 60_000,
  batchSize: 20,
  maxAttempts: 8,
  retryBaseMs: 60_000,
  retryMaxMs: 60 * 60_000,
};

export interface MailDispatcher {
  /** One pass: claims what is due and tries to send it. Resolves to the number of rows claimed. */
  runOnce(): Promise<number>;
  /** Stops polling, waits for a pass in progress, closes the SMTP connection. */
  stop(): Promise<void>;
}

/** Builds a dispatcher without starting its timer (tests drive `runOnce`). */
export function createMailDispatcher(options: DispatcherOptions): MailDispatcher {
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  const transport = nodemailer.createTransport({
    url: options.smtpUrl,
    // Well inside the lease, so a claim never ends while its send is still going.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const { logger } = options;

  const backoff = (attempts: number) =>
    Math.min(settings.retryMaxMs, settings.retryBaseMs * 2 ** Math.max(0, attempts - 1));

  async function deliver(row: ClaimedNotification): Promise<void> {
    const about = { outboxId: row.id, checkId: row.checkId, kind: row.kind, toRole: row.toRole, attempt: row.attempts };
    const context = await getNotificationContext(row);
    if (!context) {
      await settleNotification({ id: row.id, claimToken: row.claimToken, outcome: "no_address", now: new Date() });
      logger.info(about, "update email not sent: no address for this role any more");
      return;
    }
    if (row.kind === "side_submitted" && context.submitted.vcs && context.submitted.prime) {
      // The "result is ready" email queued with the second submission says more, and says it truly.
      await settleNotification({ id: row.id, claimToken: row.claimToken, outcome: "superseded", now: new Date() });
      return;
    }
    const email = updateEmail({
      kind: row.kind,
      to: row.toRole,
      aboutSide: row.aboutSide,
      title: context.title,
      names: context.names,
      homeUrl: options.homeUrl,
    });
    try {
      await transport.sendMail({ from: options.from, to: context.email, subject: email.subject, text: email.text });
    } catch (error) {
      const giveUp = row.attempts >= settings.maxAttempts;
      const wait = backoff(row.attempts);
      await deferNotification({
        id: row.id,
        claimToken: row.claimToken,
        nextAttemptAt: new Date(Date.now() + wait),
        giveUp,
      });
      // NOTE: only the error's code: an SMTP error's message can quote the recipient's address.
      logger.warn(
        { ...about, ...smtpErrorCode(error), ...(giveUp ? { gaveUp: true } : { retryInMs: wait }) },
        giveUp ? "update email failed for the last time; giving up" : "update email failed; will try again",
      );
      return;
    }
    await settleNotification({ id: row.id, claimToken: row.claimToken, outcome: "sent", now: new Date() });
    logger.info(about, "update email sent");
  }

  async function runOnce(): Promise<number> {
    const now = new Date();
    const exhausted = await giveUpExhaustedNotifications({ now, maxAttempts: settings.maxAttempts });
    if (exhausted > 0) logger.warn({ rows: exhausted }, "update emails given up after their last attempt was lost");
    const rows = await claimDueNotifications({
      now,
      leaseMs: settings.leaseMs,
      limit: settings.batchSize,
      maxAttempts: settings.maxAttempts,
    });
    for (const row of rows) {
      try {
        await deliver(row);
      } catch (error) {
        // A database error while settling: the claim runs out and the row is tried again.
        logger.error({ outboxId: row.id, ...smtpErrorCode(error) }, "update email could not be settled");
      }
    }
    return rows.length;
  }

  return {
    runOnce,
    async stop() {
      transport.close();
    },
  };
}

/** Starts a dispatcher that runs a pass every `pollMs` (a pass never overlaps the one before). */
export function startMailDispatcher(options: DispatcherOptions): MailDispatcher {
  const dispatcher = createMailDispatcher(options);
  const pollMs = options.pollMs ?? DEFAULTS.pollMs;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const tick = () => {
    running = dispatcher
      .runOnce()
      .catch((error: unknown) => options.logger.error(smtpErrorCode(error), "update email pass failed"))
      .finally(() => {
        if (!stopped) schedule();
      });
  };
  const schedule = () => {
    timer = setTimeout(tick, pollMs);
    // The dispatcher alone never keeps the process alive.
    timer.unref();
  };
  tick();
  options.logger.info({ pollMs }, "update emails: dispatcher started");

  return {
    runOnce: dispatcher.runOnce,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await dispatcher.stop();
    },
  };
}

function smtpErrorCode(error: unknown): { code?: string; responseCode?: number; error?: string } {
  if (typeof error !== "object" || error === null) return { error: "unknown" };
  const { code, responseCode, name } = error as { code?: unknown; responseCode?: unknown; name?: unknown };
  return {
    ...(typeof code === "string" ? { code } : {}),
    ...(typeof responseCode === "number" ? { responseCode } : {}),
    ...(typeof name === "string" ? { error: name } : {}),
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
