/**
 * The OpenAPI description of a check: the question bank, creating a check, claiming an invitation, answering,
 * submitting, the report, a side's board and its respondents, and applying to a partner search (docs/api.md,
 * "Endpoints"). Conventions: ./common.ts.
 */
import { z } from "zod";
import {
  AnswerSchema,
  AppliedSchema,
  CheckSchema,
  ClaimedInvitationSchema,
  CreatedCheckSchema,
  InvitedRespondentSchema,
  MissingSchema,
  QuestionnaireSchema,
  ReportSchema,
  reportNotReadyExtra,
  RespondentsSchema,
  SideAnswersSchema,
  SideBoardSchema,
  SubmittedSchema,
} from "~/api/schemas/checks";
import { currentQuestionnaire } from "~/domain/questionnaires";
import {
  apiAnswersBodySchema,
  inviteRespondentBodySchema,
  overridesBodySchema,
  respondentAnswersBodySchema,
} from "~/domain/validation";
import { questionnaireJson } from "~/formats/api-v1";
import { newCheckSchema } from "~/forms/schemas.server";
import { applyBodySchema } from "~/forms/search-schemas.server";
import {
  bearer,
  cacheControl,
  errorResponse,
  errors,
  JSON_BODY_ERRORS,
  jsonBody,
  NO_AUTH,
  noContent,
  ok,
  type ApiDomain,
  EXAMPLE_ORIGIN,
} from "./common";

const CHECKS = "Checks";
const ANSWERS = "Answers";
const RESPONDENTS = "Respondents";

const CHECK_ID = "c_5Jq2m8ZxWv3R";
const TOKEN = "tok_7a1d0e9c4b2f";

const answer: z.input<typeof AnswerSchema> = {
  preferred: 3,
  acceptable: [2, 3, 4],
  importance: "medium",
  redLine: false,
};

/** The question bank an example shows: the current one, cut to its first question and figure. */
function questionnaireExample(): z.input<typeof QuestionnaireSchema> {
  const whole = questionnaireJson(currentQuestionnaire());
  const [dimension] = whole.dimensions;
  return {
    ...whole,
    dimensions: dimension ? [{ ...dimension, items: dimension.items.slice(0, 1) }] : [],
    facts: whole.facts.slice(0, 1),
  };
}

const firstItem = () => currentQuestionnaire().dimensions[0]?.items[0]?.id ?? "service-purpose";

/**
 * The body of PUT /api/v1/answers, described for the current question bank: a side's lead (the organisation's or
 * the prime's figures), or a respondent (answers only). A check on an older bank takes that bank's item ids
 * (GET /api/v1/questionnaire/{version}).
 */
function answersBody() {
  const bank = currentQuestionnaire();
  return z
    .union([
      apiAnswersBodySchema(bank, "vcs").meta({ title: "The organisation's lead" }),
      apiAnswersBodySchema(bank, "prime").meta({ title: "The prime's lead" }),
      respondentAnswersBodySchema(bank).meta({ title: "A respondent" }),
    ])
    .meta({
      description:
        "Any subset of the check's question bank items (and, for a side's lead, its own figures): what is sent " +
        "replaces what was saved for those items. Item ids are those of the check's bank.",
    });
}

const claimConflict = errorResponse("This invitation has already been claimed: ask for a fresh one.");

