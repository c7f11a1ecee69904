import type { fr } from './fr.js';

/** The shape every language must fill: the same namespaces, keys and function signatures as French. */
export type Translation = typeof fr;

/** What a partner may override: any namespace, any key (`el.strings = { sessionList: { empty: '…' } }`). */
export type StringOverrides = { [Namespace in keyof Translation]?: Partial<Translation[Namespace]> };

export type Language = 'fr' | 'en';
