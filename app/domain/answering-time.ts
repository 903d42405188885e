/**
 * How long one side takes to answer, for a facilitator fitting a workshop into
 * a session (issue 18). Measured against the bank's own estimates
 * (docs/method.md, "The core set"): the core set's questions take about 20
 * minutes, about 50 seconds each; a figure from the accounts takes longer,
 * about a minute and a half, because someone has to look it up.
 */
export const SECONDS_PER_QUESTION = 50;
export const SECONDS_PER_FIGURE = 90;

/** Minutes to answer, rounded to the nearest minute and never less than one. */
export function answeringMinutes(questions: number, figures = 0): number {
  const seconds = questions * SECONDS_PER_QUESTION + figures * SECONDS_PER_FIGURE;
  return seconds === 0 ? 0 : Math.max(1, Math.round(seconds / 60));
}
