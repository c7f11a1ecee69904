import { expect } from '@open-wc/testing';
import { feedUrl, minimalFeed } from '../../test/fixtures.js';
import { fetchSource, validateFetched, type FeedRequests } from './load-feed.js';
import { loadFeed } from './load-sources.js';

describe('loadFeed', () => {
  let requests: FeedRequests;
  // A cache of its own for each test: each asks afresh, whatever the page asked before.
  beforeEach(() => {
    requests = new Map();
  });
  const load = (src: string, timeoutSeconds?: number) => loadFeed(src, location.href, { requests, ...(timeoutSeconds ? { timeoutSeconds } : {}) });

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
    window.fetch = async (_input, init) => {
      // The browser's HTTP cache is asked too (force-cache) when the network fails: not a request to the network.
      if (init?.cache !== 'force-cache') calls += 1;
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

  // A server that misbehaves on request: the test server's routes (web-test-runner.config.mjs).
  let serial = 0;
  /** A fresh route: each key has its own count of requests on the server. */
  const route = (behaviour: string) => `/test-server/${behaviour}/${Date.now()}-${(serial += 1)}`;

  it('ends a server that never answers in an error state, after the timeout', async () => {
    const state = await load(route('hang'), 0.3);
    if (state.status !== 'error' || state.error.kind !== 'network') throw new Error(JSON.stringify(state));
    expect(state.error.cause).to.contain('0.3 s');
  });

  it('ends a body that stalls half-way in an error state too', async () => {
    expect((await load(route('stall'), 0.5)).status).to.equal('error');
  });

  it('asks the network again on a retry after a failure', async () => {
    const url = route('fail-once');
    const first = await load(url);
    if (first.status !== 'error') throw new Error(JSON.stringify(first));
    expect(first.error).to.include({ kind: 'http', status: 500 });
    expect((await load(url)).status).to.equal('loaded');
  });

  it('falls back to the browser’s cached copy when the network fails, and marks it stale', async () => {
    const url = route('cached-then-down');
    const fresh = await load(url);
    expect(fresh.status).to.equal('loaded');
    expect(fresh).not.to.have.property('stale');
    // A loaded feed is shared: a second widget does not ask again…
    expect(await load(url)).to.equal(fresh);
    // …so ask as a new page would, with the server down.
    requests = new Map();
    const offline = await load(url);
    expect(offline).to.include({ status: 'loaded', stale: true });
    // A copy from the cache is not shared: the next request asks the network again.
    expect(await load(url)).not.to.equal(offline);
  });

  it('forgets an invalid feed’s request in the requests it was given, so that the next caller asks again', async () => {
    const src = feedUrl({ trainings: 'not a list' });
    const url = new URL(src, location.href).href;
    const invalid = await load(src);
    expect(invalid.status === 'error' && invalid.error.kind).to.equal('invalid');
    expect(requests.has(url)).to.equal(false);
    // A valid feed stays shared in them.
    const valid = feedUrl(minimalFeed());
    expect((await load(valid)).status).to.equal('loaded');
    expect(requests.has(new URL(valid, location.href).href)).to.equal(true);
  });

  it('forgets only its own request: a newer one for the same URL stays shared', async () => {
    const src = feedUrl({ trainings: 'not a list' });
    const url = new URL(src, location.href).href;
    const fetched = await fetchSource(src, location.href, { requests });
    if (fetched.status !== 'fetched') throw new Error(JSON.stringify(fetched));
    const newer = Promise.resolve(fetched);
    requests.set(url, newer);
    expect(validateFetched(fetched).status).to.equal('error');
    expect(requests.get(url)).to.equal(newer);
  });

  it('turns a src that is not an address into an error state, never a rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const state = await load('http://[');
      // Its own kind: no request was made, so no cached copy is looked for and no retry is offered.
      if (state.status !== 'error' || state.error.kind !== 'address') throw new Error(JSON.stringify(state));
      expect(state.error.url).to.equal('http://[');
      expect(state.error.cause).to.contain('URL');
      for (const src of ['javascript:void(0)', 'mailto:formations@example.org', 'file:///home/feed.json', 'ftp://example.org/feed.json']) {
        const other = await load(src);
        if (other.status !== 'error' || other.error.kind !== 'address') throw new Error(`${src}: ${JSON.stringify(other)}`);
        expect(other.error.url).to.equal(new URL(src).href);
        expect(other.error.cause).to.equal(new URL(src).protocol);
      }
      // Addresses fetch reads stay feeds: blob: (feedUrl) throughout these tests, and data:.
      const inline = await load(`data:application/json,${encodeURIComponent(JSON.stringify(minimalFeed()))}`);
      expect(inline.status).to.equal('loaded');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
