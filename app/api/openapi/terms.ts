/**
 * The OpenAPI description of the draft heads of terms: GET /api/v1/terms (JSON) and GET /api/v1/terms.docx (a
 * Word document) (docs/api.md, "After the conversation"; docs/method.md, "Heads of terms"). The JSON is
 * app/api/schemas/terms.ts, which app/formats/terms-json.ts returns. Conventions: ./common.ts.
 */
import { z } from "zod";
import { termsSchema } from "~/api/schemas/terms";
import { NOT_LEGAL_ADVICE } from "~/domain/heads-of-terms";
import { bearer, errors, ok, type ApiDomain } from "./common";
import { reviewNotOpen, REVIEW_TAG } from "./review";

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

const DRAFTED =
  "Drafted from the confirmed outcomes of the joint review: the terms agreed in it, the terms where the answers " +
  "already met, the risks accepted, and what is still open, each term marked fixed (set by the commissioner or the " +
  "head contract) or negotiated. Not legal advice, and said so.";

export const termsDomain: ApiDomain = {
  tags: [],
  paths: {
    "/api/v1/terms": {
      get: {
        operationId: "getHeadsOfTerms",
        tags: [REVIEW_TAG],
        summary: "Read the draft heads of terms",
        description: DRAFTED,
        security: bearer("owner", "vcs", "prime"),
        responses: {
          200: ok("The draft heads of terms", termsSchema, {
            checkId: "c_5Jq2m8ZxWv3R",
            title: "Employment support, lot 2",
            parties: { vcs: "Eastshire Advice", prime: "Northgate Services" },
            drafted: "2026-12-02",
            notLegalAdvice: NOT_LEGAL_ADVICE,
            bank: { version: "2", label: "Question bank v2" },
            method: { version: "2", label: "Method v2" },
            verdict: {
              before: { code: "RED_LINES", label: "Red lines in conflict", overall: 61.2 },
              after: { code: "WORKABLE", label: "Workable with care", overall: 74.5 },
            },
            terms: [
              {
                heading: "Branding of delivery",
                text: "The service is delivered under both names.",
                basis: "negotiated",
                source: "agreed",
                itemId: "brand-delivery",
                position: 2,
                flagKey: "MANDATORY_REBRANDING:brand-delivery:",
              },
            ],
            accepted: [],
            open: [
              {
                heading: "Payment by results",
                text: "The share of payment by results is still to settle.",
                why: "Nothing has been proposed for this flag yet.",
                status: "unsettled",
                flagKey: "RISK_PASS_DOWN:outcome-share:",
              },
            ],
          }),
          ...errors(401, 403),
          409: reviewNotOpen(),
        },
      },
    },
    "/api/v1/terms.docx": {
      get: {
        operationId: "getHeadsOfTermsDocx",
        tags: [REVIEW_TAG],
        summary: "Download the draft heads of terms as a Word document",
        description: `${DRAFTED} The same content as GET /api/v1/terms, as an attachment.`,
        security: bearer("owner", "vcs", "prime"),
        responses: {
          200: {
            description: "The Word document (.docx)",
            headers: z.object({
              "Content-Disposition": z.string().meta({
                description: "An attachment, named from the check's title.",
                example: 'attachment; filename="heads-of-terms-employment-support-lot-2.docx"',
              }),
            }),
            content: { [DOCX_TYPE]: { schema: z.string().meta({ contentMediaType: DOCX_TYPE }) } },
          },
          ...errors(401, 403),
          409: reviewNotOpen(),
        },
      },
    },
  },
};
