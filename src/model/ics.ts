/**
 * iCalendar (RFC 5545) files for "Add to my calendar": one VEVENT per date range of a session.
 *
 * Calendar dates stay calendar dates: `DTSTART;VALUE=DATE:20211124` with an exclusive `DTEND` the day after the last
 * day, never a UTC midnight that a reader in Los Angeles would see on the 23rd. Only feed values that carry a time
 * and an offset become instants (`…T073000Z`).
 */
import type { DateRange, TrainingSession, Training } from './schema.js';
import { formatDay, shiftedDay, wallClockTimeOf } from './calendar.js';

export interface CalendarTexts {
  remote: string;
  provider: string;
  registration: string;
  more: string;
}

export interface SessionCalendarInput {
  training: Training;
  session: TrainingSession;
  /** The link back: the registration page, else the training's sheet (already checked by safeHref). */
  url: string | undefined;
  registrationUrl: string | undefined;
  texts: CalendarTexts;
  /** DTSTAMP: when the file is made. */
  stamp: Date;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20211124` for a calendar day, shifted by `addDays` without any time zone involved; always 8 digits. */
function icsDate(iso: string, addDays = 0): string {
  return formatDay(shiftedDay(iso, addDays), '');
}

/** `20230925T073000Z`: an instant in UTC; the date always 8 digits (year 23 is `0023`). */
function icsInstant(date: Date): string {
  const day = formatDay({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }, '');
  return `${day}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 length of one code point, without encoding it (this runs for every character of every file). */
function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character (§3.1). */
export function foldLine(line: string): string {
  // Fast path: even if every character took 3 octets, the line would fit.
  if (line.length * 3 <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char);
    // Continuation lines start with a space, which counts in their 75 octets.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function rangeProperties(range: DateRange): string[] {
  const end = range.end ?? range.start;
  const timed = wallClockTimeOf(range.start) !== undefined && (range.end === undefined || wallClockTimeOf(range.end) !== undefined);
  if (timed) {
    return [`DTSTART:${icsInstant(new Date(range.start))}`, ...(range.end ? [`DTEND:${icsInstant(new Date(range.end))}`] : [])];
  }
  return [`DTSTART;VALUE=DATE:${icsDate(range.start)}`, `DTEND;VALUE=DATE:${icsDate(end, 1)}`];
}

function locationOf(session: TrainingSession, texts: CalendarTexts): string | undefined {
  const place = session.place;
  if (place) {
    const locality = [place.postalCode, place.city].filter(Boolean).join(' ');
    const text = [place.name, place.address, locality].filter(Boolean).join(', ');
    if (text) return text;
  }
  return session.mode === 'remote' ? texts.remote : undefined;
}

/** The whole `.ics` file for one session, CRLF line endings included. */
export function sessionCalendar({ training, session, url, registrationUrl, texts, stamp }: SessionCalendarInput): string {
  const summaryBase = session.label ? `${training.title} – ${session.label}` : training.title;
  const location = locationOf(session, texts);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//training-feed-widgets//tf-session-list//FR', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
  session.dates.forEach((range, index) => {
    const description = [
      range.label,
      `${texts.provider} : ${training.provider.name}`,
      registrationUrl ? `${texts.registration} : ${registrationUrl}` : undefined,
      url && url !== registrationUrl ? `${texts.more} : ${url}` : undefined,
    ].filter(Boolean).join('\n');
    lines.push(
      'BEGIN:VEVENT',
      // Stable across downloads, so that importing the file again updates the events instead of doubling them.
      `UID:${training.id}.${session.id}.${index + 1}@training-feed-widgets`,
      `DTSTAMP:${icsInstant(stamp)}`,
      ...rangeProperties(range),
      `SUMMARY:${escapeText(range.label && session.dates.length > 1 ? `${summaryBase} (${range.label})` : summaryBase)}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      `DESCRIPTION:${escapeText(description)}`,
      ...(url ? [`URL:${url}`] : []),
      ...(session.cancelled ? ['STATUS:CANCELLED'] : []),
      'END:VEVENT',
    );
  });
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** A `data:` URL for `<a download>`: no blob to revoke, and "Save link as…" works too. */
export function calendarDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}
