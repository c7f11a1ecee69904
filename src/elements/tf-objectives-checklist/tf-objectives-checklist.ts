import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Feed, Objective, Quiz, Training } from '../../model/schema.js';
import { quizRecordFormat } from '../../model/learner-records.js';
import { checklistRecordFormat, objectiveProgress, objectiveStates, withObjective, type ObjectiveProgress, type ObjectiveState, type StoredChecklist } from '../../model/checklist-record.js';
import { evidenceQuizzes, objectiveEvidence, strongestEvidence, type QuizEvidence, type QuizResults } from '../../model/quiz/evidence.js';
import { commonStrings } from '../../i18n/common.js';
import { checklistStrings } from '../../i18n/objectives-checklist.js';
import { formatPercent } from '../../i18n/localize.js';
import { downloadJson } from '../../controllers/download.js';
import { FocusController } from '../../controllers/focus.js';
import { LearnerRecordController, readQuizResults, storageWarnings } from '../../controllers/learner-record.js';
import { LearnerRecordChanges } from '../../controllers/learner-record-changes.js';
import { clampHeadingLevel, heading } from '../../templates/heading.js';
import { FeedElement } from '../feed-element.js';
import { checklistStyles } from './tf-objectives-checklist.styles.js';

/** Detail of `tf-objective-change`. */
export interface ObjectiveChangeDetail {
  training: string;
  objective: string;
  state: ObjectiveState;
  previousState: ObjectiveState;
  note: string;
}

/**
 * One training's objectives as a learner's checklist (Qualiopi indicator 11): the learner marks each objective
 * not started, in progress or acquired, may add a note, and sees the progress. When a quiz tied to the objectives
 * has results on this device (before and/or after the training), each objective shows the scores and suggests a
 * state, which the learner applies or not: the widget never changes a state by itself.
 *
 * Privacy (CNIL): nothing is stored until the learner ticks "Enregistrer ma progression sur cet appareil"; then
 * states and notes are kept in localStorage (`training-feed-widgets:checklist:<training>`) and restored on the next
 * visit. Unticking stops saving and removes the saved copy; "Effacer mes données" also resets the list. When the
 * browser refuses storage, the checklist keeps working in memory and says so; a damaged record is read as far as it
 * goes. Two checklists of one training (one page, two tabs) merge objective by objective, the newest change winning;
 * storage that fails never takes a change back (docs/security.md).
 *
 * Progress: the bar counts acquired objectives only (`value` = acquired, `max` = objectives); objectives in
 * progress are reported beside it in the text ("2 objectifs acquis sur 6, 1 en cours"), never counted as half.
 *
 * Suggestion: the latest score of the quiz items tied to the objective (after the training, else before) from
 * the quiz's `passScore` (70 by default: `objectiveAcquiredFrom`) on suggests "Acquis"; above 0, "En cours"; 0, "Pas commencé". With
 * several quizzes, the most favourable suggestion is offered.
 *
 * Attributes: `training` (required), `quiz`, `heading-level` (1 to 6, default 2), and, from the base classes, `src` (feed URL,
 * when not inside `<tf-feed>`), `lang` (`fr` or `en`; else the closest ancestor's, else French), `strings` (JSON
 * overrides of any label, e.g. `{"checklist":{"heading":"…"}}`) and `theme` (`light` or `dark`). Property `feed`:
 * an already parsed feed object.
 *
 * Keyboard: Tab moves between the radio groups, the note disclosures, the evidence buttons and the actions; the
 * arrows choose a state inside a group; Space/Enter open a note or press a button.
 *
 * @tagname tf-objectives-checklist
 * @summary A learner's checklist of a training's objectives, with quiz evidence, saved on the device on consent.
 *
 * @csspart base - The checklist's outer `<div>`.
 * @csspart heading - The checklist's heading.
 * @csspart progress - The progress text and bar.
 * @csspart list - The list of objectives.
 * @csspart objective - One objective (a fieldset of three radio buttons, evidence and note).
 * @csspart evidence - The quiz scores and suggestion of one objective.
 * @csspart note - The note disclosure of one objective.
 * @csspart actions - The consent box, erase, print and export buttons.
 * @csspart storage-status - The line that says what is stored on the device.
 * @csspart status - The loading placeholder.
 * @csspart error - The error message (feed missing or invalid, unknown training).
 * @csspart retry - « Réessayer », after a server or network error.
 * @csspart notice - A line above the content: a copy out of date, a source missing, entries left out (`debug`).
 *
 * @cssproperty [--tf-checklist-progress-color=var(--tf-color-success)] - Colour of the progress bar.
 * @cssproperty [--tf-checklist-acquired-color=var(--tf-color-success)] - Colour of the edge of an acquired objective (the state is also written).
 * @cssproperty [--tf-checklist-in-progress-color=var(--tf-color-warning)] - Colour of the edge of an objective in progress.
 *
 * @event {CustomEvent<ObjectiveChangeDetail>} tf-objective-change - The learner changed an objective's state
 * (radio button or applied suggestion) or note (when the note field loses focus). `detail`: `training`,
 * `objective` (ids), `state`, `previousState` (`not-started`, `in-progress` or `acquired`; equal for a note change)
 * and `note`. Bubbles and crosses shadow roots.
 *
 * @example
 * <tf-objectives-checklist src="https://example.org/formations.json" training="apsn-aller-vers-m1"></tf-objectives-checklist>
 */
