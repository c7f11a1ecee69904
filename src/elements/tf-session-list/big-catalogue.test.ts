/**
 * A national catalogue of 10,000 sessions: the first page of 50, the count, pagination and every filter work on the
 * whole catalogue. How long each takes is measured by `npm run bench` (bench/results.md), not here: a loaded machine
 * must not fail the tests.
 */
import { expect } from '@open-wc/testing';
import { expectAccessible, textOf, waitUntil } from '../../../test/helpers.js';
import { parseFeed } from '../../model/parse-feed.js';
import type { Feed } from '../../model/schema.js';
import { bigFeed, choose, control, countText, mount, sessionItems } from './test-support.js';

describe('<tf-session-list> with 10,000 sessions', function () {
  this.timeout(60_000);
  let feed: Feed;

  before(() => {
    const parsed = parseFeed(bigFeed(1000, 10));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues.slice(0, 3)));
    feed = parsed.feed;
  });

  afterEach(() => document.querySelectorAll('tf-session-list').forEach((element) => element.remove()));

  it('shows the first page of 50, filters the whole catalogue, and adds 50 more on demand', async () => {
    const element = await mount({ now: '2023-01-01', 'show-past': true }, feed);
    // A feed this large shows its first page while the rest is checked: no count until the whole is known.
    if (element.feedState.status === 'loaded' && element.feedState.checking) expect(countText(element), 'while checking').to.equal('');
    await waitUntil(() => element.feedState.status === 'loaded' && !element.feedState.checking, 'the whole catalogue checked', 30_000);
    await element.updateComplete;
    expect(countText(element)).to.equal('10 000 sessions');
    expect(sessionItems(element)).to.have.length(50);
    expect(textOf(control(element, 'button.more'))).to.equal('Voir plus de sessions (9 950 restantes)');

    await choose(element, '#filter-q', 'equipe');
    expect(countText(element)).to.equal('2 000 sessions');
    await choose(element, '#filter-region', 'Grand Est');
    expect(countText(element)).to.equal('250 sessions');
    for (const text of ['m', 'me', 'met', 'metz']) await choose(element, '#filter-q', text);
    // Metz is every 12th session, Grand Est every 8th: one in 24.
    expect(countText(element)).to.equal('417 sessions');

    await choose(element, '#filter-q', '');
    control<HTMLButtonElement>(element, 'button.more').click();
    await element.updateComplete;
    expect(sessionItems(element)).to.have.length(100);
    await expectAccessible(element);
  });

  it('renders the first screen’s sessions at once, the others as they come near the screen, opened ones always', async () => {
    const element = await mount({ now: '2023-01-01', 'show-past': true }, feed);
    const later = () => sessionItems(element).map((li) => li.classList.contains('session--later'));
    expect(later().slice(0, 12)).to.deep.equal(Array(12).fill(false));
    expect(later().slice(12)).to.deep.equal(Array(38).fill(true));
    const far = sessionItems(element)[40]!;
    expect(getComputedStyle(far).contentVisibility).to.equal('auto');
    // Still in the page's text and focusable, as find-in-page and screen readers need.
    expect(textOf(far)).to.contain('Détails');
    far.focus();
    expect(element.shadowRoot!.activeElement).to.equal(far);
    far.querySelector<HTMLButtonElement>('.details-toggle')!.click();
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(far.classList.contains('session--later'), 'opened: always rendered').to.equal(false);
    expect(getComputedStyle(far).contentVisibility).to.equal('visible');
  });
});
