/** Partner searches in the JSON API's shapes (docs/api.md, "Partner searches"). */
import type { CandidateRow, SearchSummary } from "~/domain/search";

export function searchJson(search: SearchSummary, origin: string) {
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
export function candidateRowJson(row: CandidateRow) {
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
