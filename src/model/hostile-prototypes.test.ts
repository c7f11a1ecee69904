/**
 * A host page that adds enumerable keys to Object.prototype and Array.prototype (old CMS libraries do): validation
 * must neither throw nor read the page's values into absent fields. The library is imported only after the page is
 * polluted, as on such a site, where the legacy scripts run first.
 */
import { expect } from '@open-wc/testing';
import type { parseFeed as ParseFeed } from './parse-feed.js';

const objectKeys = { polluted: 'x', label: () => 'page', url: 'javascript:alert(1)', training: 'nope', options: 7 };
const arrayKeys = { extra: () => 'page', last: 3 };

function pollute(target: object, keys: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(keys)) Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

function restore(target: object, keys: Record<string, unknown>): void {
  for (const key of Object.keys(keys)) delete (target as Record<string, unknown>)[key];
}

describe('a host page with a polluted Object.prototype and an extended Array.prototype', () => {
  let parseFeed: typeof ParseFeed;
  let demo: unknown;

  before(async () => {
    demo = await (await fetch('/demo/feed.json')).json();
    pollute(Object.prototype, objectKeys);
    pollute(Array.prototype, arrayKeys);
    ({ parseFeed } = await import('./parse-feed.js'));
  });

  after(() => {
    restore(Object.prototype, objectKeys);
    restore(Array.prototype, arrayKeys);
  });

  it('validates the demo feed without an issue', () => {
    const result = parseFeed(structuredClone(demo));
    expect(result.ok).to.equal(true);
    expect(result.issues.length).to.equal(0);
  });

  it('never reads the page’s values into absent fields', () => {
    const result = parseFeed(structuredClone(demo));
    if (!result.ok) throw new Error('refused');
    const session = result.feed.trainings.flatMap((t) => t.sessions).find((s) => !Object.hasOwn(s, 'registrationUrl'))!;
    expect(session.registrationUrl).to.equal(undefined);
    const unlabelled = result.feed.trainings.find((t) => !Object.hasOwn(t, 'url'));
    if (unlabelled) expect(unlabelled.url).to.equal(undefined);
    const quiz = result.feed.quizzes.find((q) => !Object.hasOwn(q, 'training'));
    if (quiz) expect(quiz.training).to.equal(undefined);
    const textItem = result.feed.quizzes.flatMap((q) => q.items).find((i) => i.type === 'text')!;
    expect((textItem as Record<string, unknown>)['options']).to.equal(undefined);
  });

  it('still leaves out a broken entry and keeps the rest', () => {
    const feed = structuredClone(demo) as { quizzes: { items: { type: string }[] }[] };
    feed.quizzes[0]!.items[3]!.type = 'essay';
    const result = parseFeed(feed);
    expect(result.ok).to.equal(true);
    expect(result.issues.map((i) => i.dropped).join()).to.equal('quizzes[0].items[3]');
  });
});

describe('a host page whose Object.prototype holds only functions (methods a legacy library adds)', () => {
  const methods = { extend: () => 'page', registrationUrl: () => 'page' };
  let demo: unknown;

  before(async () => {
    demo = await (await fetch('/demo/feed.json')).json();
    pollute(Object.prototype, methods);
  });

  after(() => restore(Object.prototype, methods));

  it('validates the demo feed, and no absent field reads a method', async () => {
    const { parseFeed } = await import('./parse-feed.js');
    const result = parseFeed(structuredClone(demo));
    if (!result.ok) throw new Error('refused');
    expect(result.issues.length).to.equal(0);
    const session = result.feed.trainings.flatMap((t) => t.sessions).find((s) => !Object.hasOwn(s, 'registrationUrl'))!;
    expect(session.registrationUrl).to.equal(undefined);
    expect((session as Record<string, unknown>)['extend']).to.equal(undefined);
  });
});
