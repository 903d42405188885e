import { currentQuestionnaire } from "~/domain/questionnaires";
import { questionnaireJson } from "~/formats/api-v1";
import { apiJson, methodNotAllowed } from "~/http/api.server";

export async function loader() {
  return apiJson(questionnaireJson(currentQuestionnaire()), 200, { "Cache-Control": "public, max-age=300" });
}

export async function action() {
  return methodNotAllowed(["GET"]);
}
