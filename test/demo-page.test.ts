/**
 * The demo page (demo/index.html) shows every fact of every seed: its <tf-feed> block is rendered here with the
 * real elements and the real demo feed, and each fact is looked for in what a reader gets (text, dates'
 * `datetime`, e-mail links).
 */
import { expect } from '@open-wc/testing';
import '../src/training-feed-widgets.js';
import { settle, waitUntil } from './helpers.js';
import { normalise, seedFacts } from './seed-facts.js';
import { elements } from '../src/elements.js';

/** Text of the element and of every shadow root below it, plus dates and link targets. */
function readableContent(root: Element | ShadowRoot): string {
  const out: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element) {
      if (node.localName === 'script' || node.localName === 'style') return;
      const datetime = node.getAttribute('datetime');
      if (datetime) out.push(datetime);
      const href = node.getAttribute('href');
      if (href?.startsWith('mailto:') || href?.startsWith('http')) out.push(decodeURI(href.replace(/^mailto:/, '')));
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return normalise(out.join('\n'));
}

describe('the demo page', () => {
  let page: HTMLElement;

  before(async () => {
    const html = await (await fetch('/demo/index.html')).text();
    const demo = new DOMParser().parseFromString(html, 'text/html');
    const feedBlock = demo.querySelector('tf-feed')!;
    feedBlock.setAttribute('src', '/demo/feed.json');
    page = document.createElement('main');
    page.append(document.importNode(feedBlock, true));
    document.body.append(page);
    const widgets = [...page.querySelectorAll('tf-session-list, tf-sheet-card, tf-programme, tf-quiz, tf-objectives-checklist')];
    const loaded = (widget: Element) =>
      Boolean(widget.shadowRoot?.querySelector('*')) && !widget.shadowRoot?.querySelector('[part="status"], [part="error"]');
    await waitUntil(() => widgets.every(loaded), 'every widget loaded', 8000);
    await settle(page);
  });

  after(() => page.remove());

  it('has every element of the contract, fed by demo/feed.json', () => {
    for (const { tag } of elements) {
      expect(page.querySelector(tag), tag).to.not.equal(null);
    }
    expect(page.querySelector('tf-session-list[region="Grand Est"]'), 'a prefiltered list').to.not.equal(null);
    expect(page.querySelector('tf-session-list')?.getAttribute('now')).to.match(/^2023-/);
  });

  for (const [seed, facts] of Object.entries(seedFacts)) {
    it(`shows every fact of ${seed}`, () => {
      // Case aside: the programme capitalises the sequences' lower-case fragments ("le contexte, …").
      const shown = readableContent(page).toLocaleLowerCase('fr');
      const missing = facts.filter((fact) => !shown.includes(normalise(fact).toLocaleLowerCase('fr')));
      expect(missing, `not shown on the demo page`).to.deep.equal([]);
    });
  }
});
