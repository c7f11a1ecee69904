/**
 * The items of `<tf-quiz>`: the controls of each item type, and the correction in words (never by colour alone).
 * Private to the quiz's folder; the element passes what it knows and what to do on an answer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AcceptedNumber, AcceptedText, QuizItem } from '../../model/schema.js';
import type { StoredAnswer } from '../../model/learner-records.js';
import {
  answerOf,
  correctOptions,
  isAnswered,
  isKnowledge,
  isQuestion,
  matchesOf,
  matchingChoices,
  matchingNumberAnswer,
  matchingTextAnswer,
  verdictOf,
  type Verdict,
} from '../../model/quiz/scoring.js';
import type { Translation } from '../../i18n/translation.js';

export { itemStyles } from './item.styles.js';
// The scoring and the responses, for the element too: none of it runs before the learner starts, so the page's first
// view does not download it (on-demand.ts).
export { answerOf, isAnswered, isKnowledge, isScored, scoreQuiz } from '../../model/quiz/scoring.js';
export { responseOf } from '../../model/quiz/responses.js';

/** The quiz's strings, and the list separator of the language (« ; » with its non-breaking space in French). */
export interface QuizStrings extends Readonly<Translation['quiz']> {
  listSeparator: string;
}

const verdictIcons: Record<Verdict, string> = { correct: '✓', partial: '◐', incorrect: '✗', recorded: '•' };

/** An accepted answer as the learner would have typed it: the text, the number, or the range. */
const acceptedLabel = (accepted: AcceptedText | AcceptedNumber): string =>
  'text' in accepted ? accepted.text : accepted.tolerance ? `${accepted.value} ± ${accepted.tolerance}` : String(accepted.value);

export interface ItemContext {
  t: QuizStrings;
  answers: Readonly<Record<string, StoredAnswer>>;
  checked: readonly string[];
  layout: 'step' | 'page';
  /** A heading `offset` levels below the quiz's title. */
  heading: (offset: number, content: unknown, id?: string) => TemplateResult;
  /** The options of `item` in this attempt's order. */
  orderedOptions: <T>(item: QuizItem, options: readonly T[]) => readonly T[];
  onAnswer: (item: QuizItem, answer: StoredAnswer) => void;
}

/** After correction, marks the right options and the learner's pick in words, not by colour. */
function optionMark(item: QuizItem, optionId: string, picked: boolean, t: QuizStrings): TemplateResult | typeof nothing {
  const right = item.type === 'true-false' ? String(item.answer) === optionId : correctOptions(item).some((option) => option.id === optionId);
  if (!right && !picked) return nothing;
  const words = [right ? t.correctOption : '', picked ? t.yourChoice : ''].filter(Boolean).join(', ');
  return html`<span class="mark ${right ? 'mark--right' : 'mark--wrong'}"
    ><span aria-hidden="true">${right ? verdictIcons.correct : verdictIcons.incorrect}</span> (${words})</span
  >`;
}

/** The verdict in words; an item left blank says so rather than "incorrect" or "recorded". */
function verdictLabel(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): string {
  return isAnswered(item, answer) ? t[verdictOf(item, answer)] : t.unanswered;
}

/** What an option's own feedback says (a true-false item's `feedbackTrue` / `feedbackFalse` for its two options). */
function optionFeedback(item: QuizItem, optionId: string): string | undefined {
  if (item.type === 'true-false') return optionId === 'true' ? item.feedbackTrue : item.feedbackFalse;
  return item.type === 'single' || item.type === 'multiple' ? item.options.find((option) => option.id === optionId)?.feedback : undefined;
}

/** The ids of the options the learner picked (choice and true-false items). */
function pickedOptions(answer: StoredAnswer | undefined): string[] {
  return Array.isArray(answer) ? answer : typeof answer === 'boolean' ? [String(answer)] : typeof answer === 'string' ? [answer] : [];
}

/**
 * What the right answer was, and the feedback of what the learner typed. The feedback of a picked option is said
 * next to that option (see `renderItem`), so it is here only with `optionLines` (the live region says everything).
 */
