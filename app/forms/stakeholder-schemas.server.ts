/**
 * The inputs of stakeholder reviews (issue 20), for the API and the pages alike. docs/api.md, "Stakeholder reviews".
 */
import { z } from "zod";
import { SUGGESTED_GROUPS } from "~/domain/stakeholder";
import { STAKEHOLDER_LEVELS } from "~/domain/stakeholder/types";
import { MAX_GROUPS, MAX_INVITATIONS_AT_ONCE, REVIEW_PARTIES } from "~/domain/stakeholder/review";
import { visibleParagraphs, visibleText } from "./schemas.server";

export const FREE_TEXT_MAX = 2000;

const required = (what: string, max: number) =>
  z
    .string({ error: `Enter ${what}` })
    .overwrite(visibleText)
    .min(1, `Enter ${what}`)
    .max(max, `${what.charAt(0).toUpperCase()}${what.slice(1)} must be ${max} characters or fewer`);

const level = z.enum(STAKEHOLDER_LEVELS, {
  error: "Say whether the stakeholders work at operational or strategic level",
});

const groupNames = z
  .array(required("the group’s name", 100), { error: "List the stakeholder groups" })
  .min(1, "Name at least one stakeholder group")
  .max(MAX_GROUPS, `A review has at most ${MAX_GROUPS} stakeholder groups`)
  .refine((names) => new Set(names.map((n) => n.toLowerCase())).size === names.length, {
    message: "Give each stakeholder group a different name",
  });

const reviewDetails = {
  service: required("the name of the service", 200),
  providerName: required("the provider’s name", 200),
  commissionerName: required("the commissioner’s name", 200),
  createdBy: z.enum(REVIEW_PARTIES, { error: "Say whether you are the commissioner or the provider" }),
};

export const newStakeholderReviewSchema = z.strictObject({
  ...reviewDetails,
  groups: groupNames.default([...SUGGESTED_GROUPS]),
});

/**
 * The page's form (issue 20): the groups come as one box, one group a line; blank lines are dropped, and an empty
 * box asks for a group (the API's default applies only when the field is left out altogether).
 */
export const newStakeholderReviewFormSchema = z.strictObject({
  ...reviewDetails,
  groups: z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean)
        : value === undefined
          ? []
          : value,
    groupNames,
  ),
});

/** The dashboard's invitation form: the count as typed (Conform gives a string). */
export const inviteFormSchema = z.strictObject({
  intent: z.literal("invite"),
  groupId: z.string({ error: "Choose a stakeholder group" }).min(1, "Choose a stakeholder group"),
  level: z.enum(STAKEHOLDER_LEVELS, {
    error: "Say whether these stakeholders work at operational or strategic level",
  }),
  count: z.coerce
    .number({ error: "Say how many invitations to make, as a number" })
    .int("Say how many invitations to make, as a whole number")
    .min(1, "Make at least one invitation")
    .max(MAX_INVITATIONS_AT_ONCE, `Make at most ${MAX_INVITATIONS_AT_ONCE} invitations at a time`),
});

export const inviteSchema = z.strictObject({
  groupId: z.string({ error: "Choose a stakeholder group" }).min(1, "Choose a stakeholder group"),
  level,
  count: z
    .number({ error: "Say how many invitations to make" })
    .int("Say how many invitations to make, as a whole number")
    .min(1, "Make at least one invitation")
    .max(MAX_INVITATIONS_AT_ONCE, `Make at most ${MAX_INVITATIONS_AT_ONCE} invitations at a time`),
});

export const joinSchema = z.strictObject({ level });

const rating = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()], {
  error: "Rate each statement from 1 to 5, or null for don’t know",
});
const freeText = z
  .string({ error: "Write the answer as text" })
  .overwrite(visibleParagraphs)
  .max(FREE_TEXT_MAX, `Keep each answer to ${FREE_TEXT_MAX} characters or fewer`)
  .optional();

export const stakeholderAnswersSchema = z.strictObject({
  ratings: z.record(z.string(), rating).default({}),
  text: z.strictObject({ "change-service": freeText, "change-own": freeText }).default({}),
});

/** A shared action from the system discussion. */
export const sharedActionSchema = z.strictObject({
  forWhom: z.enum(["provider", "system"], {
    error: "Say whether the action is the provider’s or another organisation’s",
  }),
  who: required("who will do it", 200),
  what: required("what will be done", 1000),
  dueOn: z
    .string({ error: "Give the date as YYYY-MM-DD" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Give the date as YYYY-MM-DD")
    .refine(
      (d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      {
        message: "Give a real date, as YYYY-MM-DD",
      },
    )
    .optional(),
  themeId: z.string().max(100).optional(),
});
