import { html, nothing, type TemplateResult } from 'lit';
import type { FeedError } from '../model/feed-state.js';
import type { Translation } from '../i18n/translation.js';

/**
 * What the reader is told of a failed feed: one plain sentence, and a hint only when the reader can act on it (a
 * network failure, or a server that does not answer in time), with « Réessayer » when `retry` is given. What went wrong is the webmaster's, in the console
 * (controllers/feed.ts logs it).
 */
export function feedErrorState(error: FeedError, t: Translation['common'], retry?: () => void): TemplateResult {
  return errorState(
    t.errorUnavailable,
    error.kind === 'network' ? (error.timedOut ? t.errorTimeoutHint : t.errorNetworkHint) : undefined,
    retry && html`<button class="button button--secondary" part="retry" type="button" @click=${retry}>${t.retry}</button>`,
  );
}

/** A short line above the content: the copy may be outdated, a source is missing, entries were left out. */
export const notice = (text: string) => html`<p class="status__hint" part="notice">${text}</p>`;

/** A placeholder with the shape of the content to come, announced politely. */
export function loadingState(t: Translation['common']): TemplateResult {
  return html`<div class="status status--loading" part="status" role="status">
    <span class="skeleton skeleton--title" aria-hidden="true"></span><span class="skeleton" aria-hidden="true"></span>
    <span class="skeleton skeleton--short" aria-hidden="true"></span>
    <span class="visually-hidden">${t.loading}</span>
  </div>`;
}

/** A short message for the reader; the details go to the console. */
export function errorState(message: string, hint?: string, action?: TemplateResult): TemplateResult {
  return html`<div class="status status--error" part="error" role="alert">
    <p class="status__title">${message}</p>
    ${hint ? html`<p class="status__hint">${hint}</p>` : nothing}${action}
  </div>`;
}
