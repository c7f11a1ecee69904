import { expect } from '@open-wc/testing';
import { feedUrl, minimalFeed } from '../../test/fixtures.js';
import { loadFeed, type FeedRequests } from './load-feed.js';

describe('loadFeed', () => {
  let requests: FeedRequests;
  // A cache of its own for each test: each asks afresh, whatever the page asked before.
  beforeEach(() => {
    requests = new Map();
  });
  const load = (src: string) => loadFeed(src, location.href, requests);

  it('shares one request between callers of the same URL', async () => {
    const originalFetch = window.fetch;
    let calls = 0;
    window.fetch = (input, init) => {
      calls += 1;
      return originalFetch(input, init);
    };
    try {
      const src = feedUrl(minimalFeed());
      const [a, b] = await Promise.all([load(src), load(src)]);
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
      const state = await load(`/status-${status}.json`);
      expect(state).to.deep.equal({ status: 'error', error: { kind: 'http', url: new URL(`/status-${status}.json`, location.href).href, status } });
    }
    window.fetch = originalFetch;
  });

  it('turns a network failure into a network error, and asks again next time', async () => {
    const originalFetch = window.fetch;
    let calls = 0;
    window.fetch = async () => {
      calls += 1;
      throw new TypeError('Failed to fetch');
    };
    try {
      const first = await load('/offline.json');
      expect(first.status).to.equal('error');
      expect(first.status === 'error' && first.error.kind).to.equal('network');
      await load('/offline.json');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('turns a body that is not JSON into a json error', async () => {
    const state = await load(feedUrl('<html>not json</html>'));
    expect(state.status === 'error' && state.error.kind).to.equal('json');
  });
});
