import type { DateRange } from './schema.js';

/**
 * Dates of the feed are calendar dates (`2023-09-25`) or instants with their offset (`2023-09-25T09:00:00+02:00`).
 * `new Date('2023-09-25')` is UTC midnight, the 24th west of Greenwich: so the day is always read from the string
 * itself and built as a local date, which shows the same calendar day in every time zone.
 */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function calendarDayOf(iso: string): CalendarDay {
  const [year = 0, month = 1, day = 1] = iso.slice(0, 10).split('-').map(Number);
  return { year, month, day };
}

/**
 * A local `Date` at midnight of that day; the day may overflow (`day - 1` of the 1st is the eve). `setFullYear`, not
 * `new Date(y, …)`, which reads the years 0 to 99 as 1900 to 1999.
 */
export function localDate(year: number, month: number, day: number): Date {
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Milliseconds of UTC midnight of that day, years 0 to 99 included (see localDate). */
function utcDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime();
}

/** The UTC calendar day `days` after an ISO day (negative: before), without any time zone involved. */
export function shiftedDay(iso: string, days: number): CalendarDay {
  const { year, month, day } = calendarDayOf(iso);
  const date = new Date(utcDay(year, month, day + days));
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** The calendar day as a local `Date` at midnight: safe for formatting, whatever the reader's time zone. */
export function localDateOf(iso: string): Date {
  const { year, month, day } = calendarDayOf(iso);
  return localDate(year, month, day);
}

/** `HH:MM` as written in the feed (the organiser's wall-clock time), or undefined for a date-only value. */
export function wallClockTimeOf(iso: string): { hours: number; minutes: number } | undefined {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : undefined;
}

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
export function isoDateOf(date: Date): string {
  return formatDay({ year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() }, '-');
}

/** `0023-09-25` (or `00230925` with an empty separator): always four digits of year, two of month and day. */
export function formatDay({ year, month, day }: CalendarDay, separator: string): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return [pad(year, 4), pad(month, 2), pad(day, 2)].join(separator);
}

/** Whole calendar days from `from` to `to` (both ISO), immune to daylight-saving shifts. */
export function daysBetween(from: string, to: string): number {
  const a = calendarDayOf(from);
  const b = calendarDayOf(to);
  return Math.round((utcDay(b.year, b.month, b.day) - utcDay(a.year, a.month, a.day)) / 86_400_000);
}

/**
 * Whether a range's `end` comes before its `start`. Two instants compare as instants; otherwise by calendar day, so
 * that a range from `2023-09-25T09:00:00+02:00` to `2023-09-25` is one day, not a range that ends before it starts.
 */
export function endsBeforeStart(start: string, end: string): boolean {
  if (wallClockTimeOf(start) !== undefined && wallClockTimeOf(end) !== undefined) return Date.parse(end) < Date.parse(start);
  return end.slice(0, 10) < start.slice(0, 10);
}

/**
 * The last day a range can take: its end; without one, its start, or for a start known only to the month or year
 * the last day of it (one day « en septembre 2023 » may be the 30th).
 */
export function lastDayOf({ start, end, startPrecision }: Pick<DateRange, 'start' | 'end' | 'startPrecision'>): string {
  if (end || (startPrecision ?? 'day') === 'day') return end ?? start;
  const { year, month } = calendarDayOf(start);
  // The eve of the next month's 1st; month 13 is January of the next year (utcDay overflows).
  return formatDay(shiftedDay(`${year}-${startPrecision === 'year' ? 13 : month + 1}-1`, -1), '-');
}

/** First and last calendar day of a set of ranges; `''` when there is none, or for the end of an open-ended range. */
export function spanOf(ranges: readonly DateRange[]): { start: string; end: string } {
  // ISO days (or date-times) sort as text: \`sort()\`'s own order.
  const starts = ranges.map((r) => r.start).sort();
  const ends = ranges.map(lastDayOf).sort();
  const openEnded = ranges.some((r) => r.openEnded);
  return { start: starts[0] ?? '', end: openEnded ? '' : (ends[ends.length - 1] ?? '') };
}
