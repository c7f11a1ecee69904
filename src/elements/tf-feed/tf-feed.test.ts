import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { feedUrl, minimalFeed } from '../../../test/fixtures.js';
import { captureConsoleErrors, waitUntil } from '../../../test/helpers.js';
import type { FeedState } from '../../model/feed-state.js';
import type { Feed } from '../../model/schema.js';
import './define.js';
import type { TfFeed } from './tf-feed.js';

describe('<tf-feed>', () => {
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

  /** The feed `<tf-feed>` reads from a file of these bytes. */
  async function feedFromBytes(bytes: Uint8Array<ArrayBuffer>): Promise<Feed> {
    const element = document.createElement('tf-feed') as TfFeed;
    const loaded = oneEvent(element, 'tf-feed-load');
    element.src = URL.createObjectURL(new Blob([bytes], { type: 'application/json' }));
    document.body.append(element);
    const event = await loaded;
    element.remove();
    return event.detail.feed;
  }

  it('reads a feed saved as Windows-1252 (« ANSI ») with its accents, not « � »', async () => {
    const feed = minimalFeed();
    feed.trainings[0]!.title = 'Formation des bénévoles – l’été';
    // Windows-1252: one byte a character; « – » and « ’ » are 0x96 and 0x92 there.
    const high: Record<string, number> = { '–': 0x96, '’': 0x92 };
    const bytes = Uint8Array.from(JSON.stringify(feed), (c) => high[c] ?? c.charCodeAt(0));
    const loaded = await feedFromBytes(bytes);
    expect(loaded.trainings[0]!.title).to.equal('Formation des bénévoles – l’été');
  });

  it('keeps a UTF-8 feed UTF-8 when a stray byte of an older encoding is in it: one « � », not every accent garbled', async () => {
    const feed = minimalFeed();
    feed.trainings[0]!.title = 'Formation des bénévoles – l’été';
    feed.trainings[0]!.provider.name = 'Association STRAY';
    // « é » pasted from a Windows-1252 file: the one byte 0xE9 in a UTF-8 file, before « STRAY ».
    const text = JSON.stringify(feed);
    const bytes = new TextEncoder().encode(text);
    const at = new TextEncoder().encode(text.slice(0, text.indexOf('STRAY'))).length;
    const mixed = Uint8Array.from([...bytes.subarray(0, at), 0xe9, ...bytes.subarray(at)]);
    const loaded = await feedFromBytes(mixed);
    expect(loaded.trainings[0]!.title).to.equal('Formation des bénévoles – l’été');
    expect(loaded.trainings[0]!.provider.name).to.equal('Association \ufffdSTRAY');
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
