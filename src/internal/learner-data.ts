/**
 * What `<tf-quiz>` and `<tf-objectives-checklist>` share about the learner's own data: reading device records
 * kindly, showing scores, and handing the learner a copy of their data as a file.
 */
import type { Language } from '../i18n/translation.js';
import { localeTag } from './localize.js';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Accepts any parsed JSON: the caller sorts what is still usable from what is not (older or damaged records). */
export const anyJson = (value: unknown): value is unknown => value !== undefined;

/** Tells the webmaster, in the console, what the device's storage refused (the learner gets a notice). */
export function logStorageProblem(tag: string, keys: string, problem: 'corrupt' | 'unavailable' | 'quota' | 'erase'): void {
  console[problem === 'erase' ? 'error' : 'warn'](
    `[training-feed-widgets] <${tag}> « training-feed-widgets:${keys} » : ${
      { corrupt: 'illisible en partie ou en totalité, seules ses parties valides sont reprises', unavailable: 'stockage inaccessible', quota: 'stockage plein', erase: 'effacement refusé par le navigateur' }[problem]
    }.`,
  );
}

/** A score from 0 to 100 as the reader's language writes a percentage ("42 %", "42%"). */
export function formatPercent(score: number, language: Language): string {
  return new Intl.NumberFormat(localeTag(language), { style: 'percent', maximumFractionDigits: 0 }).format(score / 100);
}

/** Downloads `data` as a JSON file: nothing leaves the device, the learner gets their own copy. */
export function downloadJson(data: unknown, fileName: string): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the blob once the click is handled: let it go on the next tick.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
