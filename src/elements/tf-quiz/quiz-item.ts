/**
 * The items of `<tf-quiz>`: the controls of each item type, and the correction in words (never by colour alone).
 * Private to the quiz's folder; the element passes what it knows and what to do on an answer.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AcceptedNumber, AcceptedText, QuizItem } from '../../model/schema.js';
import type { StoredAnswer } from '../../model/learner-records.js';
import {
  correctOptions,
  isAnswered,
  isKnowledge,
  matchesOf,
  matchingChoices,
  matchingNumberAnswer,
  matchingTextAnswer,
  verdictOf,
  type Verdict,
} from '../../model/quiz/scoring.js';
import type { Translation } from '../../i18n/translation.js';

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

/** The feedback of the options the learner picked, then what the right answer was. */
function feedbackLines(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): string[] {
  switch (item.type) {
    case 'single':
    case 'multiple': {
      const picked = Array.isArray(answer) ? answer : [answer];
      const lines = item.options.filter((o) => picked.includes(o.id) && o.feedback).map((o) => o.feedback as string);
      if (isKnowledge(item) && verdictOf(item, answer) !== 'correct') lines.push(t.correctAnswer(correctOptions(item).map((o) => o.label).join(t.listSeparator)));
      return lines;
    }
    case 'true-false': {
      const feedback = answer === true ? item.feedbackTrue : answer === false ? item.feedbackFalse : undefined;
      return [...(feedback ? [feedback] : []), ...(answer === item.answer ? [] : [t.correctAnswer(item.answer ? t.trueLabel : t.falseLabel)])];
    }
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
  return [`${verdictLabel(item, answer, t)}.`, ...feedbackLines(item, answer, t), explanation].filter(Boolean).join(' ');
}

export function renderFeedback(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): TemplateResult {
  const verdict = verdictOf(item, answer);
  return html`<div class="feedback feedback--${verdict}" part="feedback" id="feedback-${item.id}">
    <p class="verdict"><span class="verdict__icon" aria-hidden="true">${verdictIcons[verdict]}</span> ${verdictLabel(item, answer, t)}</p>
    ${feedbackLines(item, answer, t).map((line) => html`<p>${line}</p>`)}
    ${item.explanation ? html`<p><strong>${t.explanation}</strong> ${item.explanation}</p>` : nothing}
  </div>`;
}

/** The learner's answer in words, for the review of answers. */
export function answerText(item: QuizItem, answer: StoredAnswer | undefined, t: QuizStrings): string {
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

export function renderItem(context: ItemContext, item: QuizItem, index: number, total: number): TemplateResult {
  const { t, onAnswer } = context;
  const answer = context.answers[item.id];
  const locked = context.checked.includes(item.id);
  const name = `answer-${item.id}`;
  const hint = { multiple: t.multipleHint, scale: t.scaleHint, text: t.textHint, numerical: t.numericalHint, matching: t.matchingHint }[item.type as string];
  const choice = (type: 'radio' | 'checkbox', id: string, label: string, checked: boolean, onPick: (event: Event) => void) =>
    html`<label class="choice">
      <input type=${type} name=${name} value=${id} .checked=${checked} ?disabled=${locked} @change=${onPick} />
      <span>${label}</span>${locked ? optionMark(item, id, checked, t) : nothing}
    </label>`;
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
          ?disabled=${locked}
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
      ${context.heading(1, t.questionOf(index + 1, total), `heading-${item.id}`)}
      ${context.layout === 'step' ? html`<progress part="progress" max=${total} value=${index + 1} aria-label=${t.progressLabel}></progress>` : nothing}
    </div>
    <fieldset class="item__fieldset" aria-describedby=${hint ? `hint-${item.id}` : nothing}>
      <legend class="item__prompt">${item.prompt}</legend>
      ${hint ? html`<p class="hint" id="hint-${item.id}">${hint}</p>` : nothing}
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
  // A group, not a region: one landmark per question would crowd the page's list of landmarks.
  return html`<section class="step" role="group" aria-labelledby="heading-${item.id}">
    ${renderItem(context, item, index, items.length)}
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
  return html`<form
    class="page"
    @submit=${(event: Event) => {
      event.preventDefault();
      context.onFinish();
    }}
  >
    ${items.map(
      (item, index) => html`${renderItem(context, item, index, items.length)}
      ${context.canCheck(item)
        ? html`<div class="nav" part="nav">
            <button type="button" class="button button--secondary" @click=${() => context.onCheck(item)}>${t.check}</button>
          </div>`
        : nothing}`,
    )}
    <div class="nav" part="nav"><button type="submit" class="button">${t.finish}</button></div>
  </form>`;
}
