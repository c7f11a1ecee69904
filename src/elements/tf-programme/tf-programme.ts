import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Feed, Programme, ProgrammeModule, Training } from '../../model/schema.js';
import { nextSession } from '../../model/sessions.js';
import { commonStrings } from '../../i18n/common.js';
import { programmeStrings } from '../../i18n/programme.js';
import { capitalise } from '../../i18n/dates.js';
import { documentHeader, factList, partnerRole, section } from '../../templates/document.js';
import { clampHeadingLevel, heading } from '../../templates/heading.js';
import { registrationBadge } from '../../templates/status-badge.js';
import { formatSessionDates } from '../../templates/time.js';
import { sharedStyles } from '../../styles/shared.styles.js';
import { FeedElement } from '../feed-element.js';
import { sheetLink, todayFor } from '../feed-display.js';
import { programmeStyles } from './tf-programme.styles.js';

const byNumber = (a: { number: number }, b: { number: number }) => a.number - b.number;
const list = (items: readonly unknown[]) => html`<ul class="list">${items.map((item) => html`<li>${item}</li>`)}</ul>`;
const paragraphs = (texts: readonly string[] | undefined) => texts?.map((text) => html`<p>${text}</p>`) ?? [];

/**
 * A national training framework (« cadrage ») at a glance: who issues it and the funding rule, then its modules in
 * order with their prerequisites and sequences, and for each module the trainings of the feed that deliver it, with
 * their training body, region and next session, linked to their sheet; then its audiences, and its context and
 * own sections folded in a disclosure (`<details>`, printed whole): on a phone the modules come first.
 *
 * The registration status words are shared with the sheet (`strings.common.status…`), so that both widgets say the same.
 *
 * @tagname tf-programme
 * @summary A national framework: modules, sequences and the trainings that deliver them.
 *
 * @slot logo - Beside the title, e.g. the issuer's logo.
 * @slot footer - At the end, e.g. a contact or a link to the funder's page.
 *
 * @csspart base - The `<article>` that holds the framework.
 * @csspart programme - The same `<article>` (the part's former name, kept for existing styles).
 * @csspart header - The title, subtitle, issuer and logo.
 * @csspart funding-rule - The highlighted funding rule.
 * @csspart disclosure - The folded context and the framework's own sections (`<details>`).
 * @csspart section - Each section (context, audiences, the framework's own sections, modules, partners).
 * @csspart facts - Each list of facts (`<dl>`: audiences, a module's duration, audience and prerequisites).
 * @csspart module - Each module of the framework.
 * @csspart trainings - Each module's list of trainings.
 * @csspart status - The loading placeholder.
 * @csspart error - The error message.
 * @csspart retry - « Réessayer », after a server or network error.
 * @csspart notice - A line above the content: a copy out of date, a source missing, entries left out (`debug`).
 *
 * @cssproperty [--tf-programme-max-width=var(--tf-max-width)] - The widest the overview grows (by default the rule shared by every element: its container's width).
 * @cssproperty [--tf-programme-accent=var(--tf-color-primary)] - Rules under titles, module numbers and the funding note's edge.
 *
 * @example
 * <tf-programme src="/formations.json" programme="cadrage-aller-vers" sheet-href="/formations/{id}"></tf-programme>
 */
