import { LitElement, type PropertyDeclarations } from 'lit';
import type { Language, StringOverrides, Translation } from '../i18n/translation.js';
import { loadTranslation, onLanguageChange, resolveLanguage, translationFor } from './localize.js';

/** Reads a JSON attribute without ever throwing: a typo in a webmaster's page logs, it does not break the widget. */
export const jsonAttributeConverter = {
  fromAttribute(value: string | null): unknown {
    if (value === null || value.trim() === '') return undefined;
    try {
      return JSON.parse(value);
    } catch (error) {
      console.error('[training-feed-widgets] Attribut JSON illisible, ignoré :', value, error);
      return undefined;
    }
  },
};

/**
 * What every element of the library shares: the reader's language (from `lang`, watched), partner overrides of
 * any label, the forced colour scheme, and events that cross shadow roots.
 */
export class TfElement extends LitElement {
  static override properties: PropertyDeclarations = {
    strings: { attribute: 'strings', converter: jsonAttributeConverter },
    theme: { type: String, reflect: true },
  };

  /**
   * Overrides of any interface label, by namespace: `{ "sessionList": { "empty": "…" } }`. As a property, or as a
   * JSON `strings` attribute.
   */
  declare strings: StringOverrides | undefined;

  /** Light unless asked: `dark` forces dark, `auto` follows the reader's `prefers-color-scheme` (docs/adr/0007). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;

  private stopWatchingLanguage?: () => void;
  private cachedTranslation?: { language: Language; strings: StringOverrides | undefined; translation: Translation };

  /** The language the widget speaks now. */
  get language(): Language {
    return resolveLanguage(this);
  }

  /** The strings of the current language, with the partner's overrides. */
  protected get t(): Translation {
    const language = this.language;
    const cached = this.cachedTranslation;
    if (cached && cached.language === language && cached.strings === this.strings) return cached.translation;
    const translation = translationFor(language, this.strings);
    // French stands in while another language loads: not worth keeping.
    if (!loadTranslation(language)) this.cachedTranslation = { language, strings: this.strings, translation };
    return translation;
  }

  /** Renders only once the strings of the reader's language are there: no flash of French on an English page. */
  protected override async scheduleUpdate(): Promise<void> {
    await loadTranslation(this.language);
    super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved elsewhere in the page: the new place may speak another language.
    if (this.hasUpdated) this.requestUpdate();
    let language = this.language;
    this.stopWatchingLanguage = onLanguageChange(() => {
      if (this.language !== language) {
        language = this.language;
        this.requestUpdate();
      }
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopWatchingLanguage?.();
  }

  /** Dispatches a `tf-…` event that bubbles out of the shadow root to the host page. */
  protected emit<Detail>(name: `tf-${string}`, detail: Detail, options: { cancelable?: boolean } = {}): boolean {
    return this.dispatchEvent(new CustomEvent<Detail>(name, { detail, bubbles: true, composed: true, cancelable: options.cancelable ?? false }));
  }
}
