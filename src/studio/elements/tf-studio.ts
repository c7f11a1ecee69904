import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import type { Feed } from '../../model/schema.js';
import { isoDateOf } from '../../model/calendar.js';
import { checkFeed, type FeedCheck } from '../model/checks.js';
import { duplicateItem, emptyFeed, newItem } from '../model/create.js';
import { History } from '../model/history.js';
import { isEmptyFeed } from '../model/import.js';
import { mergeFeeds } from '../../model/merge-feeds.js';
import { getAt, insertAt, moveAt, pathKey, removeAt, setAt, type Path } from '../model/paths.js';
import { fieldLabel, itemName, studioStrings, type StudioLanguage, type StudioStrings } from '../i18n/strings.js';
import { DraftController } from '../controllers/draft.js';
import type { StudioEditor } from './studio-part.js';
import type { StudioForm } from './studio-form.js';
import type { StudioCalendar } from './studio-calendar.js';
import type { StudioOpen } from './studio-open.js';
import type { PreviewHost } from './studio-preview.js';
import { defaultPreview, type PreviewSettings } from '../model/snippet.js';
import { studioStyles } from './studio.styles.js';
import './studio-form.js';
import './studio-calendar.js';
import './studio-nav.js';
import './studio-check.js';
import './studio-preview.js';
import './studio-publish.js';
import './studio-open.js';

type SideTab = 'check' | 'preview' | 'publish';
const sideTabs: SideTab[] = ['check', 'preview', 'publish'];

/** A change the author may take back from the notice (« Session supprimée. Annuler »). */
interface Notice {
  message: string;
  undoable: boolean;
  /** What « Annuler » brings back, where focus then goes (else to the notice itself). */
  restores?: Path;
}

/** The sessions of a feed being written, whose lists may not be lists yet. */
function sessionCount(feed: Feed): number {
  let count = 0;
  for (const training of Array.isArray(feed.trainings) ? (feed.trainings as unknown[]) : []) {
    const sessions = (training as { sessions?: unknown } | null)?.sessions;
    if (Array.isArray(sessions)) count += sessions.length;
  }
  return count;
}

/**
 * @tagname tf-studio
 * The feed studio: write a training feed with forms (never JSON), check it as it is typed, preview every widget,
 * and publish the file. Keeps the draft in this browser; undo and redo over the whole session.
 *
 * @attr lang - `fr` (default) or `en`: the studio's own language.
 * @attr now - Fixes today (`2023-09-01`) for the freshness check, in demos and tests.
 * @fires tf-studio-export - A file is exported; `detail` = `{ format, fileName, text }`.
 */
export class TfStudio extends LitElement implements StudioEditor, PreviewHost {
  static override properties: PropertyDeclarations = {
    lang: { type: String, reflect: true },
    now: { type: String },
    feed: { state: true },
    target: { state: true },
    tab: { state: true },
    notice: { state: true },
    pendingImport: { state: true },
    preview: { state: true },
  };

  static override styles = [
    studioStyles,
    css`
      .draft-note.warning { background: #fdf1dc; color: inherit; }
      .draft-alert:empty { display: none; }
    `,
  ];

  declare lang: string;
  declare now: string | undefined;
  declare feed: Feed;
  declare target: Path;
  declare tab: SideTab;
  declare notice: Notice | undefined;
  declare pendingImport: { feed: Feed; what: string } | undefined;
  declare preview: PreviewSettings;
  /** The last valid version of the feed, which the preview shows while the current one has problems. */
  lastValidFeed: Feed | undefined;

  private readonly draft = new DraftController(this);
  private history: History<Feed>;
  private exported: Feed;
  private cachedCheck?: { feed: Feed; today: string; check: FeedCheck };
  /**
   * Above this many sessions, the check waits for a pause in typing: 20,000 take 60–110 ms on a desktop, 2,000
   * about a frame on a phone.
   */
  private checkAfterPauseAbove = 2_000;
  /** The feed as the author is typing it while its check waits for a pause (see `shownCheck`). */
  private typedFeed?: Feed;
  private typingPause?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private lastEdited?: Path;

