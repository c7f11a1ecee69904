import type { NamespaceStrings } from './translation.js';
import { checklist as fr } from './fr/objectives-checklist.js';

/** The `checklist` strings in every language. */
export const checklistStrings: NamespaceStrings<'checklist'> = { fr, en: () => import('./en/objectives-checklist.js').then((module) => module.checklist) };
