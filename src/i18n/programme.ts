import type { NamespaceStrings } from './translation.js';
import { programme as fr } from './fr/programme.js';

/** The `programme` strings in every language. */
export const programmeStrings: NamespaceStrings<'programme'> = { fr, en: () => import('./en/programme.js').then((module) => module.programme) };
