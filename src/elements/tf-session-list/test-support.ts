/**
 * Test-only helpers of <tf-session-list>: mounting with attributes, reading entries, and feeds made for the tests.
 */
import type { Feed, Training, TrainingSession } from '../../model/schema.js';
import { settle, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';
import './define.js';
import type { TfSessionList } from './tf-session-list.js';

export type Attributes = Record<string, string | boolean | undefined>;

/** A `<tf-session-list>` with `attributes`, fed `feed` (property) when given, appended to the body and rendered. */
export async function mount(attributes: Attributes, feed?: unknown, parent: Element = document.body): Promise<TfSessionList> {
  const element = document.createElement('tf-session-list');
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) element.setAttribute(name, '');
    else if (typeof value === 'string') element.setAttribute(name, value);
  }
  if (feed !== undefined) element.feed = feed;
  parent.append(element);
  await settle(element);
  return element;
}

export function root(element: TfSessionList): ShadowRoot {
  return shadowOf(element);
}

export function sessionItems(element: TfSessionList): HTMLLIElement[] {
  return [...root(element).querySelectorAll<HTMLLIElement>('li.session')];
}

/** The entry whose subtitle (training body · group) contains `text`. */
export function sessionItem(element: TfSessionList, text: string): HTMLLIElement {
  const item = sessionItems(element).find((li) => textOf(li.querySelector('.session__subtitle')).includes(text));
  if (!item) throw new Error(`No session entry for "${text}" in: ${sessionItems(element).map((li) => textOf(li.querySelector('.session__subtitle'))).join(' | ')}`);
  return item;
}

/**
 * The .ics file of an entry, as a visitor gets it: the link makes the file on its first click (then downloads it),
 * so it is clicked, and the file read from the link once it holds it.
 */
export async function calendarFileOf(item: HTMLElement): Promise<string> {
  const link = item.querySelector<HTMLAnchorElement>('a[part="calendar"]')!;
  if (!link.href.startsWith('data:')) {
    link.click();
    await waitUntil(() => link.href.startsWith('data:'), 'the calendar file in the link');
  }
  return (await fetch(link.href)).text();
}

export function countText(element: TfSessionList): string {
  return textOf(root(element).querySelector('.count'));
}

export function control<T extends HTMLElement>(element: TfSessionList, selector: string): T {
  const found = root(element).querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector}`);
  return found;
}

/** Opens « Filtres », as a visitor would: the folded filters are rendered only while shown. */
export async function openFilters(element: TfSessionList): Promise<void> {
  const toggle = root(element).querySelector<HTMLButtonElement>('.filters__toggle');
  if (toggle?.getAttribute('aria-expanded') !== 'false') return;
  toggle.click();
  await settle(element);
}

/** Sets a select's or input's value and fires the event a visitor's change would (opening « Filtres » first if needed). */
export async function choose(element: TfSessionList, selector: string, value: string): Promise<void> {
  if (!root(element).querySelector(selector)) await openFilters(element);
  const field = control<HTMLInputElement | HTMLSelectElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event(field instanceof HTMLSelectElement || field.type === 'month' ? 'change' : 'input', { bubbles: true, composed: true }));
  await settle(element);
}

export function session(id: string, dates: TrainingSession['dates'], extra: Partial<TrainingSession> = {}): TrainingSession {
  return { id, mode: 'in-person', dates, ...extra };
}

export function training(id: string, title: string, sessions: TrainingSession[], extra: Partial<Training> = {}): Training {
  return { id, title, provider: { name: 'Organisme de test', region: 'Grand Est' }, sessions, ...extra };
}

export function feedOf(...trainings: Training[]): Feed {
  return { version: 1, trainings, quizzes: [], programmes: [] };
}

const regions = ['Grand Est', 'Hauts-de-France', 'Bourgogne-Franche-Comté', 'Occitanie', 'Bretagne', 'Normandie', 'Île-de-France', 'Auvergne-Rhône-Alpes'];
const cities = ['Metz', 'Lille', 'Besançon', 'Toulouse', 'Rennes', 'Caen', 'Paris', 'Lyon', 'Nancy', 'Amiens', 'Dijon', 'Montpellier'];
const topics = ['Aller vers les publics', 'Travailler en équipe', 'Accueil et écoute', 'Prévention des risques', 'Éthique professionnelle'];

/** A national catalogue: `trainings` × `perTraining` sessions over three years, in every region. */
export function bigFeed(trainings = 1000, perTraining = 10): Feed {
  const list: Training[] = [];
  for (let t = 0; t < trainings; t += 1) {
    const sessions: TrainingSession[] = [];
    for (let s = 0; s < perTraining; s += 1) {
      const n = t * perTraining + s;
      const month = (n % 36) + 1;
      const year = 2023 + Math.floor((month - 1) / 12);
      const mm = String(((month - 1) % 12) + 1).padStart(2, '0');
      const day = String((n % 27) + 1).padStart(2, '0');
      const nextDay = String((n % 27) + 2).padStart(2, '0');
      sessions.push({
        id: `s-${n}`,
        label: `Groupe ${s + 1}`,
        mode: n % 5 === 0 ? 'remote' : n % 7 === 0 ? 'blended' : 'in-person',
        place: { city: cities[n % cities.length], region: regions[n % regions.length] },
        dates: [{ start: `${year}-${mm}-${day}`, end: `${year}-${mm}-${nextDay}` }],
        seats: n % 3 === 0 ? { total: 12, remaining: n % 13 } : undefined,
      } as TrainingSession);
    }
    list.push({
      id: `t-${t}`,
      title: `${topics[t % topics.length]} – parcours ${t}`,
      provider: { name: `Organisme ${t % 40}`, region: regions[t % regions.length] },
      sessions,
    });
  }
  return feedOf(...list);
}

export { textOf };
