import { daysBetween, formatDay, isoDateOf, shiftedDay, spanOf } from './calendar.js';
import { lastCall } from './memo.js';
import type { Feed, Training, TrainingSession } from './schema.js';

/**
 * A session's registration status, always computed from dates and seats, never typed by hand (only `cancelled`
 * is a fact of the feed).
 */
export type SessionStatus = 'open' | 'closing-soon' | 'closed' | 'full' | 'cancelled' | 'past';

/** Days before the deadline from which a session is "closing soon". */
export const closingSoonDays = 14;

export interface SessionEntry {
  training: Training;
  session: TrainingSession;
  /** First and last calendar day over every range; `''` when not known (no dates yet, or an open end). */
  start: string;
  end: string;
  /** The last day to register: the session's deadline, else the training's, never after the eve of the start. */
  deadline: string | undefined;
  /** The deadline as the feed publishes it, when the effective one differs (moved to the eve of the start). */
  publishedDeadline?: string;
}

/** Today as `YYYY-MM-DD` for the reader, or the fixed `now` of a demo or test (`2023-09-01`). */
export function todayIso(now?: string | Date | null): string {
  if (now instanceof Date) return isoDateOf(now);
  if (typeof now === 'string' && /^\d{4}-\d{2}-\d{2}/.test(now)) return now.slice(0, 10);
  return isoDateOf(new Date());
}

/** The eve of an ISO calendar day. */
function eveOf(iso: string): string {
  return formatDay(shiftedDay(iso, -1), '-');
}

export function sessionEntry(training: Training, session: TrainingSession): SessionEntry {
  const { start, end } = spanOf(session.dates);
  const published = session.registrationDeadline ?? training.registrationDeadline;
  // A sheet-wide deadline can fall after some groups start (IRTS: 5 Jan 2022 for groups starting in Nov 2021):
  // nobody registers for a session that has begun. The eve only matters when a deadline is published.
  const eve = published === undefined || start === '' || session.permanentEntry ? undefined : eveOf(start);
  const deadline = published === undefined || eve === undefined ? published : published < eve ? published : eve;
  const entry: SessionEntry = { training, session, start, end, deadline };
  if (published !== undefined && published !== deadline) entry.publishedDeadline = published;
  return entry;
}

/**
 * Trainings' titles in the reader's order, with one collator for every sort (`localeCompare` builds one per call,
 * which a 100,000-session sort pays dearly), made on first use: the page's first collator costs milliseconds,
 * which a page without a session list should not pay while this module loads.
 */
let titleCollator: Intl.Collator | undefined;

/** Makes the collator of `compareTitles` ahead of need: a page's first collator costs milliseconds (ICU's data). */
export const prepareTitleOrder = (): Intl.Collator => (titleCollator ??= new Intl.Collator());

export const compareTitles = (a: string, b: string): number => prepareTitleOrder().compare(a, b);

/** By first day; sessions without known dates come last. */
function byStart(a: SessionEntry, b: SessionEntry): number {
  if (a.start === b.start) return 0;
  if (a.start === '') return 1;
  if (b.start === '') return -1;
  return a.start < b.start ? -1 : 1;
}

/** Every session of the feed (or of one training), sorted by first day, then by training title. */
export function sessionEntries(feed: Feed, trainingId?: string): SessionEntry[] {
  // Trainings in title order, then a stable sort by first day: the collator compares trainings once each, not every
  // pair of sessions starting the same day (a 100,000-session catalogue has thousands of those).
  return feed.trainings
    .filter((training) => trainingId === undefined || training.id === trainingId)
    .sort((a, b) => compareTitles(a.title, b.title))
    .flatMap((training) => training.sessions.map((session) => sessionEntry(training, session)))
    .sort(byStart);
}

/** The calendar day of an ISO date or date-time, which compares as text with `today`. */
const dayOf = (iso: string) => iso.slice(0, 10);

/** `today` is `YYYY-MM-DD`: days compare as text, without date arithmetic (a catalogue has many sessions). */
export function sessionStatus(entry: SessionEntry, today: string): SessionStatus {
  if (entry.session.cancelled) return 'cancelled';
  if (entry.end !== '' && dayOf(entry.end) < today) return 'past';
  const { recruitment, permanentEntry } = entry.session;
  if (recruitment === 'closed' || recruitment === 'suspended') return 'closed';
  // Permanent entry: one joins after the start. No known start: nothing says registration has closed.
  if (entry.start !== '' && !permanentEntry && dayOf(entry.start) <= today) return 'closed';
  if (entry.deadline !== undefined && dayOf(entry.deadline) < today) return 'closed';
  if (entry.session.seats?.remaining === 0) return 'full';
  const lastDay = entry.deadline ?? (permanentEntry ? '' : entry.start);
  if (lastDay === '') return 'open';
  // `daysBetween(today, lastDay) <= closingSoonDays`, as one comparison of days written as text.
  return dayOf(lastDay) <= closingSoonLimit(today) ? 'closing-soon' : 'open';
}

/** The last day that is "closing soon" seen from `today`, computed once per day, not once per session. */
const closingSoonLimit = lastCall((today: string) => formatDay(shiftedDay(today, closingSoonDays), '-'));

/** Whether a visitor can still register for the session. */
export function isRegistrationOpen(status: SessionStatus): boolean {
  return status === 'open' || status === 'closing-soon';
}

/** The next session one can still register for, else the next one to come, else undefined. */
export function nextSession(training: Training, today: string): SessionEntry | undefined {
  const upcoming = training.sessions
    .map((session) => sessionEntry(training, session))
    .filter((entry) => !entry.session.cancelled && (entry.end === '' || daysBetween(today, entry.end) >= 0))
    .sort(byStart);
  return upcoming.find((entry) => isRegistrationOpen(sessionStatus(entry, today))) ?? upcoming[0];
}
