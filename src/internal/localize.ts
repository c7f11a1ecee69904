import { fr } from '../i18n/fr.js';
import type { Language, StringOverrides, Translation } from '../i18n/translation.js';

/** French is built in; other languages load on the first page that speaks them, so French pages never pay for them. */
const loaders: Record<Exclude<Language, 'fr'>, () => Promise<Translation>> = {
  en: () => import('../i18n/en.js').then((module) => module.en),
};
const translations: Partial<Record<Language, Translation>> = { fr };
const loading = new Map<Language, Promise<void>>();
const supportedLanguages = new Set<string>(['fr', ...Object.keys(loaders)]);

/**
 * Resolves when the strings of `language` are ready (at once for French). A language that fails to load (a file
 * missing from a copied dist/) falls back to French, with the reason in the console.
 */
export function loadTranslation(language: Language): Promise<void> | undefined {
  if (translations[language]) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language as Exclude<Language, 'fr'>]()
      .then((translation) => {
        translations[language] = translation;
      })
      .catch((error: unknown) => {
        console.error(`[training-feed-widgets] textes « ${language} » introuvables, affichage en français :`, error);
        translations[language] = fr;
      });
    loading.set(language, pending);
  }
  return pending;
}

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
  return supportedLanguages.has(primary) ? (primary as Language) : 'fr';
}

/** The strings for `language` (French until they have loaded: see `loadTranslation`), with the partner's overrides on top. */
export function translationFor(language: Language, overrides?: StringOverrides): Translation {
  const base = translations[language] ?? fr;
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
