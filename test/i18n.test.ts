/**
 * Languages across every widget: French by default, English from the element's or an ancestor's `lang` (across
 * shadow roots), a live switch when `lang` changes, dates by locale, and partner overrides of any label.
 */
import { expect } from '@open-wc/testing';
import { en } from '../src/i18n/en.js';
import { fr } from '../src/i18n/fr.js';
import type { StringOverrides } from '../src/i18n/translation.js';
import { demoFeed, settle, textOf, waitUntil } from './helpers.js';
import { container, itFor, renderWidget, shadowTree, widgetCases, type WidgetCase } from './widgets.js';

/**
 * What a reader hears: text and the accessible-name attributes. A landmark's « (2) » is left out: a widget that
 * shares the page with its twin numbers its landmarks (src/controllers/landmark-names.ts), whatever the language.
 */
function readerText(element: Element): string {
  const attributes = shadowTree(element).flatMap((node) =>
    ['aria-label', 'title', 'alt', 'placeholder', 'aria-description'].map((name) => (node.getAttribute(name) ?? '').replace(/ \(\d+\)$/, '')),
  );
  return `${textOf(element.shadowRoot)} ${attributes.join(' ')}`.replace(/\s+/g, ' ').trim();
}

/** Every string of the feed (titles, places, descriptions…): French content that stays French in English. */
function feedStrings(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value.replace(/\s+/g, ' ').trim());
  else if (Array.isArray(value)) value.forEach((item) => feedStrings(item, found));
  else if (value && typeof value === 'object') Object.values(value).forEach((item) => feedStrings(item, found));
  return found;
}

/** Words and letters that betray a French interface string. */
const frenchMarker =
  /[àâçéèêëîïôûùœ]|\b(le|la|les|des|du|de|et|au|aux|une|un|sur|pour|avec|sans|ou|vos|votre|mes|mon|aucune?|session(s)? à venir|inscriptions?|jours?|heures?)\b/i;

/**
 * The interface strings of an English render that still look French. A text or label is content (fine) when the
 * feed holds it; feed strings inside it are removed before looking for French words.
 */
function frenchLeftovers(element: Element, content: readonly string[]): string[] {
  const pieces: string[] = [];
  const walker = (root: Node) => {
    const iterator = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = iterator.nextNode(); node; node = iterator.nextNode()) {
      if (node.parentElement?.closest('script, style')) continue;
      pieces.push(node.textContent ?? '');
    }
  };
  for (const node of [element, ...shadowTree(element)]) {
    if (node.shadowRoot) walker(node.shadowRoot);
    for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-description']) pieces.push(node.getAttribute(name) ?? '');
  }
  // Case-insensitive: an element may capitalise a feed sentence.
  const byLength = content.map((text) => text.toLowerCase()).filter((text) => text.length >= 3).sort((a, b) => b.length - a.length);
  const leftovers = new Set<string>();
  for (const piece of pieces) {
    const text = piece.replace(/\s+/g, ' ').trim();
    const lower = text.toLowerCase();
    if (!text || byLength.some((feedText) => feedText.includes(lower))) continue;
    let rest = lower;
    for (const feedText of byLength) if (rest.includes(feedText)) rest = rest.split(feedText).join(' ');
    if (frenchMarker.test(rest)) leftovers.add(text);
  }
  return [...leftovers];
}

/** The same keys, and strings where French has strings and functions where it has functions. */
function shapeOf(value: unknown): unknown {
  if (typeof value === 'function') return `function/${value.length}`;
  if (typeof value === 'string') return 'string';
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, shapeOf(item)]).sort(([a], [b]) => String(a).localeCompare(String(b))));
  }
  return typeof value;
}

const frenchMonth = /\b(janv|févr|mars|avr|mai|juin|juil|août|sept|oct|nov|déc)\.?(\s|$)|\b1er\b/;

