/** The lead's "Invite someone" form (issue 16): the intent and the optional role label. */
import { z } from "zod";
import { respondentLabelSchema } from "~/domain/validation";

export const inviteFormSchema = z.strictObject({
  intent: z.literal("invite", { error: "This form has a field it does not expect" }),
  label: respondentLabelSchema,
});
