/**
 * The blocks of the two "document" elements, <tf-sheet-card> and <tf-programme>: title block, sections that never
 * leave an empty heading, fact lists, partner roles.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Partner } from '../model/schema.js';
import type { Translation } from '../i18n/translation.js';
import { heading } from './heading.js';

export function partnerRole(role: NonNullable<Partner['role']>, t: Translation['common']): string {
  return { 'co-funding': t.partnerRoleCoFunding, funding: t.partnerRoleFunding, partner: t.partnerRolePartner, pedagogical: t.partnerRolePedagogical }[role];
}

/** The title block: eyebrow, title (the element's accessible name), subtitle, anything else, then the logo slot. */
export function documentHeader(eyebrow: string | undefined, level: number, id: string, title: string, subtitle: string | undefined, more: unknown = nothing): TemplateResult {
  return html`<header class="header" part="header">
    <div class="header__text">
      ${eyebrow ? html`<p class="eyebrow">${eyebrow}</p>` : nothing} ${heading(level, title, id, 'title')}
      ${subtitle ? html`<p class="subtitle">${subtitle}</p>` : nothing} ${more}
    </div>
    <slot name="logo" class="logo"></slot>
  </header>`;
}

/** A section with its title, or nothing at all when there is nothing to put in it: never an empty heading. */
export function section(level: number, title: string, body: unknown, name = ''): unknown {
  if (body === undefined || body === nothing) return nothing;
  return html`<section class="section section--${name}" part="section">${heading(level, title, undefined, 'section__title')}${body}</section>`;
}

/** Term and value pairs; those without a value are left out, and so is the whole list when none has one. */
export function factList(facts: [string, unknown][]): unknown {
  const shown = facts.filter(([, value]) => value !== undefined && value !== '' && value !== nothing);
  return shown.length
    ? html`<dl class="facts" part="facts">${shown.map(([term, value]) => html`<div class="fact"><dt>${term}</dt><dd>${value}</dd></div>`)}</dl>`
    : nothing;
}
