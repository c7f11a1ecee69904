/**
 * Loading a feed from a server that hangs, stalls in the middle of the body, fails once or goes down after a first
 * answer (the test server's misbehaving routes, web-test-runner.config.mjs), and from an address that is not one.
 */
import { expect } from '@open-wc/testing';
import { loadFeed } from './load-feed.js';

let serial = 0;
/** A fresh route: each key has its own count of requests on the server. */
const route = (behaviour: string) => `/test-server/${behaviour}/${Date.now()}-${(serial += 1)}`;

describe('loading a feed over a network that misbehaves', () => {
  it('ends a server that never answers in an error state, after the timeout', async () => {
    const state = await loadFeed(route('hang'), { timeoutSeconds: 0.3 });
    expect(state.status).to.equal('error');
    if (state.status !== 'error' || state.error.kind !== 'network') throw new Error(JSON.stringify(state));
    expect(state.error.cause).to.contain('0.3 s');
  });

  it('ends a body that stalls half-way in an error state too', async () => {
    const state = await loadFeed(route('stall'), { timeoutSeconds: 0.5 });
    expect(state.status).to.equal('error');
  });

  it('asks the network again on a retry after a failure', async () => {
    const url = route('fail-once');
    const first = await loadFeed(url);
    expect(first).to.deep.include({ status: 'error' });
    if (first.status === 'error') expect(first.error).to.include({ kind: 'http', status: 500 });
    const retry = await loadFeed(url);
    expect(retry.status).to.equal('loaded');
  });

  it('falls back to the browser’s cached copy when the network fails, and marks it stale', async () => {
    const url = route('cached-then-down');
    const fresh = await loadFeed(url);
    expect(fresh.status).to.equal('loaded');
    expect(fresh).not.to.have.property('stale');
    // The page's shared request is kept for a loaded feed: a second widget does not ask again…
    expect(await loadFeed(url)).to.equal(fresh);
    // …so forget it, as a new page would, and ask with the server down.
    const { clearFeedCache } = await import('./load-feed.js');
    clearFeedCache();
    const offline = await loadFeed(url);
    expect(offline.status).to.equal('loaded');
    expect(offline).to.include({ stale: true });
    // A copy from the cache is not shared: the next request asks the network again.
    expect(await loadFeed(url)).not.to.equal(offline);
  });

  it('turns a src that is not an address into an error state, never a rejection', async () => {
    const rejections: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      const state = await loadFeed('http://[');
      expect(state.status).to.equal('error');
      if (state.status === 'error' && state.error.kind === 'network') expect(state.error.cause).to.contain('adresse invalide');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(rejections).to.deep.equal([]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection);
    }
  });
});
