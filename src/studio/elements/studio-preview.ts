import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Feed } from '../../model/schema.js';
import { effectiveTarget, previewWidgets, snippetFor, snippetProblem, targetOf, widgetCanShow, type PreviewSettings, type PreviewWidget } from '../model/snippet.js';
import { StudioPart } from './studio-part.js';
import { copyText } from './clipboard.js';

/** What the preview asks of the shell beyond editing: to change the settings it shares with the snippet builder. */
export interface PreviewHost {
  setPreview(change: Partial<PreviewSettings>): void;
}

function widgetTemplate(widget: PreviewWidget, feed: Feed, target: string, settings: PreviewSettings, today: string): TemplateResult {
  const { language: lang, theme } = settings;
  switch (widget) {
    case 'tf-session-list':
      return html`<tf-session-list .feed=${feed} training=${target || nothing} lang=${lang} theme=${theme} now=${today}></tf-session-list>`;
    case 'tf-sheet-card':
      return html`<tf-sheet-card .feed=${feed} training=${target} lang=${lang} theme=${theme} now=${today} qualiopi></tf-sheet-card>`;
    case 'tf-programme':
      return html`<tf-programme .feed=${feed} programme=${target} lang=${lang} theme=${theme} now=${today}></tf-programme>`;
    case 'tf-quiz':
      return html`<tf-quiz .feed=${feed} quiz=${target} lang=${lang} theme=${theme}></tf-quiz>`;
    case 'tf-objectives-checklist':
      return html`<tf-objectives-checklist .feed=${feed} training=${target} lang=${lang} theme=${theme}></tf-objectives-checklist>`;
  }
}

/** Each widget, live, beside the form: at phone or desktop width, light or dark, in French or English. */
export class StudioPreview extends StudioPart {
  static override properties: PropertyDeclarations = {
    ...StudioPart.properties,
    host: { attribute: false },
    settings: { attribute: false },
    lastValidFeed: { attribute: false },
    today: { attribute: false },
  };

  declare host: PreviewHost;
  declare settings: PreviewSettings;
  /** The last valid version of the feed: the widgets show nothing else. */
  declare lastValidFeed: Feed | undefined;
  declare today: string;

  private radios<K extends 'width' | 'theme' | 'language'>(key: K, legend: string, options: [PreviewSettings[K], string][]) {
    const current = this.settings[key];
    return html`<fieldset class="segmented">
      <legend>${legend}</legend>
      ${options.map(
        ([value, label]) => html`<label><input type="radio" name=${`preview-${key}`} .checked=${current === value}
          @change=${() => this.host.setPreview({ [key]: value } as Partial<PreviewSettings>)} /> ${label}</label>`,
      )}
    </fieldset>`;
  }

  override render() {
    const t = this.t.ui;
    const settings = this.settings;
    const feed = this.lastValidFeed;
    const { list } = targetOf[settings.widget];
    const choices = (this.feed[list] as { id: string; title?: string }[]).map((item) => ({ id: item.id, label: item.title || item.id }));
    const target = feed ? effectiveTarget(feed, settings) : '';
    const widgetName = this.t.widgets[settings.widget] ?? settings.widget;
    const showable = feed !== undefined && (target !== '' || targetOf[settings.widget].optional);
    return html`<h2>${t.previewTab}</h2>
      <div class="preview-controls">
        <label>${t.previewWidget}
          <select @change=${(event: Event) => this.host.setPreview({ widget: (event.target as HTMLSelectElement).value as PreviewWidget })}>
            ${previewWidgets.map((widget) => html`<option value=${widget} ?selected=${widget === settings.widget} ?disabled=${widget !== settings.widget && !widgetCanShow(this.feed, widget)}>${this.t.widgets[widget]}</option>`)}
          </select>
        </label>
        <label>${t.previewTarget}
          <select @change=${(event: Event) => this.host.setPreview({ target: (event.target as HTMLSelectElement).value })}>
            ${targetOf[settings.widget].optional ? html`<option value="" ?selected=${target === ''}>${t.none}</option>` : nothing}
            ${choices.map((choice) => html`<option value=${choice.id} ?selected=${choice.id === target}>${choice.label}</option>`)}
          </select>
        </label>
        ${this.radios('width', t.previewWidth, [['phone', t.phone], ['desktop', t.desktop]])}
        ${this.radios('theme', t.previewTheme, [['light', t.light], ['dark', t.dark]])}
        ${this.radios('language', t.previewLanguage, [['fr', 'Français'], ['en', 'English']])}
      </div>
      ${this.check.result.ok ? nothing : html`<p class="warning">${t.previewStale}</p>`}
      <section class=${`preview-frame ${settings.width} ${settings.theme}`} aria-label=${t.previewRegion(widgetName)}>
        ${showable && feed ? widgetTemplate(settings.widget, feed, target, settings, this.today) : html`<p>${t.previewEmpty}</p>`}
      </section>
      ${this.renderSnippet(settings)}`;
  }

  /** The snippet builder: the previewed element as the HTML to paste, with the feed's published address. */
  private renderSnippet(settings: PreviewSettings) {
    const t = this.t.ui;
    const snippet = snippetFor(this.feed, settings);
    const problem = snippetProblem(this.feed, settings);
    return html`<h2>${t.snippetTitle}</h2>
      <p class="hint">${t.snippetHelp}</p>
      <div class="field">
        <label for="snippet-url">${t.feedUrl}</label>
        <input id="snippet-url" type="url" .value=${settings.feedUrl} aria-invalid=${problem === 'unsafe-url' ? 'true' : 'false'} aria-describedby=${problem ? 'snippet-problem' : nothing}
          @input=${(event: Event) => this.host.setPreview({ feedUrl: (event.target as HTMLInputElement).value })} />
      </div>
      ${problem ? html`<p id="snippet-problem" class="warning">${problem === 'unsafe-url' ? t.snippetUnsafeUrl : t.snippetNoTarget(this.t.widgets[settings.widget] ?? settings.widget)}</p>` : nothing}
      <div class="field">
        <label for="snippet-code">${t.snippet}</label>
        <textarea id="snippet-code" class="code" readonly rows="6" .value=${snippet}></textarea>
      </div>
      <button type="button" ?disabled=${!snippet} @click=${() => copyText(snippet, (message) => this.editor.announce(message), t)}>${t.copySnippet}</button>`;
  }
}

customElements.define('studio-preview', StudioPreview);
