import type { NamespaceStrings } from './translation.js';
import { sheetDetails as fr } from './fr/sheet-details.js';

/**
 * The `sheetDetails` strings in every language. Imported only by the sheet's certification, funding and results
 * sections, which load with the first training that publishes one of them: French included, they cost nothing to
 * the sheets that do not.
 */
export const sheetDetailsStrings: NamespaceStrings<'sheetDetails'> = { fr, en: () => import('./en/sheet-details.js').then((module) => module.sheetDetails) };
