/**
 * The demo's page of feed sources (demo/sources.html): an LHEO export read by `<tf-feed>` as it is, and merged with
 * the demo's JSON feed. Its `<tf-feed>` blocks are rendered here with the real elements and files, without a single
 * console error.
 */
import { expect } from '@open-wc/testing';
import '../src/training-feed-widgets.js';
import { captureConsoleErrors, demoFeed, expectAccessible, shadowOf, textOf, waitUntil } from './helpers.js';

describe('the demo page of feed sources', function () {
  // The first LHEO source makes the test server compile the converter: slow on a busy machine.
  this.timeout(60_000);
  let page: HTMLElement;
  let errors: string[];

  before(async () => {
    const demo = new DOMParser().parseFromString(await (await fetch('/demo/sources.html')).text(), 'text/html');
    page = document.createElement('main');
    ({ errors } = await captureConsoleErrors(async () => {
      for (const feed of demo.querySelectorAll('tf-feed')) {
        // The page's addresses are relative to demo/.
        feed.setAttribute('src', feed.getAttribute('src')!.split(' ').map((src) => `/demo/${src}`).join(' '));
        page.append(document.importNode(feed, true));
      }
      document.body.append(page);
      const lists = [...page.querySelectorAll('tf-session-list')];
      await waitUntil(() => lists.every((list) => list.shadowRoot?.querySelector('.session, [part="error"]')), 'both lists', 50_000);
    }));
  });

  after(() => page.remove());

  it('is linked from the demo’s index', async () => {
    const index = new DOMParser().parseFromString(await (await fetch('/demo/index.html')).text(), 'text/html');
    expect(index.querySelector('nav a[href="sources.html"]')).not.to.equal(null);
  });

  it('shows every session of the LHEO export, without a tag or an entity', async () => {
    const list = page.querySelectorAll('tf-session-list')[0]!;
    expect(shadowOf(list).querySelectorAll('.session')).to.have.length(4);
    const text = textOf(shadowOf(list));
    expect(text).to.contain('Licence pro guide conférencier');
    expect(text).not.to.match(/<\/?[a-z][^>]*>|&(#\d+|[a-z]+);/i);
    await expectAccessible(list);
  });

  it('merges the demo feed and the LHEO export into one list', async () => {
    const demoSessions = (await demoFeed()).trainings.reduce((count, training) => count + training.sessions.length, 0);
    const list = page.querySelectorAll('tf-session-list')[1]!;
    expect(shadowOf(list).querySelectorAll('.session')).to.have.length(demoSessions + 4);
    expect(textOf(shadowOf(list))).to.contain('Licence pro guide conférencier').and.contain('La pratique de l’Aller Vers les publics');
    expect(shadowOf(list).querySelector('[part="notice"]')).to.equal(null);
    await expectAccessible(list);
  });

  it('writes no error to the console', () => {
    expect(errors).to.deep.equal([]);
  });
});
