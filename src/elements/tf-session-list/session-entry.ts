/**
 * One session of `<tf-session-list>`: title (linked to the sheet), status in words, dates, mode and place,
 * details, and the next step and calendar links. Private to the session list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isRegistrationOpen, type SessionEntry } from '../../model/sessions.js';
import type { IndexedSession } from '../../model/session-filters.js';
import { nextStep, type NextStep } from '../../model/next-step.js';
import { placeAddress, placeSummary } from '../../model/places.js';
import { knownToTheDay } from '../../model/calendar-days.js';
import type { Language, Translation } from '../../i18n/translation.js';
import { modeName } from '../../i18n/localize.js';
import { heading } from '../../templates/heading.js';
import { deadlineReason, statusText } from '../../templates/status-badge.js';
import { formatDateRange, formatSessionDates } from '../../templates/time.js';
import { formatDay } from '../../i18n/dates.js';

export interface SessionEntryContext {
  t: Translation['sessionList'];
  common: Translation['common'];
  language: Language;
  /** The sheet the title links to. */
  sheetUrl: (entry: SessionEntry) => string | undefined;
  /** What a reader can do about an open session (model/next-step.ts); `sheet` is the row's `sheetUrl`. */
  nextStep: (entry: SessionEntry, sheet: string | undefined) => NextStep | undefined;
  /** The session's `.ics` file as a URL once made (on the link's first click), else `#`. */
  calendarHref: (entry: SessionEntry) => string;
  onCalendar: (event: Event, entry: SessionEntry) => void;
  /** Whether the session's details are shown: while open, and all of them on paper. */
  detailsShown: (entry: SessionEntry) => boolean;
  /** « Détails » pressed: opens the session's details, or closes them. */
  onDetailsToggled: (entry: SessionEntry) => void;
  onSelect: (event: Event, item: IndexedSession, url: string | undefined) => void;
  onRegister: (event: Event, entry: SessionEntry, url: string) => void;
}

/**
 * One session, one line from about 40em wide (date · who and where · status and deadline · next step), a tight
 * card below. With `sharedTitle` (every session shown has the same title, said once above the list) the title
 * stays as a heading for screen readers only, and the provider leads.
 */
export function renderSessionEntry(context: SessionEntryContext, item: IndexedSession, level: number, sharedTitle: boolean, later: boolean): TemplateResult {
  const { t, common, language } = context;
  const { entry, status } = item;
  const { training, session } = entry;
  const sheet = context.sheetUrl(entry);
  const where = placeSummary(session.place);
  const open = isRegistrationOpen(status);
  const step = open ? context.nextStep(entry, sheet) : undefined;
  const remaining = session.seats?.remaining;
  const label = `${training.title}${session.label ? `, ${session.label}` : ''}`;
  // Links and the summary say which session they are about in their names (attributes: no extra elements per row),
  // with the provider: two bodies may give the same course to groups of the same name. French puts a space before « : ».
  const about = `${language === 'fr' ? '\u00a0' : ''}: ${label}, ${training.provider.name}`;
  const titleLink = (content: unknown) =>
    sheet ? html`<a part="session-title" href=${sheet} @click=${(event: Event) => context.onSelect(event, item, sheet)}>${content}</a>` : content;
  const who = `${training.provider.name}${session.label ? ` · ${session.label}` : ''}`;
  const deadline = entry.deadline && (open || status === 'closed') ? entry.deadline : undefined;
  const seats = remaining !== undefined && status !== 'past' && status !== 'cancelled' ? t.seatsLeft(remaining, session.seats?.total) : undefined;
  const details = context.detailsShown(entry);
  const classes = `session session--${status}${sharedTitle ? ' session--shared-title' : ''}${!details && later ? ' session--later' : ''}`;
  // A row is a handful of templates, not one per fact (each nested template is a clone and a walk of its own), an
  // attribute is one value (a binding of several is joined by lit at each commit), and there is no white space
  // between its blocks (each would be a text node to clone, for nothing: they are grid and flex items). « Détails »
  // is a disclosure button, not a <details>: each <details> brings a shadow tree of its own to build and lay out,
  // which made a sixth of a first page's time; its content was rendered on opening only anyway.
  return html`<li class=${classes} part="session" tabindex="-1"
    ><div class="session__main"
      >${heading(level, sharedTitle ? training.title : titleLink(sheet ? training.title : html`<span part="session-title">${training.title}</span>`), `session-${session.id}`, `session__title${sharedTitle ? ' visually-hidden' : ''}`)}<p
        class="session__subtitle"
      >${sharedTitle ? titleLink(who) : who}</p
      ><p class="facts">${where ? `${modeName(session.mode, common)} · ${where}` : modeName(session.mode, common)}</p
      ><button
        type="button"
        class="details-toggle"
        aria-expanded=${details ? 'true' : 'false'}
        aria-label=${t.details + about}
        @click=${(event: Event) => {
          context.onDetailsToggled(entry);
          if (!details) context.onSelect(event, item, sheet);
        }}
        >${t.details}</button
      >${details ? renderDetails(context, entry) : nothing}</div
    ><p class="session__dates">${formatSessionDates(session, language, common)}</p
    ><p class=${`badge badge--${status}`} part="badge"><span class="visually-hidden">${t.statusLabel} </span>${statusText(status, common)}</p
    >${deadline || seats ? renderStatusFacts(t, entry, deadline, seats, language, common) : nothing}${status === 'past' || status === 'cancelled'
      ? nothing
      : renderActions(context, entry, step, about)}</li
  >`;
}

