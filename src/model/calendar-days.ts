/**
 * What a calendar file can hold without inventing a day. Apart from calendar.ts, which every page loads with the
 * schema: only the session list (its calendar link) and the .ics maker need it.
 */
import type { DateRange } from './schema.js';

/**
 * Whether a range is known to the day at both ends and has an end: « septembre 2023 » is not the 1st, and « à partir
 * du 2 janvier » does not end that day.
 */
export function knownToTheDay(range: DateRange): boolean {
  return !range.openEnded && (range.startPrecision ?? 'day') === 'day' && (range.end === undefined || (range.endPrecision ?? 'day') === 'day');
}
