/** The formats the studio writes besides the feed's JSON: LHEO (the model's converter) and iCalendar. */
import { toLheo } from '../../model/convert/lheo-write.js';
import { sessionCalendar, type CalendarTexts } from '../../model/ics.js';
import type { Feed } from '../../model/schema.js';

export type ExportFormat = 'lheo' | 'ics';

export interface Exporter {
  fileName: string;
  type: string;
  write(feed: Feed): string;
}

/** The calendar's words: in the feed's language, French. */
const calendarTexts: CalendarTexts = { remote: 'À distance', provider: 'Organisme', registration: 'Inscription', more: 'En savoir plus' };

const safeUrl = (url: string | undefined): string | undefined => (url && /^https?:/i.test(url) ? url : undefined);

/** Every session of the feed in one calendar: the events of each session's own file, under one header. */
export function feedCalendar(feed: Feed, stamp = new Date()): string {
  let header: string[] = [];
  const events: string[] = [];
  for (const training of feed.trainings) {
    for (const session of training.sessions) {
      const registrationUrl = safeUrl(session.registrationUrl);
      const lines = sessionCalendar({ training, session, url: registrationUrl ?? safeUrl(training.url), registrationUrl, texts: calendarTexts, stamp }).trimEnd().split('\r\n');
      const first = lines.indexOf('BEGIN:VEVENT');
      if (header.length === 0) header = lines.slice(0, first);
      events.push(...lines.slice(first, -1));
    }
  }
  if (header.length === 0) header = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//training-feed-widgets//studio//FR'];
  return `${[...header, ...events, 'END:VCALENDAR'].join('\r\n')}\r\n`;
}

export const exporters: Record<ExportFormat, Exporter> = {
  lheo: { fileName: 'formations-lheo.xml', type: 'application/xml', write: (feed) => toLheo(feed).xml },
  ics: { fileName: 'sessions.ics', type: 'text/calendar', write: (feed) => feedCalendar(feed) },
};