export const checksDomain: ApiDomain = {
  tags: [
    { name: CHECKS, description: "The question bank, a check, its invitations and its report." },
    { name: ANSWERS, description: "A side's (or a respondent's) answers, its board, and submitting them." },
    { name: RESPONDENTS, description: "Several respondents per side (issue 16): the lead invites and withdraws them." },
  ],
  paths: {
    "/api/v1/questionnaire": {
      get: {
        operationId: "getCurrentQuestionnaire",
        tags: [CHECKS],
        summary: "The current question bank",
        security: NO_AUTH,
        responses: {
          200: ok(
            "The current bank, its questions and figures.",
            QuestionnaireSchema,
            questionnaireExample(),
            cacheControl("public, max-age=300"),
          ),
          ...errors(),
        },
      },
    },
    "/api/v1/questionnaire/{version}": {
      get: {
        operationId: "getQuestionnaire",
        tags: [CHECKS],
        summary: "A published question bank version (never changes)",
        security: NO_AUTH,
        requestParams: {
          path: z.object({ version: z.string().meta({ description: "The bank version, such as 2." }) }),
        },
        responses: {
          200: ok("That bank.", QuestionnaireSchema, questionnaireExample(), cacheControl("public, max-age=86400")),
          ...errors(404),
        },
      },
    },
    "/api/v1/checks": {
      post: {
        operationId: "createCheck",
        tags: [CHECKS],
        summary: "Create a check (rate limited)",
        description:
          "Returns every link's token once; none can be shown again. The sides' tokens are invitations, to be " +
          "claimed, except the side the creator said it answers for (`creatorSide`).",
        security: NO_AUTH,
        requestBody: jsonBody(newCheckSchema, {
          title: "Employment support, Greater Manchester",
          vcsName: "Northside Community Trust",
          primeName: "Acme Employment Services",
        }),
        responses: {
          201: ok("The check and its links.", CreatedCheckSchema, {
            id: CHECK_ID,
            tokens: { owner: "tok_owner", vcs: "tok_vcs_invitation", prime: "tok_prime_invitation" },
            claimed: { vcs: false, prime: false },
            links: {
              owner: `${EXAMPLE_ORIGIN}/i/tok_owner`,
              vcs: `${EXAMPLE_ORIGIN}/i/tok_vcs_invitation`,
              prime: `${EXAMPLE_ORIGIN}/i/tok_prime_invitation`,
            },
          }),
          ...errors(...JSON_BODY_ERRORS, 422),
        },
      },
    },
    "/api/v1/invitations/claim": {
      post: {
        operationId: "claimInvitation",
        tags: [CHECKS],
        summary: "Claim an invitation: its own token comes back, once",
        description: "The invitation opens nothing afterwards, for anyone. Use the returned token for everything else.",
        security: bearer("invitation"),
        responses: {
          200: ok("The role's own token.", ClaimedInvitationSchema, {
            checkId: CHECK_ID,
            role: "vcs",
            token: TOKEN,
            link: `${EXAMPLE_ORIGIN}/i/${TOKEN}`,
          }),
          ...errors(401),
          409: claimConflict,
        },
      },
    },
    "/api/v1/check": {
      get: {
        operationId: "getCheck",
        tags: [CHECKS],
        summary: "The check and each side's status (never the answers)",
        security: bearer("owner", "vcs", "prime"),
        responses: {
          200: ok("The check.", CheckSchema, {
            id: CHECK_ID,
            title: "Employment support, Greater Manchester",
            vcsName: "Northside Community Trust",
            primeName: "Acme Employment Services",
            questionnaireVersion: "2",
            questionSet: "full",
            sides: { vcs: { status: "submitted" }, prime: { status: "in_progress" } },
          }),
          ...errors(401, 403),
        },
      },
    },
    "/api/v1/answers": {
      get: {
        operationId: "getAnswers",
        tags: [ANSWERS],
        summary: "The caller's own answers (a side's lead: with its figures)",
        security: bearer("vcs", "prime", "vcs-respondent", "prime-respondent"),
        responses: {
          200: ok("The answers saved so far.", SideAnswersSchema, {
            status: "in_progress",
            answers: { [firstItem()]: answer },
            facts: { reservesMonths: 4 },
          }),
          ...errors(401, 403),
        },
      },
      put: {
        operationId: "saveAnswers",
        tags: [ANSWERS],
        summary: "Save answers (any subset); what is still missing comes back",
        security: bearer("vcs", "prime", "vcs-respondent", "prime-respondent"),
        requestBody: jsonBody(answersBody(), {
          answers: { [firstItem()]: answer },
          facts: { reservesMonths: 4 },
        }),
        responses: {
          200: ok("Saved.", MissingSchema, { missing: ["values-signup", "reservesMonths"] }),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          409: errorResponse("These answers have been submitted and can no longer be changed."),
          410: errorResponse("The workshop has closed to new answers; what was saved before is kept."),
        },
      },
      delete: {
        operationId: "withdrawAnswers",
        tags: [ANSWERS],
        summary: "A partner search's candidate, or a workshop's participant, withdraws",
        description: "Its answers, its check and its links are deleted.",
        security: bearer("vcs", "prime", "vcs-respondent", "prime-respondent"),
        responses: {
          204: noContent("Withdrawn: nothing of it is kept."),
          ...errors(401, 403),
        },
      },
    },
    "/api/v1/answers/submit": {
      post: {
        operationId: "submitAnswers",
        tags: [ANSWERS],
        summary: "Submit the answers (final)",
        description:
          "A side's lead whose side has respondents may send overrides of the board's combined answer, each with " +
          "a reason; the body is optional, and a respondent sends none.",
        security: bearer("vcs", "prime", "vcs-respondent", "prime-respondent"),
        requestBody: jsonBody(
          overridesBodySchema(currentQuestionnaire()),
          { overrides: { [firstItem()]: { ...answer, reason: "The board agreed this at its March meeting" } } },
          { required: false },
        ),
        responses: {
          200: ok("Submitted.", SubmittedSchema, { status: "submitted" }),
          ...errors(...JSON_BODY_ERRORS, 401, 403),
          409: errorResponse("These answers have already been submitted."),
          410: errorResponse("The workshop has closed to new answers."),
          422: errorResponse(
            "Not every question is answered yet (listed in `missing`), or the overrides are invalid.",
            {
              missing: z.array(z.string()).optional(),
            },
          ),
        },
      },
    },
    "/api/v1/report": {
      get: {
        operationId: "getReport",
        tags: [CHECKS],
        summary: "The report, once both sides have submitted",
        security: bearer("owner", "vcs", "prime"),
        requestParams: {
          query: z.object({
            candidate: z
              .string()
              .optional()
              .meta({ description: "A partner search's owner or prime: which candidate's report." }),
          }),
        },
        responses: {
          200: ok("The report.", ReportSchema, {
            checkId: CHECK_ID,
            questionnaireVersion: "2",
            verdict: { code: "WORKABLE", label: "Workable", why: "Close on most terms; two to negotiate." },
            overall: 72,
            dimensions: [{ id: "mission-values", title: "Mission and values", critical: true, score: 80 }],
            flags: [],
            items: [
              {
                id: firstItem(),
                dimensionId: "mission-values",
                fit: 0.8,
                meetingPoint: 3,
                vcs: answer,
                prime: { ...answer, preferred: 4, acceptable: [3, 4] },
              },
            ],
            method: { version: "2", label: "Method v2", bands: { STRONG: 75, WORKABLE: 55 } },
            questionSet: "full",
            fixedTerms: [],
          }),
          ...errors(401, 403, 404, 422),
          409: errorResponse("The report is ready once both sides have submitted.", reportNotReadyExtra),
        },
      },
    },
    "/api/v1/side": {
      get: {
        operationId: "getSideBoard",
        tags: [ANSWERS],
        summary: "A side's board: the combined answer, overrides, shared notes and the spread",
        security: bearer("vcs", "prime"),
        responses: {
          200: ok("The board.", SideBoardSchema, {
            status: "in_progress",
            submitted: 1,
            invited: 2,
            combined: { answers: { [firstItem()]: answer }, facts: {} },
            overrides: {},
            sharedNotes: {},
            spread: null,
            missing: ["values-signup"],
          }),
          ...errors(401, 403),
        },
      },
    },
    "/api/v1/respondents": {
      get: {
        operationId: "listRespondents",
        tags: [RESPONDENTS],
        summary: "The respondents a side's lead has invited (labels and statuses, never answers)",
        security: bearer("vcs", "prime"),
        responses: {
          200: ok("The respondents.", RespondentsSchema, {
            respondents: [{ id: "r_2xF9", label: "Treasurer", status: "not_started" }],
          }),
          ...errors(401, 403),
        },
      },
      post: {
        operationId: "inviteRespondent",
        tags: [RESPONDENTS],
        summary: "Invite a respondent: the invitation comes back once",
        security: bearer("vcs", "prime"),
        requestBody: jsonBody(inviteRespondentBodySchema, { label: "Treasurer" }),
        responses: {
          201: ok("Invited.", InvitedRespondentSchema, {
            id: "r_2xF9",
            token: "tok_respondent_invitation",
            link: `${EXAMPLE_ORIGIN}/i/tok_respondent_invitation`,
          }),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          409: errorResponse("The side has submitted, or has invited as many respondents as it can."),
        },
      },
    },
    "/api/v1/respondents/{id}": {
      delete: {
        operationId: "withdrawRespondent",
        tags: [RESPONDENTS],
        summary: "Withdraw an invitation: the link stops working and its answers are deleted",
        security: bearer("vcs", "prime"),
        requestParams: { path: z.object({ id: z.string().meta({ description: "The respondent's id." }) }) },
        responses: {
          204: noContent("Withdrawn."),
          ...errors(401, 403, 404),
          409: errorResponse("The respondent has submitted and been counted, or the side has submitted."),
        },
      },
    },
    "/api/v1/apply": {
      post: {
        operationId: "applyToSearch",
        tags: [CHECKS],
        summary: "Apply to a partner search with its code (rate limited)",
        description: "Returns the applicant's own check's token and link, once.",
        security: NO_AUTH,
        requestBody: jsonBody(applyBodySchema, {
          code: "7KQ2M-9XDT4",
          name: "Northside Community Trust",
          email: "bids@northside.example",
        }),
        responses: {
          201: ok("Applied.", AppliedSchema, {
            id: "cand_4Hk2",
            tokens: { vcs: TOKEN },
            links: { vcs: `${EXAMPLE_ORIGIN}/i/${TOKEN}` },
          }),
          ...errors(...JSON_BODY_ERRORS, 404, 422),
          409: errorResponse("This partner search takes no more applications."),
          410: errorResponse("This partner search has closed."),
        },
      },
    },
  },
};
