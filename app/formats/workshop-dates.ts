/**
 * A workshop's dates in words (issue 18). Its date is a calendar day
 * (YYYY-MM-DD), not a moment, so it is read and counted as one, in no time
 * zone: the day participants' answers go is the workshop's day plus the
 * retention days, whatever the clocks do in between.
 */
const DAY_IN_WORDS = new Intl.DateTimeFormat("en-GB", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

function utcNoon(day: string, plusDays = 0): Date {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + plusDays, 12));
}

/** "1 January 2027". */
export const calendarDay = (day: string) => DAY_IN_WORDS.format(utcNoon(day));

/** "31 January 2027": the day `days` after this one. */
export const calendarDayAfter = (day: string, days: number) => DAY_IN_WORDS.format(utcNoon(day, days));
