/**
 * One spelling of every address. The front normalises the path once, before
 * routing, rate limits, cache headers and log redaction, so that no spelling
 * Remix would route (`/api/v1/%63hecks`, `/I/<token>`, `//i/<token>`,
 * `/checks/../i/<token>`, `/i\<token>`) can slip past a rule written for the
 * plain one. Remix matches paths case-insensitively, so every test here does
 * too.
 */

/** Characters RFC 3986 calls unreserved: an escape of one means exactly the character. */
const UNRESERVED_ESCAPE = /%(2[dDeE]|3[0-9]|4[1-9a-fA-F]|5[0-9aA]|5[fF]|6[1-9a-fA-F]|7[0-9aA]|7[eE])/g;
const ANY_ESCAPE = /%(?![0-9a-fA-F]{2})/;

export type NormalisedUrl = { ok: true; url: string; path: string } | { ok: false };

/**
 * The canonical form of a request target: unreserved escapes decoded, dot
 * segments and backslashes resolved the way the WHATWG URL parser (and so
 * Remix) resolves them, runs of slashes collapsed. A path with a broken
 * escape (`%zz`, or bytes that are not UTF-8) is refused rather than guessed at.
 */
export function normaliseUrl(raw: string): NormalisedUrl {
  if (!raw.startsWith("/")) return { ok: false };
  const queryAt = raw.search(/[?#]/);
  const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const rest = queryAt === -1 ? "" : raw.slice(queryAt).replace(/#.*$/, "");
  if (ANY_ESCAPE.test(rawPath)) return { ok: false };
  const decoded = rawPath.replace(UNRESERVED_ESCAPE, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  let path: string;
  try {
    path = new URL(decoded.replace(/^[/\\]+/, "/"), "http://normalise.invalid").pathname;
  } catch {
    return { ok: false };
  }
  path = path.replace(/\/{2,}/g, "/");
  try {
    // Escapes that are not UTF-8 (`%ff`): Remix's router cannot decode them either.
    decodeURIComponent(path);
  } catch {
    return { ok: false };
  }
  return { ok: true, url: path + rest, path };
}

/**
 * A path without trailing slashes, for the tests below (Remix ignores them too), and without the `.data` suffix of
 * Remix's single fetch: with JavaScript, a form posts to `/checks/new.data`, which is the same action.
 */
const trimmed = (path: string) => {
  const bare = path.length > 1 ? path.replace(/\/+$/, "") : path;
  return bare.length > 1 ? bare.replace(/\.data$/i, "") : bare;
};

/** A secret link: `/i/<token>`. */
export function isSecretLinkPath(path: string): boolean {
  return /^\/i(\/|$)/i.test(path);
}

/**
 * Where anyone may create checks: a new check, partner search or workshop (the page's form and the API), an
 * application through a search's open link and a search owner's named invitations (each makes a check). Joining a
 * workshop has its own limit (isWorkshopJoinPath).
 */
export function isCheckCreationPath(path: string): boolean {
  return /^\/(checks\/new|api\/v1\/checks|searches\/new|api\/v1\/searches|apply(\/[^/]+)?|api\/v1\/apply|searches\/[^/]+\/invite|api\/v1\/searches\/[^/]+\/candidates|workshops\/new|api\/v1\/workshops|stakeholder-reviews\/new|api\/v1\/stakeholder-reviews)$/i.test(
    trimmed(path),
  );
}

/** The page where a join code is typed (`/join`): its form posts the code, or a GET carries it as `?code=`. */
export function isJoinCodePage(path: string): boolean {
  return /^\/join$/i.test(trimmed(path));
}

/**
 * Joining a workshop with its code, or opening its join page (`/join/<code>`, any method, and the API): each says
 * whether a code opens a workshop, and each join makes a participant's check.
 */
export function isWorkshopJoinPath(path: string): boolean {
  return /^\/(join\/[^/]+|api\/v1\/workshops\/join|api\/v1\/stakeholder-review\/join)$/i.test(trimmed(path));
}

/** Pages and API answers that depend on who is asking: never stored by a browser or proxy, never indexed. */
export function isPrivatePath(path: string): boolean {
  return /^\/(checks|searches|workshops|join|apply|i|api|sign-out)(\/|$)/i.test(path);
}

export function isApiPath(path: string): boolean {
  return /^\/api(\/|$)/i.test(path);
}

/** Secret links are /i/<token>: the token is never written to a log, however the path was spelled. */
export function redactPath(url: string): string {
  const normalised = normaliseUrl(url);
  const path = normalised.ok ? normalised.url : url;
  const redacted = path.replace(/^\/i\/[^?#]*/i, "/i/[redacted]");
  // An address that could not be normalised is logged without its path: it might hold a token.
  return normalised.ok ? redacted : "[unreadable address]";
}
