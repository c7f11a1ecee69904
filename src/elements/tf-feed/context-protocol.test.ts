/**
 * `<tf-feed>` speaks the context protocol itself (feed-provider.ts) rather than through Lit's ContextProvider: what
 * any consumer of the protocol (Lit's ContextConsumer here, another copy of the library on the page) relies on.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement } from 'lit';
import { minimalFeed } from '../../../test/fixtures.js';
import { waitUntil } from '../../../test/helpers.js';
import { feedContext } from '../../controllers/feed-context.js';
import type { FeedState } from '../../model/feed-state.js';
import './define.js';
import { TfFeed } from './tf-feed.js';

/** A host with one consumer of the feed context; `subscribe` as Lit's ContextConsumer takes it. */
class FeedReader extends LitElement {
  received: FeedState[] = [];
  consumer?: ContextConsumer<typeof feedContext, FeedReader>;
  subscribe = true;
  override connectedCallback(): void {
    this.consumer ??= new ContextConsumer(this, { context: feedContext, subscribe: this.subscribe, callback: (state) => this.received.push(state) });
    super.connectedCallback();
  }
}
customElements.define('tf-test-feed-reader', FeedReader);

const inlineFeed = () => html`<script type="application/json">${JSON.stringify(minimalFeed())}</script>`;

describe('<tf-feed> and the context protocol', () => {
  it('answers a subscriber with the loading state, then each new state; no more once it unsubscribed', async () => {
    const feed = await fixture<TfFeed>(html`<tf-feed>${inlineFeed()}<tf-test-feed-reader></tf-test-feed-reader></tf-feed>`);
    const reader = feed.querySelector<FeedReader>('tf-test-feed-reader')!;
    await waitUntil(() => reader.received.some((state) => state.status === 'loaded'), 'the loaded feed');
    expect(reader.received[0]!.status).to.equal('loading');
    expect(reader.consumer!.value?.status).to.equal('loaded');
    reader.remove();
    const before = reader.received.length;
    await feed.reload();
    expect(reader.received.length).to.equal(before);
  });

  it('answers a one-time request with the state of the moment', async () => {
    const feed = await fixture<TfFeed>(html`<tf-feed>${inlineFeed()}</tf-feed>`);
    await waitUntil(() => feed.feedState.status === 'loaded', 'the loaded feed');
    const reader = document.createElement('tf-test-feed-reader') as FeedReader;
    reader.subscribe = false;
    feed.append(reader);
    expect(reader.received.map((state) => state.status)).to.deep.equal(['loaded']);
  });

  it('reaches the requests made before it was defined, through a ContextRoot', async () => {
    new ContextRoot().attach(document.body);
    const container = await fixture<HTMLElement>(html`<div><tf-feed-defined-late>${inlineFeed()}<tf-test-feed-reader></tf-test-feed-reader></tf-feed-defined-late></div>`);
    const reader = container.querySelector<FeedReader>('tf-test-feed-reader')!;
    expect(reader.received).to.deep.equal([]);
    customElements.define('tf-feed-defined-late', class extends TfFeed {});
    await waitUntil(() => reader.received.some((state) => state.status === 'loaded'), 'the feed, once the provider is defined');
  });
});
