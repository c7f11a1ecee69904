/**
 * Shared by the studio's browser tests: a fresh studio, keyboard-only travel, and reading what it exports.
 */
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { settle, waitUntil } from '../../test/helpers.js';
import { deepActiveElement } from '../../test/widgets.js';
import { draftKey } from './controllers/draft.js';
import type { TfStudio } from './elements/tf-studio.js';
import './studio.js';

/** The day the studio's tests live on: the freshness check and the widgets' statuses depend on it. */
export const testToday = '2023-09-01';

/** A studio on an empty browser storage (or with `draft` already saved). */
export async function freshStudio(options: { lang?: string; draft?: unknown } = {}): Promise<TfStudio> {
  localStorage.removeItem(draftKey);
  if (options.draft !== undefined) localStorage.setItem(draftKey, JSON.stringify({ feed: options.draft, savedAt: '2023-08-31T10:00:00.000Z' }));
  const studio = await fixture<TfStudio>(html`<tf-studio now=${testToday} lang=${options.lang ?? 'fr'}></tf-studio>`);
  await settle(studio);
  return studio;
}

export function inStudio<E extends Element = HTMLElement>(studio: TfStudio, selector: string): E {
  const found = studio.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`Nothing matches ${selector} in the studio`);
  return found;
}

/** The element with this id in the studio (ids hold brackets and dots: no CSS selector needed). */
export function byId<E extends HTMLElement = HTMLInputElement>(studio: TfStudio, id: string): E {
  const found = studio.shadowRoot?.getElementById(id);
  if (!found) throw new Error(`No #${id} in the studio`);
  return found as E;
}

const describe = (element: Element | null) => (element ? `<${element.localName}${element.id ? ` id="${element.id}"` : ''}> ${element.textContent?.trim().slice(0, 40) ?? ''}` : 'nothing');

/** Presses Tab (Shift+Tab backwards) until `predicate` holds for the focused element, as a keyboard user would. */
export async function tabTo(predicate: (element: Element) => boolean, what: string, options: { back?: boolean; max?: number } = {}): Promise<Element> {
  for (let presses = 0; presses < (options.max ?? 250); presses += 1) {
    const active = deepActiveElement();
    if (active && predicate(active)) return active;
    if (options.back) await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    if (options.back) await sendKeys({ up: 'Shift' });
  }
  throw new Error(`Tab never reached ${what} (focus on ${describe(deepActiveElement())})`);
}

export const tabToId = (id: string, options?: { back?: boolean; max?: number }) => tabTo((element) => element.id === id, `#${id}`, options);

export const tabToText = (text: string, options?: { back?: boolean; max?: number }) =>
  tabTo((element) => element.localName === 'button' && (element.textContent ?? '').replace(/\s+/g, ' ').includes(text), `the button « ${text} »`, options);

/** Types into the focused field. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** The built studio page (npm test builds first) in a frame of the test page: it can really reload. */
export async function studioPage(): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1280px; height: 900px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = '/dist/studio/index.html';
  });
  return frame;
}

export async function studioIn(frame: HTMLIFrameElement): Promise<TfStudio> {
  await waitUntil(() => Boolean(frame.contentWindow?.customElements.get('tf-studio')), 'the studio page to start', 10_000);
  const studio = frame.contentDocument!.querySelector('tf-studio') as TfStudio;
  await studio.updateComplete;
  return studio;
}

/** Waits for the studio's next export and returns its text. */
export function nextExport(studio: TfStudio): Promise<{ format: string; fileName: string; text: string }> {
  return new Promise((resolve) => studio.addEventListener('tf-studio-export', (event) => resolve((event as CustomEvent).detail), { once: true }));
}

export async function settled(studio: TfStudio): Promise<void> {
  await settle(studio, 3);
}

export { waitUntil };
