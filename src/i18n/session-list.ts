import type { NamespaceStrings } from './translation.js';
import { sessionList as fr } from './fr/session-list.js';

/** The `sessionList` strings in every language. */
export const sessionListStrings: NamespaceStrings<'sessionList'> = { fr, en: () => import('./en/session-list.js').then((module) => module.sessionList) };
