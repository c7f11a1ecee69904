/**
 * schema.org JSON-LD for search engines: one `Course` per training, one `CourseInstance` per session. Google reads
 * JSON-LD added by script, but only in the page's light DOM, never inside a shadow root: so the element keeps one
 * `<script type="application/ld+json" data-tf-session-list="…">` in `document.head`, and removes it when it leaves.
 *
 * Google's Course rich result asks for `offers` (with `category`) on the Course, `courseSchedule` or
 * `courseWorkload` on each CourseInstance, a `VirtualLocation` with its `url`, and `instructor` when known.
 */
import type { Person, Training } from './schema.js';
import { daysBetween } from './calendar.js';
import type { SessionEntry, SessionStatus } from './sessions.js';

export type JsonLd = Record<string, unknown>;

export interface JsonLdLinks {
  /** The training's sheet, already checked by safeHref. */
  sheetUrl(training: Training): string | undefined;
  registrationUrl(entry: SessionEntry): string | undefined;
  /** The page that shows the sessions: where a remote session is joined from when the feed names no other link. */
  pageUrl?: string | undefined;
}

/**
 * At most this many sessions are described, the first in the order given (the next ones to come): 10,000 sessions
 * would write megabytes into the page's head for no search engine's benefit (README, "Big catalogues").
 */
export const maxJsonLdSessions = 100;

const courseModes = { 'in-person': 'Onsite', remote: 'Online', blended: 'Blended' } as const;
const attendanceModes = {
  'in-person': 'https://schema.org/OfflineEventAttendanceMode',
  remote: 'https://schema.org/OnlineEventAttendanceMode',
  blended: 'https://schema.org/MixedEventAttendanceMode',
} as const;

/** Drops undefined values, empty texts and empty arrays, so the JSON stays free of noise (and of `"startDate": ""`). */
function compact(object: JsonLd): JsonLd {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
}


function person(speaker: Person): JsonLd {
  return compact({ '@type': 'Person', name: speaker.name, jobTitle: speaker.role });
}

function availability(status: SessionStatus): string {
  if (status === 'full') return 'https://schema.org/SoldOut';
  if (status === 'open' || status === 'closing-soon') return 'https://schema.org/InStock';
  return 'https://schema.org/Discontinued';
}

/**
 * What a learner pays, as Google's `category` says it: `Free` when the price is 0, or when the training has a funder
 * and no price (the OPCO pays, as in the calls for applications of the seeds); `Paid` with the price otherwise.
 * Undefined when the feed says neither: no category is made up.
 */
function courseOffer(training: Training, url: string | undefined): JsonLd | undefined {
  const amount = training.price?.amount;
  const funder = amount === undefined ? training.funder?.name : undefined;
  if (amount === undefined && funder === undefined) return undefined;
  return compact({
    '@type': 'Offer',
    category: amount ? 'Paid' : 'Free',
    price: amount ?? 0,
    priceCurrency: training.price?.currency ?? 'EUR',
    // Who pays, when it is not the learner.
    description: training.price?.label ?? funder,
    url,
  });
}

/**
 * The work a session asks (ISO 8601): the training's hours, else its days, else the days of its ranges (one for a
 * range without an end, such as one day « en septembre 2023 »). None when a range has no end: its days are unknown.
 */
function workload(entry: SessionEntry): string | undefined {
  const duration = entry.training.duration;
  if (duration?.hours) return `PT${duration.hours}H`;
  if (duration?.days) return `P${duration.days}D`;
  const { dates } = entry.session;
  // The days are counted only when known: not for an open range, nor for one whose start or end is known only to
  // the month or year (« De septembre 2024 à 2025 » is no 487 days of work). A single day is one, whichever it is.
  const counted = (range: (typeof dates)[number]) =>
    !range.openEnded && (range.end === undefined || ((range.startPrecision ?? 'day') === 'day' && (range.endPrecision ?? 'day') === 'day'));
  if (dates.length === 0 || !dates.every(counted)) return undefined;
  return `P${dates.reduce((days, { start, end = start }) => days + daysBetween(start, end) + 1, 0)}D`;
}

