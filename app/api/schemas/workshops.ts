/**
 * The response bodies of workshops (docs/api.md, "Workshops"), as strict zod objects: the formatters in
 * app/formats/workshop-json.ts are typed by them, and the OpenAPI document (app/api/openapi/workshops.ts) is
 * generated from them, where a field they do not list fails the contract tests.
 */
import { z } from "zod";
import { QUESTION_SETS } from "~/domain/questionnaires";
import { FLAG_CODES } from "~/domain/types";
import { JOIN_CODE_LENGTH, MAX_RETENTION_DAYS } from "~/domain/workshop";
import { isoDate, isoTime, link, publicId, secretToken } from "./shared";

/** Eight characters of Crockford's base 32, meant to be shown on the projector: it opens only a new answer sheet. */
export const JoinCodeSchema = z
  .string()
  .regex(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${JOIN_CODE_LENGTH}}$`))
  .meta({
    description:
      "The workshop's join code, meant to be shown: eight characters of Crockford's base 32. When typed, case, spaces and dashes are ignored, and O, I and L are read as 0, 1 and 1.",
    example: "7KQ2M9XD",
  });

export const WorkshopCreatedSchema = z
  .strictObject({
    id: publicId,
    joinCode: JoinCodeSchema,
    tokens: z.strictObject({
      facilitator: secretToken.meta({
        description: "The facilitator's token (role owner): the room's figures, closing, reopening, deleting.",
      }),
      prime: secretToken
        .optional()
        .meta({ description: "A custom scenario only: answers the scenario's prime side before anyone can join." }),
    }),
    links: z.strictObject({ facilitator: link, join: link, prime: link.optional() }),
  })
  .meta({
    id: "WorkshopCreated",
    description: "A new workshop: the facilitator's token and link, and the join code and link to show the room.",
  });

export const WorkshopSchema = z
  .strictObject({
    id: publicId,
    title: z.string(),
    date: isoDate.meta({ description: "The workshop's day (UK)." }),
    profile: z.string().meta({ description: "A built-in scenario's id, or `custom`.", example: "tighter-embrace" }),
    primeName: z.string().meta({ description: "The scenario prime's name, as participants see it." }),
    scenarioReady: z.boolean().meta({
      description: "Whether the scenario's prime side is submitted (a custom one: once the facilitator has).",
    }),
    questionnaireVersion: z.string().meta({ example: "2" }),
    questionSet: z.enum(QUESTION_SETS),
    sections: z
      .array(z.string())
      .nullable()
      .meta({ description: "The sections asked, by id; null for every section of the set." }),
    joinCode: JoinCodeSchema,
    links: z.strictObject({ join: link }),
    open: z.boolean().meta({ description: "Whether participants can join, save and submit now." }),
    closedAt: isoTime.nullable(),
    retentionDays: z.int().min(1).max(MAX_RETENTION_DAYS),
    deleteAnswersAfter: isoTime.meta({ description: "When participants' answers will be deleted, without asking." }),
    answersDeletedAt: isoTime.nullable().meta({ description: "When they were deleted (null before)." }),
  })
  .meta({
    id: "Workshop",
    description: "A workshop as its facilitator sees it.",
  });

const count = z.int().min(0);

export const WorkshopFiguresSchema = z
  .strictObject({
    joined: count,
    submitted: count,
    counted: count.meta({
      description:
        "How many submitted participants the figures are over: the first to submit, in steps of three; 0 until three have.",
    }),
    items: z
      .array(
        z.strictObject({
          id: z.string().meta({ description: "The item's id, in the bank's order." }),
          positions: z
            .tuple([count, count, count, count, count])
            .meta({ description: "How many chose each preferred position, 1 to 5." }),
          redLines: count.meta({ description: "How many marked the item a red line." }),
        }),
      )
      .nullable(),
    dealbreakers: z
      .array(
        z.strictObject({
          code: z.enum(FLAG_CODES),
          share: z
            .number()
            .min(0)
            .max(1)
            .meta({ description: "The fraction of them whose result against the scenario raised it." }),
        }),
      )
      .nullable(),
  })
  .meta({
    id: "WorkshopFigures",
    description:
      "The room's figures: counts with nothing that names or separates a participant. `items` and `dealbreakers` are null until three have submitted.",
  });

export const WorkshopProfilesSchema = z
  .strictObject({
    profiles: z.array(
      z.strictObject({
        id: z.string().meta({ example: "tighter-embrace" }),
        title: z.string(),
        summary: z.string(),
        primeName: z.string(),
      }),
    ),
  })
  .meta({
    id: "WorkshopProfiles",
    description: "The built-in scenario primes a new workshop can test against, for the current question bank.",
  });

export const WorkshopJoinedSchema = z
  .strictObject({
    tokens: z.strictObject({
      participant: secretToken.meta({ description: "The participant's own token (no claim needed)." }),
    }),
    links: z.strictObject({ participant: link }),
  })
  .meta({
    id: "WorkshopJoined",
    description: "The participant's own check: answer it as a check's VCS side.",
  });
