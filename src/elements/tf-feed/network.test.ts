/**
 * A feed's road to the widgets when the network misbehaves (the test server's routes, web-test-runner.config.mjs):
 * the `timeout`, « Réessayer » with the keyboard, the browser's last copy, an address that is not one, and the
 * webmaster's notice of entries left out.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { feedUrl, minimalFeed } from '../../../test/fixtures.js';
import { captureConsoleErrors, captureConsoleWarnings, expectAccessible, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';
import { deepActiveElement } from '../../../test/widgets.js';
import { loadFeed } from '../../model/load-sources.js';
import { parseFeed } from '../../model/parse-feed.js';
import '../tf-session-list/define.js';
import '../tf-sheet-card/define.js';
import './define.js';
import type { TfFeed } from './tf-feed.js';

let serial = 0;
/** A fresh route of the test server: each key has its own count of requests. */
const route = (behaviour: string) => `/test-server/${behaviour}/${Date.now()}-${(serial += 1)}`;

const errorOf = (widget: Element) => shadowOf(widget).querySelector('[part="error"]');
const retryOf = (widget: Element) => shadowOf(widget).querySelector<HTMLButtonElement>('[part="retry"]');

const focused = deepActiveElement;

describe('<tf-feed> and widgets on a bad network', () => {
  it('gives up after `timeout` seconds with « Réessayer », which loads again for real, from the keyboard', async () => {
    const src = route('hang-twice');
    const { errors } = await captureConsoleErrors(async () => {
      const element = await fixture<TfFeed>(html`<tf-feed src=${src} timeout="0.3"><tf-sheet-card training="praxis-aller-vers-m1" variant="compact"></tf-sheet-card></tf-feed>`);
      const card = element.querySelector('tf-sheet-card')!;
      await waitUntil(() => retryOf(card) !== null, 'the retry button', 6000);
      expect(textOf(errorOf(card)!.querySelector('p'))).to.equal('Les formations ne peuvent pas être affichées pour le moment.');
      expect(textOf(retryOf(card))).to.equal('Réessayer');
      await expectAccessible(card);
      retryOf(card)!.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => textOf(shadowOf(card)).includes('La pratique de l’Aller Vers'), 'the sheet, second request', 6000);
      // The button is gone with the error: focus goes to the content's heading, not to the page's top.
      await waitUntil(() => focused()?.matches('h1, h2, h3, h4, h5, h6') === true, 'focus on the heading');
      expect(shadowOf(card).contains(focused())).to.equal(true);
    });
    expect(errors.join('\n')).to.contain('pas de réponse complète en 0.3 s');
  });

  it('says that the server does not answer when it times out, and asks to check the connection when the network fails', async () => {
    const hintOf = (widget: Element) => textOf(errorOf(widget)!.querySelector('.status__hint'));
    const { errors } = await captureConsoleErrors(async () => {
      const element = await fixture<HTMLElement>(html`<div>
        <tf-sheet-card src=${route('hang')} timeout="0.2" training="x"></tf-sheet-card>
        <tf-sheet-card lang="en" src=${route('hang')} timeout="0.2" training="x"></tf-sheet-card>
        <tf-sheet-card src="http://127.0.0.1:1/feed.json" training="x"></tf-sheet-card>
      </div>`);
      const cards = [...element.querySelectorAll('tf-sheet-card')];
      const [french, english, offline] = [cards[0]!, cards[1]!, cards[2]!];
      await waitUntil(() => [french, english, offline].every((card) => retryOf(card) !== null), 'three retry buttons', 6000);
      expect(hintOf(french)).to.equal('Le serveur ne répond pas pour le moment. Réessayez dans un instant.');
      expect(hintOf(english)).to.equal('The server is not responding right now. Try again in a moment.');
      expect(hintOf(offline)).to.equal('Vérifiez votre connexion puis réessayez.');
      expect(textOf(errorOf(french)!.querySelector('.status__title'))).to.equal('Les formations ne peuvent pas être affichées pour le moment.');
      await expectAccessible(french);
    });
    expect(errors.join('\n')).to.contain('pas de réponse complète en 0.2 s');
  });

  it('keeps focus on « Réessayer » when the new attempt fails too, for a widget with its own src', async () => {
    await captureConsoleErrors(async () => {
      const card = await fixture(html`<tf-sheet-card src=${route('hang')} timeout="0.2" training="x"></tf-sheet-card>`);
      await waitUntil(() => retryOf(card) !== null, 'the retry button', 6000);
      retryOf(card)!.focus();
      await sendKeys({ press: 'Space' });
      await waitUntil(() => shadowOf(card).querySelector('[part="status"]') !== null, 'loading again');
      await waitUntil(() => retryOf(card) !== null && focused() === retryOf(card), 'focus back on the new button', 6000);
      await expectAccessible(card);
    });
  });

  it('shows the browser’s last copy when the server is down, saying it may be outdated', async () => {
    const src = route('cached-then-down');
    // A first visit puts the feed in the browser's HTTP cache; this page then asks again, with the server down.
    expect((await loadFeed(src, location.href, { requests: new Map() })).status).to.equal('loaded');
    const element = await fixture<TfFeed>(html`<tf-feed src=${src}><tf-session-list now="2021-09-01"></tf-session-list></tf-feed>`);
    const list = element.querySelector('tf-session-list')!;
    await waitUntil(() => shadowOf(list).querySelector('[part="notice"]') !== null, 'the notice', 6000);
    expect(textOf(shadowOf(list).querySelector('[part="notice"]'))).to.equal('Ces informations peuvent ne pas être à jour.');
    expect(shadowOf(list).querySelectorAll('.session').length).to.be.greaterThan(0);
    await expectAccessible(list);
  });

  it('turns a src that is not an address into an error state, on <tf-feed> and on a widget, never a rejection; no connection hint nor « Réessayer », which cannot help', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const { errors } = await captureConsoleErrors(async () => {
        const element = await fixture<HTMLElement>(html`<div>
          <tf-feed src="http://["><tf-sheet-card training="x"></tf-sheet-card></tf-feed>
          <tf-session-list src="http://["></tf-session-list>
        </div>`);
        const widgets = [...element.querySelectorAll('tf-sheet-card, tf-session-list')];
        await waitUntil(() => widgets.every((widget) => errorOf(widget) !== null), 'both errors');
        await new Promise((resolve) => setTimeout(resolve, 50));
        for (const widget of widgets) {
          expect(textOf(errorOf(widget)!.querySelector('.status__title'))).to.equal('Les formations ne peuvent pas être affichées pour le moment.');
          expect(errorOf(widget)!.querySelector('.status__hint'), 'no hint about the connection').to.equal(null);
          expect(retryOf(widget), 'no retry').to.equal(null);
          await expectAccessible(widget);
        }
      });
      expect(errors.join('\n')).to.contain('http://[ n’est pas une adresse :');
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});

