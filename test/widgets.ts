/**
 * Shared by the cross-element tests (theming, contrast, i18n, accessibility, reflow): the widgets of
 * `src/elements.ts` with the attributes that show the demo feed, ways to put each in a given state, and walks through shadow trees.
 * They test the public contract only (tags, attributes, `feed`, `src`, `lang`, `theme`, `strings`).
 */
import { fixture, html } from '@open-wc/testing';
import { LitElement, type CSSResultGroup, type CSSResultOrNative } from 'lit';
import '../src/bundle.js';
import { elements, type ElementTag } from '../src/elements.js';
import type { Translation } from '../src/i18n/translation.js';
import { sharedStyles } from '../src/styles/shared.styles.js';
import { captureConsoleErrors, demoFeed, settle, shadowTree, waitUntil } from './helpers.js';

export { openEveryDisclosure, shadowTree } from './helpers.js';


/** Every element of `src/elements.ts` but `<tf-feed>`, which shows nothing of its own. */
export type WidgetTag = Exclude<ElementTag, 'tf-feed'>;

export interface WidgetCase {
  tag: WidgetTag;
  /** The attributes that show a part of the demo feed. */
  attributes: Record<string, string>;
  /** The element's own namespace in `src/i18n/`. */
  namespace: Exclude<keyof Translation, 'common'>;
}

/**
 * What each widget needs to show the demo feed. Typed by the tags of `src/elements.ts`: an element added there
 * without its case here fails the type-check, so every cross-element test covers it.
 */
const demoCases: Record<WidgetTag, Omit<WidgetCase, 'tag'>> = {
  'tf-session-list': { attributes: {}, namespace: 'sessionList' },
  'tf-sheet-card': { attributes: { training: 'irts-fc-aller-vers-m1' }, namespace: 'sheetCard' },
  'tf-objectives-checklist': { attributes: { training: 'irts-fc-aller-vers-m1' }, namespace: 'checklist' },
  'tf-quiz': { attributes: { quiz: 'positionnement-aller-vers-m1' }, namespace: 'quiz' },
  'tf-programme': { attributes: { programme: 'cadrage-aller-vers' }, namespace: 'programme' },
};

/** The widgets, in the order of `src/elements.ts`. */
export const widgetCases: readonly WidgetCase[] = elements
  .map(({ tag }) => tag)
  .filter((tag): tag is WidgetTag => tag !== 'tf-feed')
  .map((tag) => ({ tag, ...demoCases[tag] }));

/** Whether the element is defined (elements are built in parallel: tests of a missing one are skipped). */
export const available = (tag: string): boolean => customElements.get(tag) !== undefined;

/** `it` for a widget: skipped, with the reason in the title, while the element does not exist yet. */
export function itFor(widget: WidgetCase, title: string, test: (this: Mocha.Context) => Promise<void>): void {
  if (available(widget.tag)) it(`<${widget.tag}> ${title}`, test);
  else it.skip(`<${widget.tag}> ${title} (skipped: element not defined yet)`, test);
}

/** Something that is not a feed: the widgets must show their error state. */
export const invalidFeed = { version: 'un', trainings: [{ id: 'x', sessions: [{ dates: ['25 sept. 2023'] }] }] };

export type WidgetState = 'loading' | 'error' | 'filled';

