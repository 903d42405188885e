/**
 * Reading a saved profile (app/formats/profile.ts) back in: the file's size,
 * its JSON, the document's shape, whose answers and which question bank they
 * are, and then its answers exactly as `PUT /api/v1/answers` would read them
 * (apiAnswersBodySchema). Every refusal is one plain sentence naming the
 * problem, and nothing is saved: the caller saves only an `ok` result.
 *
 * Used by the import page (checks.$checkId.$side.import.tsx) and by the
 * partner search's creation page ("Start from a saved profile (optional)").
 */
import { z } from "zod";
import { getQuestionnaire } from "~/domain/questionnaires";
import { SIDES, type Answer, type FactId, type Questionnaire, type Side, type SideAnswers } from "~/domain/types";
import { apiAnswersBodySchema, takesExtendedAnswers } from "~/domain/validation";
import { PROFILE_FORMAT, PROFILE_FORMAT_VERSION } from "~/domain/profile";

/**
 * The largest file taken. A full profile with a note on every question is
 * well under this; the cap stays below the server's body cap (MAX_BODY_BYTES,
 * 256 KB by default, server/env.ts) so that a file too big is refused by this
 * page, with a sentence, rather than by the server.
 */
export const PROFILE_MAX_BYTES = 192 * 1024;

export type ProfileBody = z.output<ReturnType<typeof apiAnswersBodySchema>>;

export interface ParsedProfile {
  /** What PUT /api/v1/answers would have been sent. */
  body: ProfileBody;
  /** The organisation the profile was saved from, as the file says. */
  organisation: string | null;
  /** When it was saved, as the file says (ISO text), or null. */
  exportedAt: string | null;
  /** Questions of this bank that this check does not ask (it uses the short core set): reported, not imported. */
  notAsked: string[];
}

export type ProfileResult = ({ ok: true } & ParsedProfile) | { ok: false; error: string; details?: string[] };

const SIDE_NAMES: Record<Side, string> = {
  vcs: "a voluntary or community organisation’s",
  prime: "a prime contractor’s",
};

const documentSchema = z.object({
  format: z.string().optional(),
  formatVersion: z.unknown(),
  questionnaireVersion: z.unknown(),
  side: z.unknown(),
  organisation: z.string().max(500).optional(),
  exportedAt: z.string().max(100).optional(),
  answers: z.record(z.string(), z.unknown()).optional(),
  facts: z.record(z.string(), z.unknown()).optional(),
  redLineFacts: z.unknown().optional(),
  findingOnlyFacts: z.unknown().optional(),
});

const fail = (error: string, details?: string[]): ProfileResult => ({
  ok: false,
  error,
  ...(details?.length ? { details } : {}),
});

/** A profile from a form's file field: missing, empty or too big is refused before anything is read. */
export async function parseProfileFile(
  file: FormDataEntryValue | null,
  questionnaire: Questionnaire,
  side: Side,
): Promise<ProfileResult> {
  if (file === null || typeof file === "string" || (file.size === 0 && file.name === "")) {
    return fail("Choose a profile file (JSON) to import");
  }
  if (file.size === 0) return fail("The file you chose is empty: choose the profile file Common Ground gave you");
  if (file.size > PROFILE_MAX_BYTES) {
    return fail(
      `The file is too big to be a profile: ${Math.ceil(file.size / 1024)} KB, and a profile is at most ${PROFILE_MAX_BYTES / 1024} KB`,
    );
  }
  return parseProfileText(await file.text(), questionnaire, side);
}

