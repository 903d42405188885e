/** Who is calling the JSON API: the secret link's token, sent as `Authorization: Bearer <token>`. */
import type { Side } from "~/domain/types";
import { apiError } from "~/http/api.server";
import { getAccess, type Access, type Role } from "~/models/check.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { requireCheck } from "./check.server";

/** The access a bearer token grants; throws 401 / 403 Responses in the API's error shape. */
export async function requireBearer(request: Request, roles: readonly Role[]): Promise<Access> {
  const header = request.headers.get("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) {
    throw apiError(
      401,
      [{ path: "Authorization", message: "Send a secret link's token as: Authorization: Bearer <token>" }],
      {},
      { "WWW-Authenticate": 'Bearer realm="common-ground"' },
    );
  }
  const access = await getAccess(match[1] as string);
  if (!access) {
    throw apiError(
      401,
      [{ path: "Authorization", message: "This token is not recognised" }],
      {},
      { "WWW-Authenticate": 'Bearer realm="common-ground", error="invalid_token"' },
    );
  }
  if (!roles.includes(access.role)) {
    throw apiError(403, [{ path: "Authorization", message: `This needs the ${roles.join(" or ")} link's token` }]);
  }
  return access;
}

/** The check a bearer token belongs to (any role). */
export async function requireApiCheck(request: Request) {
  const access = await requireBearer(request, ["owner", "vcs", "prime"]);
  return requireCheck(access.checkId);
}

/** The side a bearer token answers for, with its check and questionnaire. */
export async function requireApiSide(request: Request) {
  const access = await requireBearer(request, ["vcs", "prime"]);
  const check = await requireCheck(access.checkId);
  const role = access.role as Side;
  return { check, role, side: check.sides[role], questionnaire: questionnaireOf(check) };
}
