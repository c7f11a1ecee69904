import { en } from '../i18n/en.js';
import { fr } from '../i18n/fr.js';
import type { Language, StringOverrides, Translation } from '../i18n/translation.js';

const translations: Record<Language, Translation> = { fr, en };

/** The `lang` of the element, else of its closest ancestor (across shadow roots), else French. */
export function resolveLanguage(element: Element): Language {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return toSupportedLanguage(lang);
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'fr';
}

function toSupportedLanguage(lang: string): Language {
  const primary = lang.trim().toLowerCase().split('-')[0] ?? '';
  return primary in translations ? (primary as Language) : 'fr';
}

/** The strings for `language`, with the partner's overrides on top. */
export function translationFor(language: Language, overrides?: StringOverrides): Translation {
  const base = translations[language];
  if (!overrides) return base;
  const merged = { ...base } as Record<string, unknown>;
  for (const [namespace, strings] of Object.entries(overrides)) {
    if (namespace in base && strings && typeof strings === 'object') {
      merged[namespace] = { ...(base as Record<string, object>)[namespace], ...strings };
    }
  }
  return merged as Translation;
}

/** BCP 47 tag for `Intl`. */
export function localeTag(language: Language): string {
  return language === 'fr' ? 'fr-FR' : 'en-GB';
}

type LanguageListener = () => void;
const listeners = new Set<LanguageListener>();
let observer: MutationObserver | undefined;

/**
 * Calls `listener` whenever a `lang` attribute changes anywhere in the document. One observer serves every widget.
 * Returns the function that stops listening.
 */
export function onLanguageChange(listener: LanguageListener): () => void {
  listeners.add(listener);
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}
