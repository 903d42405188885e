/**
 * The response bodies of partner searches (docs/api.md, "Partner searches"), as strict zod objects: the formatters in
 * app/formats/search-json.ts are typed by them (so TypeScript catches a field added to one and not the other), and
 * the OpenAPI document (app/api/openapi/searches.ts) is generated from them, where a field they do not list fails the
 * contract tests.
 */
import { z } from "zod";
import { QUESTION_SETS } from "~/domain/questionnaires";
import { SideStatusSchema } from "./checks";
import { isoTime, link, publicId, secretToken, VERDICT_CODES } from "./shared";

/** Ten characters of Crockford's base 32: published on purpose, it opens only a new application. */
export const ApplyCodeSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{10}$/)
  .meta({
    description:
      "The open link's code, meant to be published: ten characters of Crockford's base 32. When typed, case, spaces and dashes are ignored, and O, I and L are read as 0, 1 and 1.",
    example: "7KQ2M9XDT4",
  });

export const SearchCreatedSchema = z
  .strictObject({
    id: publicId,
    tokens: z
      .strictObject({
        owner: secretToken.meta({ description: "Manages the search: candidates, the list, closing, deleting." }),
        prime: secretToken.meta({ description: "Answers the prime's side once, for every candidate." }),
      })
      .meta({ description: "Both are already claimed by whoever created the search: keep them secret." }),
    links: z.strictObject({ owner: link, prime: link, apply: link }),
    applyCode: ApplyCodeSchema,
  })
  .meta({
    id: "SearchCreated",
    description: "A new partner search: the owner's and the prime's tokens and links, and the open application link.",
  });

export const SearchSchema = z
  .strictObject({
    id: publicId,
    title: z.string().meta({ description: "The opportunity's name." }),
    primeName: z.string(),
    questionnaireVersion: z.string().meta({ description: "The question bank every candidate answers.", example: "2" }),
    questionSet: z.enum(QUESTION_SETS),
    prime: z.strictObject({ status: SideStatusSchema }),
    applyCode: ApplyCodeSchema,
    links: z.strictObject({ apply: link }),
    closesAt: isoTime.nullable().meta({ description: "When the open link stops taking applications, if ever." }),
    closedAt: isoTime.nullable().meta({ description: "When the owner closed the open link (null while open)." }),
    open: z.boolean().meta({ description: "Whether the open link takes applications now." }),
  })
  .meta({
    id: "Search",
    description: "A partner search as its owner sees it.",
  });

export const CandidateRowSchema = z
  .strictObject({
    id: publicId.meta({ description: "The candidate's check: `GET /api/v1/report?candidate={id}` reads its report." }),
    name: z.string(),
    source: z.enum(["applied", "invited"]).meta({ description: "Through the open link, or named by the owner." }),
    status: SideStatusSchema,
    email: z.string().optional().meta({ description: "An applicant's contact email (the owner's eyes only)." }),
    verdict: z.enum(VERDICT_CODES).optional(),
    overall: z.number().min(0).max(100).optional(),
    dealbreakers: z.int().min(0).optional(),
    dimensions: z
      .record(z.string(), z.number().min(0).max(100).nullable())
      .optional()
      .meta({ description: "Each section's score by dimension id, null where nothing was scored." }),
  })
  .meta({
    id: "CandidateRow",
    description:
      "A candidate in the owner's list. `verdict`, `overall`, `dealbreakers` and `dimensions` appear only once both the candidate and the prime have submitted: they are the candidate's report's own figures.",
  });

export const CandidatePageSchema = z
  .strictObject({
    total: z.int().min(0).meta({ description: "Candidates matching the filters, on every page." }),
    page: z.int().min(1),
    pageSize: z.int().min(1),
    pages: z.int().min(1),
    candidates: z.array(CandidateRowSchema),
  })
  .meta({
    id: "CandidatePage",
    description:
      "One page of the owner's ranked list: strong, workable, weak, then red lines, then candidates not yet scored (by default).",
  });

export const CandidatesAddedSchema = z
  .strictObject({
    candidates: z.array(
      z.strictObject({
        id: publicId,
        name: z.string(),
        tokens: z.strictObject({
          vcs: secretToken.meta({
            description: "An invitation: the organisation claims it with `POST /api/v1/invitations/claim`.",
          }),
        }),
        links: z.strictObject({ vcs: link }),
      }),
    ),
  })
  .meta({
    id: "CandidatesAdded",
    description: "The named candidates, each with its own check and invitation (returned only here).",
  });
