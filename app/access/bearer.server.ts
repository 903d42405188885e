/** Who is calling the JSON API: the secret link's token, sent as `Authorization: Bearer <token>`. */
import type { Side } from "~/domain/types";
import { apiError } from "~/http/api.server";
import { getRespondent } from "~/models/board.server";
import { isRespondentRole, lookupToken, sideOfRole, type Access, type Role } from "~/models/check.server";
import type { Authority } from "~/models/session.server";
import { questionnaireOf } from "~/models/questionnaire.server";
import { requireCheck } from "./check.server";

export const INVALID_TOKEN = 'Bearer realm="common-ground", error="invalid_token"';

/** The token in `Authorization: Bearer <token>`; a missing or malformed header is a 401 in the API's error shape. */
export function bearerToken(request: Request): string {
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
  return match[1] as string;
}

/** The access a bearer token grants; throws 401 / 403 Responses in the API's error shape. */
export async function requireBearer(request: Request, roles: readonly Role[]): Promise<Access> {
  const found = await lookupToken(bearerToken(request));
  if (found.status !== "active") {
    const message = {
      invitation:
        "This is an invitation: claim it first with POST /api/v1/invitations/claim, then use the token that returns",
      claimed: "This invitation has already been claimed: ask the person who sent it for a fresh one",
      revoked: "This token has been replaced",
      unknown: "This token is not recognised",
    }[found.status];
    throw apiError(401, [{ path: "Authorization", message }], {}, { "WWW-Authenticate": INVALID_TOKEN });
  }
  const access = found.access;
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

/**
 * The side a bearer token leads (the side's own link, not a respondent's), with its check and questionnaire, and
 * the authority its writes re-check.
 */
export async function requireApiSide(request: Request) {
  const access = await requireBearer(request, ["vcs", "prime"]);
  const check = await requireCheck(access.checkId);
  const role = access.role as Side;
  const authority: Authority = { checkId: access.checkId, role, tokenHash: access.tokenHash };
  return { check, role, side: check.sides[role], questionnaire: questionnaireOf(check), authority };
}

/**
 * Whoever answers with a bearer token: a side's lead (saving to the side's own
 * response) or one of its respondents (saving to their own response only).
 */
export async function requireApiAnswerer(request: Request) {
  const access = await requireBearer(request, ["vcs", "prime", "vcs-respondent", "prime-respondent"]);
  const check = await requireCheck(access.checkId);
  const role = sideOfRole(access.role) as Side;
  const authority: Authority = { checkId: access.checkId, role: access.role, tokenHash: access.tokenHash };
  const side = check.sides[role];
  const respondent = isRespondentRole(access.role) ? await getRespondent(access.responseId) : null;
  if (isRespondentRole(access.role) && (!respondent || respondent.partyId !== side.partyId)) {
    throw apiError(401, [{ path: "Authorization", message: "This invitation has been withdrawn" }]);
  }
  return {
    check,
    role,
    side,
    respondent,
    responseId: respondent?.id ?? side.responseId,
    status: respondent?.status ?? side.status,
    questionnaire: questionnaireOf(check),
    authority,
  };
}