  constructor() {
    super();
    this.lang = 'fr';
    this.feed = this.draft.restored?.feed ?? emptyFeed();
    this.draft.opened(this.feed);
    this.history = new History(this.feed);
    this.exported = this.feed;
    this.target = [];
    this.tab = 'check';
    this.preview = defaultPreview;
    this.addEventListener('keydown', (event) => this.onShortcut(event));
    this.addEventListener('dragover', (event) => event.preventDefault());
    this.addEventListener('drop', (event) => this.onDrop(event));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Off the page, it says and checks nothing more; put back, it shows its feed's check at once.
    clearTimeout(this.typingPause);
    clearTimeout(this.announceTimer);
    if (this.typedFeed === undefined) return;
    this.typedFeed = undefined;
    this.requestUpdate();
  }

  get language(): StudioLanguage {
    return this.lang?.toLowerCase().startsWith('en') ? 'en' : 'fr';
  }

  get t(): StudioStrings {
    return studioStrings[this.language];
  }

  get today(): string {
    return this.now ?? isoDateOf(new Date());
  }

  get check(): FeedCheck {
    const today = this.today;
    const cached = this.cachedCheck;
    if (cached && cached.feed === this.feed && cached.today === today) return cached.check;
    const check = checkFeed(this.feed, today);
    this.cachedCheck = { feed: this.feed, today, check };
    if (check.result.ok) this.lastValidFeed = check.result.feed;
    return check;
  }

  /**
   * The check the panels show: `check`, except while the author types in a feed whose check is slow, where the last
   * one stays until a pause in typing, so that keys do not lag. What acts on the feed (exports, the field's
   * announcement) reads `check`.
   */
  private get shownCheck(): FeedCheck {
    return this.cachedCheck && this.feed === this.typedFeed ? this.cachedCheck.check : this.check;
  }

  setPreview(change: Partial<PreviewSettings>): void {
    this.preview = { ...this.preview, ...change };
  }

  /** The feed as the studio would export it. */
  exportText(): string {
    return `${JSON.stringify(this.feed, null, 2)}\n`;
  }

  /** Called by the publish panel once a file has been handed over. */
  markExported(format: string, fileName: string, text: string): void {
    // Only the feed itself (JSON) holds all the work: an LHEO or calendar file leaves quizzes and more out, so the
    // draft stays « not exported » and closing the page still warns.
    if (format === 'json') {
      this.exported = this.feed;
      this.draft.save(this.feed, false);
    }
    this.dispatchEvent(new CustomEvent('tf-studio-export', { detail: { format, fileName, text }, bubbles: true, composed: true }));
  }

  // ——— StudioEditor ———

  edit(path: Path, value: unknown, mergeKey?: string): void {
    this.lastEdited = path;
    this.commit(setAt(this.feed, path, value), mergeKey);
    // Typed (merged keys): a slow check waits until the author pauses. Any other change is checked at once.
    if (mergeKey !== undefined && sessionCount(this.feed) > this.checkAfterPauseAbove) {
      this.typedFeed = this.feed;
      clearTimeout(this.typingPause);
      this.typingPause = setTimeout(() => {
        this.typedFeed = undefined;
        this.requestUpdate();
      }, 400);
    }
    this.scheduleFieldAnnouncement();
  }

  async addItem(listPath: Path): Promise<void> {
    const list = (getAt(this.feed, listPath) as unknown[] | undefined) ?? [];
    const itemPath = [...listPath, list.length];
    this.commit(insertAt(this.feed, listPath, list.length, newItem(this.feed, listPath)));
    this.say(this.t.ui.added(this.nameOf(listPath)), false);
    if (listPath.length === 1) this.target = itemPath;
    await this.focusWhenRendered(itemPath, true);
  }