function courseInstance(entry: SessionEntry, status: SessionStatus, links: JsonLdLinks): JsonLd {
  const { training, session } = entry;
  const place = session.place;
  // A VirtualLocation is only valid with its url: the registration page, the sheet, else the page itself.
  const joinUrl = links.registrationUrl(entry) ?? links.sheetUrl(training) ?? links.pageUrl;
  const location =
    session.mode === 'remote' || !place
      ? session.mode === 'in-person' || !joinUrl ? undefined : { '@type': 'VirtualLocation', url: joinUrl }
      : compact({
          '@type': 'Place',
          name: place.name ?? place.city,
          address: compact({
            '@type': 'PostalAddress',
            streetAddress: place.address,
            postalCode: place.postalCode,
            addressLocality: place.city,
            addressRegion: place.region,
            addressCountry: place.country ?? 'FR',
          }),
        });
  const price = training.price;
  const offerUrl = links.registrationUrl(entry) ?? links.sheetUrl(training);
  return compact({
    '@type': 'CourseInstance',
    '@id': `#session-${session.id}`,
    name: session.label,
    courseMode: courseModes[session.mode],
    eventAttendanceMode: attendanceModes[session.mode],
    eventStatus: session.cancelled ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    // Unknown (no dates yet, an open end): left out, never an empty date.
    startDate: entry.start,
    endDate: entry.end,
    location,
    courseWorkload: workload(entry),
    instructor: (session.speakers ?? training.speakers ?? []).map(person),
    offers: compact({
      '@type': 'Offer',
      url: offerUrl,
      validThrough: entry.deadline,
      availability: availability(status),
      price: price?.amount,
      priceCurrency: price?.amount !== undefined ? (price.currency ?? 'EUR') : undefined,
      description: price?.label,
    }),
    // A multi-range session ("Du 24 nov. au 7 déc., puis le 8 déc.") keeps every range as a sub-event.
    subEvent:
      session.dates.length > 1
        ? session.dates.map((range) =>
            compact({ '@type': 'Event', name: range.label ?? session.label ?? training.title, startDate: range.start, endDate: range.openEnded ? undefined : (range.end ?? range.start) }),
          )
        : undefined,
  });
}

/** The `@graph` of every training among `items`, each with its sessions, in the order given. */
export function coursesJsonLd(
  items: readonly { entry: SessionEntry; status: SessionStatus }[],
  links: JsonLdLinks,
): JsonLd {
  const byTraining = new Map<Training, { entry: SessionEntry; status: SessionStatus }[]>();
  for (const item of items.slice(0, maxJsonLdSessions)) {
    const list = byTraining.get(item.entry.training);
    if (list) list.push(item);
    else byTraining.set(item.entry.training, [item]);
  }
  const courses = [...byTraining].map(([training, sessions]) =>
    compact({
      '@type': 'Course',
      '@id': `#course-${training.id}`,
      name: training.title,
      description: training.subtitle ?? training.context?.[0] ?? training.title,
      url: links.sheetUrl(training),
      provider: compact({ '@type': 'Organization', name: training.provider.name, url: training.provider.url }),
      timeRequired: training.duration?.hours ? `PT${training.duration.hours}H` : undefined,
      // The texts' language, not the page's: a feed's texts are French unless a training says otherwise.
      inLanguage: training.language ?? 'fr',
      teaches: training.objectives?.map((objective) => objective.text),
      coursePrerequisites: training.prerequisites,
      audience: training.audience ? { '@type': 'Audience', audienceType: training.audience } : undefined,
      offers: courseOffer(training, links.sheetUrl(training)),
      hasCourseInstance: sessions.map(({ entry, status }) => courseInstance(entry, status, links)),
    }),
  );
  return { '@context': 'https://schema.org', '@graph': courses };
}
