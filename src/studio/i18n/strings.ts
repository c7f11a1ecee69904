import { en } from './en.js';
import { fr, type StudioStrings } from './fr.js';

export type StudioLanguage = 'fr' | 'en';
export type { StudioStrings };

export const studioStrings: Record<StudioLanguage, StudioStrings> = { fr, en };

/** The label of the field `key` inside the list or object `parentKey`: `sessions.label` before `label`. */
export function fieldLabel(strings: StudioStrings, key: string, parentKey: string | undefined): string {
  return (parentKey !== undefined ? strings.fields[`${parentKey}.${key}`] : undefined) ?? strings.fields[key] ?? humanise(key);
}

/** The name of one item of the list `listKey` (`sessions` → « Session »). */
export function itemName(strings: StudioStrings, listKey: string, parentKey?: string): string {
  return (parentKey !== undefined ? strings.items[`${parentKey}.${listKey}`] : undefined) ?? strings.items[listKey] ?? humanise(listKey);
}

export const valueName = (strings: StudioStrings, value: string): string => strings.values[value] ?? value;

/** `registrationDeadline` → « Registration deadline »: fields added to the schema later still read well. */
function humanise(key: string): string {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
