import type { NamespaceStrings } from './translation.js';
import { sheetCard as fr } from './fr/sheet-card.js';

/** The `sheetCard` strings in every language. */
export const sheetCardStrings: NamespaceStrings<'sheetCard'> = { fr, en: () => import('./en/sheet-card.js').then((module) => module.sheetCard) };
