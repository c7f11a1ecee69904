import { expect } from '@open-wc/testing';
import { firstPageSessions, parseFeedProgressively, type SessionKeys } from './progressive-feed.js';
import { parseFeed, progressiveThreshold } from './parse-feed.js';
import { demoFeed } from '../../test/helpers.js';

/** The demo feed and enough generated trainings (ten sessions each, one a day from 2024) to pass the threshold. */
async function bigFeed(): Promise<any> {
  const feed: any = await demoFeed();
  const count = Math.ceil(progressiveThreshold / 10) + 20;
  for (let t = 0; t < count; t += 1) {
    const sessions = Array.from({ length: 10 }, (_, s) => {
      const day = new Date(Date.UTC(2024, 0, 1 + t * 10 + s)).toISOString().slice(0, 10);
      return { id: `gen-${t}-${s}`, mode: 'in-person', place: { city: 'Metz' }, dates: [{ start: day, end: day }] };
    });
    feed.trainings.push({ id: `gen-${t}`, title: `Formation ${t}`, provider: { name: 'Organisme' }, sessions });
  }
  return feed;
}

/** What the session list asks for with default filters from 2024-01-01: its first 50 sessions. */
const pick = (keys: SessionKeys) => firstPageSessions(keys, { count: 50, today: '2024-01-01', past: false });

const noWait = () => Promise.resolve();
const sessionIds = (feed: { trainings: { sessions: { id: string }[] }[] }) => feed.trainings.flatMap((t) => t.sessions.map((s) => s.id));
/** Index of generated training `t` in the feed (after the demo's). */
const at = (feed: any, id: string) => feed.trainings.findIndex((t: any) => t.id === id);