/** A fresh container in the page (removed after each test by open-wc), with `lang` and styles set by the test. */
export async function container(attributes: Record<string, string> = {}): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div class="tf-test-host"></div>`);
  for (const [name, value] of Object.entries(attributes)) wrapper.setAttribute(name, value);
  return wrapper;
}

let uniqueSrc = 0;

/**
 * Renders `widget` in `state` inside `parent` (a new container by default):
 * loading with a fetch that never answers, error with an invalid `feed`, filled with the demo feed.
 */
export async function renderWidget(
  widget: WidgetCase,
  state: WidgetState,
  options: { parent?: HTMLElement; attributes?: Record<string, string> } = {},
): Promise<HTMLElement> {
  const parent = options.parent ?? (await container());
  const element = document.createElement(widget.tag);
  for (const [name, value] of Object.entries({ ...widget.attributes, ...options.attributes })) element.setAttribute(name, value);
  const withFeed = element as HTMLElement & { feed?: unknown };
  if (state === 'filled') withFeed.feed = await demoFeed();
  if (state === 'error') withFeed.feed = invalidFeed;
  if (state === 'loading') {
    const realFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {});
    uniqueSrc += 1;
    element.setAttribute('src', `/never-answers/${widget.tag}-${uniqueSrc}.json`);
    parent.append(element);
    await settle(element);
    window.fetch = realFetch;
    return element;
  }
  const attach = async () => {
    parent.append(element);
    await settle(element);
  };
  // The invalid feed's details go to the console on purpose: keep the test log readable.
  if (state === 'error') await captureConsoleErrors(attach);
  else await attach();
  if (state === 'error') await waitUntil(() => shadowTree(element).some((node) => node.getAttribute('role') === 'alert'), `<${widget.tag}> error`);
  return element;
}

/** The element that has the focus, looked for through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** A short name for an element in a failure message: `button.button[part=register]`. */
/**
 * Whether `node` sits in a region that scrolls sideways on its own, below `stop` (through shadow roots): allowed by
 * WCAG 1.4.10 (a wide table in its own scroller). Styles are read in the node's own window (an iframe's too).
 */
export function scrollsInside(node: Element, stop: Element): boolean {
  for (let current = node.parentElement ?? (node.getRootNode() as ShadowRoot).host; current && current !== stop; current = current.parentElement ?? (current.getRootNode() as ShadowRoot).host) {
    if (['auto', 'scroll'].includes(current.ownerDocument.defaultView!.getComputedStyle(current).overflowX)) return true;
  }
  return false;
}

export function nameOf(element: Element): string {
  const classes = element.classList.length ? `.${Array.from(element.classList).join('.')}` : '';
  const part = element.getAttribute('part');
  const type = element instanceof HTMLInputElement ? `[type=${element.type}]` : '';
  return `${element.localName}${element.id ? `#${element.id}` : ''}${classes}${type}${part ? `[part=${part}]` : ''}`;
}

/** The CSS text of every style of a class, flattened (the shared styles included). */
export function cssTextOf(styles: CSSResultGroup | undefined): string {
  const flatten = (group: CSSResultGroup | CSSResultOrNative | undefined): string[] => {
    if (!group) return [];
    if (Array.isArray(group)) return group.flatMap((item) => flatten(item as CSSResultGroup));
    if (group instanceof CSSStyleSheet) return Array.from(group.cssRules, (rule) => rule.cssText);
    return [(group as { cssText: string }).cssText];
  };
  return flatten(styles).join('\n');
}

/** The styles of a defined element class. */
export function stylesOf(tag: string): string {
  const elementClass = customElements.get(tag) as (typeof LitElement & { styles?: CSSResultGroup }) | undefined;
  return cssTextOf(elementClass?.styles);
}

/**
 * A test-only element with the shared styles alone: the tokens' defaults can be checked without any widget, and a
 * `.button` and a `.skeleton` to measure.
 */
export class TokenProbe extends LitElement {
  static override styles = sharedStyles;

  static override properties = { theme: { type: String, reflect: true } };

  declare theme: string | undefined;

  protected override render(): unknown {
    return html`<p>Texte</p>
      <button class="button" type="button">Bouton</button>
      <span class="skeleton" aria-hidden="true"></span>`;
  }
}

if (!customElements.get('tf-token-probe')) customElements.define('tf-token-probe', TokenProbe);

/** The colour tokens, by name without prefix. */
export const colourTokens = [
  'primary',
  'on-primary',
  'text',
  'text-muted',
  'surface',
  'surface-alt',
  'border',
  'success',
  'warning',
  'danger',
  'focus',
] as const;

/**
 * The computed values of the private colour tokens on a rendered element's host. A token left to `currentColor`
 * (the light text, which takes the page's colour) is read as the host's computed colour.
 */
export function privatePalette(element: Element): Record<string, string> {
  const computed = getComputedStyle(element);
  const value = (name: string) => computed.getPropertyValue(`--_tf-color-${name}`).trim();
  return Object.fromEntries(colourTokens.map((name) => [name, value(name).toLowerCase() === 'currentcolor' ? computed.color : value(name)]));
}
