/**
 * The filter bar of `<tf-session-list>`: a disclosure button on narrow screens and the search form. Private to the
 * session list; every change goes through `onInput` (the control's `name` is the filter's key).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { FilterOptions, SessionFilters } from '../../model/session-filters.js';
import type { Translation } from '../../i18n/translation.js';
import { modeName } from '../../i18n/localize.js';

export interface FilterBarContext {
  t: Translation['sessionList'];
  common: Translation['common'];
  filters: SessionFilters;
  /** The selects' choices, asked for only while the filters are shown (a pass over the whole catalogue). */
  options: () => FilterOptions;
  /** How many filters differ from none. */
  active: number;
  /** How many sessions match: with none, the way out is below the count, not here. */
  resultCount: number;
  expanded: boolean;
  onInput: (event: Event) => void;
  onToggle: () => void;
  onClear: () => void;
  /** "Voir N sessions" (narrow screens): folds the filters away. */
  onShowResults: () => void;
  /** The two forms' names, unique on the page (another list's are numbered): `LandmarkNames.name`. */
  landmarkName: (name: string) => string;
}

/**
 * The search field, always shown; the other filters folded behind "Filtres" (with the count of active ones) at
 * every width, and rendered only while shown; a filter with fewer than two choices is left out (unless set); empty
 * month fields show no dashes.
 */
export function renderFilterBar({ t, common, filters: f, options: optionsOf, active, resultCount, expanded, onInput, onToggle, onClear, onShowResults, landmarkName }: FilterBarContext): TemplateResult {
  const options = expanded ? optionsOf() : undefined;
  const select = (name: 'region' | 'city' | 'provider', label: string, any: string, values: string[]) => html`<div class="field">
    <label for="filter-${name}">${label}</label>
    <select id="filter-${name}" name=${name} @change=${onInput}>
      <option value="" ?selected=${f[name] === ''}>${any}</option>
      ${values.map((value) => html`<option value=${value} ?selected=${f[name] === value}>${value}</option>`)}
    </select>
  </div>`;
  const few = (values: readonly string[], current: string) => values.length < 2 && !current;
  return html`<div class="filters" part="filters">
    <form class="filters__bar" role="search" aria-label=${landmarkName(t.filtersLabel)} @submit=${(event: Event) => event.preventDefault()}>
      <div class="field field--search">
        <label for="filter-q">${t.searchLabel}</label>
        <input id="filter-q" name="q" type="search" autocomplete="off" placeholder=${t.searchHint} .value=${f.q} @input=${onInput} />
      </div>
      <button
        type="button"
        class="button button--secondary filters__toggle"
        part="filters-toggle"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="filters-form"
        @click=${onToggle}
      >
        <span class="chevron" aria-hidden="true"></span>${t.filtersToggle}${active
          ? html` <span class="filters__count">${active}</span><span class="visually-hidden"> (${t.filtersActive(active)})</span>`
          : nothing}
      </button>
    </form>
    <form id="filters-form" class="filters__form ${expanded ? 'is-expanded' : ''}" aria-label=${landmarkName(t.filtersToggle)} @submit=${(event: Event) => event.preventDefault()}>
      ${options
        ? html`${few(options.regions, f.region) ? nothing : select('region', t.regionLabel, t.anyOption, options.regions)}
      ${few(options.cities, f.city) ? nothing : select('city', t.cityLabel, t.anyOption, options.cities)}
      ${few(options.modes, f.mode)
        ? nothing
        : html`<div class="field">
            <label for="filter-mode">${t.modeLabel}</label>
            <select id="filter-mode" name="mode" @change=${onInput}>
              <option value="" ?selected=${f.mode === ''}>${t.anyOption}</option>
              ${options.modes.map((mode) => html`<option value=${mode} ?selected=${f.mode === mode}>${modeName(mode, common)}</option>`)}
            </select>
          </div>`}
      ${few(options.providers, f.provider) ? nothing : select('provider', t.providerLabel, t.anyProvider, options.providers)}
      <div class="field">
        <label for="filter-from">${t.monthFromLabel}</label>
        <input id="filter-from" name="from" type="month" aria-describedby="month-hint" ?data-empty=${!f.from} .value=${f.from} @change=${onInput} />
      </div>
      <div class="field">
        <label for="filter-to">${t.monthToLabel}</label>
        <input id="filter-to" name="to" type="month" aria-describedby="month-hint" ?data-empty=${!f.to} min=${f.from || nothing} .value=${f.to} @change=${onInput} />
      </div>
      <p id="month-hint" class="visually-hidden">${t.monthHint}</p>
      <div class="checks">
        <div class="check">
          <input id="filter-open" name="openOnly" type="checkbox" .checked=${f.openOnly} @change=${onInput} />
          <label for="filter-open">${t.openOnlyLabel}</label>
        </div>
        <div class="check">
          <input id="filter-past" name="past" type="checkbox" .checked=${f.past} @change=${onInput} />
          <label for="filter-past">${t.showPastLabel}</label>
        </div>
      </div>
      <div class="filters__actions">
        ${active && resultCount > 0 ? html`<button type="button" class="button button--secondary clear" @click=${onClear}>${t.clearFilters}</button>` : nothing}
        <button type="button" class="button show-results" @click=${onShowResults}>${t.showResults(resultCount)}</button>
      </div>`
        : nothing}
    </form>
  </div>`;
}
