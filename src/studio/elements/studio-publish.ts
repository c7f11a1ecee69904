import { html, nothing, type PropertyDeclarations } from 'lit';
import { StudioPart } from './studio-part.js';
import { copyText } from './clipboard.js';
import { exporters, type Exporter, type ExportFormat, type ExportOutcome } from '../model/export.js';
import type { FeedCheck } from '../model/checks.js';

/** What the publish panel needs of the shell: the feed's text, and to know that it was exported. */
export interface PublishHost {
  /** The check of the feed as it is now (the panel's may be the last one while the author types in a big feed). */
  readonly check: FeedCheck;
  exportText(): string;
  markExported(format: string, fileName: string, text: string): void;
}

/** Hands a file to the browser's downloads. */
function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Publish: the feed as a JSON file or on the clipboard, and the other formats the model can write. */
export class StudioPublish extends StudioPart {
  static override properties: PropertyDeclarations = { ...StudioPart.properties, studio: { attribute: false }, placeholders: { state: true } };

  declare studio: PublishHost;
  /** The LHEO fields the last LHEO export filled with placeholders, one line each. */
  declare placeholders: string[] | undefined;

  private save(format: ExportFormat | 'json'): void {
    const exporter: Exporter = format === 'json' ? { fileName: 'formations.json', type: 'application/json', write: () => ({ text: this.studio.exportText() }) } : exporters[format];
    if (!exporter) return;
    const { result } = this.studio.check;
    // The other formats' buttons are off while the feed has problems; a key typed just before the click counts too.
    if (format !== 'json' && !result.ok) return this.editor.announce(this.t.ui.publishInvalid);
    const feed = result.ok ? result.feed : this.feed;
    // LHEO holds trainings only: a feed of quizzes or frameworks alone has nothing to write.
    if (format === 'lheo' && feed.trainings.length === 0) return this.editor.announce(this.t.ui.lheoNeedsTraining);
    let outcome: ExportOutcome;
    try {
      outcome = exporter.write(feed);
    } catch (error) {
      // LHEO holds no feed without a training, for instance: said, never a broken file.
      console.error('[studio] Export impossible :', error);
      this.editor.announce(this.t.ui.exportFailed(format.toUpperCase(), error instanceof Error ? error.message : String(error)));
      return;
    }
    const t = this.t.ui;
    // A calendar without one event is no file to hand over: said instead.
    if (outcome.empty) return this.editor.announce(t.calendarEmpty(exporter.fileName));
    const { text, leftOut } = outcome;
    download(exporter.fileName, text, exporter.type);
    this.studio.markExported(format, exporter.fileName, text);
    if (outcome.placeholders) this.placeholders = outcome.placeholders(this.t.lang === 'en' ? 'en' : 'fr');
    const said = [
      t.downloaded(exporter.fileName),
      leftOut && leftOut.sessions + leftOut.periods > 0 ? t.calendarLeftOut(leftOut.sessions, leftOut.periods) : '',
      this.placeholders && outcome.placeholders && this.placeholders.length > 0 ? t.lheoPlaceholders(this.placeholders.length) : '',
    ];
    this.editor.announce(said.filter(Boolean).join(' '));
  }

  override render() {
    const t = this.t.ui;
    const formats = Object.keys(exporters) as ExportFormat[];
    return html`<h2>${t.publishTab}</h2>
      ${this.check.result.ok ? nothing : html`<p class="warning">${t.publishInvalid}</p>`}
      <div class="actions">
        <button type="button" id="download-json" @click=${() => this.save('json')}>${t.downloadJson}</button>
        <button type="button" @click=${() => copyText(this.studio.exportText(), (message) => this.editor.announce(message), t)}>${t.copyJson}</button>
        ${formats.map((format) => html`<button type="button" id=${`download-${format}`} ?disabled=${!this.check.result.ok} @click=${() => this.save(format)}>${t.downloadAs(format.toUpperCase())}</button>`)}
      </div>
      ${this.placeholders && this.placeholders.length > 0
        ? html`<details class="lheo-placeholders"><summary>${t.lheoPlaceholders(this.placeholders.length)}</summary><ul>${this.placeholders.map((line) => html`<li>${line}</li>`)}</ul></details>`
        : nothing}`;
  }
}

customElements.define('studio-publish', StudioPublish);