function feedbackLines(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings, optionLines: boolean): string[] {
  const picked = optionLines ? pickedOptions(answer).flatMap((id) => optionFeedback(item, id) ?? []) : [];
  switch (item.type) {
    case 'single':
    case 'multiple':
      return isKnowledge(item) && verdictOf(item, answer) !== 'correct' ? [...picked, t.correctAnswer(correctOptions(item).map((o) => o.label).join(t.listSeparator))] : picked;
    case 'true-false':
      return answer === item.answer ? picked : [...picked, t.correctAnswer(item.answer ? t.trueLabel : t.falseLabel)];
    case 'short-answer':
    case 'numerical': {
      const typed = typeof answer === 'string' ? answer : '';
      const matched = item.type === 'numerical' ? matchingNumberAnswer(item, typed) : matchingTextAnswer(item, typed);
      const best = item.answers.find((accepted) => (accepted.credit ?? 100) === 100);
      return [...(matched?.feedback ? [matched.feedback] : []), ...(best && verdictOf(item, answer) !== 'correct' ? [t.correctAnswer(acceptedLabel(best))] : [])];
    }
    case 'matching':
      return verdictOf(item, answer) === 'correct' ? [] : [t.correctAnswer(item.pairs.map((pair) => `${pair.prompt} → ${pair.match}`).join(t.listSeparator))];
    default:
      return [];
  }
}

/** The correction as one sentence, for the live region. */
export function feedbackText(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): string {
  const explanation = item.explanation ? `${t.explanation} ${item.explanation}` : '';
  return [`${verdictLabel(item, answer, t)}.`, ...feedbackLines(item, answer, t, true), explanation].filter(Boolean).join(' ');
}

/** The correction's box, under the item; the picked options' own feedback is beside them, not repeated here. */
export function renderFeedback(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): TemplateResult {
  const verdict = verdictOf(item, answer);
  return html`<div class="feedback feedback--${verdict}" part="feedback" id="feedback-${item.id}">
    <p class="verdict"><span class="verdict__icon" aria-hidden="true">${verdictIcons[verdict]}</span> ${verdictLabel(item, answer, t)}</p>
    ${feedbackLines(item, answer, t, false).map((line) => html`<p>${line}</p>`)}
    ${item.explanation ? html`<p><strong>${t.explanation}</strong> ${item.explanation}</p>` : nothing}
  </div>`;
}

/** The learner's answer in words, for the review of answers. */
function answerText(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): string {
  if (!isAnswered(item, answer)) return t.unanswered;
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const picked = Array.isArray(answer) ? answer : [answer];
      return item.options.filter((o) => picked.includes(o.id)).map((o) => o.label).join(t.listSeparator);
    }
    case 'true-false':
      return answer ? t.trueLabel : t.falseLabel;
    case 'scale':
      return item.levels[answer as number]?.label ?? '';
    case 'text':
    case 'short-answer':
    case 'numerical':
      return String(answer);
    case 'matching': {
      const matches = matchesOf(item, answer);
      return item.pairs.map((pair, index) => `${pair.prompt} → ${matches[index] || t.unanswered}`).join(t.listSeparator);
    }
    case 'instruction':
      return '';
  }
}

/** The item's hint, unless its prompt already says it (« … ? (plusieurs réponses possibles) »): said once. */
function hintOf(item: QuizItem, t: QuizStrings): string | undefined {
  const hint = ({ multiple: t.multipleHint, scale: t.scaleHint, text: t.textHint, numerical: t.numericalHint, matching: t.matchingHint } as Partial<Record<QuizItem['type'], string>>)[item.type];
  const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return hint && !words(item.prompt).includes(words(hint)) ? hint : undefined;
}

/** A picked option's own feedback, right under it; during the quiz its control points to it (`aria-describedby`). */
const optionFeedbackLine = (text: string | undefined, id?: string) => (text ? html`<p class="option-feedback" id=${id ?? nothing}>${text}</p>` : nothing);

/** The learner's answer in the review, each picked option's feedback under it as during the quiz. */
export function renderAnswer(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): TemplateResult {
  const choices = item.type === 'single' || item.type === 'multiple' || item.type === 'true-false';
  const picked = choices && isAnswered(item, answer) ? pickedOptions(answer) : [];
  if (item.type === 'multiple' && picked.length > 1) {
    return html`<p>${t.yourAnswers}</p>
      <ul class="picks">
        ${item.options.filter((option) => picked.includes(option.id)).map((option) => html`<li>${option.label}${optionFeedbackLine(option.feedback)}</li>`)}
      </ul>`;
  }
  return html`<p>${t.yourAnswer(answerText(item, answer, t))}</p>${picked.map((id) => optionFeedbackLine(optionFeedback(item, id)))}`;
}

