/**
 * Stakeholder reviews' response bodies (the /api/v1/stakeholder-review* routes; docs/api.md, "Stakeholder
 * reviews"). Strict objects: app/formats/stakeholder-json.ts and the routes' JSON are typed by z.infer of these,
 * and the contract tests (tests/contract/stakeholder-contract.test.ts) fail on any field not described here.
 */
import { z } from "zod";
import { REVIEW_PARTIES } from "~/domain/stakeholder/review";
import { STAKEHOLDER_LEVELS } from "~/domain/stakeholder/types";
import type { RoundTrend } from "~/domain/stakeholder/rounds";

const timestamp = z.iso.datetime();
export const reviewPartySchema = z.enum(REVIEW_PARTIES as ["commissioner", "provider"]).meta({ id: "ReviewParty" });
export const stakeholderLevelSchema = z.enum(STAKEHOLDER_LEVELS).meta({ id: "StakeholderLevel" });
const parties = <T extends z.ZodType>(of: T) => z.strictObject({ commissioner: of, provider: of });
const rating = z
  .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()])
  .describe("1 (strongly disagree) to 5 (strongly agree), or null for don't know");

export const stakeholderReviewSchema = z
  .strictObject({
    id: z.string(),
    service: z.string(),
    providerName: z.string(),
    commissionerName: z.string(),
    createdBy: reviewPartySchema,
    questionnaireVersion: z.string(),
    confirmed: parties(z.boolean()),
    round: z.strictObject({
      number: z.number().int().min(1),
      previousId: z.string().nullable(),
      nextId: z.string().nullable(),
    }),
    closedAt: timestamp.nullable(),
    createdAt: timestamp,
    groups: z.array(
      z.strictObject({
        id: z.string(),
        name: z.string(),
        invited: z.number().int().describe("Invitations made and stakeholders started from the open link"),
        submitted: z.number().int().describe("Submitted responses, exactly: who has answered, never what"),
        openLink: z.boolean(),
      }),
    ),
    selfAssessmentSubmitted: z.boolean(),
  })
  .meta({
    id: "StakeholderReview",
    description: "The review as the commissioner and the provider see it: its groups and how many have answered.",
  });

export const createdStakeholderReviewSchema = z
  .strictObject({
    id: z.string(),
    tokens: parties(z.string()).describe("The creator's own token, and an invitation for the other party"),
    claimed: parties(z.boolean()),
  })
  .meta({
    id: "CreatedStakeholderReview",
    description: "The new review's tokens, shown this once.",
  });

export const startedStakeholderRoundSchema = createdStakeholderReviewSchema
  .extend({ number: z.number().int().min(2) })
  .meta({
    id: "StartedStakeholderRound",
    description: "Next year's review: new tokens, the caller's own and an invitation for the other party.",
  });

export const stakeholderInvitationsSchema = z
  .strictObject({
    groupId: z.string(),
    level: stakeholderLevelSchema,
    tokens: z.array(z.string()).describe("One invitation per stakeholder, shown this once"),
  })
  .meta({
    id: "StakeholderInvitations",
  });

export const openLinkSchema = z.strictObject({ groupId: z.string(), token: z.string() });

export const joinedSchema = z.strictObject({ token: z.string(), level: stakeholderLevelSchema });

export const ownAnswersSchema = z
  .strictObject({
    service: z.string(),
    providerName: z.string(),
    questionnaire: z.strictObject({
      version: z.string(),
      themes: z.array(
        z.strictObject({
          id: z.string(),
          title: z.string(),
          description: z.string(),
          statements: z.array(z.strictObject({ id: z.string(), text: z.string(), hint: z.string().optional() })),
        }),
      ),
      freeText: z.array(z.strictObject({ id: z.enum(["change-service", "change-own"]), text: z.string() })),
      scale: z.strictObject({ min: z.literal(1), max: z.literal(5), dontKnow: z.null() }),
    }),
    answers: z.strictObject({
      ratings: z.record(z.string(), rating),
      text: z.strictObject({ "change-service": z.string().optional(), "change-own": z.string().optional() }),
    }),
    submittedAt: timestamp.nullable(),
    closed: z.boolean(),
  })
  .meta({
    id: "StakeholderOwnAnswers",
    description: "The caller's own answers, with the questionnaire in the wording the caller reads.",
  });

export const savedSchema = z.strictObject({ saved: z.literal(true) }).meta({ id: "StakeholderAnswersSaved" });
export const submittedSchema = z
  .strictObject({ submitted: z.literal(true) })
  .meta({ id: "StakeholderAnswersSubmitted" });

