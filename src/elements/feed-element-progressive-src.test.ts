/**
 * A large feed given by `src` (the widget's own, or its `<tf-feed>`'s) takes the same road as a large `feed`
 * property: the first page is validated and shown first, the rest after, in steps; the end is parseFeed's result,
 * with the same notices and events as a feed validated whole. No timing here: `npm run bench` measures.
 */
import { expect } from '@open-wc/testing';
import { feedUrl } from '../../test/fixtures.js';
import { captureConsoleErrors, waitUntil } from '../../test/helpers.js';
import { parseFeed, progressiveThreshold } from '../model/parse-feed.js';
import type { FeedState } from '../model/feed-state.js';
import { bigFeed } from './tf-session-list/test-support.js';
import './tf-session-list/define.js';
import './tf-feed/define.js';
import type { TfSessionList } from './tf-session-list/tf-session-list.js';
import type { TfFeed } from './tf-feed/tf-feed.js';

/** The text of a feed of 6,000 sessions (`s-0` … `s-5999`, ten per training), `s-5` broken when `broken`. */
function largeFeedText(broken = false): string {
  const feed = JSON.parse(JSON.stringify(bigFeed(Math.ceil(progressiveThreshold / 10) + 100, 10)));
  if (broken) feed.trainings[0].sessions[5].mode = 'ailleurs'; // s-5 starts in June 2023: far from the first page
  return JSON.stringify(feed);
}

/** The widget's state when its first session rows are painted (read in the same task as the render). */
function stateAtFirstRows(list: TfSessionList): Promise<FeedState> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!list.shadowRoot!.querySelector('li.session')) return;
      observer.disconnect();
      resolve(list.feedState);
    });
    observer.observe(list.shadowRoot!, { childList: true, subtree: true });
  });
}

const whole = (state: FeedState) => state.status === 'loaded' && !state.checking;

