import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Feed, Partner, Person, Training } from '../../model/schema.js';
import { isRegistrationOpen, nextSession, sessionEntries, type SessionEntry } from '../../model/sessions.js';
import { mailtoHref, telHref } from '../../model/links.js';
import { nextStep } from '../../model/next-step.js';
import { placeAddress } from '../../model/places.js';
import { commonStrings } from '../../i18n/common.js';
import { sheetCardStrings } from '../../i18n/sheet-card.js';
import { formatDay } from '../../i18n/dates.js';
import { formatAmount, modeName } from '../../i18n/localize.js';
import { PrintController } from '../../controllers/print-disclosures.js';
import { documentHeader, factList, partnerRole, section } from '../../templates/document.js';
import { clampHeadingLevel, heading } from '../../templates/heading.js';
import { deadlineReason, registrationStatus } from '../../templates/status-badge.js';
import { formatDateRange, formatSessionDates, timeElement } from '../../templates/time.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { FeedElement } from '../feed-element.js';
import { todayFor } from '../feed-display.js';
import { sheetCardStyles } from './tf-sheet-card.styles.js';

/**
 * One training's sheet (« fiche technique »), in the order a reader deciding to enrol needs it: what, for whom,
 * how long, who teaches, when and where (each open session with its next step: register, write, call, or the
 * sheet's page), whom to contact, then the detail of objectives, expected results, certification, content, methods,
 * evaluation, price, funding, access terms, accessibility and its referent, and published results. Sections the feed
 * does not publish are left out, headings included; the date of the last update shows under the title.
 *
 * Long sections (context, content) are native disclosures (`<details>`), all opened while printing; the print
 * stylesheet drops buttons and prints the links' addresses, so that an A4 print holds everything.
 *
 * Compact cards side by side in a grid or flex row take the row's height, their actions aligned at the bottom, the
 * training body under the title so that courses of the same title are told apart.
 *
 * @tagname tf-sheet-card
 * @summary A training's sheet, full or compact, with the Qualiopi items (indicators 1, 2 and 26).
 *
 * @slot logo - Beside the title, e.g. the training body's logo (`<img slot="logo" alt="…">`).
 * @slot actions - After the key facts (full) or the summary (compact): a call to action, e.g. a registration button.
 * @slot footer - At the end of the full sheet, e.g. legal notes.
 *
 * @csspart base - The `<article>` that holds the sheet.
 * @csspart sheet - The same `<article>` (the part's former name, kept for existing styles).
 * @csspart header - The title, subtitle and logo.
 * @csspart facts - The list of key facts (`<dl>`).
 * @csspart section - Each section of the full sheet.
 * @csspart disclosure - Each collapsible section body (`<details>`).
 * @csspart next-step - The link of an open session: register, write, call, or the sheet's page.
 * @csspart qualiopi - The staff panel listing the missing Qualiopi items (with `qualiopi`).
 * @csspart link - The "Voir la fiche" link of the compact variant.
 * @csspart status - The loading placeholder.
 * @csspart error - The error message.
 * @csspart retry - « Réessayer », after a server or network error.
 * @csspart notice - A line above the content: a copy out of date, a source missing, entries left out (`debug`).
 *
 * @cssproperty [--tf-sheet-card-max-width=var(--tf-max-width)] - The widest the sheet grows (by default the rule shared by every element: its container's width).
 * @cssproperty [--tf-sheet-card-accent=var(--tf-color-primary)] - The rule under section titles.
 * @cssproperty [--tf-sheet-card-reserved-color=var(--tf-color-warning)] - The mark of content reserved to part of the audience.
 *
 * @example
 * <tf-sheet-card src="/formations.json" training="praxis-aller-vers-m1"></tf-sheet-card>
 * <tf-sheet-card src="/formations.json" training="praxis-aller-vers-m1" variant="compact" href="/fiches/praxis"></tf-sheet-card>
 */