export class TfObjectivesChecklist extends FeedElement<'checklist'> {
  static override properties: PropertyDeclarations = {
    training: { type: String },
    quiz: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = checklistStyles;

  /** Id of the training whose objectives are listed (required). */
  declare training: string | undefined;

  /**
   * Id of the quiz whose results on the device serve as evidence, or several ids separated by spaces. By default,
   * every quiz of the feed whose `training` is this training. Ids absent from the feed are said so, and ignored.
   */
  declare quiz: string | undefined;

  /** Level (1 to 6) of the checklist's heading, to fit the host page's outline. Default 2. */
  declare headingLevel: number;

  /** The learner's list for `training`, in memory and, after consent, on the device. */
  private readonly records = new LearnerRecordController<StoredChecklist>(this, checklistRecordFormat);
  private readonly focusing = new FocusController(this);
  private reportedMissingQuizzes = '';

  constructor() {
    super({ common: commonStrings, checklist: checklistStrings });
    this.headingLevel = 2;
    // A quiz saves on this page or in another tab: the evidence is read again.
    new LearnerRecordChanges(this, quizRecordFormat, () => this.requestUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.training !== this.records.id) this.records.open(this.training);
  }

  /**
   * After every render the controls say what the record says: the state and note of each objective (another tab's
   * change, a restored record) and the consent (refused when the browser keeps nothing). Set here rather than bound
   * with Lit's `live()`, whose code (and lit's directive helpers) a checklist page then need not download. In
   * `update`, right after the render: before the controllers' `hostUpdated` (focus goes to the checked choice).
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    for (const radio of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type="radio"][name^="state-"]')) {
      radio.checked = this.progressOf(radio.name.slice('state-'.length)).state === radio.value;
    }
    for (const field of this.renderRoot.querySelectorAll<HTMLTextAreaElement>('textarea[id^="note-"]')) {
      const { note } = this.progressOf(field.id.slice('note-'.length));
      if (field.value !== note) field.value = note;
    }
    const consent = this.renderRoot.querySelector<HTMLInputElement>('#consent');
    if (consent) consent.checked = this.records.consent;
  }

  private progressOf(objectiveId: string): ObjectiveProgress {
    return objectiveProgress(this.records.record, objectiveId);
  }

  /**
   * Changes one objective and, with consent, saves it with what the device's copy adds: another checklist of the
   * training (this page, another tab) may have saved its own changes since, and they are kept and shown.
   */
  private changeProgress(objectiveId: string, change: Partial<Pick<ObjectiveProgress, 'state' | 'note'>>): ObjectiveProgress {
    this.records.save((record) => withObjective(record, objectiveId, change, new Date()));
    return this.progressOf(objectiveId);
  }

  private setState(objectiveId: string, state: ObjectiveState): void {
    const previousState = this.progressOf(objectiveId).state;
    if (previousState === state || !this.training) return;
    const { note } = this.changeProgress(objectiveId, { state });
    this.emit<ObjectiveChangeDetail>('tf-objective-change', { training: this.training, objective: objectiveId, state, previousState, note });
  }

  private applySuggestion(objectiveId: string, state: ObjectiveState): void {
    this.setState(objectiveId, state);
    // The button disappears once the suggestion is followed: focus goes to the choice it made.
    this.focusing.focusAfterRender(`input[name="state-${CSS.escape(objectiveId)}"]:checked`);
  }

  private onConsentChange(event: Event): void {
    if ((event.target as HTMLInputElement).checked) {
      // The whole list as the learner made it so far, with what the device may hold.
      this.records.optIn();
    } else {
      this.records.withdraw();
    }
  }

  private onErase(): void {
    this.records.eraseAll();
    // The erase button goes with the consent: focus moves to the consent box, right before it.
    this.focusing.focusAfterRender('#consent');
  }

  /** The results the device holds for each quiz; quizzes without any are left out. */
  private evidenceResults(quizzes: readonly Quiz[]): QuizResults[] {
    return quizzes.map((quiz) => ({ quiz, ...readQuizResults(quiz.id) })).filter((results) => results.pre || results.post);
  }

  private stateLabel(state: ObjectiveState): string {
    const t = this.t.checklist;
    return { acquired: t.stateAcquired, 'in-progress': t.stateInProgress, 'not-started': t.stateNotStarted }[state];
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    if (!this.training) return this.renderProblem(this.t.common.trainingUnavailable, this.t.common.attributeMissing('training'));
    const training = feed.trainings.find((candidate) => candidate.id === this.training);
    if (!training) return this.renderMissing('training', this.training);
    const t = this.t.checklist;
    const objectives = training.objectives ?? [];
    // The feed's text keeps its own language (WCAG 3.1.2) when the interface speaks another: a French sheet in English.
    const tag = training.language?.trim();
    const language = tag && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/i.test(tag) ? tag : undefined;
    const title = html`${heading(clampHeadingLevel(this.headingLevel), t.heading, undefined, 'heading', 'heading')}
      <p class="training-title" lang=${language ?? nothing}>${training.title}</p>`;
    if (objectives.length === 0) return html`<div class="checklist" part="base">${title}<p class="status">${t.noObjectives}</p></div>`;

    // Read on every render: a quiz saving requests one.
    const quizIds = (this.quiz ?? '').split(/\s+/).filter(Boolean);
    const missing = quizIds.filter((id) => !feed.quizzes.some((quiz) => quiz.id === id)).map((id) => this.t.common.quizNotFound(id)).join(' ');
    if (missing && missing !== this.reportedMissingQuizzes) console.warn(`[training-feed-widgets] <tf-objectives-checklist> quiz="${this.quiz}" : ${missing}`);
    this.reportedMissingQuizzes = missing;
    const results = this.evidenceResults(evidenceQuizzes(feed, training.id, quizIds));
    const evidenceByObjective = new Map(objectives.map((objective) => [objective.id, objectiveEvidence(results, objective.id)]));

    // A quiz missing from the feed only means no evidence from it: the webmaster is told in the console.
    return html`<div class="checklist" part="base">
      ${title} ${this.renderProgress(objectives)}
      <ol class="objectives" part="list" aria-label=${t.listLabel}>
        ${objectives.map((objective, index) => this.renderObjective(objective, index + 1, evidenceByObjective.get(objective.id) ?? [], language))}
      </ol>
      ${this.renderActions(training, objectives, evidenceByObjective)}</div>`;
  }

  private renderProgress(objectives: readonly Objective[]): TemplateResult {
    const t = this.t.checklist;
    const states = objectives.map((objective) => this.progressOf(objective.id).state);
    const acquired = states.filter((state) => state === 'acquired').length;
    const inProgress = states.filter((state) => state === 'in-progress').length;
    const text = t.progress(acquired, objectives.length) + (inProgress > 0 ? `, ${t.progressInProgress(inProgress)}` : '');
    return html`<div class="progress" part="progress">
      <p class="progress__text" id="progress-text" role="status">${text}</p>
      <progress class="progress__bar" max=${objectives.length} .value=${acquired} aria-labelledby="progress-text"></progress>
    </div>`;
  }

  private renderObjective(objective: Objective, position: number, evidence: QuizEvidence[], language: string | undefined): TemplateResult {
    const t = this.t.checklist;
    const { state, note } = this.progressOf(objective.id);
    const noteId = `note-${objective.id}`;
    return html`<li class="objective objective--${state}" part="objective">
      <fieldset class="objective__fieldset">
        <legend class="objective__text" lang=${language ?? nothing}><span class="objective__number">${position}.</span> ${objective.text}</legend>
        <div class="objective__choices">
          ${objectiveStates.map(
            (choice) => html`<label class="choice">
              <input type="radio" name="state-${objective.id}" value=${choice} @change=${() => this.setState(objective.id, choice)} />
              ${this.stateLabel(choice)}
            </label>`,
          )}
        </div>
        <p class="print-only">${t.stateLabel} ${this.stateLabel(state)}</p>
      </fieldset>
      ${this.renderEvidence(objective, position, evidence, state)}
      <details class="note" part="note">
        <summary class="note__toggle">${note.trim() ? t.noteToggleFilled : t.noteToggle}<span class="visually-hidden">${t.noteOf(position)}</span></summary>
        <label class="note__label" for=${noteId}>${t.noteLabel(position)}</label>
        <span class="note__hint" id="${noteId}-hint">${t.noteHint}</span>
        <textarea
          id=${noteId}
          class="note__field"
          rows="3"
          aria-describedby="${noteId}-hint"
          @input=${(event: Event) => this.changeProgress(objective.id, { note: (event.target as HTMLTextAreaElement).value })}
          @change=${() => this.emitNoteChange(objective.id)}
        ></textarea>
      </details>
      ${note.trim() ? html`<p class="print-only print-note">${t.notePrinted} ${note}</p>` : nothing}
    </li>`;
  }

  private emitNoteChange(objectiveId: string): void {
    if (!this.training) return;
    const { state, note } = this.progressOf(objectiveId);
    this.emit<ObjectiveChangeDetail>('tf-objective-change', { training: this.training, objective: objectiveId, state, previousState: state, note });
  }

  private renderEvidence(objective: Objective, position: number, evidence: QuizEvidence[], state: ObjectiveState): TemplateResult | typeof nothing {
    const best = strongestEvidence(evidence);
    if (!best) return nothing;
    const t = this.t.checklist;
    const percent = (score: number | undefined) => (score === undefined ? undefined : formatPercent(score, this.language));
    const suggested = this.stateLabel(best.suggestion);
    return html`<div class="evidence" part="evidence">
      <p class="evidence__label">${t.evidenceLabel}</p>
      <ul class="evidence__scores">
        ${evidence.map((item) => html`<li>${t.evidence(evidence.length > 1 ? item.quizTitle : undefined, percent(item.pre), percent(item.post))}</li>`)}
      </ul>
      <p class="evidence__suggestion">${t.suggestion(suggested, percent(best.score) as string, percent(best.passScore) as string)}</p>
      ${best.suggestion === state
        ? html`<p class="evidence__followed no-print">${t.suggestionFollowed}</p>`
        : html`<button type="button" class="button button--secondary" @click=${() => this.applySuggestion(objective.id, best.suggestion)}>
            ${t.applySuggestion}<span class="visually-hidden">${t.applySuggestionContext(suggested, position)}</span>
          </button>`}
    </div>`;
  }

  private renderActions(training: Training, objectives: readonly Objective[], evidenceByObjective: Map<string, QuizEvidence[]>): TemplateResult {
    const t = this.t.checklist;
    const status = this.records.notice;
    const exportFile = () =>
      downloadJson(
        {
          training: { id: training.id, title: training.title },
          exportedAt: new Date().toISOString(),
          objectives: objectives.map((objective) => ({
            id: objective.id,
            text: objective.text,
            ...this.progressOf(objective.id),
            evidence: evidenceByObjective.get(objective.id) ?? [],
          })),
        },
        t.exportFileName(training.id),
      );
    return html`<div class="actions no-print" part="actions" role="group" aria-label=${t.actionsLabel}>
      <div class="consent">
        <input id="consent" type="checkbox" @change=${this.onConsentChange} aria-describedby="consent-hint" />
        <label for="consent">${t.consent}</label>
        <p class="consent__hint" id="consent-hint">${t.consentHint}</p>
      </div>
      <p class="storage-status ${status && storageWarnings.includes(status) ? 'warning' : ''}" part="storage-status" role="status">${status ? t[status] : ''}</p>
      <div class="actions__buttons">
        ${this.records.consent ? html`<button type="button" class="button button--secondary" @click=${this.onErase}>${t.erase}</button>` : nothing}
        <button type="button" class="button button--secondary" @click=${() => window.print()}>${t.print}</button>
        <button type="button" class="button button--secondary" @click=${exportFile}>${t.exportJson}</button>
      </div>
    </div>`;
  }
}
