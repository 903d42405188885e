import { getQuestionnaire } from "~/domain/questionnaires";
import type { Side } from "~/domain/types";
import { requireCheckSummary } from "~/models/check.server";
import { requireBearer } from "./api.server";

/** The side a bearer token answers for, with its check and questionnaire. */
export async function requireApiSide(request: Request) {
  const access = await requireBearer(request, ["vcs", "prime"]);
  const check = await requireCheckSummary(access.checkId);
  const role = access.role as Side;
  const questionnaire = getQuestionnaire(check.questionnaireVersion);
  if (!questionnaire) throw new Error(`Unknown questionnaire version ${check.questionnaireVersion}`);
  return { check, role, side: check.sides[role], questionnaire };
}
