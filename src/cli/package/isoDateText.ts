/** Dates as the engine reads them: ISO 8601 text of the wall-clock date Excel shows. */

const MS_PER_DAY = 86_400_000;

/**
 * `2026-01-15`, or `2026-01-15T09:30:00` when the cell holds a time of day. The date's UTC
 * fields are taken as the wall-clock date and time Excel shows (a date serial is turned into a
 * Date as if it were UTC); Excel has no time zone, so none is written.
 */
export function isoDateText(date: Date): string | null {
  const time = date.getTime();
  if (Number.isNaN(time)) return null;
  const iso = date.toISOString();
  if (time % MS_PER_DAY === 0) return iso.slice(0, 10);
  return iso.endsWith(".000Z") ? iso.slice(0, 19) : iso.slice(0, 23);
}
