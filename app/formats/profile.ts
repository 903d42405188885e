/**
 * A side's saved profile (issue 17): its answers as a JSON file the side keeps,
 * to start another check or a partner search from. There are no accounts, so
 * the file is the profile. Its `answers`, `facts`, `redLineFacts` and
 * `findingOnlyFacts` are exactly the body `PUT /api/v1/answers` takes (and
 * `GET /api/v1/answers` returns), so an integrator can export with the API and
 * import with the page, or the other way round (docs/api.md, "Profiles").
 *
 * A profile carries the side's notes: they are the side's own words, and the
 * file goes only to whoever holds the side's link.
 */
import { PROFILE_FORMAT, PROFILE_FORMAT_VERSION } from "~/domain/profile";
import { toApiAnswer } from "~/domain/validation";
import type { Side, SideAnswers } from "~/domain/types";

export { PROFILE_FORMAT, PROFILE_FORMAT_VERSION };

export interface SideProfile {
  format: typeof PROFILE_FORMAT;
  formatVersion: typeof PROFILE_FORMAT_VERSION;
  questionnaireVersion: string;
  side: Side;
  organisation: string;
  exportedAt: string;
  answers: Record<string, ReturnType<typeof toApiAnswer>>;
  facts: SideAnswers["facts"];
  redLineFacts?: SideAnswers["redLineFacts"];
  findingOnlyFacts?: SideAnswers["findingOnlyFacts"];
}

/** The profile of a side's answers as saved now (only what has been given, as the API returns it). */
export function buildProfile(input: {
  questionnaireVersion: string;
  side: Side;
  organisation: string;
  given: SideAnswers;
  exportedAt: Date;
}): SideProfile {
  const { given } = input;
  const answers: SideProfile["answers"] = {};
  for (const [itemId, answer] of Object.entries(given.answers)) if (answer) answers[itemId] = toApiAnswer(answer);
  return {
    format: PROFILE_FORMAT,
    formatVersion: PROFILE_FORMAT_VERSION,
    questionnaireVersion: input.questionnaireVersion,
    side: input.side,
    organisation: input.organisation,
    exportedAt: input.exportedAt.toISOString(),
    answers,
    facts: given.facts,
    ...(given.redLineFacts?.length ? { redLineFacts: given.redLineFacts } : {}),
    ...(given.findingOnlyFacts?.length ? { findingOnlyFacts: given.findingOnlyFacts } : {}),
  };
}

/** The file's name: the organisation and the day, in characters every file system takes. */
export function profileFileName(organisation: string, side: Side, on: Date): string {
  const name = organisation
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .toLowerCase();
  return `${name || side}-profile-${on.toISOString().slice(0, 10)}.json`;
}