export class TfSheetCard extends FeedElement<'sheetCard'> {
  static override properties: PropertyDeclarations = {
    training: { type: String, reflect: true },
    variant: { type: String, reflect: true },
    qualiopi: { type: Boolean, reflect: true },
    href: { type: String },
    now: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [sharedStyles, sheetCardStyles];

  /** Id of the training to show (`trainings[].id` in the feed). */
  declare training: string | undefined;

  /** `full` (default): the whole sheet. `compact`: title, body, duration, next session, registration status and a link to the sheet. */
  declare variant: 'full' | 'compact';

  /** Shows the staff panel that lists the Qualiopi items (indicators 1, 2 and 26) missing from the feed. Not for the public. */
  declare qualiopi: boolean;

  /**
   * The sheet's page, overriding the training's `url` from the feed: the compact variant's "Voir la fiche" link; on the
   * full sheet, the last resort of an open session without registration link nor contact (unless it is this page).
   */
  declare href: string | undefined;

  /** Today for the registration status, as an ISO date (`2023-09-01`): for demos and tests. Default: the reader's today. */
  declare now: string | undefined;

  /** Level of the sheet's title (`heading-level`, 1 to 6, default 2); section titles are one level below. */
  declare headingLevel: number;

  /** The staff's Qualiopi panel and the certification, funding and results sections, once loaded (see `scheduleUpdate`). */
  private details?: typeof import('./qualiopi-sections.js');

  constructor() {
    super({ common: commonStrings, sheetCard: sheetCardStrings });
    // Disclosures open while printing, so that an A4 print holds everything.
    new PrintController(this);
    this.variant = 'full';
    this.qualiopi = false;
    this.headingLevel = 2;
  }

  /**
   * A full sheet with the staff's Qualiopi panel, or whose training publishes a certification, funding or results,
   * renders once their code and strings are there (loaded on first need, as the English strings are): the public
   * and most trainings never download them, and nothing flashes or shifts. Should they fail to load, the sheet
   * shows without them and says why in the console.
   */
  protected override async scheduleUpdate(): Promise<void> {
    const state = this.feedState;
    const training = state.status === 'loaded' && this.variant !== 'compact' ? state.feed.trainings.find((candidate) => candidate.id === this.training) : undefined;
    if (training && (this.qualiopi || training.certifying || training.certification || training.funding || training.results?.length)) {
      try {
        this.details ??= await import('./qualiopi-sections.js');
        await this.details.loadSectionStrings(this.language);
      } catch (error) {
        console.error('[training-feed-widgets] <tf-sheet-card> panneau Qualiopi, certification, financement et résultats non affichés :', error);
      }
    }
    return super.scheduleUpdate();
  }

  protected override renderFeed(feed: Feed): unknown {
    if (!this.training) return this.renderProblem(this.t.common.trainingUnavailable, this.t.common.attributeMissing('training'));
    const training = feed.trainings.find((candidate) => candidate.id === this.training);
    if (!training) return this.renderMissing('training', this.training);
    return this.variant === 'compact' ? this.renderCompact(training) : this.renderFull(feed, training);
  }

  private get level(): number {
    return clampHeadingLevel(this.headingLevel);
  }

  private get today(): string {
    return todayFor(this, this.now);
  }

  // ───────────── compact ─────────────

  private renderCompact(training: Training): TemplateResult {
    const t = this.t.sheetCard;
    const today = this.today;
    const next = nextSession(training, today);
    const link = this.safeHref(this.href) ?? this.safeHref(training.url);
    const { provider } = training;
    return html`<article class="sheet sheet--compact" part="base sheet" aria-labelledby="sheet-title">
      ${this.renderHeader(training, html`<p class="provider"><span class="visually-hidden">${t.provider}\u00a0: </span>${this.organisationText(provider.name, provider.region)}</p>`)}
      ${factList([
        [t.duration, training.duration?.label],
        [t.nextSession, next ? this.sessionWhenWhere(next) : this.t.common.noUpcomingSession],
        [t.registration, next ? registrationStatus(next, today, this.language, this.t.common).text : undefined],
      ])}
      <div class="compact__actions">
        <slot name="actions"></slot>
        ${link
          ? html`<a class="button" part="link" href=${link}>${t.viewSheet}<span class="visually-hidden">\u00a0– ${training.title} (${provider.name})</span></a>`
          : nothing}
      </div>
    </article>`;
  }

  /** "Du 25 au 26 sept. 2023 – Strasbourg": when and where, in one line. */
  private sessionWhenWhere(entry: SessionEntry): TemplateResult {
    const where = placeAddress(entry.session.place);
    return html`${formatSessionDates(entry.session, this.language, this.t.common)}${where ? html`\u00a0– ${where}` : nothing}`;
  }

  // ───────────── full ─────────────

  private renderFull(feed: Feed, training: Training): TemplateResult {
    const t = this.t.sheetCard;
    const level = this.level + 1;
    const paragraph = (text: string | undefined) => (text ? html`<p>${text}</p>` : undefined);
    return html`<article class="sheet" part="base sheet" aria-labelledby="sheet-title">
      ${this.renderHeader(training, training.updated ? html`<p class="muted">${t.updatedOn} ${timeElement(training.updated, this.language)}</p>` : nothing)}
      ${this.qualiopi ? (this.details?.qualiopiPanel(training, this.level + 1, this.t.sheetCard, this.landmarks.name(this.t.sheetCard.qualiopiTitle)) ?? nothing) : nothing}
      ${factList(this.keyFacts(feed, training))}
      <slot name="actions"></slot>
      ${section(level, t.datesAndPlaces, this.renderSessions(feed, training), 'sessions')}
      ${section(level, t.contacts, this.renderPeople(training.contacts, true), 'contacts')}
      ${section(level, t.speakers, this.renderPeople(training.speakers, false), 'speakers')}
      ${section(level, t.partners, this.renderPartners(training.partners), 'partners')}
      ${section(level, t.context, this.disclosure(t.showContext, training.context?.map(paragraph)), 'context')}
      ${section(level, t.objectives, this.list(training.objectives?.map((objective) => objective.text)), 'objectives')}
      ${section(level, t.outcomes, this.list(training.outcomes), 'outcomes')}
      ${this.detailSection('certification', training)}
      ${section(level, t.prerequisites, this.renderPrerequisites(training.prerequisites), 'prerequisites')}
      ${section(level, t.content, this.renderContent(training), 'content')}
      ${section(level, t.personalWork, this.renderPersonalWork(training), 'personal-work')}
      ${section(level, t.methods, this.list(training.methods), 'methods')}
      ${section(level, t.evaluation, this.list(training.evaluation), 'evaluation')}
      ${section(level, t.price, this.renderPrice(training.price), 'price')}
      ${this.detailSection('funding', training)}
      ${section(level, t.access, paragraph(training.access), 'access')}
      ${section(
        level,
        t.accessibility,
        training.accessibility || training.disabilityReferent
          ? html`${paragraph(training.accessibility) ?? nothing}${training.disabilityReferent
              ? html`<p><strong>${t.disabilityReferent}</strong></p>${this.renderPeople([training.disabilityReferent], true)}`
              : nothing}`
          : undefined,
        'accessibility',
      )}
      ${this.detailSection('results', training)}
      <slot name="footer"></slot>
    </article>`;
  }

  private detailSection(name: 'certification' | 'funding' | 'results', training: Training): unknown {
    return this.details?.qualiopiSection(name, training, this.level + 1, this.t, this.language, this.strings) ?? nothing;
  }

  private renderHeader(training: Training, more: unknown = nothing): TemplateResult {
    return documentHeader(this.variant === 'compact' ? undefined : this.t.sheetCard.label, this.level, 'sheet-title', training.title, training.subtitle, more);
  }

  private keyFacts(feed: Feed, training: Training): [string, unknown][] {
    const t = this.t.sheetCard;
    const programme = feed.programmes.find((candidate) => candidate.id === training.programme);
    const module = programme?.modules.find((candidate) => candidate.id === training.module);
    const duration = training.duration;
    // Days and hours in words, unless the published label already says them ("2 jours").
    const durationDetail = [
      duration?.days === undefined ? '' : t.durationDays(duration.days),
      duration?.hours === undefined ? '' : t.durationHours(duration.hours),
    ].filter((part) => part && !duration?.label.toLowerCase().includes(part.toLowerCase())).join(', ');
    const { provider, funder } = training;
    return [
      [
        t.programme,
        programme
          ? html`<span class="line">${programme.title}${programme.subtitle ? `\u00a0– ${programme.subtitle}` : ''}</span>${module
                ? html`<span class="line">${t.module(module.number, module.title)}</span>`
                : nothing}`
          : undefined,
      ],
      [t.sectors, training.sectors?.join(', ')],
      [t.audience, training.audience],
      [
        t.duration,
        duration ? html`${duration.label}${durationDetail ? html` <span class="muted">(${durationDetail})</span>` : nothing}` : undefined,
      ],
      [t.provider, this.organisationLink(provider.name, provider.url, provider.region ?? '')],
      [t.funder, funder ? this.organisationLink(funder.name, funder.url, [funder.region, funder.scheme].filter(Boolean).join(', ')) : undefined],
      [
        t.registrationDeadline,
        training.registrationDeadline
          ? html`${timeElement(training.registrationDeadline, this.language)}${sessionEntries(feed, training.id).some((entry) => entry.publishedDeadline)
              ? html` <span class="muted">(${t.deadlineEarlierStarts})</span>`
              : nothing}`
          : undefined,
      ],
    ];
  }

  /** "IRTS Franche-Comté, Bourgogne-Franche-Comté". */
  private organisationText(...parts: (string | undefined)[]): string {
    return parts.filter(Boolean).join(', ');
  }

  /** The organisation's name (linked when the feed gives a safe URL), then its details. */
  private organisationLink(name: string, url: string | undefined, details: string): TemplateResult {
    const href = this.safeHref(url);
    return html`${href ? html`<a href=${href} data-print-url>${name}</a>` : name}${details ? `, ${details}` : ''}`;
  }

  private list(items: readonly string[] | undefined): TemplateResult | undefined {
    if (!items?.length) return undefined;
    return html`<ul class="list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  }

  private disclosure(summary: string, body: unknown[] | undefined): TemplateResult | undefined {
    if (!body?.length) return undefined;
    return html`<details class="disclosure" part="disclosure">
      <summary class="no-print">${summary}</summary>
      <div class="disclosure__body">${body}</div>
    </details>`;
  }

  private renderSessions(feed: Feed, training: Training): TemplateResult | undefined {
    const entries = sessionEntries(feed, training.id);
    if (!entries.length) return undefined;
    const t = this.t.sheetCard;
    const common = this.t.common;
    const today = this.today;
    // The last resort of an open session without a registration link or contact: the sheet's page, unless the
    // reader is on it.
    const sheet = this.safeHref(this.href) ?? this.safeHref(training.url);
    const sheetUrl = sheet?.split('#')[0] === this.ownerDocument.URL.split('#')[0] ? undefined : sheet;
    return html`<ul class="sessions">
      ${entries.map((entry) => {
        const { session } = entry;
        const { status, text } = registrationStatus(entry, today, this.language, common);
        const open = status !== 'none' && isRegistrationOpen(status);
        const name = session.label ?? (entry.start ? formatDay(entry.start, this.language) : t.session);
        const step = open
          ? nextStep(entry, { safeHref: (url) => this.safeHref(url), emailSubject: t.emailSubject(training.title, name), sheetUrl })
          : undefined;
        const where = placeAddress(session.place);
        const labelledRanges = session.dates.some((range) => range.label);
        return html`<li class="session">
          <p class="session__head">
            <strong>${session.label ?? t.session}</strong>
            <span class="badge badge--${status}">${text}</span>
            ${open ? deadlineReason(entry, this.language, common) : nothing}
          </p>
          ${labelledRanges && !session.permanentEntry
            ? html`<ul class="ranges">
                ${session.dates.map(
                  (range) => html`<li>${formatDateRange(range, this.language, common)}${range.label ? `\u00a0– ${range.label}` : ''}</li>`,
                )}
              </ul>`
            : html`<p>${formatSessionDates(session, this.language, common)}</p>`}
          <p class="muted">${modeName(session.mode, common)}${where ? `\u00a0– ${where}` : ''}</p>
          ${session.note ? html`<p>${session.note}</p>` : nothing}
          ${step
            ? html`<p class="session__action"><a class="register" part="next-step" href=${step.url} data-print-url>${{ register: t.registerFor, email: t.emailFor, phone: t.phoneFor, sheet: t.sheetFor }[step.kind](name)}</a></p>`
            : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderPeople(people: readonly Person[] | undefined, withContact: boolean): TemplateResult | undefined {
    if (!people?.length) return undefined;
    const t = this.t.sheetCard;
    return html`<ul class="people">
      ${people.map((person) => {
        // "03 81 41 61 37" dials as tel:0381416137; a "phone" without any digit ("n.c.") gives no tel: link to nowhere.
        const phoneHref = withContact && person.phone ? telHref(person.phone) : undefined;
        return html`<li class="person">
          <strong class="line">${person.name}</strong>
          ${person.role ? html`<span class="line">${person.role}</span>` : nothing}
          ${person.organisation ? html`<span class="line muted">${person.organisation}</span>` : nothing}
          ${withContact && person.email
            ? html`<span class="line"><span class="visually-hidden">${t.email} </span><a class="email" href=${mailtoHref(person.email)}>${person.email}</a></span>`
            : nothing}
          ${phoneHref ? html`<span class="line"><span class="visually-hidden">${t.phone} </span><a href=${phoneHref}>${person.phone}</a></span>` : nothing}
        </li>`;
      })}
    </ul>`;
  }

  private renderPartners(partners: readonly Partner[] | undefined): TemplateResult | undefined {
    if (!partners?.length) return undefined;
    return html`<ul class="people">
      ${partners.map(
        (partner) => html`<li class="person">
          ${partner.role ? html`<span class="line eyebrow">${partnerRole(partner.role, this.t.common)}</span>` : nothing}
          <strong class="line">${this.organisationLink(partner.name, partner.url, '')}</strong>
          ${partner.description ? html`<span class="line">${partner.description}</span>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderPrerequisites(prerequisites: readonly string[] | undefined): TemplateResult | undefined {
    if (prerequisites === undefined) return undefined;
    return this.list(prerequisites) ?? html`<p>${this.t.sheetCard.noPrerequisites}</p>`;
  }

  private renderContent(training: Training): TemplateResult | undefined {
    const blocks = training.content?.filter((block) => block.items.length > 0 || block.title || block.label);
    const t = this.t.sheetCard;
    return this.disclosure(
      t.showContent,
      blocks?.map(
        (block) => html`<div class="day ${block.reservedFor ? 'day--reserved' : ''}">
          ${block.label || block.title
            ? heading(
                this.level + 2,
                html`${block.label ? html`<span class="day__label">${block.label}</span>` : nothing}${block.label && block.title ? '\u00a0– ' : ''}${block.title ?? ''}`,
                undefined,
                'day__title',
              )
            : nothing}
          ${block.duration || block.reservedFor
            ? html`<p class="day__meta">
                ${block.duration ? html`<span class="tag">${block.duration}</span>` : nothing}
                ${block.reservedFor ? html`<strong class="reserved">${t.reservedFor(block.reservedFor)}</strong>` : nothing}
              </p>`
            : nothing}
          ${this.list(block.items) ?? nothing}
        </div>`,
      ),
    );
  }

  private renderPersonalWork(training: Training): TemplateResult | undefined {
    const work = training.personalWork;
    if (!work) return undefined;
    const hasSummary = work.hours !== undefined || work.periodDays !== undefined;
    return html`${hasSummary ? html`<p><strong>${this.t.sheetCard.personalWorkSummary(work.hours, work.periodDays)}</strong></p>` : nothing}
      <p>${work.description}</p>`;
  }

  private renderPrice(price: Training['price']): TemplateResult | undefined {
    if (!price || (price.amount === undefined && !price.label)) return undefined;
    return html`<p>
      ${price.amount !== undefined ? html`<strong class="price">${formatAmount(price.amount, price.currency ?? 'EUR', this.language)}</strong>` : nothing}
      ${price.label ? html`<span>${price.label}</span>` : nothing}
    </p>`;
  }
}
