/** Calendar dates as UK people mean them: a real date, and the moment its day ends in the UK. Pure. */

/** The offset of UK time (Europe/London) from UTC at a moment, in minutes (0 in winter, 60 in summer). */
function londonOffsetMinutes(at: Date): number {
  const part = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(at)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-]\d+)?(?::(\d+))?/.exec(part ?? "");
  const hours = Number(match?.[1] ?? 0);
  return hours * 60 + Math.sign(hours) * Number(match?.[2] ?? 0);
}

/** The end of a calendar day in the UK: midnight, UK time, at the start of the next day. */
export function endOfUkDay(year: number, month: number, day: number): Date {
  const midnightUtc = Date.UTC(year, month - 1, day + 1);
  return new Date(midnightUtc - londonOffsetMinutes(new Date(midnightUtc)) * 60_000);
}

/** A real calendar date (no 31 February), as numbers, or null. */
export function calendarDate(
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? { year, month, day }
    : null;
}