/** `questions`: the items that are questions (an instruction is read, not answered), numbered among themselves. */
function renderItem(context: ItemContext, item: QuizItem, index: number, total: number, questions: readonly QuizItem[]): TemplateResult {
  const { t, onAnswer } = context;
  const answer = answerOf(context.answers, item.id);
  const locked = context.checked.includes(item.id);
  const name = `answer-${item.id}`;
  const hint = hintOf(item, t);
  // Once corrected, the options stay as they were (not greyed out, still focusable to hear their feedback) but
  // cannot change: `aria-disabled`, and the click that would tick or untick them is cancelled.
  const keep = (event: Event) => {
    if (locked) event.preventDefault();
  };
  const choice = (type: 'radio' | 'checkbox', id: string, label: string, checked: boolean, onPick: (event: Event) => void) => {
    const feedback = locked && checked ? optionFeedback(item, id) : undefined;
    const feedbackId = `option-feedback-${item.id}-${id}`;
    return html`<label class="choice">
        <input
          type=${type}
          name=${name}
          value=${id}
          .checked=${checked}
          aria-disabled=${locked ? 'true' : nothing}
          aria-describedby=${feedback ? feedbackId : nothing}
          @click=${keep}
          @change=${onPick}
        />
        <span>${label}</span>${locked ? optionMark(item, id, checked, t) : nothing}
      </label>
      ${optionFeedbackLine(feedback, feedbackId)}`;
  };
  let controls: TemplateResult;
  switch (item.type) {
    case 'single':
      controls = html`${context.orderedOptions(item, item.options).map((option) =>
        choice('radio', option.id, option.label, answer === option.id, () => onAnswer(item, option.id)),
      )}`;
      break;
    case 'multiple': {
      const picked = Array.isArray(answer) ? answer : [];
      controls = html`${context.orderedOptions(item, item.options).map((option) =>
        choice('checkbox', option.id, option.label, picked.includes(option.id), (event) => {
          const on = (event.target as HTMLInputElement).checked;
          // In the feed's order whatever the order shown, so that the same picks give the same response.
          onAnswer(item, item.options.map((o) => o.id).filter((id) => (id === option.id ? on : picked.includes(id))));
        }),
      )}`;
      break;
    }
    case 'true-false':
      controls = html`${choice('radio', 'true', t.trueLabel, answer === true, () => onAnswer(item, true))}
      ${choice('radio', 'false', t.falseLabel, answer === false, () => onAnswer(item, false))}`;
      break;
    case 'scale':
      controls = html`<div class="scale">
        ${item.levels.map((level, levelIndex) => choice('radio', String(levelIndex), level.label, answer === levelIndex, () => onAnswer(item, levelIndex)))}
      </div>`;
      break;
    case 'text':
      controls = html`<label class="text-answer">
        <span class="visually-hidden">${t.textLabel}</span>
        <textarea
          name=${name}
          rows="4"
          placeholder=${item.placeholder ?? nothing}
          .value=${typeof answer === 'string' ? answer : ''}
          @input=${(event: Event) => onAnswer(item, (event.target as HTMLTextAreaElement).value)}
        ></textarea>
      </label>`;
      break;
    case 'short-answer':
    case 'numerical':
      controls = html`<label class="text-answer text-answer--line">
        <span class="visually-hidden">${t.textLabel}</span>
        <input
          type="text"
          name=${name}
          autocomplete="off"
          inputmode=${item.type === 'numerical' ? 'decimal' : nothing}
          placeholder=${item.type === 'short-answer' ? (item.placeholder ?? nothing) : nothing}
          .value=${typeof answer === 'string' ? answer : ''}
          ?readonly=${locked}
          @input=${(event: Event) => onAnswer(item, (event.target as HTMLInputElement).value)}
        />
        ${item.type === 'numerical' && item.unit ? html`<span class="unit">${item.unit}</span>` : nothing}
      </label>`;
      break;
    case 'matching': {
      // Selects, not drag and drop: every pair is reachable and answerable by keyboard and screen reader.
      const matches = matchesOf(item, answer);
      const choices = context.orderedOptions(item, matchingChoices(item));
      controls = html`<div class="matching">
        ${item.pairs.map((pair, pairIndex) => {
          const right = matches[pairIndex] === pair.match;
          return html`<div class="matching__pair">
            <label for="match-${item.id}-${pair.id}">${pair.prompt}</label>
            <select
              id="match-${item.id}-${pair.id}"
              ?disabled=${locked}
              @change=${(event: Event) => onAnswer(item, matches.map((match, i) => (i === pairIndex ? (event.target as HTMLSelectElement).value : match)))}
            >
              <option value="" ?selected=${matches[pairIndex] === ''}>${t.matchingPlaceholder}</option>
              ${choices.map((choice) => html`<option value=${choice} ?selected=${matches[pairIndex] === choice}>${choice}</option>`)}
            </select>
            ${locked
              ? html`<span class="mark ${right ? 'mark--right' : 'mark--wrong'}"
                  ><span aria-hidden="true">${right ? verdictIcons.correct : verdictIcons.incorrect}</span> (${right ? t.correctOption : t.correctAnswer(pair.match)})</span
                >`
              : nothing}
          </div>`;
        })}
      </div>`;
      break;
    }
    case 'instruction':
      return html`<div class="item item--instruction" part="item">
        <div class="item__header">${context.heading(1, t.instructionHeading, `heading-${item.id}`)}</div>
        <p class="item__prompt">${item.prompt}</p>
      </div>`;
  }
  return html`<div class="item" part="item">
    <div class="item__header">
      ${context.heading(1, t.questionOf(questions.indexOf(item) + 1, questions.length), `heading-${item.id}`)}
      ${context.layout === 'step' ? html`<progress part="progress" max=${total} value=${index + 1} aria-label=${t.progressLabel}></progress>` : nothing}
    </div>
    <fieldset class="item__fieldset">
      <legend class="item__prompt">${item.prompt}${hint ? html` <span class="hint">${hint}</span>` : nothing}</legend>
      ${controls}
    </fieldset>
    ${locked ? renderFeedback(item, answer, t) : nothing}
  </div>`;
}