  async listAction(action: 'move-up' | 'move-down' | 'duplicate' | 'remove-item', listPath: Path, index: number): Promise<void> {
    const name = this.nameOf(listPath);
    const topLevel = listPath.length === 1;
    if (action === 'remove-item') {
      this.commit(removeAt(this.feed, listPath, index));
      this.say(this.t.ui.removed(name), true, [...listPath, index]);
      if (topLevel) this.target = [];
      await this.updateComplete;
      if (topLevel) this.querySelectorDeep<HTMLElement>(`#add-${listPath[0]}`)?.focus();
      else this.focusPath([...listPath]);
      return;
    }
    if (action === 'duplicate') {
      const { copy, shiftedWeeks } = duplicateItem(this.feed, [...listPath, index]);
      this.commit(insertAt(this.feed, listPath, index + 1, copy));
      this.say(shiftedWeeks ? this.t.ui.duplicatedSession(shiftedWeeks) : this.t.ui.duplicated(name), false);
      if (topLevel) this.target = [...listPath, index + 1];
      const firstDate = String(listPath.at(-1)) === 'sessions' ? ['dates', 0, 'start'] : [];
      await this.focusWhenRendered([...listPath, index + 1, ...firstDate], firstDate.length === 0);
      return;
    }
    const to = action === 'move-up' ? index - 1 : index + 1;
    this.commit(moveAt(this.feed, listPath, index, to));
    this.say(this.t.ui.moved(name, to + 1), false);
    if (topLevel) this.target = [...listPath, to];
    await this.updateComplete;
    await this.form?.updateComplete;
    // Focus follows the moved item; at either end of the list, onto the move that is still possible.
    const buttons = this.renderRoot.querySelectorAll<HTMLButtonElement>(`button[data-path="${CSS.escape(pathKey(listPath))}"][data-index="${to}"]`);
    const same = [...buttons].find((button) => button.dataset['action'] === action && !button.disabled);
    (same ?? [...buttons].find((button) => button.dataset['action']?.startsWith('move') && !button.disabled))?.focus();
  }

  pickDates(path: Path, range: boolean, opener: HTMLElement): void {
    const value = getAt(this.feed, path);
    const rangeValue = (range ? value : undefined) as { start?: string; end?: string } | undefined;
    void this.calendar?.open({
      range,
      start: range ? rangeValue?.start : typeof value === 'string' ? value : undefined,
      end: rangeValue?.end,
      opener,
      // Days picked in the calendar are days: a « month » or « year » precision would export 20240300 and lose them.
      onPick: (start, end) => {
        const bound = path.at(-1);
        if (!range && (bound === 'start' || bound === 'end')) {
          const parentPath = path.slice(0, -1);
          const parent = getAt(this.feed, parentPath) as Record<string, unknown> | undefined;
          const precisionKey = `${bound}Precision`;
          if (parent && parent[precisionKey] !== undefined && parent[precisionKey] !== 'day') return this.edit(parentPath, { ...parent, [bound]: start, [precisionKey]: 'day' });
        }
        if (!range) return this.edit(path, start);
        const current = (getAt(this.feed, path) ?? {}) as Record<string, unknown>;
        const { end: _previousEnd, ...rest } = current;
        const days = (key: string) => (rest[key] === undefined ? {} : { [key]: 'day' });
        const picked: Record<string, unknown> = { ...rest, start, ...days('startPrecision'), ...(end === undefined ? {} : { end, ...days('endPrecision') }) };
        // Without an end, an end precision would describe nothing.
        if (end === undefined) delete picked['endPrecision'];
        this.edit(path, picked);
      },
    });
  }

  async goTo(path: Path): Promise<void> {
    const top = path[0];
    this.target = (top === 'trainings' || top === 'quizzes' || top === 'programmes') && typeof path[1] === 'number' ? path.slice(0, 2) : [];
    await this.updateComplete;
    await this.form?.updateComplete;
    this.form?.focusPath(path);
  }

  async select(path: Path): Promise<void> {
    this.target = path;
    await this.updateComplete;
    await this.form?.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus();
  }

  /** Says `message` in the notice; `undoable` offers « Annuler » there (an import's own report, for one). */
  announce(message: string, undoable = false): void {
    this.say(message, undoable);
  }

  replaceFeed(feed: Feed, what: string): void {
    if (isEmptyFeed(this.feed)) return this.applyImport(feed, what, 'replace');
    this.pendingImport = { feed, what };
  }

  // ——— internals ———

  private applyImport(feed: Feed, what: string, mode: 'replace' | 'merge'): void {
    this.pendingImport = undefined;
    // Added to the current feed, an id already taken is renamed (`session-1-2`), never a silent replacement.
    this.commit(mode === 'replace' ? feed : mergeFeeds([this.feed, feed], 'rename').feed);
    this.target = [];
    this.say(this.t.ui.imported(what), true);
  }

