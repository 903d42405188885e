/**
 * The response bodies of the checks part of the JSON API (docs/api.md): a check, its answers, its report, its
 * respondents and the question bank. Strict objects, so the contract tests (tests/contract/) fail on a field the
 * OpenAPI description does not name; the routes and app/formats/api-v1.ts type their values against these.
 */
import { z } from "zod";
import { FLAG_CODES, IMPORTANCE_LEVELS, SEVERITIES, SIDES } from "~/domain/types";
import { OUTCOMES } from "~/domain/flags";
import { QUESTION_SETS } from "~/domain/questionnaires";

export const SideSchema = z.enum(SIDES).meta({ id: "Side", description: "`vcs` (the organisation) or `prime`." });
const position = z.number().int().min(1).max(5);
export const SideStatusSchema = z
  .enum(["not_started", "in_progress", "submitted"])
  .meta({ id: "SideStatus", description: "How far a side (or a respondent) has got." });
const questionSet = z.enum(QUESTION_SETS).meta({ description: "The whole bank (`full`) or its short core set." });
const sideStatuses = z.strictObject({
  vcs: z.strictObject({ status: SideStatusSchema }),
  prime: z.strictObject({ status: SideStatusSchema }),
});
const sideText = z.strictObject({ vcs: z.string(), prime: z.string() });

/** An answer as the API returns it (app/domain/validation.ts toApiAnswer). */
export const AnswerSchema = z
  .strictObject({
    preferred: position.meta({ description: "1 (most independence) to 5 (fullest integration with the prime)." }),
    acceptable: z.array(position).min(1).max(5).meta({ description: "Every position the side could accept." }),
    importance: z.enum(IMPORTANCE_LEVELS),
    redLine: z.boolean(),
    note: z.string().optional(),
    fixed: z.literal(true).optional().meta({ description: "Bank v2: set by the commissioner or head contract." }),
    clause: z.string().optional().meta({ description: "Bank v2: the sub-contract clause it reflects." }),
    shareNote: z.literal(true).optional().meta({ description: "A respondent shares the note with the lead." }),
  })
  .meta({ id: "Answer" });

const answers = z.record(z.string(), AnswerSchema).meta({ description: "By item id." });
const facts = z.record(z.string(), z.number()).meta({ description: "A side's figures, by fact id." });

export const QuestionnaireSchema = z
  .strictObject({
    version: z.string(),
    dimensions: z.array(
      z.strictObject({
        id: z.string(),
        title: z.string(),
        critical: z.boolean(),
        items: z.array(
          z.strictObject({
            id: z.string(),
            prompt: sideText,
            guidance: z.string(),
            options: z.array(z.strictObject({ value: position, label: sideText })),
            flag: z.strictObject({ code: z.enum(FLAG_CODES), title: z.string() }),
            core: z.literal(true).optional(),
          }),
        ),
      }),
    ),
    facts: z.array(
      z.strictObject({
        id: z.string(),
        side: SideSchema,
        label: z.string(),
        unit: z.enum(["months", "percent", "per year", "days"]),
        optional: z.literal(true).optional(),
        default: z.number().optional(),
      }),
    ),
    method: z.strictObject({ version: z.string(), label: z.string() }),
  })
  .meta({ id: "Questionnaire" });

const roleTokens = z.strictObject({ owner: z.string(), vcs: z.string(), prime: z.string() });

export const CreatedCheckSchema = z
  .strictObject({
    id: z.string(),
    tokens: roleTokens.meta({ description: "Each link's token, shown this once." }),
    claimed: z.strictObject({ vcs: z.boolean(), prime: z.boolean() }).meta({
      description: "A side the creator answers for is claimed already: its token is the side's own, not an invitation.",
    }),
    links: z.strictObject({ owner: z.url(), vcs: z.url(), prime: z.url() }),
  })
  .meta({ id: "CreatedCheck" });

export const CheckSchema = z
  .strictObject({
    id: z.string(),
    title: z.string(),
    vcsName: z.string(),
    primeName: z.string(),
    questionnaireVersion: z.string(),
    questionSet,
    sides: sideStatuses,
    search: z
      .strictObject({ id: z.string(), part: z.enum(["search", "candidate"]) })
      .optional()
      .meta({ description: "A partner search's own check (`search`) or one candidate's (`candidate`)." }),
    workshop: z
      .strictObject({ id: z.string(), part: z.enum(["workshop", "participant"]) })
      .optional()
      .meta({ description: "A workshop's own check (`workshop`) or one participant's (`participant`)." }),
    sections: z.array(z.string()).optional().meta({ description: "A workshop's selection of sections, by id." }),
  })
  .meta({ id: "Check" });

