/**
 * The "Updates by email" form's action, shared by the owner's and each side's
 * page: keep or remove the address of whoever holds the session (its role
 * decides whose address it is).
 */
import { data, redirect } from "@remix-run/node";
import { parseForm } from "~/forms/parse.server";
import { mailConfigured, removeNotificationAddress, saveNotificationAddress } from "~/models/notification.server";
import type { Authority } from "~/models/session.server";
import { sideEmailSchema } from "./schemas.server";

export async function emailUpdatesAction(formData: FormData, authority: Authority, base: string) {
  if (!mailConfigured()) throw new Response("This site does not send email updates.", { status: 404 });
  const result = parseForm(formData, sideEmailSchema);
  if (!result.ok) return data({ errors: result.errors, values: result.values }, { status: 400 });
  // Who is asking is checked again inside the write: a replaced link changes nothing.
  const done =
    result.value.intent === "save-email"
      ? await saveNotificationAddress({ authority, email: result.value.email })
      : await removeNotificationAddress({ authority });
  if (done.status === "unauthorised") throw new Response("This link has been replaced.", { status: 410 });
  return redirect(`${base}?email=${result.value.intent === "save-email" ? "saved" : "removed"}#email-updates`, 303);
}
