import type { fr } from './fr.js';

/** The shape every language must fill: the same namespaces, keys and function signatures as French. */
export type Translation = typeof fr;

/** `common`, then one namespace per element (`sessionList`, `quiz`…). */
export type Namespace = keyof Translation;

/** What a partner may override: any namespace, any key (`el.strings = { sessionList: { empty: '…' } }`). */
export type StringOverrides = { [N in Namespace]?: Partial<Translation[N]> };

export type Language = 'fr' | 'en';

/**
 * Strings in every language: French built in, the others loaded on the first page that speaks them, so that
 * French pages never pay for them.
 */
export interface LanguageBundle<T> {
  fr: T;
  en: () => Promise<T>;
}

/** One namespace in every language: what an element imports, alone, to speak. */
export type NamespaceStrings<N extends Namespace> = LanguageBundle<Translation[N]>;

/** The strings of the namespaces an element speaks, in one language. */
export type Strings<N extends Namespace> = { [K in N]: Translation[K] };
