/** The formats the studio writes besides the feed's JSON: LHEO (the model's converter) and iCalendar. */
import { knownToTheDay } from '../../model/calendar-days.js';
import { formatNote } from '../../model/convert/messages.js';
import { toLheo } from '../../model/convert/lheo-write.js';
import { sessionsCalendar, type CalendarTexts, type SessionCalendarInput } from '../../model/ics.js';
import type { Feed } from '../../model/schema.js';

export type ExportFormat = 'lheo' | 'ics';

/** What an export wrote, and what the user should know of it. */
export interface ExportOutcome {
  text: string;
  /** Nothing worth a file (a calendar without one event): said, not downloaded. */
  empty?: boolean;
  /** Sessions, and periods of exported sessions, left out of a calendar: their days are not known. */
  leftOut?: { sessions: number; periods: number };
  /** Required LHEO fields the feed lacks, written as placeholders: one line each, in the studio's language. */
  placeholders?: (language: 'fr' | 'en') => string[];
}

export interface Exporter {
  fileName: string;
  type: string;
  write(feed: Feed): ExportOutcome;
}

/** The calendar's words: in the feed's language, French. */
const calendarTexts: CalendarTexts = { remote: 'À distance', provider: 'Organisme', registration: 'Inscription', more: 'En savoir plus' };

const safeUrl = (url: string | undefined): string | undefined => (url && /^https?:/i.test(url) ? url : undefined);

/**
 * Every session of the feed in one calendar: the events of each session's own file, under one header. The .ics
 * maker leaves out the periods not known to the day (`knownToTheDay`); they are counted, to be said.
 */
export function feedCalendarOutcome(feed: Feed, stamp = new Date()): ExportOutcome & { leftOut: { sessions: number; periods: number } } {
  const sessions: SessionCalendarInput[] = [];
  const leftOut = { sessions: 0, periods: 0 };
  for (const training of feed.trainings) {
    for (const session of training.sessions) {
      const known = session.dates.filter(knownToTheDay).length;
      if (known === 0) {
        leftOut.sessions += 1;
        continue;
      }
      leftOut.periods += session.dates.length - known;
      const registrationUrl = safeUrl(session.registrationUrl);
      sessions.push({ training, session, url: registrationUrl ?? safeUrl(training.url), registrationUrl, texts: calendarTexts, stamp });
    }
  }
  const { text, events } = sessionsCalendar(sessions, 'studio');
  return { text, empty: events === 0, leftOut };
}

export const feedCalendar = (feed: Feed, stamp = new Date()): string => feedCalendarOutcome(feed, stamp).text;

/** The feed in LHEO, with the required fields it lacked and LHEO's placeholders took. */
function lheoOutcome(feed: Feed): ExportOutcome {
  const { xml, report } = toLheo(feed);
  const notes = report.warnings.filter((note) => note.code === 'placeholder-written');
  return { text: xml, placeholders: (language) => notes.map((note) => formatNote(note, language)) };
}

export const exporters: Record<ExportFormat, Exporter> = {
  lheo: { fileName: 'formations-lheo.xml', type: 'application/xml', write: lheoOutcome },
  ics: { fileName: 'sessions.ics', type: 'text/calendar', write: (feed) => feedCalendarOutcome(feed) },
};
