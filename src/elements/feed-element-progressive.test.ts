/**
 * A large feed set as a session list's `feed`: its first page is validated and shown first, the rest is validated
 * after, in steps, and the widget's state replaced once (docs/security.md, « What is checked when: large feeds »).
 * No timing here: `npm run bench` measures.
 */
import { expect } from '@open-wc/testing';
import { expectAccessible, textOf, waitUntil } from '../../test/helpers.js';
import { progressiveThreshold } from '../model/parse-feed.js';
import type { Feed } from '../model/schema.js';
import { bigFeed } from './tf-session-list/test-support.js';
import './tf-session-list/define.js';
import type { TfSessionList } from './tf-session-list/tf-session-list.js';

/** A feed as a page's script has it (plain JSON), of 6,000 sessions: `s-0` … `s-5999`, ten per training. */
const largeFeed = (): any => JSON.parse(JSON.stringify(bigFeed(Math.ceil(progressiveThreshold / 10) + 100, 10)));

const shownIds = (element: TfSessionList) => {
  const state = element.feedState;
  return state.status === 'loaded' ? (state.feed as Feed).trainings.flatMap((t) => t.sessions.map((s) => s.id)) : [];
};

/** Mounted with the feed; resolves after the first render, before the rest of the feed is validated. */
async function mountLarge(feed: unknown): Promise<{ element: TfSessionList; issues: Promise<CustomEvent> }> {
  const element = document.createElement('tf-session-list') as TfSessionList;
  element.setAttribute('now', '2023-01-01');
  element.setAttribute('show-past', '');
  element.feed = feed;
  const issues = new Promise<CustomEvent>((resolve) => element.addEventListener('tf-feed-issues', (event) => resolve(event as CustomEvent), { once: true }));
  document.body.append(element);
  await element.updateComplete;
  return { element, issues };
}

describe('a large feed: the first page first', function () {
  this.timeout(60_000);
  afterEach(() => document.querySelectorAll('tf-session-list').forEach((element) => element.remove()));

  it('shows the first page, then leaves out and reports a broken entry beyond it', async () => {
    const feed = largeFeed();
    feed.trainings[0].sessions[5].mode = 'ailleurs'; // s-5 starts in June 2023: far from the first page
    const { element, issues } = await mountLarge(feed);
    const first = element.feedState;
    expect(first.status === 'loaded' && first.checking).to.equal(true);
    expect(element.shadowRoot!.querySelectorAll('li.session')).to.have.length(50);
    expect(shownIds(element)).to.include('s-0');
    expect(shownIds(element)).to.not.include('s-5');
    // How many sessions remain is not known before the rest is checked: no count rather than the first page's.
    const more = () => element.shadowRoot!.querySelector('button.more');
    expect(textOf(more())).to.equal('Voir plus de sessions');
    expect(element.shadowRoot!.querySelector('.count')?.textContent?.trim() ?? '').to.equal('');

    const event = await issues;
    expect(event.detail.issues).to.deep.equal([
      { path: 'trainings[0].sessions[5].mode', message: event.detail.issues[0].message, dropped: 'trainings[0].sessions[5]' },
    ]);
    await waitUntil(() => element.feedState.status === 'loaded' && !element.feedState.checking, 'the whole feed');
    await element.updateComplete;
    const ids = shownIds(element);
    expect(ids).to.have.length(feed.trainings.length * 10 - 1);
    expect(ids).to.not.include('s-5');
    expect(element.shadowRoot!.querySelectorAll('li.session')).to.have.length(50);
    expect(textOf(more())).to.match(/^Voir plus de sessions \([\d\s]+ restantes\)$/);
    expect(Number(textOf(more()).replace(/\D/g, ''))).to.equal(ids.length - 50);
  });

  it('validates the page and one session more first: « Voir plus » adds it meanwhile, the rest of the page with the whole feed', async () => {
    const feed = largeFeed();
    const { element } = await mountLarge(feed);
    const rows = () => [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.session')];
    const more = () => element.shadowRoot!.querySelector<HTMLButtonElement>('button.more');
    expect(shownIds(element)).to.have.length(51);
    expect(rows()).to.have.length(50);
    expect(textOf(more())).to.equal('Voir plus de sessions');

    more()!.click(); // before the rest is checked: no task has run since the first render
    await element.updateComplete;
    expect(element.feedState.status === 'loaded' && element.feedState.checking, 'still checking').to.equal(true);
    expect(rows()).to.have.length(51);
    const firstRows = rows().map(textOf);
    const added = rows()[50]!;
    expect(element.shadowRoot!.activeElement, 'focus on the session added').to.equal(added);
    // Nothing more is validated yet: no button that would add nothing, and no count.
    expect(more()).to.equal(null);
    await expectAccessible(element);

    await waitUntil(() => element.feedState.status === 'loaded' && !element.feedState.checking, 'the whole feed');
    await element.updateComplete;
    expect(rows()).to.have.length(100);
    expect(rows()[50], 'the same row, kept').to.equal(added);
    expect(element.shadowRoot!.activeElement, 'focus stays where the reader was').to.equal(added);
    // The whole feed's order: the sessions shown first stay first, in the same order.
    expect(rows().slice(0, 51).map(textOf)).to.deep.equal(firstRows);
    expect(textOf(more())).to.match(/^Voir plus de sessions \([\d\s]+ restantes\)$/);
    expect(Number(textOf(more()).replace(/\D/g, ''))).to.equal(feed.trainings.length * 10 - 100);
  });

  it('never shows a broken session of the first page, nor a session whose id another one beyond it has', async () => {
    const feed = largeFeed();
    feed.trainings[0].sessions[0].dates[0].start = '1er janvier'; // s-0: the first of the first page
    feed.trainings[3].sessions[6].id = 's-108'; // s-36 (2023-01-10) is on the first page, s-108 (2023-01-01) too
    feed.trainings[50].sessions[0].id = 's-216'; // s-500 later in the feed, with the id of a first-page session
    const { element, issues } = await mountLarge(feed);
    const first = shownIds(element);
    expect(first).to.not.include('s-0');
    expect(first.filter((id) => id === 's-108' || id === 's-216')).to.deep.equal([]);
    const event = await issues;
    expect(event.detail.issues.map((issue: { dropped: string }) => issue.dropped)).to.have.members([
      'trainings[0].sessions[0]',
      'trainings[10].sessions[8]',
      'trainings[50].sessions[0]',
    ]);
    await waitUntil(() => element.feedState.status === 'loaded' && !element.feedState.checking, 'the whole feed');
    const ids = shownIds(element);
    expect(ids).to.not.include('s-0');
    expect(ids.filter((id) => id === 's-108')).to.have.length(1);
    expect(ids.filter((id) => id === 's-216')).to.have.length(1);
  });
});