describe('a partial feed, for the webmaster', () => {
  const partialFeed = () => {
    const feed = minimalFeed() as unknown as { trainings: { sessions: { id: string; dates: { start: string }[] }[] }[] };
    const broken = structuredClone(feed.trainings[0]!.sessions[0]!);
    broken.id = 'session-cassee';
    broken.dates[0]!.start = '16 oct. 2023';
    feed.trainings[0]!.sessions.push(broken);
    return feed;
  };
  const noticeOf = (widget: Element) => shadowOf(widget).querySelector('[part="notice"]');

  it('shows the learner the rest without a word, and tells scripts with tf-feed-issues', async () => {
    await captureConsoleWarnings(async () => {
      const element = document.createElement('tf-feed') as TfFeed;
      element.innerHTML = '<tf-session-list now="2023-09-01"></tf-session-list>';
      const reported = oneEvent(element, 'tf-feed-issues');
      element.src = feedUrl(partialFeed());
      const parent = await fixture(html`<div></div>`);
      parent.append(element);
      const event = await reported;
      expect(event.detail.issues.map((issue: { dropped: string }) => issue.dropped)).to.deep.equal(['trainings[0].sessions[1]']);
      const list = element.querySelector('tf-session-list')!;
      await waitUntil(() => textOf(shadowOf(list)).includes('Groupe 1'), 'the session kept');
      expect(noticeOf(list)).to.equal(null);
    });
  });

  it('shows the webmaster how many entries were left out with `debug`, or ?tf-debug in the address', async () => {
    await captureConsoleWarnings(async () => {
      const element = await fixture<TfFeed>(html`<tf-feed debug src=${feedUrl(partialFeed())}><tf-session-list now="2023-09-01"></tf-session-list></tf-feed>`);
      const list = element.querySelector('tf-session-list')!;
      await waitUntil(() => noticeOf(list) !== null, 'the debug notice');
      expect(noticeOf(list)!.textContent).to.equal('1\u00a0entrée(s) ou lien(s) du flux ignoré(s)\u00a0: détails dans la console.');
      await expectAccessible(list);

      const address = location.href;
      history.replaceState(null, '', `${location.pathname}?tf-debug`);
      try {
        // Each entry left out counts once, however many problems it has; a link to nothing counts as one too.
        const twoFaults = partialFeed() as unknown as { trainings: { sessions: { mode: string }[]; programme?: string }[] };
        twoFaults.trainings[0]!.sessions[1]!.mode = 'présentiel';
        twoFaults.trainings[0]!.programme = 'referentiel-absent';
        expect(parseFeed(structuredClone(twoFaults)).issues, 'three problems: two of one session, one link').to.have.length(3);
        const card = await fixture(html`<tf-sheet-card training="formation-test" .feed=${twoFaults}></tf-sheet-card>`);
        await waitUntil(() => noticeOf(card) !== null, 'the notice from ?tf-debug');
        expect(noticeOf(card)!.textContent).to.contain('2\u00a0entrée(s) ou lien(s) du flux ignoré(s)');
      } finally {
        history.replaceState(null, '', address);
      }
    });
  });
});
