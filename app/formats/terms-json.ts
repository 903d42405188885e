/** The draft heads of terms as JSON (GET /api/v1/terms, …/terms.json; docs/api.md, "After the conversation"). */
import type { TermsJson } from "~/api/schemas/terms";
import type { HeadsOfTerms } from "~/domain/heads-of-terms";

export const termsJson = (terms: HeadsOfTerms): TermsJson => ({
  checkId: terms.checkId,
  title: terms.title,
  parties: terms.parties,
  drafted: terms.drafted.toISOString().slice(0, 10),
  notLegalAdvice: terms.notLegalAdvice,
  bank: terms.bank,
  method: terms.method,
  verdict: terms.verdict,
  terms: terms.terms,
  accepted: terms.accepted,
  open: terms.open,
});

/** A file name from the check's title: "heads-of-terms-employment-support-lot-2". */
export function termsFileName(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[^\w\s-]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "-")
    .slice(0, 60)
    .replace(/-$/, "");
  return `heads-of-terms${slug ? `-${slug}` : ""}`;
}