  private commit(next: Feed, mergeKey?: string): void {
    this.history.commit(next, mergeKey);
    this.feed = this.history.present;
  }

  private undo(): void {
    if (!this.history.canUndo) return;
    this.feed = this.history.undo();
    this.clampTarget();
    this.say(this.t.ui.undone, false);
  }

  private redo(): void {
    if (!this.history.canRedo) return;
    this.feed = this.history.redo();
    this.clampTarget();
    this.say(this.t.ui.redone, false);
  }

  /** After undo or redo the selected training may be gone: fall back to the general information. */
  private clampTarget(): void {
    if (this.target.length > 0 && getAt(this.feed, this.target) === undefined) this.target = [];
  }

  /** The other tab's draft replaces this tab's work; « Annuler » brings this tab's back. */
  private takeOtherTabDraft(): void {
    const feed = this.draft.takeElsewhere();
    if (!feed) return;
    this.commit(feed);
    this.target = [];
    this.say(this.t.ui.otherDraftTaken, true);
  }

  private discardDraft(): void {
    this.commit(emptyFeed());
    // The stored draft is erased, not replaced by the empty feed: a reload starts afresh, « Annuler » still works here.
    this.draft.discard(this.feed);
    this.exported = this.feed;
    this.target = [];
    this.say(this.t.ui.draftDiscarded, true);
  }

  private say(message: string, undoable: boolean, restores?: Path): void {
    this.notice = restores ? { message, undoable, restores } : { message, undoable };
  }

