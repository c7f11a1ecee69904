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

/** The calendar day as a local `Date` at midnight: safe for formatting, whatever the reader's time zone. */
export function localDateOf(iso: string): Date {
  const { year, month, day } = calendarDayOf(iso);
  return new Date(year, month - 1, day);
}

/** `HH:MM` as written in the feed (the organiser's wall-clock time), or undefined for a date-only value. */
export function wallClockTimeOf(iso: string): { hours: number; minutes: number } | undefined {
  const match = /T(\d{2}):(\d{2})/.exec(iso);
  return match ? { hours: Number(match[1]), minutes: Number(match[2]) } : undefined;
}

/** Today in the reader's time zone, as `YYYY-MM-DD`. */
export function isoDateOf(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whole calendar days from `from` to `to` (both ISO), immune to daylight-saving shifts. */
export function daysBetween(from: string, to: string): number {
  const a = calendarDayOf(from);
  const b = calendarDayOf(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
}

/** Compares two ISO dates (or date-times) by calendar day, then by time. */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** First and last calendar day of a set of ranges; `''` when there is none, or for the end of an open-ended range. */
export function spanOf(ranges: readonly DateRange[]): { start: string; end: string } {
  const starts = ranges.map((r) => r.start).sort(compareIso);
  const ends = ranges.map((r) => r.end ?? r.start).sort(compareIso);
  const openEnded = ranges.some((r) => r.openEnded);
  return { start: starts[0] ?? '', end: openEnded ? '' : (ends[ends.length - 1] ?? '') };
}
