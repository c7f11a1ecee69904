/**
 * The list of `<tf-session-list>`: the sessions shown so far, in groups with real headings, the "show more"
 * button, and the message when nothing matches. Private to the session list.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { foldText, type IndexedSession } from '../../model/session-filters.js';
import { groupSessions, trainingGroupLabel, type SessionGrouping } from '../../model/session-groups.js';
import { heading } from '../../templates/heading.js';
import { monthElement } from '../../templates/time.js';
import { renderSessionEntry, type SessionEntryContext } from './session-entry.js';

export interface ResultsContext extends SessionEntryContext {
  groupBy: SessionGrouping;
  /** Level of the widget's title: group headings are one below, entry titles two. */
  headingLevel: number;
  /** How many sessions are shown; "show more" adds the next ones. */
  shownCount: number;
  /** While a large feed's other sessions are still checked: how many remain is not known yet. */
  countUnknown: boolean;
  onShowMore: () => void;
}

function groupLabel(context: ResultsContext, item: IndexedSession): unknown {
  switch (context.groupBy) {
    case 'month':
      if (item.entry.start === '') return item.entry.session.permanentEntry ? context.common.permanentEntry : context.common.datesToBeAnnounced;
      return monthElement(item.entry.start.slice(0, 7), context.language);
    case 'training':
      return trainingGroupLabel(item.entry.training);
    default:
      return item.region ?? context.t.noRegion;
  }
}

/** How many sessions are always rendered: those a first screen can show. The others are rendered near the screen. */
const firstScreen = 12;

function renderSessions(context: ResultsContext, items: IndexedSession[], level: number, shared: boolean, first: Set<IndexedSession>): unknown {
  return repeat(items, (item) => item.entry.session.id, (item) => renderSessionEntry(context, item, level, shared, !first.has(item)));
}

/**
 * Whether every session shown has the same title, as a reader sees it (the demo's providers write "l'Aller" and
 * "l’Aller"): it is then said once, above the list.
 */
function sharedTitle(items: readonly IndexedSession[]): boolean {
  const [first] = items;
  const title = foldText(first?.entry.training.title ?? '');
  return items.length > 1 && items.every((item) => foldText(item.entry.training.title) === title);
}

export function renderResults(context: ResultsContext, results: IndexedSession[]): TemplateResult {
  const { t, groupBy } = context;
  const visible = results.slice(0, context.shownCount);
  const remaining = results.length - visible.length;
  const groupLevel = context.headingLevel + 1;
  const shared = sharedTitle(visible);
  const first = new Set(visible.slice(0, firstScreen));
  const list =
    groupBy === 'none'
      ? html`<ul class="sessions" role="list">${renderSessions(context, visible, groupLevel, shared, first)}</ul>`
      : html`<ul class="groups" role="list">
          ${repeat(
            groupSessions(visible, groupBy),
            (group) => group.key,
            (group, index) => html`<li class="group"
              >${heading(groupLevel, groupLabel(context, group.items[0]!), `group-${index}`, 'group__heading', 'group-heading')}<ul
                class="sessions"
                role="list"
                aria-labelledby="group-${index}"
              >${renderSessions(context, group.items, groupLevel + 1, shared, first)}</ul
            ></li>`,
          )}
        </ul>`;
  // A sighted reader's shortcut: each entry's heading still says the title to screen readers.
  return html`${shared ? html`<p class="shared-title" aria-hidden="true">${visible[0]!.entry.training.title}</p>` : nothing}${list}
    ${remaining > 0 ? html`<button type="button" class="button button--secondary more" part="more" @click=${context.onShowMore}>${context.countUnknown ? t.showMoreUncounted : t.showMore(remaining)}</button>` : nothing}`;
}

export interface EmptyContext {
  t: SessionEntryContext['t'];
  /** How many filters are set. */
  active: number;
  /** Past sessions exist, hidden by the filters. */
  hiddenPast: boolean;
  onClear: () => void;
  onShowPast: () => void;
}

/** Nothing to show: the count above says it in one sentence; here, one way out (clear the filters, or the past). */
export function renderEmpty({ t, active, hiddenPast, onClear, onShowPast }: EmptyContext): TemplateResult {
  return html`<div class="empty" part="empty">
    ${active
      ? html`<button type="button" class="button" @click=${onClear}>${t.clearFilters}</button>`
      : hiddenPast
        ? html`<button type="button" class="button button--secondary" @click=${onShowPast}>${t.showPastLabel}</button>`
        : nothing}
  </div>`;
}
