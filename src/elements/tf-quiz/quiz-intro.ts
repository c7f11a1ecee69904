/**
 * The intro step of `<tf-quiz>` and its consent checkbox (also in the result step), private to the quiz.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Quiz } from '../../model/schema.js';
import type { QuizStrings } from './quiz-item.js';

/** The notices above the quiz: a storage warning, a `previousResult` it cannot use, then what happened to the attempt. */
export function renderNotices(storageWarning: string | false | undefined, badPrevious: string | false, notice: string | undefined): TemplateResult {
  return html`<div class="notices" role="status">${storageWarning ? html`<p class="notice notice--warning">${storageWarning}</p>` : nothing}${badPrevious
    ? html`<p class="notice notice--warning">${badPrevious}</p>`
    : nothing}${notice ? html`<p class="notice">${notice}</p>` : nothing}</div>`;
}

/** « Enregistrer mes réponses sur cet appareil », and whether they are (`kept`: ticked is not enough, storage may refuse). */
export function renderConsent(t: QuizStrings | Omit<QuizStrings, 'listSeparator'>, consent: boolean, kept: boolean, onChange: (event: Event) => void): TemplateResult {
  return html`<div class="consent no-print">
    <label class="choice">
      <input type="checkbox" .checked=${consent} @change=${onChange} />
      <span>${t.consentLabel}</span>
    </label>
    <p class="hint">${kept ? t.saved : t.notSaved}</p>
  </div>`;
}

/** What the quiz is, what happens to the answers, and « Commencer ». */
export function renderIntro(
  quiz: Quiz,
  t: QuizStrings | Omit<QuizStrings, 'listSeparator'>,
  heading: (offset: number, content: unknown, id?: string) => TemplateResult,
  consent: TemplateResult,
  start: () => void,
): TemplateResult {
  return html`<section class="intro" part="intro">
    ${quiz.description ? html`<p>${quiz.description}</p>` : nothing}
    <ul class="facts">
      <li>${t.itemCount(quiz.items.filter((item) => item.type !== 'instruction').length)}</li>
      ${quiz.estimatedMinutes ? html`<li>${t.estimatedTime(quiz.estimatedMinutes)}</li>` : nothing}
    </ul>
    <section class="privacy" role="group" aria-labelledby="privacy-title">
      ${heading(1, t.privacyTitle, 'privacy-title')}
      <p>${t.privacyText}</p>
      ${consent}
    </section>
    <div class="nav" part="nav">
      <button type="button" class="button" @click=${start}>${t.start}</button>
    </div>
  </section>`;
}