describe('languages', () => {
  it('English has every French key, with the same kind of value (checked at run time too)', () => {
    expect(shapeOf(en)).to.deep.equal(shapeOf(fr));
  });

  for (const widget of widgetCases) {
    describe(`<${widget.tag}>`, () => {
      itFor(widget, 'speaks French by default, and English from an ancestor’s lang, live, and back', async () => {
        const wrapper = await container();
        const element = await renderWidget(widget, 'filled', { parent: wrapper });
        const french = readerText(element);
        expect(french.length).to.be.greaterThan(0);

        wrapper.setAttribute('lang', 'en');
        await waitUntil(() => readerText(element) !== french, `<${widget.tag}> to re-render in English`);
        await settle(element);
        const english = readerText(element);
        expect(english).to.not.equal(french);

        wrapper.setAttribute('lang', 'fr');
        await waitUntil(() => readerText(element) === french, `<${widget.tag}> back in French`);
      });

      itFor(widget, 'follows its own lang over its ancestor’s (en-GB is English, an unknown language is French)', async () => {
        const wrapper = await container({ lang: 'fr' });
        const element = await renderWidget(widget, 'filled', { parent: wrapper });
        const french = readerText(element);
        element.setAttribute('lang', 'en-GB');
        await waitUntil(() => readerText(element) !== french, 'English');
        const english = readerText(element);
        element.setAttribute('lang', 'de');
        await waitUntil(() => readerText(element) === french, 'unknown language falls back to French');
        wrapper.setAttribute('lang', 'en');
        element.removeAttribute('lang');
        await waitUntil(() => readerText(element) === english, 'the ancestor’s English');
      });

      itFor(widget, 'says the language it speaks, on a page in another one, left to right on a right-to-left page', async () => {
        /** The language and direction of the widget's own text, as assistive technologies and layout read them. */
        const spoken = (element: Element) =>
          shadowTree(element)
            .filter((node) => node.textContent?.trim())
            .map((node) => `${node.closest('[lang]')?.getAttribute('lang')} ${getComputedStyle(node).direction}`);
        const german = await renderWidget(widget, 'filled', { parent: await container({ lang: 'de', dir: 'rtl' }) });
        const spokenOnGerman = spoken(german);
        expect(spokenOnGerman.length, 'text in the widget').to.be.greaterThan(0);
        expect([...new Set(spokenOnGerman)]).to.deep.equal(['fr ltr']);
        // In English, the page's own en-GB (a regional voice); the feed's French content may say it is French (a
        // training's `language`).
        const english = await renderWidget(widget, 'filled', { parent: await container({ lang: 'en-GB', dir: 'rtl' }) });
        expect([...new Set(spoken(english))]).to.include('en-GB ltr').and.satisfy((found: string[]) => found.every((each) => ['en-GB ltr', 'fr ltr'].includes(each)));
        const quebec = await renderWidget(widget, 'filled', { parent: await container({ lang: 'fr-CA' }) });
        expect([...new Set(spoken(quebec))]).to.include('fr-CA ltr').and.satisfy((found: string[]) => found.every((each) => ['fr-CA ltr', 'fr ltr'].includes(each)));
        // Its box keeps the size it has on a left-to-right page: the wrapper has none of its own.
        const ltr = await renderWidget(widget, 'filled', { parent: await container({ lang: 'de' }) });
        expect(german.getBoundingClientRect().height).to.be.closeTo(ltr.getBoundingClientRect().height, 1);
      });

      itFor(widget, 'finds the language of a host page’s element across a shadow root', async () => {
        const wrapper = await container({ lang: 'en' });
        const shadowHost = document.createElement('div');
        wrapper.append(shadowHost);
        const inner = shadowHost.attachShadow({ mode: 'open' });
        const inside = await renderWidget(widget, 'filled', { parent: inner as unknown as HTMLElement });
        const outside = await renderWidget(widget, 'filled', { parent: wrapper });
        expect(readerText(inside)).to.equal(readerText(outside));
      });

      itFor(widget, 'has no French interface string left in English (feed content aside)', async () => {
        const content = feedStrings(await demoFeed());
        for (const state of ['loading', 'error', 'filled'] as const) {
          const element = await renderWidget(widget, state, { parent: await container({ lang: 'en' }) });
          expect(frenchLeftovers(element, content), `${state}, lang=en`).to.deep.equal([]);
        }
      });

      itFor(widget, 'writes dates in the reader’s language, always in <time datetime>', async () => {
        const element = await renderWidget(widget, 'filled', { parent: await container({ lang: 'en' }) });
        const times = shadowTree(element).filter((node) => node.localName === 'time');
        for (const time of times) {
          expect(time.getAttribute('datetime'), 'datetime').to.match(/^\d{4}-\d{2}(-\d{2})?/);
          expect(time.textContent ?? '', `English date "${time.textContent}"`).to.not.match(frenchMonth);
        }
      });

      itFor(widget, 'takes label overrides from the `strings` property and the `strings` JSON attribute', async () => {
        const override: StringOverrides = { common: { loading: 'Patientez, ça arrive' } };
        const viaProperty = await renderWidget(widget, 'loading');
        (viaProperty as HTMLElement & { strings?: StringOverrides }).strings = override;
        await settle(viaProperty);
        expect(readerText(viaProperty)).to.contain('Patientez, ça arrive');

        const viaAttribute = await renderWidget(widget, 'error', { attributes: { strings: JSON.stringify({ common: { errorUnavailable: 'Voir la console.' } }) } });
        expect(readerText(viaAttribute)).to.contain('Voir la console.');
      });

      itFor(widget, 'takes an override of one of its own labels', async () => {
        const element = await renderWidget(widget, 'filled');
        const shown = shownLabel(widget, readerText(element));
        expect(shown, `one label of ${widget.namespace} is shown`).to.not.equal(undefined);
        (element as HTMLElement & { strings?: StringOverrides }).strings = { [widget.namespace]: { [shown!]: 'LIBELLÉ PARTENAIRE' } };
        await settle(element);
        expect(readerText(element)).to.contain('LIBELLÉ PARTENAIRE');
      });

      itFor(widget, 'keeps its own labels for overrides of the wrong type, with a warning', async () => {
        const plain = readerText(await renderWidget(widget, 'filled'));
        // Text where a label is a function of a count (`resultCount`, `errorHttp`), numbers where it is text.
        const wrong = (strings: object) => Object.fromEntries(Object.entries(strings).map(([key, value]) => [key, typeof value === 'function' ? 'Erreur' : 42]));
        const warnings: string[] = [];
        const original = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
        try {
          const element = await renderWidget(widget, 'filled', {
            attributes: { strings: JSON.stringify({ common: wrong(fr.common), [widget.namespace]: wrong(fr[widget.namespace]), constructor: { x: 1 } }) },
          });
          expect(readerText(element)).to.equal(plain);
        } finally {
          console.warn = original;
        }
        expect(warnings.some((warning) => /strings\.common\.\w+ ignoré/.test(warning))).to.equal(true);
      });
    });
  }
});

/** The key of the longest plain label of the element's namespace that the filled render shows. */
function shownLabel(widget: WidgetCase, text: string): string | undefined {
  const labels = Object.entries(fr[widget.namespace] as Record<string, unknown>)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length >= 4 && text.includes(entry[1]))
    .sort(([, a], [, b]) => b.length - a.length);
  return labels[0]?.[0];
}
