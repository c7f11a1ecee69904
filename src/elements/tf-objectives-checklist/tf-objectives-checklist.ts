import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Feed, Objective, Training } from '../../feed/schema.js';
import { FeedElement } from '../../internal/feed-element.js';
import { localeTag } from '../../internal/localize.js';
import { quizResultsChangeEvent } from '../tf-quiz/quiz-results.js';
import {
  checklistRecord,
  isStoredChecklist,
  notStarted,
  objectiveStates,
  type ObjectiveProgress,
  type ObjectiveState,
} from './checklist-storage.js';
import { evidenceQuizzes, objectiveEvidence, readEvidenceResults, strongestEvidence, type QuizEvidence } from './quiz-evidence.js';
import { checklistStyles } from './tf-objectives-checklist.styles.js';

/** Detail of `tf-objective-change`. */
export interface ObjectiveChangeDetail {
  training: string;
  objective: string;
  state: ObjectiveState;
  previousState: ObjectiveState;
  note: string;
}

/** What the storage line under the consent box says. */
type StorageStatus = 'saved' | 'withdrawn' | 'failed' | 'erased';

/** One objective as the export file gives it. */
interface ExportedObjective extends ObjectiveProgress {
  id: string;
  text: string;
  evidence: QuizEvidence[];
}

