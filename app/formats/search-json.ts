/**
 * Partner searches in the JSON API's shapes (docs/api.md, "Partner searches"). Each is typed by its response schema
 * (app/api/schemas/searches.ts), from which the OpenAPI document is generated: a field added here and not there, or
 * there and not here, fails to compile.
 */
import type { z } from "zod";
import type {
  CandidatesAddedSchema,
  CandidatePageSchema,
  CandidateRowSchema,
  SearchCreatedSchema,
  SearchSchema,
} from "~/api/schemas/searches";
import type {
  CandidatePage as CandidatePageData,
  CandidateRow as CandidateRowData,
  SearchSummary,
} from "~/domain/search";

/** A new search: both tokens (already claimed by its creator), their links, and the open link. */
export function searchCreatedJson(
  search: { id: string; tokens: { owner: string; prime: string }; applyCode: string },
  origin: string,
): z.input<typeof SearchCreatedSchema> {
  return {
    id: search.id,
    tokens: search.tokens,
    links: {
      owner: `${origin}/i/${search.tokens.owner}`,
      prime: `${origin}/i/${search.tokens.prime}`,
      apply: `${origin}/apply/${search.applyCode}`,
    },
    applyCode: search.applyCode,
  };
}

export function searchJson(search: SearchSummary, origin: string): z.input<typeof SearchSchema> {
  return {
    id: search.id,
    title: search.title,
    primeName: search.primeName,
    questionnaireVersion: search.questionnaireVersion,
    questionSet: search.questionSet,
    prime: { status: search.primeStatus },
    applyCode: search.applyCode,
    links: { apply: `${origin}/apply/${search.applyCode}` },
    closesAt: search.closesAt?.toISOString() ?? null,
    closedAt: search.closedAt?.toISOString() ?? null,
    open: search.open,
  };
}

/** A candidate row: scores only once both sides have submitted (sealed until then). */
export function candidateRowJson(row: CandidateRowData): z.input<typeof CandidateRowSchema> {
  return {
    id: row.id,
    name: row.name,
    source: row.source,
    status: row.status,
    ...(row.email ? { email: row.email } : {}),
    ...(row.result
      ? {
          verdict: row.result.verdict,
          overall: row.result.overall,
          dealbreakers: row.result.dealbreakers,
          dimensions: row.result.dimensions,
        }
      : {}),
  };
}

/** One page of the owner's list. */
export function candidatePageJson(page: CandidatePageData): z.input<typeof CandidatePageSchema> {
  return {
    total: page.total,
    page: page.page,
    pageSize: page.pageSize,
    pages: page.pages,
    candidates: page.candidates.map(candidateRowJson),
  };
}

/** Named candidates just added: each invitation is returned here only. */
export function candidatesAddedJson(
  candidates: ReadonlyArray<{ id: string; name: string; token: string }>,
  origin: string,
): z.input<typeof CandidatesAddedSchema> {
  return {
    candidates: candidates.map((candidate) => ({
      id: candidate.id,
      name: candidate.name,
      tokens: { vcs: candidate.token },
      links: { vcs: `${origin}/i/${candidate.token}` },
    })),
  };
}
