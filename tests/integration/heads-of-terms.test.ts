/**
 * The draft heads of terms (issue 19; docs/api.md, "After the conversation"): drafted from confirmed outcomes only,
 * every agreed term a line (in the JSON and in the Word document, read back here), what is still open at the end,
 * the not-legal-advice statement in both, and sealed until both sides have submitted.
 */
import { describe, expect, test } from "vitest";
import { NOT_LEGAL_ADVICE } from "~/domain/heads-of-terms";
import { docxText } from "../docx-text";
import { api, apiCreateCheck } from "./api-support";
import { answerAndSubmit } from "./review-support";
import { ORIGIN, openLink } from "./support";
import * as termsPage from "~/routes/checks.$checkId.terms";
import * as termsDocxPage from "~/routes/checks.$checkId.terms[.docx]";
import { callLoader } from "./support";

interface Terms {
  notLegalAdvice: string;
  verdict: { before: { code: string }; after: { code: string } };
  terms: Array<{ heading: string; text: string; basis: string; source: string; wording?: string; flagKey?: string }>;
  accepted: Array<{ reason: string; acceptedBy: string }>;
  open: Array<{ flagKey: string; status: string }>;
}

const key = (k: string) => encodeURIComponent(k);

async function reviewed() {
  const check = await apiCreateCheck();
  await answerAndSubmit(check.id, "vcs");
  await answerAndSubmit(check.id, "prime");
  const review = await api<{ outcomes: Array<{ flagKey: string; severity: string }> }>("GET", "/api/v1/review", {
    token: check.tokens.owner,
  });
  const [first, second, third] = review.body.outcomes.map((o) => o.flagKey);
  const agree = async (flag: string, wording: string) => {
    await api("PUT", `/api/v1/review/${key(flag)}`, {
      token: check.tokens.vcs,
      body: { kind: "agreed", position: 2, wording },
    });
    expect((await api("POST", `/api/v1/review/${key(flag)}/confirm`, { token: check.tokens.prime })).status).toBe(200);
  };
  await agree(first!, "Delivered under both names & the organisation’s logo");
  await agree(second!, "The organisation keeps its own voice");
  // Proposed, never confirmed: not a term, but open.
  await api("PUT", `/api/v1/review/${key(third!)}`, {
    token: check.tokens.prime,
    body: { kind: "agreed", position: 3 },
  });
  return { check, flags: review.body.outcomes.map((o) => o.flagKey), first: first!, second: second!, third: third! };
}

describe("the draft heads of terms", () => {
  test("are sealed until both sides have submitted", async () => {
    const check = await apiCreateCheck();
    await answerAndSubmit(check.id, "vcs");
    expect((await api("GET", "/api/v1/terms", { token: check.tokens.owner })).status).toBe(409);
    expect((await api("GET", "/api/v1/terms.docx", { token: check.tokens.vcs })).status).toBe(409);
  });

  test("list each confirmed agreement once, the unconfirmed one as open, and say they are not legal advice", async () => {
    const { check, first, second, third } = await reviewed();
    for (const token of [check.tokens.owner, check.tokens.vcs, check.tokens.prime]) {
      const response = await api<Terms>("GET", "/api/v1/terms", { token });
      expect(response.status).toBe(200);
      const terms = response.body;
      expect(terms.notLegalAdvice).toBe(NOT_LEGAL_ADVICE);
      const agreed = terms.terms.filter((t) => t.source === "agreed");
      expect(agreed.map((t) => t.flagKey)).toEqual([first, second]);
      expect(agreed[0]!.wording).toBe("Delivered under both names & the organisation’s logo");
      expect(terms.open.map((o) => o.flagKey)).toContain(third);
      expect(terms.terms.some((t) => t.source === "met")).toBe(true);
      // The fixture's third question is marked fixed by the prime: where its line appears, it says so.
      expect(terms.terms.every((t) => t.basis === "fixed" || t.basis === "negotiated")).toBe(true);
    }
  });

  test("the Word document holds every agreed term and the statement", async () => {
    const { check } = await reviewed();
    const response = await fetchDocx(check.tokens.owner);
    expect(response.headers.get("Content-Type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(response.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="heads-of-terms-[a-z0-9-]+\.docx"$/,
    );
    const text = docxText(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain(NOT_LEGAL_ADVICE);
    expect(text).toContain("Delivered under both names & the organisation’s logo");
    expect(text).toContain("The organisation keeps its own voice");
    expect(text).toContain("Still open");
  });

  test("the page and the download, for the owner through its session; nothing without one", async () => {
    const { check } = await reviewed();
    const { cookie } = await openLink(check.tokens.owner);
    const page = await callLoader(termsPage.loader, `/checks/${check.id}/terms`, { checkId: check.id }, { cookie });
    expect(page.status).toBe(200);
    const data = page.body as { terms: Terms };
    expect(data.terms.terms.filter((t) => t.source === "agreed")).toHaveLength(2);
    const docx = await callLoader(
      termsDocxPage.loader,
      `/checks/${check.id}/terms.docx`,
      { checkId: check.id },
      { cookie },
    );
    expect(docx.status).toBe(200);
    const none = await callLoader(termsPage.loader, `/checks/${check.id}/terms`, { checkId: check.id });
    expect(none.status).toBe(403);
  });
});

async function fetchDocx(token: string): Promise<Response> {
  const { loader } = await import("~/routes/api.v1.terms[.docx]");
  return loader({
    request: new Request(`${ORIGIN}/api/v1/terms.docx`, { headers: { Authorization: `Bearer ${token}` } }),
    params: {},
    context: {},
  } as never);
}
