/**
 * The OpenAPI description of stakeholder reviews: POST /api/v1/stakeholder-reviews and every operation under
 * /api/v1/stakeholder-review (docs/api.md, "Stakeholder reviews"; docs/method.md, "Stakeholder reviews"). Request
 * bodies are the schemas the routes parse with (app/forms/stakeholder-schemas.server.ts); response bodies are
 * app/api/schemas/stakeholder.ts, which the formatters and routes are typed by. Conventions: ./common.ts.
 */
import { z } from "zod";
import {
  createdStakeholderReviewSchema,
  joinedSchema,
  openLinkSchema,
  ownAnswersSchema,
  savedSchema,
  sharedActionJsonSchema,
  sharedActionsSchema,
  stakeholderInvitationsSchema,
  stakeholderResultsSchema,
  stakeholderReviewSchema,
  stakeholderRoundsSchema,
  startedStakeholderRoundSchema,
  submittedSchema,
} from "~/api/schemas/stakeholder";
import {
  inviteSchema,
  joinSchema,
  newStakeholderReviewSchema,
  sharedActionSchema,
  stakeholderAnswersSchema,
} from "~/forms/stakeholder-schemas.server";
import { nextRoundSchema } from "~/api/schemas/rounds";
import {
  bearer,
  errorResponse,
  errors,
  JSON_BODY_ERRORS,
  jsonBody,
  NO_AUTH,
  noContent,
  ok,
  type ApiDomain,
} from "./common";

const TAG = "Stakeholder reviews";
const RUNNERS = ["commissioner", "provider"] as const;
const ANSWERERS = ["stakeholder", "provider"] as const;

const REVIEW_ID = "c_Hw4eR7sT2kYq";
const GROUP_ID = "g_9Lm3Qa";

/** Every operation with a review's token: the review may have been deleted since (a 404). */
const deleted = errorResponse("The stakeholder review has been deleted (`Authorization`).");

const groupParams = {
  path: z.object({
    groupId: z.string().meta({ description: "A group's id, as `groups[].id` gives it.", example: GROUP_ID }),
  }),
};
const actionParams = {
  path: z.object({
    actionId: z.string().meta({ description: "An action's id, as `actions[].id` gives it.", example: "a_2Vx8" }),
  }),
};

const review = {
  id: REVIEW_ID,
  service: "Healthwatch Eastshire",
  providerName: "Eastshire Community Voice",
  commissionerName: "Eastshire County Council",
  createdBy: "commissioner" as const,
  questionnaireVersion: "1",
  confirmed: { commissioner: true, provider: true },
  round: { number: 1, previousId: null, nextId: null },
  closedAt: null,
  createdAt: "2026-12-01T09:00:00.000Z",
  groups: [{ id: GROUP_ID, name: "GP practices", invited: 3, submitted: 2, openLink: false }],
  selfAssessmentSubmitted: false,
};

const figures = {
  responses: 3,
  statements: [
    {
      statementId: "listening-hears-seldom-heard",
      counts: [0, 1, 0, 2, 0] as [number, number, number, number, number],
      dontKnow: 0,
      mean: 3.3,
      agree: 67,
    },
  ],
  themes: [{ themeId: "listening", mean: 3.3 }],
};

const action = {
  id: "a_2Vx8",
  forWhom: "system" as const,
  who: "Eastshire GP Federation",
  what: "Share the practices' feedback with the service each quarter",
  dueOn: "2027-03-31",
  themeId: "listening",
  recordedBy: "commissioner" as const,
  createdAt: "2026-12-02T10:00:00.000Z",
};

const closedOrUnconfirmed =
  "Before both the commissioner and the provider have confirmed the review, or once it is closed";