/** A profile from its text (the import page's confirmation step sends the text back). */
export function parseProfileText(text: string, questionnaire: Questionnaire, side: Side): ProfileResult {
  if (text.length > PROFILE_MAX_BYTES) {
    return fail(`The profile is too big: a profile is at most ${PROFILE_MAX_BYTES / 1024} KB`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return fail("The file is not a profile: it is not JSON. Choose the .json file you saved from Common Ground");
  }
  const document = documentSchema.safeParse(json);
  if (!document.success || document.data.format !== PROFILE_FORMAT) {
    return fail(
      `The file is not a Common Ground profile: a profile says "format": "${PROFILE_FORMAT}". ` +
        "Save one from a check’s page with “Save your answers as a profile”",
    );
  }
  const profile = document.data;
  if (profile.formatVersion !== PROFILE_FORMAT_VERSION) {
    return fail(
      `This profile is in a format this version of Common Ground does not read (format version ${String(profile.formatVersion)}; it reads version ${PROFILE_FORMAT_VERSION})`,
    );
  }
  const profileSide = SIDES.find((s) => s === profile.side);
  if (!profileSide) return fail("The profile does not say whose answers it holds (its “side” is not vcs or prime)");
  if (profileSide !== side) {
    return fail(
      `This profile holds ${SIDE_NAMES[profileSide]} answers, and you are answering as ${SIDE_NAMES[side].replace("’s", "")}, ` +
        "so it cannot be imported here",
    );
  }
  if (profile.questionnaireVersion !== questionnaire.version) {
    return fail(
      `This profile was answered on question bank v${String(profile.questionnaireVersion)}, and this check uses question bank v${questionnaire.version}: ` +
        "the questions differ, so its answers cannot be carried across",
    );
  }
  const bank = getQuestionnaire(questionnaire.version) ?? questionnaire;
  const inBank = new Set(bank.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  const asked = new Set(questionnaire.dimensions.flatMap((d) => d.items.map((i) => i.id)));
  const given = profile.answers ?? {};
  const unknown = Object.keys(given).filter((id) => !inBank.has(id));
  if (unknown.length > 0) {
    return fail(
      `The profile has answers to ${unknown.length === 1 ? "a question" : `${unknown.length} questions`} that question bank v${questionnaire.version} does not have, so nothing was imported`,
      unknown.slice(0, 20).map((id) => `“${id}” is not a question in this bank`),
    );
  }
  const notAsked = Object.keys(given).filter((id) => !asked.has(id));
  const answers = Object.fromEntries(Object.entries(given).filter(([id]) => asked.has(id)));
  const candidate: Record<string, unknown> = { answers, facts: profile.facts ?? {} };
  if (profile.redLineFacts !== undefined) candidate.redLineFacts = profile.redLineFacts;
  if (profile.findingOnlyFacts !== undefined) candidate.findingOnlyFacts = profile.findingOnlyFacts;
  const parsed = apiAnswersBodySchema(questionnaire, side).safeParse(candidate);
  if (!parsed.success) {
    return fail(
      "Some of the profile’s answers are not valid answers to this check’s questions, so nothing was imported",
      describeIssues(parsed.error.issues, questionnaire, side).slice(0, 20),
    );
  }
  const body = parsed.data;
  const noValue = (body.redLineFacts ?? []).filter((id) => typeof body.facts[id] !== "number");
  if (noValue.length > 0) {
    return fail(
      "The profile marks figures as red lines without giving them, so nothing was imported",
      noValue.map((id) => `${factLabel(questionnaire, id)}: marked as a red line, but no figure is given`),
    );
  }
  return {
    ok: true,
    body,
    organisation: profile.organisation?.trim() || null,
    exportedAt: profile.exportedAt ?? null,
    notAsked,
  };
}

function factLabel(questionnaire: Questionnaire, id: string): string {
  const fact = questionnaire.facts.find((f) => f.id === id);
  return fact ? `“${fact.label}”` : `“${id}”`;
}

/** zod's issues as sentences that name the question (its prompt to this side) or the figure. */
function describeIssues(issues: readonly z.core.$ZodIssue[], questionnaire: Questionnaire, side: Side): string[] {
  const prompts = new Map(questionnaire.dimensions.flatMap((d) => d.items.map((i) => [i.id, i.prompt[side]] as const)));
  return issues.flatMap((issue) => {
    const [group, id, field] = issue.path.map(String);
    if (issue.code === "unrecognized_keys") {
      const where = group === "facts" ? "figure" : group === "answers" && id ? "part of an answer" : "field";
      const subject = group === "answers" && id ? `${questionText(prompts, id)}: ` : "";
      return issue.keys.map((key) => `${subject}“${key}” is not a ${where} Common Ground knows`);
    }
    if (group === "answers" && id) {
      return [`${questionText(prompts, id)}${field ? ` (${field})` : ""}: ${issue.message}`];
    }
    if (group === "facts" && id) return [`${factLabel(questionnaire, id)}: ${issue.message}`];
    return [`${group ?? "The profile"}: ${issue.message}`];
  });
}

const questionText = (prompts: ReadonlyMap<string, string>, id: string) =>
  prompts.has(id) ? `“${prompts.get(id)}”` : `“${id}”`;

/**
 * The profile as saveSideAnswers takes it. Each figure the profile gives comes with its own ticks (a red line,
 * the finding only), so a figure saved without them in the profile loses them here; figures the profile does not
 * give are left as they are.
 */
export function profileSaveInput(body: ProfileBody, questionnaire: Questionnaire) {
  const given = Object.keys(body.facts) as FactId[];
  const extended = takesExtendedAnswers(questionnaire);
  return {
    answers: body.answers as Partial<Record<string, Answer>>,
    facts: body.facts as Partial<Record<FactId, number>>,
    ...(extended
      ? {
          redLineFacts: { marked: [...(body.redLineFacts ?? [])], sideFactIds: given },
          findingOnlyFacts: { marked: [...(body.findingOnlyFacts ?? [])], sideFactIds: given },
        }
      : {}),
  };
}

const sameAnswer = (a: Answer, b: Answer) =>
  a.preferred === b.preferred &&
  a.acceptable.min === b.acceptable.min &&
  a.acceptable.max === b.acceptable.max &&
  a.importance === b.importance &&
  a.redLine === b.redLine &&
  (a.note ?? "") === (b.note ?? "") &&
  (a.fixed ?? false) === (b.fixed ?? false) &&
  (a.clause ?? "") === (b.clause ?? "");

/**
 * What importing would do to the answers saved now: the questions and figures already answered that it would
 * change (to confirm first), and those it would answer for the first time.
 */
export function profileChanges(
  stored: SideAnswers,
  input: ReturnType<typeof profileSaveInput>,
): { changed: string[]; added: string[] } {
  const changed: string[] = [];
  const added: string[] = [];
  for (const [id, answer] of Object.entries(input.answers)) {
    if (!answer) continue;
    const saved = stored.answers[id];
    if (!saved) added.push(id);
    else if (!sameAnswer(saved, answer)) changed.push(id);
  }
  for (const [id, value] of Object.entries(input.facts) as Array<[FactId, number | undefined]>) {
    if (typeof value !== "number") continue;
    const saved = stored.facts[id];
    if (saved === undefined) {
      added.push(id);
      continue;
    }
    const ticks = (list: readonly FactId[] | undefined, marked: readonly FactId[] | undefined) =>
      marked === undefined ? true : (list?.includes(id) ?? false) === marked.includes(id);
    const same =
      saved === value &&
      ticks(stored.redLineFacts, input.redLineFacts?.marked) &&
      ticks(stored.findingOnlyFacts, input.findingOnlyFacts?.marked);
    if (!same) changed.push(id);
  }
  return { changed, added };
}

const seenSchema = z.strictObject({
  answers: z.record(z.string(), z.number().nullable()),
  facts: z.record(z.string(), z.number().nullable()),
});

/** The versions the import's confirmation page carried back (JSON in a hidden field), or null if unreadable. */
export function parseSeenVersions(value: FormDataEntryValue | null) {
  if (typeof value !== "string") return null;
  try {
    const read = seenSchema.safeParse(JSON.parse(value));
    return read.success ? read.data : null;
  } catch {
    return null;
  }
}
