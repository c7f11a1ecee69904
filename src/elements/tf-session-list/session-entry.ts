/**
 * One session of `<tf-session-list>`: title (linked to the sheet), status in words, dates, mode and place,
 * details, and the registration and calendar links. Private to the session list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isRegistrationOpen, type SessionEntry } from '../../model/sessions.js';
import type { IndexedSession } from '../../model/session-filters.js';
import { mailtoHref } from '../../model/links.js';
import { placeAddress, placeSummary } from '../../model/places.js';
import type { Language, Translation } from '../../i18n/translation.js';
import { modeName } from '../../i18n/localize.js';
import { heading } from '../../templates/heading.js';
import { statusText } from '../../templates/status-badge.js';
import { formatDateRange, formatSessionDates, timeElement } from '../../templates/time.js';

/** Where the session's main action leads: the registration page, else a contact's e-mail. */
export type RegistrationAction = { url: string; kind: 'register' | 'contact' };

export interface SessionEntryContext {
  t: Translation['sessionList'];
  common: Translation['common'];
  language: Language;
  /** The sheet the title links to. */
  sheetUrl: (entry: SessionEntry) => string | undefined;
  registrationAction: (entry: SessionEntry) => RegistrationAction | undefined;
  /** The session's `.ics` file as a URL once made (on the link's first click), else `#`. */
  calendarHref: (entry: SessionEntry) => string;
  onCalendar: (event: Event, entry: SessionEntry) => void;
  /** Whether the session's details are rendered: once opened, and all of them on paper. */
  detailsShown: (entry: SessionEntry) => boolean;
  onDetailsOpened: (entry: SessionEntry) => void;
  onSelect: (event: Event, item: IndexedSession, url: string | undefined) => void;
  onRegister: (event: Event, entry: SessionEntry, url: string) => void;
}

export function renderSessionEntry(context: SessionEntryContext, item: IndexedSession, level: number): TemplateResult {
  const { t, common, language } = context;
  const { entry, status } = item;
  const { training, session } = entry;
  const sheet = context.sheetUrl(entry);
  const where = placeSummary(session.place);
  const open = isRegistrationOpen(status);
  const action = open ? context.registrationAction(entry) : undefined;
  const remaining = session.seats?.remaining;
  const label = `${training.title}${session.label ? `, ${session.label}` : ''}`;
  const linkContext = html`<span class="visually-hidden"> : ${label}, ${training.provider.name}</span>`;
  return html`<li class="session session--${status}" part="session" tabindex="-1">
    ${heading(
      level,
      sheet
        ? html`<a part="session-title" href=${sheet} @click=${(event: Event) => context.onSelect(event, item, sheet)}>${training.title}</a>`
        : html`<span part="session-title">${training.title}</span>`,
      `session-${session.id}`,
      'session__title',
    )}
    <p class="session__subtitle">${training.provider.name}${session.label ? html` · ${session.label}` : nothing}</p>
    <p class="badge badge--${status}" part="badge"><span class="visually-hidden">${t.statusLabel} </span>${statusText(status, common)}</p>
    <p class="session__dates">${formatSessionDates(session, language, common)}</p>
    <ul class="facts" role="list">
      <li><span class="visually-hidden">${t.mode} </span>${modeName(session.mode, common)}${where ? html` · <span class="visually-hidden">${t.place} </span>${where}` : nothing}</li>
      ${entry.deadline && (open || status === 'closed') ? html`<li>${t.deadline} ${timeElement(entry.deadline, language)}</li>` : nothing}
      ${remaining !== undefined && status !== 'past' && status !== 'cancelled' ? html`<li>${t.seatsLeft(remaining, session.seats?.total)}</li>` : nothing}
    </ul>
    <details
      class="details"
      @toggle=${(event: Event) => {
        if (!(event.target as HTMLDetailsElement).open) return;
        context.onDetailsOpened(entry);
        context.onSelect(event, item, sheet);
      }}
    >
      <summary>${t.details}<span class="visually-hidden"> : ${label}</span></summary>
      ${context.detailsShown(entry) ? renderDetails(context, entry) : nothing}
    </details>
    ${status === 'past' || status === 'cancelled'
      ? nothing
      : html`<div class="actions">
          ${action
            ? html`<a class="button" part="register" href=${action.url} @click=${(event: Event) => context.onRegister(event, entry, action.url)}
                >${action.kind === 'register' ? t.register : t.contact}${linkContext}</a
              >`
            : nothing}
          <a
            class="button button--secondary"
            part="calendar"
            href=${context.calendarHref(entry)}
            download="${training.id}-${session.id}.ics"
            @click=${(event: Event) => context.onCalendar(event, entry)}
            >${t.addToCalendar}${linkContext}<span class="visually-hidden"> ${t.calendarFileHint}</span></a
          >
        </div>`}
  </li>`;
}

/** What « Détails » shows, rendered once the visitor opens it: closed, it costs a row nothing. */
function renderDetails({ t, common, language }: SessionEntryContext, { training, session }: SessionEntry): TemplateResult {
  const labelledRanges = session.dates.length > 1 || session.dates.some((range) => range.label);
  const speakers = session.speakers ?? training.speakers ?? [];
  const address = placeAddress(session.place);
  return html`<dl>
      ${labelledRanges
        ? html`<dt>${t.dates}</dt>
            ${session.dates.map((range) => html`<dd>${formatDateRange(range, language, common)}${range.label ? ` : ${range.label}` : ''}</dd>`)}`
        : nothing}
      ${address ? html`<dt>${t.place}</dt><dd>${address}</dd>` : nothing}
      <dt>${t.provider}</dt><dd>${training.provider.name}</dd>
      ${training.duration ? html`<dt>${t.duration}</dt><dd>${training.duration.label}</dd>` : nothing}
      ${speakers.length ? html`<dt>${t.speakers}</dt><dd>${speakers.map((person) => person.name).join(', ')}</dd>` : nothing}
    </dl>
    ${session.note ? html`<p class="note">${session.note}</p>` : nothing}`;
}

/** The registration page when the feed gives a safe one, else the first contact's e-mail with a ready subject. */
export function registrationAction(entry: SessionEntry, registrationUrl: string | undefined, t: Translation['sessionList']): RegistrationAction | undefined {
  if (registrationUrl) return { url: registrationUrl, kind: 'register' };
  const email = entry.training.contacts?.find((contact) => contact.email)?.email ?? entry.training.provider.email;
  if (!email) return undefined;
  return { url: mailtoHref(email, t.contactSubject(entry.training.title, entry.session.label ?? entry.start)), kind: 'contact' };
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