export const stakeholderReviewsDomain: ApiDomain = {
  tags: [
    {
      name: TAG,
      description:
        "A 360° review of one relational service: its commissioner and its provider run it together, stakeholders " +
        "invited by group and level rate statements about it, the provider rates the same statements about " +
        "itself, and the results, by group and level with an anonymity threshold of three, are set beside that " +
        'self-assessment (docs/method.md, "Stakeholder reviews"). Nobody, the two who run it included, reads one ' +
        "stakeholder's answers. The endpoints are under /api/v1/stakeholder-review (singular: the token says which " +
        "review), except creation.",
    },
  ],
  paths: {
    "/api/v1/stakeholder-reviews": {
      post: {
        operationId: "createStakeholderReview",
        tags: [TAG],
        summary: "Create a stakeholder review",
        description:
          "The creator's own token (counting as confirmed) and an invitation for the other party, who claims it " +
          "with POST /api/v1/invitations/claim and confirms before anyone is invited. Without `groups` the review " +
          "has the five suggested groups. Neither token is shown again.",
        security: NO_AUTH,
        requestBody: jsonBody(newStakeholderReviewSchema, {
          service: "Healthwatch Eastshire",
          providerName: "Eastshire Community Voice",
          commissionerName: "Eastshire County Council",
          createdBy: "commissioner",
          groups: ["GP practices", "Council officers", "Residents' representatives"],
        }),
        responses: {
          201: ok("The new review's tokens", createdStakeholderReviewSchema, {
            id: REVIEW_ID,
            tokens: { commissioner: "tok_commissioner_4b7e", provider: "tok_invitation_9a2c" },
            claimed: { commissioner: true, provider: false },
          }),
          ...errors(...JSON_BODY_ERRORS, 422),
        },
      },
    },
    "/api/v1/stakeholder-review": {
      get: {
        operationId: "getStakeholderReview",
        tags: [TAG],
        summary: "Read the review: its groups and how many have answered",
        description:
          "Each group's `invited` and exact `submitted` counts (below the threshold too, so the two who run it " +
          "know whom to remind): counts only, never what anyone answered.",
        security: bearer(...RUNNERS),
        responses: {
          200: ok("The review", stakeholderReviewSchema, review),
          ...errors(401, 403),
          404: deleted,
        },
      },
      delete: {
        operationId: "deleteStakeholderReview",
        tags: [TAG],
        summary: "Delete the review and every answer with it",
        description:
          "For good: its links, sessions, groups, invitations, responses, ratings, free text and actions. Next " +
          "year's review, if any, stays, no longer linked back.",
        security: bearer("commissioner"),
        responses: { 204: noContent("Deleted"), ...errors(401, 403), 404: deleted },
      },
    },
    "/api/v1/stakeholder-review/confirm": {
      post: {
        operationId: "confirmStakeholderReview",
        tags: [TAG],
        summary: "Confirm that you run the review with the other party",
        description:
          "No body. Confirming again changes nothing; one party's confirmation never stands in for the other's.",
        security: bearer(...RUNNERS),
        responses: {
          200: ok("The review", stakeholderReviewSchema, review),
          ...errors(401, 403),
          404: deleted,
        },
      },
    },
    "/api/v1/stakeholder-review/invitations": {
      post: {
        operationId: "inviteStakeholders",
        tags: [TAG],
        summary: "Make invitations for a group at a level",
        description:
          "One invitation per stakeholder, claimed with POST /api/v1/invitations/claim by whoever opens it first. " +
          "Shown this once (only their hashes are kept); they cannot be withdrawn.",
        security: bearer(...RUNNERS),
        requestBody: jsonBody(inviteSchema, { groupId: GROUP_ID, level: "operational", count: 3 }),
        responses: {
          201: ok("The invitations", stakeholderInvitationsSchema, {
            groupId: GROUP_ID,
            level: "operational",
            tokens: ["tok_inv_1a", "tok_inv_2b", "tok_inv_3c"],
          }),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          404: errorResponse("The review has no such group (`groupId`), or has been deleted."),
          409: errorResponse(
            `${closedOrUnconfirmed}; or the review would pass 500 stakeholders (\`count\`: the message says how ` +
              "many more it can take).",
          ),
        },
      },
    },
    "/api/v1/stakeholder-review/groups/{groupId}/open-link": {
      post: {
        operationId: "makeStakeholderOpenLink",
        tags: [TAG],
        summary: "Make a group's open link afresh",
        description:
          "Anyone with it can join the group at the level they say. The group's earlier open link stops working at " +
          "once; stakeholders who joined from it keep their own tokens. Shown this once.",
        security: bearer(...RUNNERS),
        requestParams: groupParams,
        responses: {
          201: ok("The open link's token", openLinkSchema, { groupId: GROUP_ID, token: "tok_open_7d4f" }),
          ...errors(401, 403),
          404: errorResponse("The review has no such group (`groupId`), or has been deleted."),
          409: errorResponse(closedOrUnconfirmed),
        },
      },
    },
    "/api/v1/stakeholder-review/join": {
      post: {
        operationId: "joinStakeholderReview",
        tags: [TAG],
        summary: "Join a group from its open link",
        description:
          "With the open link as the bearer token: a stakeholder's own token for the link's group at the level " +
          "given, shown this once. Every join makes a new stakeholder. Rate limited with workshop joins.",
        security: bearer("stakeholder-open"),
        requestBody: jsonBody(joinSchema, { level: "strategic" }),
        responses: {
          201: ok("A stakeholder's own token", joinedSchema, { token: "tok_stakeholder_3e8a", level: "strategic" }),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          409: errorResponse("The review is closed, or has 500 stakeholders."),
          410: errorResponse("The open link was replaced while the request was under way."),
        },
      },
    },
    "/api/v1/stakeholder-review/answers": {
      get: {
        operationId: "getOwnStakeholderAnswers",
        tags: [TAG],
        summary: "Read your own answers, with the questionnaire",
        description:
          "A stakeholder's own answers, or the provider's self-assessment, with the questionnaire in the wording " +
          "the caller reads. A statement not yet answered is absent from `ratings`.",
        security: bearer(...ANSWERERS),
        responses: {
          200: ok("Your answers", ownAnswersSchema, {
            service: "Healthwatch Eastshire",
            providerName: "Eastshire Community Voice",
            questionnaire: {
              version: "1",
              themes: [
                {
                  id: "listening",
                  title: "Listening to the public",
                  description: "How the service hears people, the seldom heard included.",
                  statements: [
                    { id: "listening-hears-seldom-heard", text: "The service hears from people seldom heard." },
                  ],
                },
              ],
              freeText: [
                { id: "change-service", text: "What one thing should the service change?" },
                { id: "change-own", text: "What one thing could your organisation change?" },
              ],
              scale: { min: 1, max: 5, dontKnow: null },
            },
            answers: { ratings: { "listening-hears-seldom-heard": 4 }, text: {} },
            submittedAt: null,
            closed: false,
          }),
          ...errors(401, 403),
          404: deleted,
        },
      },
      put: {
        operationId: "saveOwnStakeholderAnswers",
        tags: [TAG],
        summary: "Save your own answers (any part of them)",
        description:
          "Replaces the ratings given (a rating can change, or become null for don't know, but not go back to " +
          'unanswered). A free-text answer given replaces the one saved ("" removes it). Submitting is ' +
          "POST /api/v1/stakeholder-review/answers/submit.",
        security: bearer(...ANSWERERS),
        requestBody: jsonBody(stakeholderAnswersSchema, {
          ratings: { "listening-hears-seldom-heard": 4, "listening-reports-fairly": null },
          text: { "change-service": "Report back to us sooner" },
        }),
        responses: {
          200: ok("Saved", savedSchema, { saved: true }),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          404: deleted,
          409: errorResponse("These answers have been submitted, or the review is closed."),
        },
      },
    },
    "/api/v1/stakeholder-review/answers/submit": {
      post: {
        operationId: "submitOwnStakeholderAnswers",
        tags: [TAG],
        summary: "Submit your own answers",
        description:
          "No body. Every statement must have a rating or don't know; free text is optional. The answers never " +
          "change after this.",
        security: bearer(...ANSWERERS),
        responses: {
          200: ok("Submitted", submittedSchema, { submitted: true }),
          ...errors(401, 403),
          404: deleted,
          409: errorResponse("Already submitted, or the review is closed."),
          422: errorResponse("Statements still unanswered, each as `ratings.<id>`."),
        },
      },
    },
    "/api/v1/stakeholder-review/close": {
      post: {
        operationId: "closeStakeholderReview",
        tags: [TAG],
        summary: "Close the review to answers",
        description: "For good: no more saves, submissions, invitations, open links or joins; the results can be read.",
        security: bearer("commissioner"),
        responses: {
          200: ok("The review, closed", stakeholderReviewSchema, { ...review, closedAt: "2027-01-15T17:00:00.000Z" }),
          ...errors(401, 403),
          404: deleted,
        },
      },
    },
    "/api/v1/stakeholder-review/results": {
      get: {
        operationId: "getStakeholderResults",
        tags: [TAG],
        summary: "Read the results",
        description:
          "Once the review is closed. A group below three submitted responses shows nothing and is counted nowhere; " +
          "levels show only where both reach the threshold; free text only for a group shown.",
        security: bearer(...RUNNERS),
        responses: {
          200: ok("The results", stakeholderResultsSchema, {
            threshold: 3,
            counted: 3,
            overall: figures,
            groups: [
              {
                id: GROUP_ID,
                name: "GP practices",
                shown: true,
                ...figures,
                freeText: { "change-service": ["Answer emails sooner"], "change-own": [] },
              },
              { id: "g_4Tn8Wc", name: "Residents' representatives", shown: false },
            ],
            levels: null,
            selfAssessment: { "listening-hears-seldom-heard": 5 },
            selfThemes: [{ themeId: "listening", mean: 5 }],
            selfText: { "change-own": "Tell us sooner\nwhen plans change" },
            divergence: [
              {
                statementId: "listening-hears-seldom-heard",
                themeId: "listening",
                self: 5,
                system: 3.3,
                gap: 1.7,
                groupSpread: null,
                dontKnowShare: 0,
                reasons: ["self-higher"],
              },
            ],
          }),
          ...errors(401, 403),
          404: deleted,
          409: errorResponse("The review is not closed yet: until then each new answer would show."),
        },
      },
    },
    "/api/v1/stakeholder-review/actions": {
      get: {
        operationId: "listStakeholderActions",
        tags: [TAG],
        summary: "List the shared actions",
        security: bearer(...RUNNERS),
        responses: {
          200: ok("The actions, in the order recorded", sharedActionsSchema, { actions: [action] }),
          ...errors(401, 403),
          404: deleted,
        },
      },
      post: {
        operationId: "addStakeholderAction",
        tags: [TAG],
        summary: "Record a shared action",
        description: "Who, what, by when: whether or not the review is closed.",
        security: bearer(...RUNNERS),
        requestBody: jsonBody(sharedActionSchema, {
          forWhom: "system",
          who: "Eastshire GP Federation",
          what: "Share the practices' feedback with the service each quarter",
          dueOn: "2027-03-31",
          themeId: "listening",
        }),
        responses: {
          201: ok("The action as listed", sharedActionJsonSchema, action),
          ...errors(...JSON_BODY_ERRORS, 401, 403, 422),
          404: deleted,
          409: errorResponse("The review already records 100 actions."),
        },
      },
    },
    "/api/v1/stakeholder-review/actions/{actionId}": {
      delete: {
        operationId: "removeStakeholderAction",
        tags: [TAG],
        summary: "Remove a shared action",
        security: bearer(...RUNNERS),
        requestParams: actionParams,
        responses: {
          204: noContent("Removed"),
          ...errors(401, 403),
          404: errorResponse("The review has no such action (`actionId`), or has been deleted."),
        },
      },
    },
    "/api/v1/stakeholder-review/rounds": {
      get: {
        operationId: "listStakeholderRounds",
        tags: [TAG],
        summary: "The service's reviews year on year",
        description:
          "Every review in the chain, first first, and each theme's mean round by round: `null` for a round not " +
          "closed, a group below the threshold that round, or (overall) a round where no group reached it.",
        security: bearer(...RUNNERS),
        responses: {
          200: ok("The rounds and the trend", stakeholderRoundsSchema, {
            rounds: [
              { id: REVIEW_ID, number: 1, createdAt: "2026-12-01T09:00:00.000Z", closedAt: "2027-01-15T17:00:00.000Z" },
              { id: "c_Pq7nX2vB9wLe", number: 2, createdAt: "2027-11-01T09:00:00.000Z", closedAt: null },
            ],
            trend: {
              rounds: [
                { number: 1, closed: true },
                { number: 2, closed: false },
              ],
              overall: [{ themeId: "listening", means: [2.4, null] }],
              groups: [{ name: "GP practices", themes: [{ themeId: "listening", means: [2.1, null] }] }],
            },
          }),
          ...errors(401, 403),
          404: deleted,
        },
      },
      post: {
        operationId: "startStakeholderRound",
        tags: [TAG],
        summary: "Start next year's review",
        description:
          "From a closed review: the same service, names and groups, on the current questionnaire, with new " +
          "tokens (the caller's own, counting as confirmed, and an invitation for the other party). Nobody is " +
          "invited yet.",
        security: bearer(...RUNNERS),
        responses: {
          201: ok("Next year's review", startedStakeholderRoundSchema, {
            id: "c_Pq7nX2vB9wLe",
            number: 2,
            tokens: { commissioner: "tok_commissioner_6c1d", provider: "tok_invitation_2f7a" },
            claimed: { commissioner: true, provider: false },
          }),
          ...errors(401, 403),
          404: deleted,
          409: errorResponse(
            "This review is still open, or already has a next round (`next.id`: next year's starts from the latest).",
            { next: nextRoundSchema.optional() },
          ),
        },
      },
    },
  },
};