  /** « Annuler » in the notice disappears once used: focus goes to what came back, else to the notice that says so. */
  private async undoFromNotice(): Promise<void> {
    const restores = this.notice?.restores;
    this.undo();
    if (restores && getAt(this.feed, restores) !== undefined) {
      const top = restores.slice(0, 2);
      if (pathKey(this.target) !== pathKey(top)) this.target = top;
      await this.updateComplete;
      await this.form?.updateComplete;
      if (restores.length <= 2) this.renderRoot.querySelector<HTMLElement>('#form-title')?.focus();
      else this.focusPath(restores);
      return;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.notice')?.focus();
  }

  private async goToExport(): Promise<void> {
    this.tab = 'publish';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#tab-publish')?.focus();
  }

  /** The draft set aside, as a file: the author keeps it, or repairs it, outside the studio. */
  private downloadAside(): void {
    const aside = this.draft.aside;
    if (!aside) return;
    const url = URL.createObjectURL(new Blob([aside.text], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'brouillon-mis-de-cote.json';
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private dropAside(): void {
    this.draft.dropAside();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.draft-note button')?.focus());
  }

  private renderDraftNote() {
    const t = this.t.ui;
    const draft = this.draft;
    const restored = draft.restored;
    const locale = this.language === 'fr' ? 'fr-FR' : 'en-GB';
    const time = (iso: string) => new Date(iso).toLocaleString(locale);
    const aside = draft.aside;
    const stale = draft.staleSince;
    return html`<p class="draft-note">
        ${restored ? html`<strong>${restored.savedAt ? t.draftRestored(time(restored.savedAt)) : t.draftRestoredUndated}</strong> ` : nothing}
        ${draft.saveFailed || draft.elsewhere ? nothing : t.draftStatement}
        <button type="button" class="quiet" @click=${() => this.discardDraft()}>${t.discardDraft}</button>
      </p>
      ${stale ? html`<p class="draft-note warning">${t.draftStale(time(stale))}</p>` : nothing}
      ${restored?.futureVersion ? html`<p class="draft-note warning">${t.draftFuture(restored.futureVersion)}</p>` : nothing}
      ${aside
        ? html`<p class="draft-note warning">
            ${aside.notes.length > 0 ? t.draftAsidePartly(aside.notes.join(' ; ')) : t.draftAside} ${aside.stored ? nothing : t.draftAsideNotStored}
            <button type="button" class="quiet" @click=${() => this.downloadAside()}>${t.downloadAside}</button>
            <button type="button" class="quiet" @click=${() => this.dropAside()}>${t.dropAside}</button>
          </p>`
        : nothing}
      <div class="draft-alert" role="alert">
        ${draft.saveFailed
          ? html`<p class="draft-note warning">${t.draftNotSaved} <button type="button" class="quiet" @click=${() => this.goToExport()}>${t.goToExport}</button></p>`
          : nothing}
        ${draft.elsewhere
          ? html`<p class="draft-note warning">
              ${t.draftElsewhere}
              <button type="button" class="quiet" @click=${() => this.draft.keepHere(this.feed, this.feed !== this.exported)}>${t.keepDraftHere}</button>
              <button type="button" class="quiet" @click=${() => this.takeOtherTabDraft()}>${t.takeOtherDraft}</button>
            </p>`
          : nothing}
      </div>`;
  }

  /** After a pause in typing, says the edited field's problem, or that the feed became valid. */
  private scheduleFieldAnnouncement(): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const path = this.lastEdited;
      if (!path) return;
      const key = pathKey(path);
      const problem = this.check.problems.find((p) => p.key === key || p.key.startsWith(`${key}[`));
      const label = fieldLabel(this.t, String(path.at(-1)), path.slice(0, -1).filter((k): k is string => typeof k === 'string').at(-1));
      if (problem) this.say(this.t.ui.fieldError(label, problem.message), false);
      else if (this.check.problems.length === 0) this.say(this.t.ui.announceProblems(0), false);
    }, 700);
  }

  private nameOf(listPath: Path): string {
    const strings = listPath.filter((key): key is string => typeof key === 'string');
    return itemName(this.t, strings.at(-1) ?? '', strings.at(-2));
  }

  private get form(): StudioForm | null {
    return this.renderRoot.querySelector('studio-form');
  }

  private get calendar(): StudioCalendar | null {
    return this.renderRoot.querySelector('studio-calendar');
  }

  private querySelectorDeep<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private async focusWhenRendered(path: Path, firstField: boolean): Promise<void> {
    await this.updateComplete;
    await this.form?.updateComplete;
    if (!firstField) return this.focusPath(path);
    const container = this.renderRoot.querySelector(`[id="${CSS.escape(`i-${pathKey(path)}`)}"]`) ?? (path.length === 2 ? this.form : null);
    const field = container?.querySelector<HTMLElement>('.form-body input, .form-body select, .form-body textarea, input, select, textarea');
    if (field) field.focus();
    else this.focusPath(path);
  }

  private focusPath(path: Path): void {
    this.form?.focusPath(path);
  }

  private onShortcut(event: KeyboardEvent): void {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    // In a dialog (« Ouvrir ou importer… »), Ctrl+Z belongs to its fields: the feed behind it is out of sight.
    if (event.composedPath().some((node) => node instanceof HTMLDialogElement)) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  }

  private onDrop(event: DragEvent): void {
    const file = event.dataTransfer?.files[0];
    if (!file) return;
    event.preventDefault();
    void this.renderRoot.querySelector<StudioOpen>('studio-open')?.openFile(file);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('feed')) this.draft.save(this.feed, this.feed !== this.exported);
    if (changed.has('pendingImport') && this.pendingImport) this.renderRoot.querySelector<HTMLDialogElement>('#confirm-import')?.showModal();
  }

