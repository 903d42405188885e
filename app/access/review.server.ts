/**
 * Who may see and write the joint review (issue 19): the owner and both sides read it, only a side's own link
 * proposes or confirms, and nothing of it exists until both sides have submitted (the seal: the review reads the
 * report). Only an ordinary check has one: a partner search's and a workshop's prime side is shared by many.
 */
import type { Side } from "~/domain/types";
import { apiError } from "~/http/api.server";
import type { CheckSummary, Role } from "~/models/check.server";
import { getReport, type ReportView } from "~/models/report.server";
import { buildHeadsOfTerms, type HeadsOfTerms } from "~/domain/heads-of-terms";
import type { JointReview } from "~/domain/review";
import { questionnaireOf } from "~/models/questionnaire.server";
import { getJointReview } from "~/models/review.server";
import type { Authority } from "~/models/session.server";
import { requireBearer } from "./bearer.server";
import { requireCheck } from "./check.server";
import { requireReport } from "./report.server";

/** Why a check has no joint review of its own, or null when it can have one. */
export function noReviewReason(check: CheckSummary): string | null {
  if (check.search) return "A partner search’s checks have no joint review: start an ordinary check with this partner";
  if (check.workshop) return "A workshop’s checks have no joint review: they test a scenario, not a partner";
  return null;
}

export interface ReviewAccess {
  check: CheckSummary;
  role: Role;
  report: ReportView;
  review: JointReview;
  /** A side's own link (null for the owner, who reads but does not write). */
  side: Side | null;
  authority: Authority;
}

/** The review for a bearer token (owner, vcs or prime); 409 until both sides have submitted. */
export async function requireApiReview(request: Request, roles: readonly Role[] = ["owner", "vcs", "prime"]) {
  const access = await requireBearer(request, roles);
  const check = await requireCheck(access.checkId);
  const refused = noReviewReason(check);
  if (refused) throw apiError(409, [{ path: "", message: refused }]);
  const report = await getReport(check);
  const review = report ? await getJointReview(check, report) : null;
  if (!report || !review) {
    throw apiError(409, [{ path: "", message: "The joint review opens once both sides have submitted" }], {
      sides: { vcs: { status: check.sides.vcs.status }, prime: { status: check.sides.prime.status } },
    });
  }
  const side = access.role === "vcs" || access.role === "prime" ? access.role : null;
  const authority: Authority = { checkId: check.id, role: access.role, tokenHash: access.tokenHash };
  return { check, role: access.role, report, review, side, authority } satisfies ReviewAccess;
}

/**
 * The review for this browser: the owner (no `side` in the address) or a side, with the report's authorisation
 * and seal (requireReport). A 404 for a check that has no joint review.
 */
export async function requireReviewPage(
  request: Request,
  params: { checkId?: string; side?: string },
): Promise<ReviewAccess> {
  const { check, report, role, authority } = await requireReport(request, params);
  if (noReviewReason(check)) throw new Response("This check has no joint review.", { status: 404 });
  const review = await getJointReview(check, report);
  if (!review) throw new Response("The joint review opens once both sides have submitted.", { status: 409 });
  const side = role === "vcs" || role === "prime" ? role : null;
  return { check, role, report, review, side, authority };
}

/** The draft heads of terms of a reviewed check (docs/method.md, "Heads of terms"). */
export function headsOfTermsOf(access: Pick<ReviewAccess, "check" | "report" | "review">): HeadsOfTerms {
  const { check, report, review } = access;
  return buildHeadsOfTerms({
    checkId: check.id,
    title: check.title,
    parties: { vcs: check.sides.vcs.name, prime: check.sides.prime.name },
    drafted: new Date(),
    questionnaire: questionnaireOf(check),
    report,
    review,
  });
}