/**
 * @tagname tf-objectives-checklist
 * One training's objectives as a learner's checklist (Qualiopi indicator 11): the learner marks each objective
 * not started, in progress or acquired, may add a note, and sees the progress. When a quiz tied to the objectives
 * has results on this device (before and/or after the training), each objective shows the scores and suggests a
 * state, which the learner applies or not: the widget never changes a state by itself.
 *
 * Privacy (CNIL): nothing is stored until the learner ticks "Enregistrer ma progression sur cet appareil"; then
 * states and notes are kept in localStorage (`training-feed-widgets:checklist:<training>`) and restored on the next
 * visit. Unticking stops saving and removes the saved copy; "Effacer mes données" also resets the list. When the
 * browser refuses storage, the checklist keeps working in memory and says so.
 *
 * Progress: the bar counts acquired objectives only (`value` = acquired, `max` = objectives); objectives in
 * progress are reported beside it in the text ("2 objectifs acquis sur 6, 1 en cours"), never counted as half.
 *
 * Suggestion: the latest score of the quiz items tied to the objective (after the training, else before) from
 * the quiz's `passScore` (70 by default) on suggests "Acquis"; above 0, "En cours"; 0, "Pas commencé". With
 * several quizzes, the most favourable suggestion is offered.
 *
 * Attributes: `training` (required), `quiz`, `heading-level` (below), and, from the base classes, `src` (feed URL,
 * when not inside `<tf-feed>`), `lang` (`fr` or `en`; else the closest ancestor's, else French), `strings` (JSON
 * overrides of any label, e.g. `{"checklist":{"heading":"…"}}`) and `theme` (`light` or `dark`). Property `feed`:
 * an already parsed feed object.
 *
 * Keyboard: Tab moves between the radio groups, the note disclosures, the evidence buttons and the actions; the
 * arrows choose a state inside a group; Space/Enter open a note or press a button.
 *
 * @summary A learner's checklist of a training's objectives, with quiz evidence, saved on the device on consent.
 *
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
export class TfObjectivesChecklist extends FeedElement {
  static override properties: PropertyDeclarations = {
    training: { type: String },
    quiz: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    progress: { state: true },
    consented: { state: true },
    storageStatus: { state: true },
    evidenceRevision: { state: true },
  };

  static override styles = checklistStyles;

  /** Id of the training whose objectives are listed (required). */
  declare training: string | undefined;

  /**
   * Id of the quiz whose results on the device serve as evidence, or several ids separated by spaces. By default,
   * every quiz of the feed whose `training` is this training. Ids absent from the feed are ignored.
   */
  declare quiz: string | undefined;

  /** Level (2 to 6) of the checklist's heading, to fit the host page's outline. Default 2. */
  declare headingLevel: number;

  declare private progress: Record<string, ObjectiveProgress>;
  declare private consented: boolean;
  declare private storageStatus: StorageStatus | undefined;
  /** Bumped when a quiz's stored results change, so that the evidence is read again. */
  declare private evidenceRevision: number;
  private restoredTraining?: string;

  constructor() {
    super();
    this.headingLevel = 2;
    this.progress = {};
    this.consented = false;
    this.evidenceRevision = 0;
  }

  private readonly refreshEvidence = (): void => {
    this.evidenceRevision += 1;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    // The quiz saves on this page (its event) or in another tab (the native storage event).
    window.addEventListener(quizResultsChangeEvent, this.refreshEvidence);
    window.addEventListener('storage', this.refreshEvidence);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener(quizResultsChangeEvent, this.refreshEvidence);
    window.removeEventListener('storage', this.refreshEvidence);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.training !== this.restoredTraining) this.restoreFromDevice();
  }

  /** Reads what the learner saved for this training, if they did: the record existing is their consent. */
  private restoreFromDevice(): void {
    this.restoredTraining = this.training;
    this.progress = {};
    this.consented = false;
    this.storageStatus = undefined;
    if (!this.training) return;
    const read = checklistRecord(this.training).read(isStoredChecklist);
    if (read.ok && read.value) {
      this.progress = { ...read.value.objectives };
      this.consented = true;
      this.storageStatus = 'saved';
    }
  }

  private persist(): void {
    if (!this.consented || !this.training) return;
    const written = checklistRecord(this.training).write({
      version: 1,
      trainingId: this.training,
      consent: true,
      updatedAt: new Date().toISOString(),
      objectives: this.progress,
    });
    this.storageStatus = written.ok ? 'saved' : 'failed';
  }

  private progressOf(objectiveId: string): ObjectiveProgress {
    return this.progress[objectiveId] ?? notStarted;
  }

  private changeProgress(objectiveId: string, change: Partial<ObjectiveProgress>): ObjectiveProgress {
    const next = { ...this.progressOf(objectiveId), ...change };
    this.progress = { ...this.progress, [objectiveId]: next };
    this.persist();
    return next;
  }

  private setState(objectiveId: string, state: ObjectiveState): void {
    const previousState = this.progressOf(objectiveId).state;
    if (previousState === state || !this.training) return;
    const { note } = this.changeProgress(objectiveId, { state });
    this.emit<ObjectiveChangeDetail>('tf-objective-change', { training: this.training, objective: objectiveId, state, previousState, note });
  }

  private async applySuggestion(objectiveId: string, state: ObjectiveState): Promise<void> {
    this.setState(objectiveId, state);
    await this.updateComplete;
    // The button disappears once the suggestion is followed: focus goes to the choice it made.
    this.renderRoot.querySelector<HTMLInputElement>(`input[name="state-${CSS.escape(objectiveId)}"]:checked`)?.focus();
  }

  private onConsentChange(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    if (checked) {
      this.consented = true;
      this.persist();
    } else {
      this.eraseDevice();
      this.storageStatus = 'withdrawn';
    }
  }

  private eraseDevice(): void {
    if (this.training) checklistRecord(this.training).erase();
    this.consented = false;
  }

  private onErase(): void {
    this.eraseDevice();
    this.progress = {};
    this.storageStatus = 'erased';
  }

  private onPrint(): void {
    window.print();
  }

  private exportJson(training: Training, objectives: readonly Objective[], evidenceByObjective: Map<string, QuizEvidence[]>): void {
    const exported: ExportedObjective[] = objectives.map((objective) => ({
      id: objective.id,
      text: objective.text,
      ...this.progressOf(objective.id),
      evidence: evidenceByObjective.get(objective.id) ?? [],
    }));
    const content = { training: { id: training.id, title: training.title }, exportedAt: new Date().toISOString(), objectives: exported };
    const url = URL.createObjectURL(new Blob([JSON.stringify(content, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = this.t.checklist.exportFileName(training.id);
    link.click();
    // The download has started from the blob; let it go once the click has been handled.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private stateLabel(state: ObjectiveState): string {
    const t = this.t.checklist;
    return state === 'acquired' ? t.stateAcquired : state === 'in-progress' ? t.stateInProgress : t.stateNotStarted;
  }

  private formatScore(score: number): string {
    return new Intl.NumberFormat(localeTag(this.language), { style: 'percent', maximumFractionDigits: 0 }).format(score / 100);
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    if (!this.training) return this.renderProblem(this.t.common.attributeMissing('training'));
    const training = feed.trainings.find((candidate) => candidate.id === this.training);
    if (!training) return this.renderProblem(this.t.common.trainingNotFound(this.training));
    const t = this.t.checklist;
    const objectives = training.objectives ?? [];
    const heading = html`<div class="heading" part="heading" role="heading" aria-level=${this.clampedHeadingLevel()}>
      ${t.heading}
    </div>
    <p class="training-title" lang=${this.contentLanguage(training) ?? nothing}>${training.title}</p>`;
    if (objectives.length === 0) return html`${heading}<p class="status">${t.noObjectives}</p>`;

    // Read on every render: evidenceRevision (a reactive state) re-renders when a quiz saves.
    const quizIds = (this.quiz ?? '').split(/\s+/).filter(Boolean);
    const results = readEvidenceResults(evidenceQuizzes(feed, training.id, quizIds));
    const evidenceByObjective = new Map(objectives.map((objective) => [objective.id, objectiveEvidence(results, objective.id)]));

    return html`${heading} ${this.renderProgress(objectives)}
      <ol class="objectives" part="list" aria-label=${t.listLabel}>
        ${objectives.map((objective, index) =>
          this.renderObjective(objective, index + 1, evidenceByObjective.get(objective.id) ?? [], this.contentLanguage(training)),
        )}
      </ol>
      ${this.renderActions(training, objectives, evidenceByObjective)}`;
  }

  private clampedHeadingLevel(): number {
    const level = Math.round(Number(this.headingLevel));
    return Number.isFinite(level) ? Math.min(6, Math.max(2, level)) : 2;
  }

  private renderProgress(objectives: readonly Objective[]): TemplateResult {
    const t = this.t.checklist;
    const states = objectives.map((objective) => this.progressOf(objective.id).state);
    const acquired = states.filter((state) => state === 'acquired').length;
    const inProgress = states.filter((state) => state === 'in-progress').length;
    const text = [t.progress(acquired, objectives.length), inProgress > 0 ? t.progressInProgress(inProgress) : ''].filter(Boolean).join(', ');
    return html`<div class="progress" part="progress">
      <p class="progress__text" id="progress-text" role="status">${text}</p>
      <progress class="progress__bar" max=${objectives.length} .value=${acquired} aria-labelledby="progress-text"></progress>
    </div>`;
  }

  /** The feed's text keeps its own language (WCAG 3.1.2) when the interface speaks another: a French sheet in English. */
  private contentLanguage(training: Training): string | undefined {
    const tag = training.language?.trim();
    return tag && /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/i.test(tag) ? tag : undefined;
  }

  private renderObjective(objective: Objective, position: number, evidence: QuizEvidence[], language: string | undefined): TemplateResult {
    const t = this.t.checklist;
    const { state, note } = this.progressOf(objective.id);
    const name = `state-${objective.id}`;
    const noteId = `note-${objective.id}`;
    return html`<li class="objective objective--${state}" part="objective">
      <fieldset class="objective__fieldset">
        <legend class="objective__text" lang=${language ?? nothing}>${objective.text}</legend>
        <div class="objective__choices">
          ${objectiveStates.map(
            (choice) => html`<label class="choice">
              <input
                type="radio"
                name=${name}
                value=${choice}
                .checked=${live(state === choice)}
                @change=${() => this.setState(objective.id, choice)}
              />
              ${this.stateLabel(choice)}
            </label>`,
          )}
        </div>
        <p class="print-only">${t.stateLabel} ${this.stateLabel(state)}</p>
      </fieldset>
      ${this.renderEvidence(objective, position, evidence, state)}
      <details class="note" part="note">
        <summary class="note__toggle">${note.trim() ? t.noteToggleFilled : t.noteToggle}</summary>
        <label class="note__label" for=${noteId}>${t.noteLabel(position)}</label>
        <span class="note__hint" id="${noteId}-hint">${t.noteHint}</span>
        <textarea
          id=${noteId}
          class="note__field"
          rows="3"
          aria-describedby="${noteId}-hint"
          .value=${live(note)}
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
    const several = evidence.length > 1;
    const format = (score: number | undefined) => (score === undefined ? undefined : this.formatScore(score));
    const suggested = this.stateLabel(best.suggestion);
    return html`<div class="evidence" part="evidence">
      <p class="evidence__label">${t.evidenceLabel}</p>
      <ul class="evidence__scores">
        ${evidence.map((item) => html`<li>${t.evidence(several ? item.quizTitle : undefined, format(item.pre), format(item.post))}</li>`)}
      </ul>
      <p class="evidence__suggestion">${t.suggestion(suggested, this.formatScore(best.score), this.formatScore(best.passScore))}</p>
      ${best.suggestion === state
        ? html`<p class="evidence__followed no-print">${t.suggestionFollowed}</p>`
        : html`<button type="button" class="button button--secondary" @click=${() => this.applySuggestion(objective.id, best.suggestion)}>
            ${t.applySuggestion}<span class="visually-hidden">${t.applySuggestionContext(suggested, position)}</span>
          </button>`}
    </div>`;
  }

  private renderActions(training: Training, objectives: readonly Objective[], evidenceByObjective: Map<string, QuizEvidence[]>): TemplateResult {
    const t = this.t.checklist;
    const statusText =
      this.storageStatus === 'saved'
        ? t.saved
        : this.storageStatus === 'failed'
          ? t.storageFailed
          : this.storageStatus === 'withdrawn'
            ? t.consentWithdrawn
            : this.storageStatus === 'erased'
              ? t.erased
              : '';
    return html`<div class="actions no-print" part="actions" role="group" aria-label=${t.actionsLabel}>
      <div class="consent">
        <input id="consent" type="checkbox" .checked=${live(this.consented)} @change=${this.onConsentChange} aria-describedby="consent-hint" />
        <label for="consent">${t.consent}</label>
        <p class="consent__hint" id="consent-hint">${t.consentHint}</p>
      </div>
      <p class="storage-status ${this.storageStatus === 'failed' ? 'storage-status--failed' : ''}" part="storage-status" role="status">${statusText}</p>
      <div class="actions__buttons">
        ${this.consented ? html`<button type="button" class="button button--secondary" @click=${this.onErase}>${t.erase}</button>` : nothing}
        <button type="button" class="button button--secondary" @click=${this.onPrint}>${t.print}</button>
        <button type="button" class="button button--secondary" @click=${() => this.exportJson(training, objectives, evidenceByObjective)}>
          ${t.exportJson}
        </button>
      </div>
    </div>`;
  }
}