  private onTabKeydown(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0 && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const index = sideTabs.indexOf(this.tab);
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? sideTabs.length - 1 : (index + step + sideTabs.length) % sideTabs.length;
    this.tab = sideTabs[next] ?? 'check';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  override render() {
    const t = this.t.ui;
    const check = this.shownCheck;
    const parts = { editor: this as StudioEditor, feed: this.feed, check, t: this.t };
    const tabLabel: Record<SideTab, string> = { check: t.checkTab(check.problems.length), preview: t.previewTab, publish: t.publishTab };
    return html`<div class="studio" lang=${this.language}>
      <header class="studio-header">
        <div>
          <h1>${t.appTitle}</h1>
          <p class="intro">${t.appIntro}</p>
        </div>
        <div class="toolbar" role="toolbar" aria-label=${t.toolbar}>
          <studio-open .editor=${parts.editor} .feed=${this.feed} .check=${check} .t=${this.t}></studio-open>
          <button type="button" ?disabled=${!this.history.canUndo} @click=${() => this.undo()} aria-keyshortcuts="Control+Z">↶ ${t.undo}</button>
          <button type="button" ?disabled=${!this.history.canRedo} @click=${() => this.redo()} aria-keyshortcuts="Control+Y">↷ ${t.redo}</button>
          <label class="language">${t.language}
            <select @change=${(event: Event) => (this.lang = (event.target as HTMLSelectElement).value)}>
              <option value="fr" ?selected=${this.language === 'fr'} lang="fr">Français</option>
              <option value="en" ?selected=${this.language === 'en'} lang="en">English</option>
            </select>
          </label>
        </div>
      </header>
      <section class="status-bar" aria-label=${t.statusRegion}>
        ${this.renderDraftNote()}
        <div class="notice" role="status" tabindex="-1">
          ${this.notice
            ? html`${this.notice.message}
                ${this.notice.undoable && this.history.canUndo ? html`<button type="button" class="quiet" @click=${() => this.undoFromNotice()}>${t.undo}</button>` : nothing}`
            : nothing}
        </div>
      </section>
      <div class="workspace">
        <studio-nav .editor=${parts.editor} .feed=${this.feed} .check=${check} .t=${this.t} .target=${this.target}></studio-nav>
        <main class="editor-pane" aria-labelledby="form-title">
          <studio-form .editor=${parts.editor} .feed=${this.feed} .check=${check} .t=${this.t} .target=${this.target}></studio-form>
        </main>
        <section class="side-pane" aria-label=${t.sidePanel}>
          <div role="tablist" aria-label=${t.sidePanel} @keydown=${this.onTabKeydown}>
            ${sideTabs.map(
              (tab) => html`<button type="button" role="tab" id=${`tab-${tab}`} aria-controls=${`panel-${tab}`} aria-selected=${this.tab === tab ? 'true' : 'false'}
                tabindex=${this.tab === tab ? '0' : '-1'} @click=${() => (this.tab = tab)}>${tabLabel[tab]}</button>`,
            )}
          </div>
          <div role="tabpanel" id=${`panel-${this.tab}`} aria-labelledby=${`tab-${this.tab}`}>
            ${this.tab === 'check'
              ? html`<studio-check .editor=${parts.editor} .feed=${this.feed} .check=${check} .t=${this.t}></studio-check>`
              : this.tab === 'preview'
                ? html`<studio-preview .editor=${parts.editor} .feed=${this.feed} .check=${check} .t=${this.t} .host=${this as PreviewHost}
                    .settings=${this.preview} .lastValidFeed=${this.lastValidFeed} .today=${this.today}></studio-preview>`
                : html`<studio-publish .editor=${parts.editor} .feed=${this.feed} .check=${check} .t=${this.t} .studio=${this}></studio-publish>`}
          </div>
        </section>
      </div>
      <studio-calendar .t=${this.t} .language=${this.language}></studio-calendar>
      <dialog id="confirm-import" aria-labelledby="confirm-title" @close=${this.onConfirmClosed}>
        <h2 id="confirm-title">${t.replaceTitle}</h2>
        <p>${t.replaceText}</p>
        <div class="actions">
          <button type="button" @click=${() => this.resolveImport('replace')}>${t.replace}</button>
          <button type="button" @click=${() => this.resolveImport('merge')}>${t.merge}</button>
          <button type="button" class="quiet" @click=${() => this.resolveImport('cancel')}>${t.cancel}</button>
        </div>
      </dialog>
    </div>`;
  }

  /** Escape closes the question as « Annuler » does; a late close event of an earlier question changes nothing. */
  private readonly onConfirmClosed = (event: Event) => {
    if (!(event.target as HTMLDialogElement).open) this.pendingImport = undefined;
  };

  private resolveImport(choice: 'replace' | 'merge' | 'cancel'): void {
    const pending = this.pendingImport;
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm-import')?.close();
    if (pending && choice !== 'cancel') this.applyImport(pending.feed, pending.what, choice);
  }
}

customElements.define('tf-studio', TfStudio);

declare global {
  interface HTMLElementTagNameMap {
    'tf-studio': TfStudio;
  }
}
