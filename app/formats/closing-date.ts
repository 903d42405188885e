/**
 * A partner search's closing date in words, in UK time. A date given as a day
 * closes at midnight at its end (app/forms/search-schemas.server.ts,
 * endOfUkDay), so that instant is named by the day it ends, not the next one.
 */
const LONDON = "Europe/London";

/** A day as people read it: "31 March 2027", in UK time. */
export function ukDay(at: Date): string {
  return at.toLocaleDateString("en-GB", { timeZone: LONDON, day: "numeric", month: "long", year: "numeric" });
}

function ukTime(at: Date): string {
  return at.toLocaleTimeString("en-GB", { timeZone: LONDON, hour: "2-digit", minute: "2-digit", hour12: false });
}

/** "midnight at the end of 31 March 2027", or "14:30 on 31 March 2027" for a time that is not midnight. */
export function closingMoment(at: Date): string {
  const time = ukTime(at);
  if (time === "00:00" || time === "24:00") return `midnight at the end of ${ukDay(new Date(at.getTime() - 1))}`;
  return `${time} on ${ukDay(at)}`;
}

/** The sentence the dashboard prints about when the open link closes, or closed. */
export function closingSentence(search: { closesAt: Date | null; closedAt: Date | null }, now = new Date()): string {
  if (search.closedAt) return `You closed applications on ${ukDay(search.closedAt)}.`;
  if (!search.closesAt) return "There is no closing date: applications stay open until you close them.";
  if (search.closesAt.getTime() <= now.getTime()) return `Applications closed at ${closingMoment(search.closesAt)}.`;
  return `Applications close at ${closingMoment(search.closesAt)}.`;
}
