/**
 * A search's closing date in words (issue 17). A closing date is stored as the
 * moment applications stop: midnight, UK time, at the end of the day the prime
 * chose (endOfUkDay in app/forms/search-schemas.server.ts). People read the day
 * itself, so the day shown is the UK day that ends at that moment.
 */
const UK_DAY = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** "31 March 2027": the UK day a moment falls on. */
export function ukDayInWords(at: Date): string {
  return UK_DAY.format(at);
}

/** "31 March 2027": the last UK day on which applications are taken. */
export function closingDayInWords(closesAt: Date): string {
  return UK_DAY.format(new Date(closesAt.getTime() - 1));
}

/** "Applications close at the end of 31 March 2027 (UK time)", or null with no closing date. */
export function closingSentence(closesAt: Date | null): string | null {
  return closesAt ? `Applications close at the end of ${closingDayInWords(closesAt)} (UK time).` : null;
}