const themeFigures = z.strictObject({ themeId: z.string(), mean: z.number().nullable() });
const cellFields = {
  responses: z.number().int(),
  statements: z.array(
    z.strictObject({
      statementId: z.string(),
      counts: z.tuple([z.number().int(), z.number().int(), z.number().int(), z.number().int(), z.number().int()]),
      dontKnow: z.number().int(),
      mean: z.number().nullable(),
      agree: z.number().int().nullable(),
    }),
  ),
  themes: z.array(themeFigures),
};
const cell = z.strictObject(cellFields).meta({ id: "StakeholderFigures" });

export const stakeholderResultsSchema = z
  .strictObject({
    threshold: z.number().int(),
    counted: z.number().int(),
    overall: cell.nullable(),
    groups: z.array(
      z.union([
        z.strictObject({
          id: z.string(),
          name: z.string(),
          shown: z.literal(true),
          ...cellFields,
          freeText: z.strictObject({ "change-service": z.array(z.string()), "change-own": z.array(z.string()) }),
        }),
        z.strictObject({ id: z.string(), name: z.string(), shown: z.literal(false) }),
      ]),
    ),
    levels: z.array(z.strictObject({ level: stakeholderLevelSchema, cell })).nullable(),
    selfAssessment: z.record(z.string(), rating).nullable(),
    selfThemes: z.array(themeFigures).nullable(),
    selfText: z
      .strictObject({ "change-service": z.string().optional(), "change-own": z.string().optional() })
      .nullable()
      .meta({
        description: "The provider's own free-text answers, as its own (no threshold); a blank question is left out",
      }),
    divergence: z.array(
      z.strictObject({
        statementId: z.string(),
        themeId: z.string(),
        self: rating,
        system: z.number().nullable(),
        gap: z.number().nullable(),
        groupSpread: z.number().nullable(),
        dontKnowShare: z.number().nullable(),
        reasons: z.array(z.enum(["self-higher", "self-lower", "groups-differ", "not-known"])),
      }),
    ),
  })
  .meta({
    id: "StakeholderResults",
    description: "The results once the review is closed; a group below the threshold shows nothing.",
  });

export const sharedActionJsonSchema = z
  .strictObject({
    id: z.string(),
    forWhom: z.enum(["provider", "system"]),
    who: z.string(),
    what: z.string(),
    dueOn: z.iso.date().nullable(),
    themeId: z.string().nullable(),
    recordedBy: reviewPartySchema,
    createdAt: timestamp,
  })
  .meta({
    id: "SharedAction",
  });

export const sharedActionsSchema = z
  .strictObject({ actions: z.array(sharedActionJsonSchema) })
  .meta({ id: "SharedActions" });

const means = z.array(z.number().nullable()).describe("One entry per round, in order");
export const stakeholderRoundsSchema = z
  .strictObject({
    rounds: z.array(
      z.strictObject({
        id: z.string(),
        number: z.number().int().min(1),
        createdAt: timestamp,
        closedAt: timestamp.nullable(),
      }),
    ),
    trend: z.strictObject({
      rounds: z.array(z.strictObject({ number: z.number().int(), closed: z.boolean() })),
      overall: z.array(z.strictObject({ themeId: z.string(), means })),
      groups: z.array(
        z.strictObject({ name: z.string(), themes: z.array(z.strictObject({ themeId: z.string(), means })) }),
      ),
    }),
  })
  .meta({
    id: "StakeholderRounds",
    description: "Every review in the chain, first first, and each theme's mean round by round.",
  });

export type StakeholderReviewJson = z.infer<typeof stakeholderReviewSchema>;
export type StakeholderResultsJson = z.infer<typeof stakeholderResultsSchema>;
export type OwnAnswersJson = z.infer<typeof ownAnswersSchema>;
export type SharedActionJson = z.infer<typeof sharedActionJsonSchema>;
export type StakeholderRoundsJson = z.infer<typeof stakeholderRoundsSchema>;
export type CreatedStakeholderReviewJson = z.infer<typeof createdStakeholderReviewSchema>;
export type InvitationsJson = z.infer<typeof stakeholderInvitationsSchema>;
export type OpenLinkJson = z.infer<typeof openLinkSchema>;
export type JoinedJson = z.infer<typeof joinedSchema>;
export type SavedJson = z.infer<typeof savedSchema>;
export type SubmittedJson = z.infer<typeof submittedSchema>;
export type SharedActionsJson = z.infer<typeof sharedActionsSchema>;
export type StartedStakeholderRoundJson = z.infer<typeof startedStakeholderRoundSchema>;

// The domain's trend is what the schema describes, both ways round.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const trendMatchesDomain: Same<StakeholderRoundsJson["trend"], RoundTrend> extends true ? true : never = true;
