/**
 * The inputs of email updates (issue 13): an address for updates, given when
 * a check is started or on a side's page. A .server module, so zod stays out
 * of the browser bundle.
 * NOTE: kept here rather than in app/forms/schemas.server.ts only so this
 * branch did not edit a file others were editing; it can move there.
 */
import { z } from "zod";
import { newCheckFormSchema } from "~/forms/schemas.server";

export const EMAIL_MAX_LENGTH = 254;

export const emailAddress = z
  .string({ error: "Enter an email address" })
  .trim()
  .min(1, "Enter an email address")
  .max(EMAIL_MAX_LENGTH, `An email address must be ${EMAIL_MAX_LENGTH} characters or fewer`)
  .pipe(z.email({ error: "Enter an email address in the right format, like name@example.org" }));

/** The new-check form when email is switched on: the same fields, and an optional address for the owner. */
export const newCheckWithEmailSchema = newCheckFormSchema.extend({ email: emailAddress.optional() });

/** A side's page: keep an address for updates, or stop them. */
export const sideEmailSchema = z.discriminatedUnion("intent", [
  z.strictObject({ intent: z.literal("save-email"), email: emailAddress }),
  z.strictObject({ intent: z.literal("remove-email") }),
]);
