/**
 * Property-based tests (fast-check): random valid feeds are accepted whole, and random damage to the demo feed never
 * makes parseFeed or the model throw. What is kept of a damaged feed is a feed the model can use: sessions,
 * calendar files, JSON-LD and quiz scores are computed for all of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { importFeedArbitraries, importModel } from './model.mjs';

const model = await importModel();
// Written once for this suite and the browser's (test/properties.test.ts).
const { validFeedArb, damageArb, applyDamage, pathsOf } = await importFeedArbitraries();
const { parseFeed, sessionEntries, sessionStatus, coursesJsonLd, sessionCalendar, scoreQuiz } = model;
const demo = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
const texts = { remote: 'À distance', provider: 'Organisme', registration: 'Inscription', more: 'En savoir plus' };

/** Everything the widgets compute from a feed, for every training, session and quiz. */
function useEverything(feed) {
  const items = sessionEntries(feed).map((entry) => ({ entry, status: sessionStatus(entry, '2023-01-01') }));
  for (const { entry } of items) {
    assert.ok(entry.start <= entry.end, `${entry.session.id}: ${entry.start} after ${entry.end}`);
    const ics = sessionCalendar({ training: entry.training, session: entry.session, url: undefined, registrationUrl: undefined, texts, stamp: new Date(0) });
    assert.match(ics, /^BEGIN:VCALENDAR\r\n[\s\S]*END:VCALENDAR\r\n$/);
  }
  JSON.stringify(coursesJsonLd(items, { sheetUrl: () => undefined, registrationUrl: () => undefined }));
  for (const quiz of feed.quizzes) scoreQuiz(quiz, {}, 'pre', new Date(0));
}

const demoPaths = pathsOf(demo).filter((path) => path.length > 0);

test('random damage to the demo feed never throws; what is kept is usable and every leaving-out is explained', () => {
  fc.assert(
    fc.property(fc.array(damageArb(demoPaths), { minLength: 1, maxLength: 6 }), (changes) => {
      const feed = structuredClone(demo);
      for (const change of changes) applyDamage(feed, change);
      const result = parseFeed(feed);
      assert.equal(typeof result.ok, 'boolean');
      for (const issue of result.issues) assert.ok(typeof issue.path === 'string' && typeof issue.message === 'string' && issue.message !== '');
      if (!result.ok) return;
      for (const issue of result.issues) assert.ok(issue.dropped, `${issue.path}: kept feed, issue without dropped`);
      useEverything(result.feed);
    }),
    { numRuns: 300 },
  );
});

test('random valid feeds are accepted whole, and the model uses all of them without an error', () => {
  fc.assert(
    fc.property(validFeedArb({ years: [1, 9999], quiz: 'sometimes' }), (feed) => {
      const result = parseFeed(feed);
      assert.ok(result.ok, JSON.stringify(result.issues));
      assert.deepEqual(result.issues, []);
      assert.equal(result.feed.trainings.flatMap((t) => t.sessions).length, feed.trainings.flatMap((t) => t.sessions).length);
      useEverything(result.feed);
    }),
    { numRuns: 200 },
  );
});