/** What the two layouts need besides the items: the order of this attempt, and what the buttons do. */
export interface LayoutContext extends ItemContext {
  items: readonly QuizItem[];
  /** "Valider" is offered for `item` (immediate correction, a knowledge item answered and not checked yet). */
  canCheck: (item: QuizItem) => boolean;
  onCheck: (item: QuizItem) => void;
  onGo: (index: number) => void;
  onFinish: () => void;
}

/** One item at a time, with "Précédent", "Valider" and "Suivant" (or "Voir mon résultat" on the last). */
export function renderStep(context: LayoutContext, at: number): TemplateResult {
  const { t, items } = context;
  // The feed may have lost items since the attempt was saved: stay on the last one rather than show nothing.
  const index = Math.min(at, items.length - 1);
  const item = items[index] as QuizItem;
  const questions = items.filter(isQuestion);
  // A group, not a region: one landmark per question would crowd the page's list of landmarks.
  return html`<section class="step" role="group" aria-labelledby="heading-${item.id}">
    ${renderItem(context, item, index, items.length, questions)}
    <div class="nav" part="nav">
      ${index > 0 ? html`<button type="button" class="button button--secondary" @click=${() => context.onGo(index - 1)}>${t.previous}</button>` : nothing}
      ${context.canCheck(item) ? html`<button type="button" class="button" @click=${() => context.onCheck(item)}>${t.check}</button>` : nothing}
      <button type="button" class="button" id="next" @click=${() => context.onGo(index + 1)}>${index === items.length - 1 ? t.finish : t.next}</button>
    </div>
  </section>`;
}

/** Every item on one page, with one submit button. */
export function renderPage(context: LayoutContext): TemplateResult {
  const { t, items } = context;
  const questions = items.filter(isQuestion);
  return html`<form
    class="page"
    @submit=${(event: Event) => {
      event.preventDefault();
      context.onFinish();
    }}
  >
    ${items.map(
      (item, index) => html`${renderItem(context, item, index, items.length, questions)}
      ${context.canCheck(item)
        ? html`<div class="nav" part="nav">
            <button type="button" class="button button--secondary" @click=${() => context.onCheck(item)}>${t.check}</button>
          </div>`
        : nothing}`,
    )}
    <div class="nav" part="nav"><button type="submit" class="button">${t.finish}</button></div>
  </form>`;
}
