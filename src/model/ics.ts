/**
 * iCalendar (RFC 5545) files for "Add to my calendar": one VEVENT per date range of a session.
 *
 * Calendar dates stay calendar dates: `DTSTART;VALUE=DATE:20211124` with an exclusive `DTEND` the day after the last
 * day, never a UTC midnight that a reader in Los Angeles would see on the 23rd. Only feed values that carry a time
 * and an offset become instants (`…T073000Z`).
 */
import type { DateRange, TrainingSession, Training } from './schema.js';
import { formatDay, shiftedDay, wallClockTimeOf } from './calendar.js';
import { knownToTheDay } from './calendar-days.js';
import { placeAddress } from './places.js';

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

/**
 * TEXT values (RFC 5545 §3.3.11): every line break (CRLF, LF or a bare CR) becomes `\n`; other control characters,
 * which TEXT forbids (tab aside), are removed; backslash, semicolon and comma are escaped.
 */
export function escapeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Who to write to about the event: the training body's e-mail, else the first published contact with one.
 * `METHOD:PUBLISH` requires an ORGANIZER (RFC 5546 §3.2.1): without one, the file has no METHOD.
 */
function organizerOf(training: Training): string | undefined {
  const contact = training.provider.email ? training.provider : training.contacts?.find((person) => person.email);
  if (!contact?.email) return undefined;
  // A quoted parameter value cannot hold a double quote or a control character (§3.1, §3.2).
  const name = contact.name.replace(/["\u0000-\u001f\u007f]/g, '');
  return `ORGANIZER;CN="${name}":mailto:${contact.email}`;
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
    const start = new Date(range.start);
    const end = range.end === undefined ? undefined : new Date(range.end);
    // DTEND must come after DTSTART (§3.6.1): a range that starts and ends at the same instant has no DTEND.
    return [`DTSTART:${icsInstant(start)}`, ...(end && end > start ? [`DTEND:${icsInstant(end)}`] : [])];
  }
  // The exclusive end of 9999-12-31 would be a fifth digit of year, which §3.3.4 has not: a one-day event needs no DTEND.
  const after = icsDate(end, 1);
  return [`DTSTART;VALUE=DATE:${icsDate(range.start)}`, ...(after.length === 8 ? [`DTEND;VALUE=DATE:${after}`] : [])];
}

function locationOf(session: TrainingSession, texts: CalendarTexts): string | undefined {
  const text = placeAddress(session.place);
  if (text) return text;
  return session.mode === 'remote' ? texts.remote : undefined;
}

/**
 * A UID part for each event that no other event shares (§3.8.4.7). Ids may hold dots, so `x.s` + `1` and `x` + `s.1`
 * would meet in `x.s.1`: such ids are joined by `/`, which no id holds. Ids without dots keep the UIDs that
 * calendars already hold, so that a learner's earlier import is still updated rather than doubled.
 */
function eventUid(trainingId: string, sessionId: string, rank: number): string {
  return trainingId.includes('.') || sessionId.includes('.') ? `${trainingId}/${sessionId}/${rank}` : `${trainingId}.${sessionId}.${rank}`;
}

/** The VEVENTs of one session, unfolded: one for each range known to the day (`knownToTheDay`). */
function sessionEvents({ training, session, url, registrationUrl, texts, stamp }: SessionCalendarInput): string[] {
  const summaryBase = session.label ? `${training.title} – ${session.label}` : training.title;
  const location = locationOf(session, texts);
  const organizer = organizerOf(training);
  return session.dates.flatMap((range, index) => {
    if (!knownToTheDay(range)) return [];
    const description = [
      range.label,
      `${texts.provider} : ${training.provider.name}`,
      registrationUrl ? `${texts.registration} : ${registrationUrl}` : undefined,
      url && url !== registrationUrl ? `${texts.more} : ${url}` : undefined,
    ].filter(Boolean).join('\n');
    return [
      'BEGIN:VEVENT',
      // Stable across downloads, so that importing the file again updates the events instead of doubling them.
      `UID:${eventUid(training.id, session.id, index + 1)}@training-feed-widgets`,
      `DTSTAMP:${icsInstant(stamp)}`,
      ...rangeProperties(range),
      `SUMMARY:${escapeText(range.label && session.dates.length > 1 ? `${summaryBase} (${range.label})` : summaryBase)}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      `DESCRIPTION:${escapeText(description)}`,
      ...(organizer ? [organizer] : []),
      // A URI value holds no white space (a tel: number may).
      ...(url ? [`URL:${url.replace(/\s/g, '%20')}`] : []),
      ...(session.cancelled ? ['STATUS:CANCELLED'] : []),
      'END:VEVENT',
    ];
  });
}

/**
 * One calendar of the events of `sessions`, CRLF line endings included. `METHOD:PUBLISH` only when every event has
 * its ORGANIZER, which that method requires (RFC 5546 §3.2.1); `events` counts them (a calendar needs one, §3.6).
 */
export function sessionsCalendar(sessions: readonly SessionCalendarInput[], product = 'tf-session-list'): { text: string; events: number } {
  const events = sessions.map(sessionEvents);
  const count = events.reduce((sum, lines) => sum + lines.filter((line) => line === 'BEGIN:VEVENT').length, 0);
  const organized = sessions.every((input, index) => events[index]!.length === 0 || organizerOf(input.training) !== undefined);
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:-//training-feed-widgets//${product}//FR`, 'CALSCALE:GREGORIAN', ...(organized && count > 0 ? ['METHOD:PUBLISH'] : []), ...events.flat(), 'END:VCALENDAR'];
  return { text: `${lines.map(foldLine).join('\r\n')}\r\n`, events: count };
}

/**
 * The whole `.ics` file for one session: its ranges known to the day; the others are left out rather than pinned to
 * a day they do not name. The widget offers the file only when there is at least one.
 */
export function sessionCalendar(input: SessionCalendarInput): string {
  return sessionsCalendar([input]).text;
}

/** A `data:` URL for `<a download>`: no blob to revoke, and "Save link as…" works too. */
export function calendarDataUrl(ics: string): string {
  return `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`;
}