export class TfProgramme extends FeedElement<'programme'> {
  static override properties: PropertyDeclarations = {
    programme: { type: String, reflect: true },
    sheetHref: { type: String, attribute: 'sheet-href' },
    now: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = [sharedStyles, programmeStyles];

  /** Id of the framework to show (`programmes[].id` in the feed). */
  declare programme: string | undefined;

  /**
   * Link to a training's sheet when the feed gives it no `url`: a URL template where `{id}` is replaced by the
   * training's id, e.g. `/formations/fiche.html?formation={id}` (a template without `{id}` is warned about).
   */
  declare sheetHref: string | undefined;

  /** Today for "next session" and the registration status, as an ISO date (`2023-09-01`): for demos and tests. */
  declare now: string | undefined;

  /** Level of the framework's title (`heading-level`, 1 to 6, default 2); the rest nests below it. */
  declare headingLevel: number;

  constructor() {
    super({ common: commonStrings, programme: programmeStrings });
    this.headingLevel = 2;
  }

  protected override renderFeed(feed: Feed): unknown {
    if (!this.programme) return this.renderProblem(this.t.common.programmeUnavailable, this.t.common.attributeMissing('programme'));
    const programme = feed.programmes.find((candidate) => candidate.id === this.programme);
    if (!programme) return this.renderMissing('programme', this.programme);
    const t = this.t.programme;
    const level = clampHeadingLevel(this.headingLevel);
    const modules = [...programme.modules].sort(byNumber);
    const officialNote = this.safeHref(programme.url);
    const today = todayFor(this, this.now);
    const audience = programme.audience;
    const publishers = programme.publishers?.map((publisher) => publisher.name).join(', ');
    return html`<article class="sheet" part="base programme" aria-labelledby="programme-title">
      ${documentHeader(
        t.label,
        level,
        'programme-title',
        programme.title,
        programme.subtitle,
        html`${programme.issuer ? html`<p class="byline">${t.issuer} ${programme.issuer}</p>` : nothing}
        ${publishers ? html`<p class="byline">${t.publishers} ${publishers}</p>` : nothing}
        ${programme.tags?.length ? html`<ul class="tags" aria-label=${t.tags}>${programme.tags.map((tag) => html`<li>${tag}</li>`)}</ul>` : nothing}`,
      )}
      ${programme.fundingRule
        ? html`<p class="funding-rule" part="funding-rule"><strong>${t.fundingRule}</strong> ${programme.fundingRule}</p>`
        : nothing}
      ${modules.length
        ? section(
            level + 1,
            t.modules,
            html`<p class="muted">${t.modulesSummary(modules.length, modules.reduce((sum, module) => sum + module.sequences.length, 0))}</p>
              <ol class="modules">
                ${modules.map((module) => this.renderModule(feed, programme, module, level + 2, today))}
              </ol>`,
          )
        : nothing}
      ${audience
        ? section(
            level + 1,
            t.audience,
            factList([
              [t.audiencePriority, audience.priority],
              [t.audienceDescription, audience.description],
              [t.audienceOpenTo, audience.openTo],
            ]),
          )
        : nothing}
      ${this.renderContext(programme, level + 1)}
      ${programme.partners?.length
        ? section(
            level + 1,
            t.partners,
            list(
              programme.partners.map(
                (partner) =>
                  html`${partner.role ? `${partnerRole(partner.role, this.t.common)}\u00a0– ` : nothing}<strong>${partner.name}</strong>${partner.description
                    ? ` (${partner.description})`
                    : ''}`,
              ),
            ),
          )
        : nothing}
      ${officialNote ? html`<p><a href=${officialNote} data-print-url>${t.officialNote}</a></p>` : nothing}
      <slot name="footer"></slot>
    </article>`;
  }

  /**
   * The context and the framework's own sections, folded: on a phone they were 2,400 px of text before the first
   * module. The section's title stays in the outline; the framework's sections nest under it.
   */
  private renderContext(programme: Programme, level: number): unknown {
    const t = this.t.programme;
    const parts = (programme.sections ?? []).filter((part) => part.paragraphs?.length || part.items?.length);
    if (!programme.context?.length && !parts.length) return nothing;
    return section(
      level,
      t.context,
      html`<details class="disclosure" part="disclosure">
        <summary class="no-print">${t.showContext}</summary>
        <div class="disclosure__body">
          ${paragraphs(programme.context)}
          ${parts.map((part) =>
            section(
              level + 1,
              part.title,
              html`${paragraphs(part.paragraphs)}
              ${part.items?.length ? list(part.items.map((item) => html`${item.text} ${item.subitems?.length ? list(item.subitems) : nothing}`)) : nothing}`,
            ),
          )}
        </div>
      </details>`,
      'context',
    );
  }

  private renderModule(feed: Feed, programme: Programme, module: ProgrammeModule, level: number, today: string): TemplateResult {
    const t = this.t.programme;
    const required = (module.requires ?? [])
      .map((id) => programme.modules.find((candidate) => candidate.id === id)?.number)
      .filter((number): number is number => number !== undefined)
      .sort((a, b) => a - b);
    const sequences = [...module.sequences].sort(byNumber);
    const trainings = feed.trainings.filter((training) => training.programme === programme.id && training.module === module.id);
    return html`<li class="module" part="module" id=${`module-${module.id}`}>
      ${heading(level, html`<span class="module__number">${t.module(module.number)}</span> ${module.title}`, undefined, 'module__title')}
      ${factList([
        [t.duration, module.duration],
        [t.moduleAudience, module.audience],
        [
          t.prerequisites,
          required.length || module.prerequisites
            ? html`${required.length ? html`<strong class="line">${t.requires(required)}</strong>` : nothing}${module.prerequisites
                ? html`<span class="line">${module.prerequisites}</span>`
                : nothing}`
            : undefined,
        ],
      ])}
      ${sequences.length
        ? html`${heading(level + 1, t.sequences, undefined, 'subsection__title')}
            <ol class="sequences">
              ${sequences.map(
                (sequence) => html`<li class="sequence" value=${sequence.number}>
                  <strong class="line"><span class="sequence__number">${t.sequence(sequence.number)}</span>\u00a0– ${sequence.title}</strong>
                  ${sequence.description ? html`<span class="line">${capitalise(sequence.description)}</span>` : nothing}
                </li>`,
              )}
            </ol>`
        : nothing}
      ${heading(level + 1, html`${t.trainings} <span class="count">(${t.trainingsCount(trainings.length)})</span>`, undefined, 'subsection__title')}
      ${trainings.length
        ? html`<ul class="trainings" part="trainings">${trainings.map((training) => this.renderTraining(training, today))}</ul>`
        : html`<p class="muted">${t.noTraining}</p>`}
    </li>`;
  }

  private renderTraining(training: Training, today: string): TemplateResult {
    const t = this.t.programme;
    const next = nextSession(training, today);
    const href = sheetLink(this, training, this.sheetHref);
    const where = [training.provider.name, training.provider.region].filter(Boolean).join(', ');
    // Trainings of one module often share their title: the body's name tells the links apart.
    const title = html`${training.title}<span class="visually-hidden">\u00a0– ${training.provider.name}</span>`;
    return html`<li class="training" data-training=${training.id}>
      <strong class="line">${href ? html`<a href=${href} data-print-url>${title}</a>` : title}</strong>
      <span class="line">${t.provider} ${where}</span>
      <span class="line">${t.nextSession} ${next
          ? html`${formatSessionDates(next.session, this.language, this.t.common)}${next.session.place?.city ? `\u00a0– ${next.session.place.city}` : ''}`
          : nothing}
        ${registrationBadge(next, today, this.language, this.t.common)}</span>
    </li>`;
  }
}
