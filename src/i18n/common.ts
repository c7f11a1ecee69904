import type { NamespaceStrings } from './translation.js';
import { common as fr } from './fr/common.js';

/** The `common` strings in every language: feed states, dates, statuses, modes; every element loads them. */
export const commonStrings: NamespaceStrings<'common'> = { fr, en: () => import('./en/common.js').then((module) => module.common) };
