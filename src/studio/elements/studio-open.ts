import { html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { mergeFeeds } from '../../model/merge-feeds.js';
import { emptyFeed, newItem } from '../model/create.js';
import { importSource, isEmptyFeed, type ImportFailure, type ImportNotes, type ImportSource } from '../model/import.js';
import { setAt } from '../model/paths.js';
import type { Feed } from '../../model/schema.js';
import { StudioPart } from './studio-part.js';

/** A first training with its first session, to fill in. */
function starterFeed(): Feed {
  let feed = emptyFeed();
  feed = setAt(feed, ['trainings', 0], newItem(feed, ['trainings']));
  return setAt(feed, ['trainings', 0, 'sessions', 0], newItem(feed, ['trainings', 0, 'sessions']));
}

/**
 * « Ouvrir ou importer… »: a file (picker or drag and drop), an address, pasted text, or a template. What is
 * opened goes to the shell, which asks before replacing a feed being written.
 */
export class StudioOpen extends StudioPart {
  static override properties: PropertyDeclarations = { ...StudioPart.properties, notes: { state: true }, error: { state: true } };

  /** What the last conversion could not carry over, or changed: said in the studio's language. */
  declare notes: ImportNotes | undefined;
  declare error: string | undefined;

  private get dialog(): HTMLDialogElement | null {
    return this.querySelector('dialog');
  }

  private failureText(failure: ImportFailure): string {
    const t = this.t.ui;
    switch (failure.code) {
      case 'unknown':
        return t.unknownFormat;
      case 'json':
        return t.unreadableJson(failure.detail(this.language).join(' '));
      case 'not-feed':
        return t.notAFeed;
      case 'not-yet':
        return t.formatNotYet(failure.format.toUpperCase());
      case 'converter':
        return failure.detail(this.language).join(' ');
      case 'binary':
        return t.binaryFile;
      case 'nothing':
        return t.nothingImported(failure.format.toUpperCase(), failure.detail(this.language).join(' '));
    }
  }

  private get language(): 'fr' | 'en' {
    return this.t.lang === 'en' ? 'en' : 'fr';
  }

  /** An import handed to the shell, whose notes show once it is applied (the shell may ask first; « Annuler » drops it). */
  private pending: { feed: Feed; what: string; notes: ImportNotes } | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const pending = this.pending;
    if (!pending || !changed.has('feed')) return;
    this.pending = undefined;
    this.notes = pending.notes;
    const before = changed.get('feed') as Feed | undefined;
    // A feed opened as is may hold lists of anything (the check panel lists them): no report then, never a crash.
    try {
      if (before && !isEmptyFeed(before)) this.reportMerge(before, pending);
    } catch (error) {
      console.error('[studio] Bilan de l’ajout impossible :', error);
    }
  }

  /** Added to a feed: what was added, what was already there, which ids were renamed (snippets name ids). */
  private reportMerge(before: Feed, pending: { feed: Feed; what: string }): void {
    const merged = mergeFeeds([before, pending.feed], 'rename');
    if (JSON.stringify(merged.feed) !== JSON.stringify(this.feed)) return; // replaced, not added
    const t = this.t.ui;
    const kindOf = { trainings: 'training', quizzes: 'quiz', programmes: 'programme' } as const;
    const count = (key: keyof typeof kindOf, n: number) => `${n} ${t.importCounts[key][n > 1 ? 1 : 0]}`;
    const added: string[] = [];
    const same: string[] = [];
    for (const key of Object.keys(kindOf) as (keyof typeof kindOf)[]) {
      const kept = merged.collisions.filter((collision) => collision.kind === kindOf[key] && collision.resolution === 'same').length;
      const total = pending.feed[key].length;
      if (total - kept > 0) added.push(count(key, total - kept));
      if (kept > 0) same.push(count(key, kept));
    }
    const renamed = merged.collisions
      .filter((collision) => collision.resolution === 'renamed' && collision.renamedTo)
      .map((collision) => t.importRenamed(t.importKinds[collision.kind], collision.id, collision.renamedTo!));
    const parts = [added.length > 0 ? t.importAdded(added.join(', ')) : t.importNothingAdded, same.length > 0 ? t.importAlreadyThere(same.join(', ')) : '', ...renamed];
    this.editor.announce([t.imported(pending.what), ...parts].filter(Boolean).join(' '), true);
  }

  /**
   * The shell's question closed: an import not applied by then was cancelled, and shows no notes. A late close event
   * of an earlier question (the next one already open) changes nothing.
   */
  private readonly onQuestionClosed = (event: Event) => {
    const dialog = event.target as HTMLDialogElement;
    if (dialog.id === 'confirm-import' && !dialog.open) this.pending = undefined;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    this.getRootNode().addEventListener('close', this.onQuestionClosed, true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.getRootNode().removeEventListener('close', this.onQuestionClosed, true);
  }

  /** Opens text or a file's bytes; returns whether it could be read. */
  async open(source: ImportSource, what: string, fileName = what): Promise<boolean> {
    const result = await importSource(source, fileName);
    // The notes shown are the last import's only: none after a failure.
    this.notes = undefined;
    this.pending = undefined;
    if (!result.ok) {
      this.error = this.t.ui.importFailed(this.failureText(result.failure));
      this.editor.announce(this.error);
      return false;
    }
    this.error = undefined;
    this.dialog?.close();
    this.pending = { feed: result.feed, what, notes: result.notes };
    this.editor.replaceFeed(result.feed, what);
    return true;
  }

  /** The file's bytes, not its text: LHEO and CSV files say or imply their own encoding. */
  async openFile(file: File): Promise<boolean> {
    return await this.open(await file.arrayBuffer(), file.name);
  }

  private async openUrl(): Promise<void> {
    const input = this.querySelector<HTMLInputElement>('#open-url');
    const address = input?.value.trim();
    if (!address) return;
    try {
      const response = await fetch(address, { headers: { accept: 'application/json, application/xml, text/csv, text/plain' } });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await this.open(await response.arrayBuffer(), address);
    } catch (error) {
      this.error = this.t.ui.importFailed(this.t.ui.fetchFailed(error instanceof Error ? error.message : String(error)));
      this.editor.announce(this.error);
    }
  }

  private useTemplate(feed: Feed, what: string): void {
    this.dialog?.close();
    this.notes = undefined;
    this.pending = undefined;
    this.editor.replaceFeed(feed, what);
  }

  override render() {
    const t = this.t.ui;
    const notes = this.notes?.(this.language) ?? [];
    return html`<button type="button" id="open-button" @click=${() => ((this.error = undefined), this.dialog?.showModal())}>${t.open}</button>
      ${notes.length > 0
        ? html`<details class="import-notes"><summary>${t.importReport(notes.length)}</summary><ul>${notes.map((note) => html`<li>${note}</li>`)}</ul></details>`
        : nothing}
      <dialog class="open-dialog" aria-labelledby="open-title">
        <h2 id="open-title">${t.openTitle}</h2>
        ${this.error ? html`<p class="field-error" role="alert">${this.error}</p>` : nothing}
        <h3>${t.templates}</h3>
        <div class="actions">
          <button type="button" @click=${() => this.useTemplate(emptyFeed(), t.emptyTemplate)}>${t.emptyTemplate}</button>
          <button type="button" @click=${() => this.useTemplate(starterFeed(), t.starterTemplate)}>${t.starterTemplate}</button>
        </div>
        <div class="field drop-zone" @dragover=${(event: DragEvent) => event.preventDefault()}>
          <label for="open-file">${t.openFile}</label>
          <input id="open-file" type="file" accept=".json,.xml,.csv,.txt,.gift,.h5p,application/json,text/xml,text/csv"
            @change=${(event: Event) => {
              const input = event.target as HTMLInputElement;
              const file = input.files?.[0];
              // Emptied at once, so that the same file chosen again (fixed after an error) is read again.
              input.value = '';
              if (file) void this.openFile(file);
            }} />
          <span class="hint">${t.dropHere}</span>
        </div>
        <div class="field">
          <label for="open-url">${t.openUrl}</label>
          <div class="control-row">
            <input id="open-url" type="url" placeholder="https://…" @keydown=${(event: KeyboardEvent) => event.key === 'Enter' && this.openUrl()} />
            <button type="button" @click=${() => this.openUrl()}>${t.load}</button>
          </div>
        </div>
        <div class="field">
          <label for="open-paste">${t.paste}</label>
          <textarea id="open-paste" rows="6" class="code"></textarea>
          <button type="button" @click=${() => this.open(this.querySelector<HTMLTextAreaElement>('#open-paste')?.value ?? '', t.paste, '')}>${t.importText}</button>
        </div>
        <button type="button" class="quiet" @click=${() => this.dialog?.close()}>${t.cancel}</button>
      </dialog>`;
  }
}

customElements.define('studio-open', StudioOpen);
