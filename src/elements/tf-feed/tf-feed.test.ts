import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { feedUrl, minimalFeed } from '../../../test/fixtures.js';
import { captureConsoleErrors, resetFeedCache, waitUntil } from '../../../test/helpers.js';
import type { FeedState } from '../../model/feed-state.js';
import { loadFeed } from '../../model/load-feed.js';
import './define.js';
import type { TfFeed } from './tf-feed.js';

describe('<tf-feed>', () => {
  beforeEach(() => resetFeedCache());

  it('loads the feed from src and announces it with tf-feed-load', async () => {
    const src = feedUrl(minimalFeed());
    const element = document.createElement('tf-feed') as TfFeed;
    const loaded = oneEvent(element, 'tf-feed-load');
    element.src = src;
    document.body.append(element);
    const event = await loaded;
    expect(event.detail.feed.trainings[0].id).to.equal('formation-test');
    expect(element.feedState.status).to.equal('loaded');
    element.remove();
  });

  it('reads an inline <script type="application/json"> child instead of src', async () => {
    const element = await fixture<TfFeed>(html`<tf-feed src="/nowhere.json">
      <script type="application/json">${JSON.stringify(minimalFeed())}</script>
    </tf-feed>`);
    await waitUntil(() => element.feedState.status !== 'loading', 'inline feed');
    expect(element.feedState.status).to.equal('loaded');
  });

  it('reports an invalid inline JSON as a json error with tf-feed-error', async () => {
    const { errors } = await captureConsoleErrors(async () => {
      const element = await fixture<TfFeed>(html`<tf-feed><script type="application/json">{ not json</script></tf-feed>`);
      await waitUntil(() => element.feedState.status === 'error', 'error state');
      const state = element.feedState as Extract<FeedState, { status: 'error' }>;
      expect(state.error.kind).to.equal('json');
    });
    expect(errors.join('\n')).to.contain('JSON');
  });

  it('reports an invalid feed with every issue path in the console', async () => {
    const feed = minimalFeed() as unknown as { version?: number; trainings: { sessions: { dates: { start: string }[] }[] }[] };
    feed.trainings[0]!.sessions[0]!.dates[0]!.start = '16 oct. 2023';
    // A wrong top level refuses the feed whole (a wrong session alone would only be left out).
    delete feed.version;
    const { errors } = await captureConsoleErrors(async () => {
      const element = document.createElement('tf-feed') as TfFeed;
      const failed = oneEvent(element, 'tf-feed-error');
      element.src = feedUrl(feed);
      document.body.append(element);
      const event = await failed;
      expect(event.detail.error.kind).to.equal('invalid');
      expect(event.detail.error.issues.map((issue: { path: string }) => issue.path)).to.deep.equal(['version', 'trainings[0].sessions[0].dates[0].start']);
      element.remove();
    });
    expect(errors.join('\n')).to.contain('trainings[0].sessions[0].dates[0].start');
  });

  it('says a feed is missing when it has neither src nor inline script', async () => {
    await captureConsoleErrors(async () => {
      const element = await fixture<TfFeed>(html`<tf-feed></tf-feed>`);
      await waitUntil(() => element.feedState.status === 'error', 'error state');
      expect((element.feedState as Extract<FeedState, { status: 'error' }>).error.kind).to.equal('missing');
    });
  });

  it('renders its children in place (display: contents)', async () => {
    const element = await fixture<TfFeed>(html`<tf-feed><p>contenu</p></tf-feed>`);
    expect(getComputedStyle(element).display).to.equal('contents');
    expect(element.shadowRoot).to.not.equal(null);
  });
});

describe('loadFeed', () => {
  beforeEach(() => resetFeedCache());

  it('shares one request between callers of the same URL', async () => {
    const originalFetch = window.fetch;
    let calls = 0;
    window.fetch = (input, init) => {
      calls += 1;
      return originalFetch(input, init);
    };
    try {
      const src = feedUrl(minimalFeed());
      const [a, b] = await Promise.all([loadFeed(src), loadFeed(src)]);
      expect(calls).to.equal(1);
      expect(a).to.equal(b);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('turns HTTP 404 and 500 into http errors with their status', async () => {
    const originalFetch = window.fetch;
    for (const status of [404, 500]) {
      window.fetch = async () => new Response('oops', { status });
      const state = await loadFeed(`/status-${status}.json`);
      expect(state).to.deep.equal({ status: 'error', error: { kind: 'http', url: new URL(`/status-${status}.json`, location.href).href, status } });
    }
    window.fetch = originalFetch;
  });

  it('turns a network failure into a network error, and asks again next time', async () => {
    const originalFetch = window.fetch;
    let calls = 0;
    window.fetch = async (_input, init) => {
      // The browser's HTTP cache is asked too (force-cache) when the network fails: not a request to the network.
      if (init?.cache !== 'force-cache') calls += 1;
      throw new TypeError('Failed to fetch');
    };
    try {
      const first = await loadFeed('/offline.json');
      expect(first.status).to.equal('error');
      expect(first.status === 'error' && first.error.kind).to.equal('network');
      await loadFeed('/offline.json');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('turns a body that is not JSON into a json error', async () => {
    const state = await loadFeed(feedUrl('<html>not json</html>'));
    expect(state.status === 'error' && state.error.kind).to.equal('json');
  });
});