export const ClaimedInvitationSchema = z
  .strictObject({
    checkId: z.string(),
    role: z.string().meta({ description: "The role whose own token this is (`vcs`, `prime`, `vcs-respondent`, …)." }),
    token: z.string().meta({ description: "The side's own token, shown this once." }),
    link: z.url(),
  })
  .meta({ id: "ClaimedInvitation" });

export const AppliedSchema = z
  .strictObject({
    id: z.string().meta({ description: "The candidate's id in the search." }),
    tokens: z.strictObject({ vcs: z.string() }),
    links: z.strictObject({ vcs: z.url() }),
  })
  .meta({ id: "Application" });

export const SideAnswersSchema = z
  .strictObject({
    status: SideStatusSchema,
    answers,
    facts,
    redLineFacts: z.array(z.string()).optional(),
    findingOnlyFacts: z.array(z.string()).optional(),
  })
  .meta({ id: "SideAnswers" });

export const MissingSchema = z
  .strictObject({ missing: z.array(z.string()).meta({ description: "Item and figure ids not answered yet." }) })
  .meta({ id: "Missing" });

export const SubmittedSchema = z.strictObject({ status: z.literal("submitted") }).meta({ id: "Submitted" });

const itemSpread = z.strictObject({
  positions: z.array(z.number().int().min(0)).length(5).meta({ description: "How many preferred positions 1..5." }),
  redLines: z.number().int().min(0),
});

const overrideAnswer = AnswerSchema.extend({ reason: z.string() });

export const SideBoardSchema = z
  .strictObject({
    status: SideStatusSchema,
    submitted: z.number().int().min(0),
    invited: z.number().int().min(0),
    combined: z.strictObject({ answers, facts }),
    overrides: z.record(z.string(), overrideAnswer),
    sharedNotes: z.record(z.string(), z.array(z.string())),
    spread: z.record(z.string(), itemSpread).nullable(),
    missing: z.array(z.string()),
  })
  .meta({ id: "SideBoard" });

export const RespondentsSchema = z
  .strictObject({
    respondents: z.array(z.strictObject({ id: z.string(), label: z.string().nullable(), status: SideStatusSchema })),
  })
  .meta({ id: "Respondents" });

export const InvitedRespondentSchema = z
  .strictObject({
    id: z.string(),
    token: z.string().meta({ description: "The respondent's invitation, shown this once; claim it first." }),
    link: z.url(),
  })
  .meta({ id: "InvitedRespondent" });

const reportBoard = z.strictObject({
  respondents: z.number().int().min(0),
  spread: z.record(z.string(), itemSpread).optional(),
  overrides: z.record(z.string(), overrideAnswer).optional(),
});

export const ReportSchema = z
  .strictObject({
    checkId: z.string(),
    questionnaireVersion: z.string(),
    verdict: z.strictObject({
      code: z.enum(["RED_LINES", "STRONG", "WORKABLE", "WEAK"]),
      label: z.string(),
      why: z.string(),
    }),
    overall: z.number(),
    dimensions: z.array(
      z.strictObject({ id: z.string(), title: z.string(), critical: z.boolean(), score: z.number().nullable() }),
    ),
    flags: z.array(
      z.strictObject({
        code: z.enum(FLAG_CODES),
        severity: z.enum(SEVERITIES),
        itemIds: z.array(z.string()),
        factIds: z.array(z.string()),
        title: z.string(),
        explanation: z.string(),
        questions: z.array(z.string()),
        negotiable: z.array(z.string()),
        outcome: z.strictObject({ status: z.enum(OUTCOMES), note: z.string().nullable() }).nullable(),
        side: SideSchema.optional(),
        viability: z.literal(true).optional(),
        redLineFacts: z.array(z.string()).optional(),
        whoActs: z.string().optional(),
        evidence: z.array(z.string()).optional(),
      }),
    ),
    items: z.array(
      z.strictObject({
        id: z.string(),
        dimensionId: z.string(),
        fit: z.number(),
        meetingPoint: position.nullable(),
        vcs: AnswerSchema,
        prime: AnswerSchema,
      }),
    ),
    method: z.strictObject({
      version: z.string(),
      label: z.string(),
      bands: z.strictObject({ STRONG: z.number(), WORKABLE: z.number() }),
    }),
    questionSet,
    sections: z.array(z.string()).optional(),
    fixedTerms: z.array(z.strictObject({ itemId: z.string(), sides: z.array(SideSchema) })),
    sides: z
      .strictObject({ vcs: reportBoard, prime: reportBoard })
      .optional()
      .meta({ description: "How each side answered when a side had respondents (issue 16)." }),
  })
  .meta({ id: "Report" });

/** The 409 of a report not ready yet: which sides have submitted. */
export const reportNotReadyExtra = { sides: sideStatuses };
