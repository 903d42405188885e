import type { LoaderFunctionArgs } from "@remix-run/node";
import { getQuestionnaire } from "~/domain/questionnaires";
import { questionnaireJson } from "~/formats/api-v1";
import { apiError, apiJson, methodNotAllowed } from "~/http/api.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const questionnaire = getQuestionnaire(params.version ?? "");
  if (!questionnaire) {
    return apiError(404, [{ path: "version", message: `There is no question bank version “${params.version}”` }]);
  }
  // A published version never changes, so it can be cached for long.
  return apiJson(questionnaireJson(questionnaire), 200, { "Cache-Control": "public, max-age=86400" });
}

export async function action() {
  return methodNotAllowed(["GET"]);
}
