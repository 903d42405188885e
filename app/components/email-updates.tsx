/**
 * "Updates by email" on the owner's and each side's page (only when the site
 * sends email): keep an address for updates, or remove it. Plain forms.
 */
import { Form } from "@remix-run/react";
import { payloadValue, type FieldErrors } from "~/forms/field-names";
import { ErrorSummary, TextField, errorLinks } from "./form";

/** The "?email=saved" or "?email=removed" an update's redirect leaves, read back for the banner. */
export const emailChange = (value: string | null): "saved" | "removed" | null =>
  value === "saved" || value === "removed" ? value : null;

export function EmailUpdates({
  email,
  resultReady,
  when,
  form,
}: {
  email: { address: string | null; changed: "saved" | "removed" | null };
  resultReady: boolean;
  /** When the emails come: "when the other side submits and when the result is ready". */
  when: string;
  /** What the action sent back after a refused address: its errors and what was typed. */
  form: { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;
}) {
  const errors = form?.errors;
  return (
    <section aria-labelledby="email-updates">
      <h2 id="email-updates">Updates by email</h2>
      {email.changed ? (
        <div className="success-banner" role="status">
          <p>
            <strong>
              {email.changed === "saved"
                ? "Your email address has been saved."
                : "Your email address has been removed."}
            </strong>
            {email.changed === "removed" ? " Nothing more will be sent to it about this check." : null}
          </p>
        </div>
      ) : null}
      {email.address ? (
        <>
          <p>
            {resultReady
              ? `The result is ready, so nothing more will be sent to ${email.address}.`
              : `We will email ${email.address} ${when}.`}{" "}
            The emails never contain anyone’s answers or your link.
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="remove-email" />
            <button type="submit" className="button button--secondary">
              Remove this email address
            </button>
          </Form>
        </>
      ) : (
        <Form method="post" noValidate>
          <ErrorSummary errors={errorLinks(errors, ["email"])} />
          <input type="hidden" name="intent" value="save-email" />
          <TextField
            name="email"
            type="email"
            label={`Email me ${when}`}
            hint="Optional. The emails never contain anyone’s answers or your link, and you can remove the address here at any time."
            error={errors?.email}
            defaultValue={payloadValue(form?.values, "email")}
            autoComplete="email"
            spellCheck={false}
          />
          <button type="submit" className="button button--secondary">
            Save email address
          </button>
        </Form>
      )}
    </section>
  );
}