describe('a large feed by src: the first page first', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('tf-session-list, tf-feed').forEach((element) => element.remove()));

  it('on a session list’s own src: first page, then the whole feed as parseFeed validates it', async () => {
    const text = largeFeedText(true);
    const list = document.createElement('tf-session-list') as TfSessionList;
    list.setAttribute('now', '2023-01-01');
    list.setAttribute('show-past', '');
    list.setAttribute('src', feedUrl(text));
    const issues = new Promise<CustomEvent>((resolve) => list.addEventListener('tf-feed-issues', (event) => resolve(event as CustomEvent), { once: true }));
    document.body.append(list);
    const first = await stateAtFirstRows(list);
    expect(first.status === 'loaded' && first.checking).to.equal(true);
    expect(list.shadowRoot!.querySelectorAll('li.session')).to.have.length(50);

    const expected = parseFeed(JSON.parse(text));
    const event = await issues;
    expect(event.target).to.equal(list);
    expect(expected.ok).to.equal(true);
    expect(event.detail.issues).to.deep.equal(expected.issues);
    await waitUntil(() => whole(list.feedState), 'the whole feed');
    const state = list.feedState;
    expect(state.status === 'loaded' && state.feed).to.deep.equal(expected.ok && expected.feed);
    expect(state.status === 'loaded' && state.issues).to.deep.equal(expected.issues);
  });

  it('in a <tf-feed src>: the widget shows its first page while the <tf-feed> is still loading, then its feed', async () => {
    const text = largeFeedText(true);
    const provider = document.createElement('tf-feed') as TfFeed;
    provider.setAttribute('src', feedUrl(text));
    provider.setAttribute('debug', '');
    provider.innerHTML = '<tf-session-list now="2023-01-01" show-past></tf-session-list>';
    const list = provider.querySelector('tf-session-list') as TfSessionList;
    const events: string[] = [];
    const issues = new Promise<CustomEvent>((resolve) => provider.addEventListener('tf-feed-issues', (event) => resolve(event as CustomEvent), { once: true }));
    const loaded = new Promise<CustomEvent>((resolve) => provider.addEventListener('tf-feed-load', (event) => resolve(event as CustomEvent), { once: true }));
    for (const name of ['tf-feed-issues', 'tf-feed-load', 'tf-feed-error']) provider.addEventListener(name, () => events.push(name));
    document.body.append(provider);
    const first = await stateAtFirstRows(list);
    expect(first.status === 'loaded' && first.checking).to.equal(true);
    // The provider says nothing before the whole feed is validated: its state and events are those of today.
    expect(provider.feedState.status).to.equal('loading');
    expect(events).to.deep.equal([]);

    const expected = parseFeed(JSON.parse(text));
    const event = await issues;
    // Reported once, by the <tf-feed>, before tf-feed-load, as for a feed validated whole.
    expect(event.target).to.equal(provider);
    expect(event.detail.issues).to.deep.equal(expected.issues);
    expect((await loaded).detail.feed).to.deep.equal(expected.ok && expected.feed);
    await waitUntil(() => whole(list.feedState), 'the whole feed in the widget');
    expect(list.feedState).to.equal(provider.feedState);
    expect(events).to.deep.equal(['tf-feed-issues', 'tf-feed-load']);
    await list.updateComplete;
    // The webmaster's notice of entries left out, as for a feed validated whole.
    expect(list.shadowRoot!.textContent).to.contain('1\u00a0entrée(s) ou lien(s) du flux ignoré(s)');
  });

  it('says a cached copy may be out of date from its first page on, and still once the whole feed is validated', async () => {
    const text = largeFeedText();
    const src = '/offline-large-feed.json';
    // The network fails; the browser's HTTP cache still has a copy (what load-feed.ts asks with force-cache).
    const originalFetch = window.fetch;
    window.fetch = async (_input, init) => {
      if (init?.cache !== 'force-cache') throw new TypeError('Failed to fetch');
      return new Response(text, { headers: { 'Content-Type': 'application/json' } });
    };
    try {
      const list = document.createElement('tf-session-list') as TfSessionList;
      list.setAttribute('now', '2023-01-01');
      list.setAttribute('show-past', '');
      list.setAttribute('src', src);
      document.body.append(list);
      const first = await stateAtFirstRows(list);
      expect(first.status === 'loaded' && first.checking && first.stale).to.equal(true);
      await list.updateComplete;
      expect(list.shadowRoot!.textContent).to.contain('Ces informations peuvent ne pas être à jour.');

      await waitUntil(() => whole(list.feedState), 'the whole feed');
      const state = list.feedState;
      expect(state.status === 'loaded' && state.stale).to.equal(true);
      await list.updateComplete;
      expect(list.shadowRoot!.textContent).to.contain('Ces informations peuvent ne pas être à jour.');
      expect(list.shadowRoot!.querySelectorAll('li.session')).to.have.length(50);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('ends in the same error as today when the large feed is refused, with its URL, in the page’s language', async () => {
    const feed = JSON.parse(largeFeedText());
    feed.version = 'deux'; // the feed's own fields are wrong: refused whole, as parseFeed says
    const text = JSON.stringify(feed);
    const src = feedUrl(text);
    const provider = document.createElement('tf-feed') as TfFeed;
    provider.setAttribute('src', src);
    provider.innerHTML = '<tf-session-list now="2023-01-01" show-past></tf-session-list>';
    const list = provider.querySelector('tf-session-list') as TfSessionList;
    const failed = new Promise<CustomEvent>((resolve) => provider.addEventListener('tf-feed-error', (event) => resolve(event as CustomEvent), { once: true }));
    const { errors } = await captureConsoleErrors(async () => {
      document.body.append(provider);
      await failed;
    });
    const expected = parseFeed(JSON.parse(text));
    expect(expected.ok).to.equal(false);
    expect(provider.feedState).to.deep.equal({ status: 'error', error: { kind: 'invalid', url: src, issues: expected.issues } });
    expect(errors.join('\n')).to.contain(`flux invalide (${src})`);
    await waitUntil(() => list.feedState === provider.feedState, 'the widget with it');
    await list.updateComplete;
    expect(list.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
  });
});
