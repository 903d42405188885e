/**
 * The override form's field names (issue 16), safe for the browser bundle: the
 * page renders them and app/forms/override.server.ts reads them. The position
 * fields sit under "answer." so the question pages' enhancement
 * (markPreferredIncluded) finds them by the same name endings.
 */
export const OVERRIDE_FIELDS = {
  preferred: "answer.preferred",
  acceptable: "answer.acceptable",
  importance: "answer.importance",
  redLine: "answer.redLine",
  reason: "reason",
} as const;

/** In page order, for the error summary. */
export const OVERRIDE_FIELD_ORDER = [
  OVERRIDE_FIELDS.preferred,
  OVERRIDE_FIELDS.acceptable,
  OVERRIDE_FIELDS.importance,
  OVERRIDE_FIELDS.reason,
];
