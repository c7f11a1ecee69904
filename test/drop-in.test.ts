/**
 * The built drop-in, as a webmaster uses it: one module from dist/ (built by `npm run build`, which `npm test`
 * runs first), nothing from the sources.
 */
import { expect } from '@open-wc/testing';
import { expectAccessible, textOf, waitUntil } from './helpers.js';

const tags = ['tf-feed', 'tf-session-list', 'tf-sheet-card', 'tf-objectives-checklist', 'tf-quiz', 'tf-programme'];

describe('the drop-in dist/training-feed-widgets.js', () => {
  before(async () => {
    await import(/* @vite-ignore */ `${location.origin}/dist/training-feed-widgets.js`);
  });

  it('defines the six elements of the contract', () => {
    for (const tag of tags) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('shows a sheet from nothing but <tf-sheet-card src training>', async () => {
    const card = document.createElement('tf-sheet-card');
    card.setAttribute('src', '/demo/feed.json');
    card.setAttribute('training', 'praxis-aller-vers-m1');
    document.body.append(card);
    await waitUntil(() => textOf(card.shadowRoot).includes('PRAXIS'), 'the PRAXIS sheet');
    const text = textOf(card.shadowRoot);
    expect(text).to.contain('La pratique de l’Aller Vers les publics');
    expect(text).to.contain('Chantal CORNIER');
    expect(card.shadowRoot!.querySelector('time[datetime="2023-09-25"]')).to.not.equal(null);
    await expectAccessible(card);
    card.remove();
  });

  it('holds the production build of lit, without dev-mode code', async () => {
    const source = await (await fetch('/dist/training-feed-widgets.js')).text();
    expect(source).to.contain('tf-session-list');
    expect(source).to.not.contain('Lit is in dev mode');
  });

  it('tolerates a second copy on the page: no error, the first definitions stay, and the copies share the feed', async () => {
    const first = customElements.get('tf-quiz');
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    let secondCopy: { TfFeed: CustomElementConstructor };
    try {
      secondCopy = await import(/* @vite-ignore */ `${location.origin}/dist/training-feed-widgets.js?second-copy`);
    } finally {
      console.warn = originalWarn;
    }
    expect(customElements.get('tf-quiz')).to.equal(first);
    expect(warnings.filter((warning) => warning.includes('<tf-quiz>'))).to.have.length(1);

    // The second copy's provider (registered under another tag for the test) feeds the first copy's widget.
    expect(secondCopy.TfFeed).to.not.equal(customElements.get('tf-feed'));
    customElements.define('tf-feed-second-copy', secondCopy.TfFeed);
    const host = document.createElement('div');
    host.innerHTML = `<tf-feed-second-copy src="/demo/feed.json"><tf-programme programme="cadrage-aller-vers"></tf-programme></tf-feed-second-copy>`;
    document.body.append(host);
    const programme = host.querySelector('tf-programme')!;
    await waitUntil(() => textOf(programme.shadowRoot).includes('Identifier les techniques'), 'the programme, fed by the other copy');
    host.remove();
  });
});