/** The deadline and the seats left: one template for the seats alone (most sessions), one with the deadline. */
function renderStatusFacts(t: Translation['sessionList'], entry: SessionEntry, deadline: string | undefined, seats: string | undefined, language: Language, common: Translation['common']): TemplateResult {
  if (!deadline) return html`<ul class="facts facts--status" role="list"><li>${seats}</li></ul>`;
  return html`<ul class="facts facts--status" role="list"
    ><li>${t.deadline} <time datetime=${deadline}>${formatDay(deadline, language)}</time> ${deadlineReason(entry, language, common)}</li
    >${seats === undefined ? nothing : html`<li>${seats}</li>`}</ul
  >`;
}

/** The next step, when there is one, and the calendar link when a range of the session is known to the day. */
function renderActions({ t, calendarHref, onCalendar, onRegister }: SessionEntryContext, entry: SessionEntry, step: NextStep | undefined, about: string): TemplateResult | typeof nothing {
  const { training, session } = entry;
  const calendar = session.dates.some(knownToTheDay);
  if (!step && !calendar) return nothing;
  const stepLabel = step ? { register: t.register, email: t.contact, phone: t.call, sheet: t.viewSheet }[step.kind] : '';
  return html`<div class="actions"
    >${step ? html`<a class="button" part="register" href=${step.url} aria-label=${stepLabel + about} @click=${(event: Event) => onRegister(event, entry, step.url)}>${stepLabel}</a>` : nothing}${calendar
      ? html`<a
          class="button button--secondary"
          part="calendar"
          href=${calendarHref(entry)}
          download=${`${training.id}-${session.id}.ics`}
          aria-label=${`${t.addToCalendar}${about} ${t.calendarFileHint}`}
          @click=${(event: Event) => onCalendar(event, entry)}
          >${t.addToCalendar}</a
        >`
      : nothing}</div
  >`;
}

/** What « Détails » shows, rendered while the visitor has it open: closed, it costs a row nothing. */
function renderDetails({ t, common, language }: SessionEntryContext, { training, session }: SessionEntry): TemplateResult {
  const labelledRanges = session.dates.length > 1 || session.dates.some((range) => range.label);
  const speakers = session.speakers ?? training.speakers ?? [];
  const address = placeAddress(session.place);
  return html`<div class="details"><dl>
      ${labelledRanges
        ? html`<dt>${t.dates}</dt>
            ${session.dates.map((range) => html`<dd>${formatDateRange(range, language, common)}${range.label ? `\u00a0: ${range.label}` : ''}</dd>`)}`
        : nothing}
      ${address ? html`<dt>${t.place}</dt><dd>${address}</dd>` : nothing}
      <dt>${t.provider}</dt><dd>${training.provider.name}</dd>
      ${training.duration ? html`<dt>${t.duration}</dt><dd>${training.duration.label}</dd>` : nothing}
      ${speakers.length ? html`<dt>${t.speakers}</dt><dd>${speakers.map((person) => person.name).join(', ')}</dd>` : nothing}
    </dl>
    ${session.note ? html`<p class="note">${session.note}</p>` : nothing}</div>`;
}

/**
 * The next step of an open session, with the e-mail subject the session list writes: the session named by its label,
 * else its first day in words (never the feed's ISO value), else its training body.
 */
export function sessionNextStep(entry: SessionEntry, t: Translation['sessionList'], language: Language, safeHref: (url: string | undefined) => string | undefined, sheetUrl: string | undefined): NextStep | undefined {
  const session = entry.session.label ?? (entry.start ? formatDay(entry.start, language) : entry.training.provider.name);
  return nextStep(entry, { safeHref, emailSubject: t.contactSubject(entry.training.title, session), sheetUrl });
}

/**
 * The session's `.ics` file as a data URL; `url` is the page it links to (registration, else the sheet). The
 * calendar code loads on the first call: a visitor who adds no session to a calendar never downloads it.
 */
export async function calendarFileUrl(entry: SessionEntry, url: string | undefined, registrationUrl: string | undefined, t: Translation['sessionList']): Promise<string> {
  const { calendarDataUrl, sessionCalendar } = await import('../../model/ics.js');
  return calendarDataUrl(
    sessionCalendar({
      training: entry.training,
      session: entry.session,
      registrationUrl,
      url,
      texts: { remote: t.icsRemote, provider: t.icsProvider, registration: t.icsRegistration, more: t.icsMore },
      stamp: new Date(),
    }),
  );
}

/**
 * A calendar link's first click: the default is held while the file is made (`make`) and stored in `made`; once the
 * link holds it (`rendered`), a second click downloads it. Later clicks download at once.
 */
export async function calendarOnFirstClick(
  event: Event,
  made: WeakMap<object, string>,
  entry: SessionEntry,
  make: () => Promise<string>,
  rendered: () => Promise<unknown>,
): Promise<void> {
  if (made.has(entry.session)) return;
  event.preventDefault();
  const link = event.currentTarget as HTMLAnchorElement;
  made.set(entry.session, await make());
  await rendered();
  if (link.isConnected) link.click();
}