describe('large feeds: the first page first', () => {
  it('shows first only the trainings asked for, then gives what parseFeed gives', async () => {
    const feed = await bigFeed();
    const progressive = parseFeedProgressively(structuredClone(feed), pick);
    expect(progressive).to.not.equal(undefined);
    const first = progressive!.first;
    expect(first.trainings.length).to.be.within(1, 60);
    expect(sessionIds(first)).to.include('gen-0-0');
    const whole = await progressive!.rest(noWait);
    expect(whole).to.deep.equal(parseFeed(structuredClone(feed)));
  });

  it('checks first the sessions of the first page only, not the other sessions of their trainings', async () => {
    const feed = await bigFeed();
    const t = at(feed, 'gen-4');
    // The first 45 sessions from 2024-01-01: gen-0 to gen-3 whole, and gen-4's first five.
    feed.trainings[t].sessions[7].dates[0].start = 'bientôt';
    const progressive = parseFeedProgressively(structuredClone(feed), (keys) => firstPageSessions(keys, { count: 45, today: '2024-01-01', past: false }))!;
    const first = sessionIds(progressive.first);
    expect(first.filter((id) => id.startsWith('gen-4-'))).to.deep.equal(['gen-4-0', 'gen-4-1', 'gen-4-2', 'gen-4-3', 'gen-4-4']);
    expect(first).to.include.members(['gen-0-9', 'gen-3-9']);
    const whole = await progressive.rest(noWait);
    expect(whole).to.deep.equal(parseFeed(structuredClone(feed)));
    expect(whole.ok && whole.issues.map((issue) => issue.dropped)).to.deep.equal([`trainings[${t}].sessions[7]`]);
  });

  it('keeps a session « en janvier 2024 » (a month without an end) on the first page until the month is over', async () => {
    const feed = await bigFeed();
    feed.trainings[at(feed, 'gen-0')].sessions[0].dates = [{ start: '2024-01-01', startPrecision: 'month' }];
    const from = (today: string) => sessionIds(parseFeedProgressively(structuredClone(feed), (keys) => firstPageSessions(keys, { count: 50, today, past: false }))!.first);
    expect(from('2024-01-31')).to.include('gen-0-0');
    expect(from('2024-02-01')).to.not.include('gen-0-0');
  });

  it('keeps small feeds, and pages that decline, on parseFeed', async () => {
    expect(parseFeedProgressively(await demoFeed(), pick)).to.equal(undefined);
    expect(parseFeedProgressively(await bigFeed(), () => undefined)).to.equal(undefined);
  });

  it('leaves out and reports a broken entry beyond the first page once the rest is checked', async () => {
    const feed = await bigFeed();
    const t = at(feed, 'gen-400');
    feed.trainings[t].sessions[3].dates[0].start = 'bientôt';
    const progressive = parseFeedProgressively(structuredClone(feed), pick)!;
    expect(sessionIds(progressive.first)).to.include('gen-0-0');
    let yields = 0;
    const whole = await progressive.rest(() => ((yields += 1), Promise.resolve()));
    expect(yields).to.be.greaterThan(1);
    expect(whole.ok).to.equal(true);
    if (!whole.ok) return;
    expect(whole.issues).to.deep.equal([
      { path: `trainings[${t}].sessions[3].dates[0].start`, message: whole.issues[0]!.message, dropped: `trainings[${t}].sessions[3]` },
    ]);
    expect(sessionIds(whole.feed)).to.not.include('gen-400-3');
    expect(whole).to.deep.equal(parseFeed(structuredClone(feed)));
  });

  it('never shows first a session or training of the first page that fails its schema', async () => {
    const feed = await bigFeed();
    feed.trainings[at(feed, 'gen-0')].sessions[0].mode = 'ailleurs';
    feed.trainings[at(feed, 'gen-1')].provider = 'IRTS';
    const progressive = parseFeedProgressively(structuredClone(feed), pick)!;
    const first = sessionIds(progressive.first);
    expect(first).to.not.include('gen-0-0');
    expect(first).to.include('gen-0-1');
    expect(first.some((id) => id.startsWith('gen-1-'))).to.equal(false);
    const whole = await progressive.rest(noWait);
    expect(whole).to.deep.equal(parseFeed(structuredClone(feed)));
    expect(whole.ok && whole.issues.map((issue) => issue.dropped)).to.have.members([`trainings[${at(feed, 'gen-0')}].sessions[0]`, `trainings[${at(feed, 'gen-1')}]`]);
  });

  it('shows first no entry whose id another entry has, on either side of the boundary', async () => {
    const feed = await bigFeed();
    // A first-page training whose id an earlier one (beyond the first page: past sessions) already has, and a
    // training beyond the first page with the id of one on it: the later of each pair is left out.
    const later = at(feed, 'gen-2');
    feed.trainings[later].id = feed.trainings[0].id;
    const laterStill = at(feed, 'gen-300');
    feed.trainings[laterStill].id = 'gen-1';
    // A first-page session whose id a session beyond the first page has, and the reverse (a later duplicate).
    feed.trainings[at(feed, 'gen-3')].sessions[0].id = 'gen-500-0';
    feed.trainings[at(feed, 'gen-450')].sessions[1].id = 'gen-4-0';
    // Two sessions of the first page with one id: neither is shown first.
    feed.trainings[at(feed, 'gen-0')].sessions[2].id = 'gen-4-5';
    const progressive = parseFeedProgressively(structuredClone(feed), pick)!;
    const first = sessionIds(progressive.first);
    expect(first.some((id) => id.startsWith('gen-2-'))).to.equal(false);
    expect(first).to.not.include('gen-500-0');
    expect(first).to.not.include('gen-4-0');
    expect(first).to.not.include('gen-4-5');
    expect(first).to.include('gen-0-3');
    expect(first).to.include('gen-4-6');
    expect(first).to.include('gen-3-1');
    expect(first).to.include('gen-1-0');
    const whole = await progressive.rest(noWait);
    expect(whole).to.deep.equal(parseFeed(structuredClone(feed)));
    if (!whole.ok) return;
    expect(whole.issues.map((issue) => issue.dropped)).to.have.members([
      `trainings[${later}]`,
      `trainings[${laterStill}]`,
      `trainings[${at(feed, 'gen-500')}].sessions[0]`,
      `trainings[${at(feed, 'gen-450')}].sessions[1]`,
      `trainings[${at(feed, 'gen-4')}].sessions[5]`,
    ]);
  });

  it('gives parseFeed’s result for broken quizzes and programmes too', async () => {
    const feed = await bigFeed();
    feed.quizzes[0].items[3].type = 'essay';
    feed.quizzes[0].items[1].id = feed.quizzes[0].items[0].id;
    feed.programmes.push({ id: 'cadrage-2', title: '', modules: [] });
    feed.quizzes[1].training = 'gen-nowhere';
    const whole = await parseFeedProgressively(structuredClone(feed), pick)!.rest(noWait);
    const sync = parseFeed(structuredClone(feed));
    expect(whole.ok).to.equal(true);
    if (!whole.ok || !sync.ok) return;
    expect(whole.feed).to.deep.equal(sync.feed);
    expect(whole.issues).to.have.deep.members(sync.issues);
  });
});
