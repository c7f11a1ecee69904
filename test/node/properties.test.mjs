/**
 * Property-based tests (fast-check): random valid feeds are accepted whole, and random damage to the demo feed never
 * makes parseFeed or the model throw. What is kept of a damaged feed is a feed the model can use: sessions,
 * calendar files, JSON-LD and quiz scores are computed for all of it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { importModel } from './model.mjs';

const model = await importModel();
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
  JSON.stringify(coursesJsonLd(items, { sheetUrl: () => undefined, registrationUrl: () => undefined }, 'fr'));
  for (const quiz of feed.quizzes) scoreQuiz(quiz, {}, 'pre', new Date(0));
}

// ---------------------------------------------------------------------------------------------------------------
// Random damage to the demo feed

/** Every path to a value of the feed: `['trainings', 0, 'title']`… */
function pathsOf(value, prefix = []) {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.keys(value).flatMap((key) => pathsOf(value[key], [...prefix, Array.isArray(value) ? Number(key) : key]))];
}
const demoPaths = pathsOf(demo).filter((path) => path.length > 0);

const hostileKey = fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'then');
const hostileString = fc.oneof(
  fc.string(),
  fc.constantFrom('', '   ', '\u0000', '\r', 'javascript:alert(1)', 'https://', '0023-09-25', '2023-02-30', '9999-12-31T23:59:59Z', 'constructor', '__proto__', '</script>', 'x'.repeat(10_000)),
);
const anyValue = fc.oneof(fc.jsonValue(), hostileString, fc.constantFrom(null, -1, 0, 1.5, 1e308, true, [], {}));

/** One change: replace a value, delete it, rename it to a hostile key, or duplicate an array element. */
const damage = fc.record({
  path: fc.constantFrom(...demoPaths),
  kind: fc.constantFrom('replace', 'delete', 'hostile-key', 'duplicate'),
  value: anyValue,
  key: hostileKey,
});

function apply(feed, { path, kind, value, key }) {
  const parent = path.slice(0, -1).reduce((node, step) => node?.[step], feed);
  const last = path[path.length - 1];
  if (parent === null || typeof parent !== 'object' || !Object.hasOwn(parent, last)) return;
  if (kind === 'replace') parent[last] = value;
  else if (kind === 'delete') Array.isArray(parent) ? parent.splice(last, 1) : delete parent[last];
  else if (kind === 'hostile-key') Object.defineProperty(parent, key, { value: parent[last], enumerable: true, configurable: true, writable: true });
  else if (Array.isArray(parent)) parent.push(structuredClone(parent[last]));
}

test('random damage to the demo feed never throws; what is kept is usable and every leaving-out is explained', () => {
  fc.assert(
    fc.property(fc.array(damage, { minLength: 1, maxLength: 6 }), (changes) => {
      const feed = structuredClone(demo);
      for (const change of changes) apply(feed, change);
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

// ---------------------------------------------------------------------------------------------------------------
// Random valid feeds

const idArb = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,12}$/);
const textArb = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => /\S/.test(text));
const dayArb = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-30T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const rangeArb = fc.tuple(dayArb, fc.integer({ min: 0, max: 400 }), fc.boolean()).map(([start, length, timed]) => {
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + length * 86_400_000).toISOString().slice(0, 10);
  if (end.startsWith('+') || end < start) return { start };
  return timed ? { start: `${start}T09:00:00+02:00`, end: `${end}T17:30:00+02:00` } : { start, end };
});
const seatsArb = fc.integer({ min: 0, max: 50 }).chain((total) => fc.record({ total: fc.constant(total), remaining: fc.integer({ min: 0, max: total }) }));
const sessionArb = (id) =>
  fc.record(
    {
      id: fc.constant(id),
      label: textArb,
      mode: fc.constantFrom('in-person', 'remote', 'blended'),
      dates: fc.array(rangeArb, { minLength: 1, maxLength: 3 }),
      seats: seatsArb,
      cancelled: fc.boolean(),
      registrationUrl: fc.constantFrom('https://example.org/inscription', 'mailto:contact@example.org', 'tel:+33 3 88 00 00 00'),
    },
    { requiredKeys: ['id', 'mode', 'dates'] },
  );
const optionsArb = fc.uniqueArray(idArb, { minLength: 2, maxLength: 5 }).map((ids) => ids.map((id, i) => ({ id, label: `Option ${id}`, correct: i === 0 })));
const itemArb = (id) =>
  fc.oneof(
    optionsArb.map((options) => ({ id, type: 'single', prompt: 'Question ?', options })),
    optionsArb.map((options) => ({ id, type: 'multiple', prompt: 'Question ?', options })),
    fc.boolean().map((answer) => ({ id, type: 'true-false', prompt: 'Vrai ?', answer })),
    fc.integer({ min: 2, max: 7 }).map((n) => ({ id, type: 'scale', prompt: 'Niveau ?', levels: Array.from({ length: n }, (_, i) => ({ label: `Niveau ${i}` })) })),
    fc.constant({ id, type: 'text', prompt: 'Et vous ?' }),
  );

const validFeedArb = fc
  .record({
    trainingIds: fc.uniqueArray(idArb, { maxLength: 4 }),
    sessionIds: fc.uniqueArray(idArb, { maxLength: 12 }),
    itemIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 6 }),
    title: textArb,
    quiz: fc.boolean(),
  })
  .chain(({ trainingIds, sessionIds, itemIds, title, quiz }) =>
    fc.record({
      version: fc.constant(1),
      trainings: fc.tuple(
        ...trainingIds.map((id, t) =>
          fc.tuple(...sessionIds.filter((_, s) => s % Math.max(trainingIds.length, 1) === t).map(sessionArb)).map((sessions) => ({
            id,
            title,
            provider: { name: 'Organisme' },
            sessions,
          })),
        ),
      ),
      quizzes: quiz ? fc.tuple(fc.tuple(...itemIds.map(itemArb)).map((items) => ({ id: 'quiz', title: 'Quiz', items }))) : fc.constant([]),
      programmes: fc.constant([]),
    }),
  );

test('random valid feeds are accepted whole, and the model uses all of them without an error', () => {
  fc.assert(
    fc.property(validFeedArb, (feed) => {
      const result = parseFeed(feed);
      assert.ok(result.ok, JSON.stringify(result.issues));
      assert.deepEqual(result.issues, []);
      assert.equal(result.feed.trainings.flatMap((t) => t.sessions).length, feed.trainings.flatMap((t) => t.sessions).length);
      useEverything(result.feed);
    }),
    { numRuns: 200 },
  );
});
