/**
 * Test-only helpers of <tf-quiz>, shared by its test files: finding and using its controls by their visible text, and
 * reading its score tables.
 */
import { settle, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';
import type { Feed } from '../../model/schema.js';

export const root = (el: Element) => shadowOf(el);

/** The button whose text is `text`. */
export function button(el: Element, text: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => textOf(b) === text);
  if (!found) throw new Error(`No button « ${text} » in: ${textOf(root(el))}`);
  return found;
}

export async function click(el: Element, text: string): Promise<void> {
  button(el, text).click();
  await settle(el);
}

/** The input whose label's text is `label`. */
export function input(el: Element, label: string): HTMLInputElement {
  const control = [...root(el).querySelectorAll<HTMLLabelElement>('label')].find((l) => textOf(l.querySelector('span')) === label)?.querySelector('input');
  if (!control) throw new Error(`No input labelled « ${label} » in: ${textOf(root(el))}`);
  return control;
}

export async function pick(el: Element, label: string): Promise<void> {
  input(el, label).click();
  await settle(el);
}

/** The rows of a score table: its disclosure opened first, as the tables are rendered only while it is open. */
export async function tableRows(el: Element, caption: string): Promise<string[][]> {
  const details = root(el).querySelector<HTMLDetailsElement>('details.table-details');
  if (details && !details.open) {
    details.open = true;
    await waitUntil(() => details.querySelector('table') !== null, 'the tables rendered once open');
  }
  const table = [...root(el).querySelectorAll('table')].find((t) => textOf(t.caption) === caption);
  if (!table) throw new Error(`No table « ${caption} »`);
  return [...table.tBodies[0]!.rows].map((row) => [...row.cells].map((cell) => textOf(cell).replace(/\u202f|\u00a0/g, ' ')));
}

/** A two-item quiz (true/false, text) for the tests of the items loaded on demand. */
export const twoItemQuiz: Feed = {
  version: 1,
  trainings: [],
  programmes: [],
  quizzes: [
    {
      id: 'items-on-demand',
      title: 'Items à la demande',
      items: [
        { id: 'vf', type: 'true-false', prompt: 'L’aller vers attend la demande.', answer: false },
        { id: 'texte', type: 'text', prompt: 'Votre pratique en quelques mots.' },
      ],
    },
  ],
};

/** Whether the page fetched the items' module (src/…/quiz-item.ts, or dist/chunks/quiz-item-….js in the loader build). */
export const itemsFetched = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('quiz-item'));
