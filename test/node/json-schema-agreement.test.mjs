/**
 * The generated JSON Schema (dist/feed.schema.json) and the library's parseFeed give the same verdict on a corpus of
 * mutations of demo/feed.json, checked with ajv (JSON Schema 2020-12, strict mode). The only differences allowed
 * are the rules JSON Schema cannot say, listed here and each exercised by a mutation.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { importModel } from './model.mjs';

const { parseFeed } = await importModel();
const schema = JSON.parse(readFileSync(new URL('../../dist/feed.schema.json', import.meta.url), 'utf8'));
const demo = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);


const quizItem = (feed, type) => feed.quizzes[0].items.find((item) => item.type === type);

/** [what, change to the demo feed, whether the feed stays valid]: both validators must agree. */
const sameVerdict = [
  ['the demo feed as is', () => {}, true],
  ['an unknown field at every level', (f) => { f.extra = 1; f.trainings[0].extra = {}; f.trainings[0].sessions[0].extra = []; }, true],
  ['no version', (f) => delete f.version, false],
  ['a version as text', (f) => (f.version = '1'), false],
  ['trainings as an object', (f) => (f.trainings = {}), false],
  ['no quizzes', (f) => delete f.quizzes, false],
  ['programmes null', (f) => (f.programmes = null), false],
  ['an id with a space', (f) => (f.trainings[0].id = 'irts fc'), false],
  ['an empty id', (f) => (f.quizzes[0].id = ''), false],
  ['a blank title', (f) => (f.trainings[0].title = '   '), false],
  ['an empty title', (f) => (f.programmes[0].title = ''), false],
  ['a title as a number', (f) => (f.trainings[1].title = 4), false],
  ['a title with spaces around', (f) => (f.trainings[1].title = '  Aller vers  '), true],
  ['no provider', (f) => delete f.trainings[0].provider, false],
  ['a blank provider name', (f) => (f.trainings[0].provider.name = '\t'), false],
  ['a French session mode', (f) => (f.trainings[0].sessions[0].mode = 'présentiel'), false],
  ['no date range (dates to come)', (f) => (f.trainings[0].sessions[0].dates = []), true],
  ['a French date', (f) => (f.trainings[0].sessions[0].dates[0].start = '24 nov. 2021'), false],
  ['the 30th of February', (f) => (f.trainings[0].sessions[0].dates[0].start = '2021-02-30'), false],
  ['the 29th of February of a leap year', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '2024-02-29' }), true],
  ['the 29th of February of another year', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '2023-02-29' }), false],
  ['a date-time without seconds', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '2021-11-24T09:00+01:00' }), true],
  ['a date-time without offset', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '2021-11-24T09:00:00' }), false],
  ['a date-time in UTC', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '2021-11-24T08:00:00Z' }), true],
  ['a date-time with a fraction of a second', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '2021-11-24T08:00:00.5Z' }), true],
  ['the year 23 written 0023', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '0023-09-25' }), true],
  ['a date-time as a registration deadline', (f) => (f.trainings[0].registrationDeadline = '2021-11-01T00:00:00Z'), false],
  ['a javascript: link', (f) => (f.trainings[0].url = 'javascript:alert(1)'), false],
  ['an ftp: link', (f) => (f.trainings[0].url = 'ftp://example.org/fiche.pdf'), false],
  ['a data: link', (f) => (f.programmes[0].url = 'data:text/html,<b>x</b>'), false],
  ['https:// without a host', (f) => (f.trainings[0].url = 'https://'), false],
  ['https:/// with an empty host', (f) => (f.trainings[0].url = 'https:///fiche'), false],
  ['a link with a user name', (f) => (f.trainings[0].url = 'https://opco@evil.example/'), false],
  ['an accented path', (f) => (f.trainings[0].url = 'https://exemple.fr/formation-été'), true],
  ['a space in a link', (f) => (f.trainings[0].url = 'https://exemple.fr/ma fiche.pdf'), false],
  ['a spaced phone number', (f) => (f.trainings[0].url = 'tel:+33 3 88 00 00 00'), true],
  ['a mailto: link', (f) => (f.trainings[0].url = 'mailto:contact@example.org?subject=Inscription'), true],
  ['a mailto: link without an address', (f) => (f.trainings[0].url = 'mailto:contact'), false],
  ['a link with a port and a fragment', (f) => (f.trainings[0].url = 'http://localhost:8000/fiche#objectifs'), true],
  ['an upper-case scheme', (f) => (f.trainings[0].url = 'HTTPS://example.org/'), false],
  ['an e-mail without @', (f) => (f.trainings[2].contacts[0].email = 'chloe at example.org'), false],
  ['an e-mail with a plus', (f) => (f.trainings[2].contacts[0].email = 'chloe+formation@example.org'), true],
  ['a negative number of seats', (f) => (f.trainings[0].sessions[0].seats = { total: -1 }), false],
  ['a fractional number of seats', (f) => (f.trainings[0].sessions[0].seats = { total: 1.5 }), false],
  ['seats as text', (f) => (f.trainings[0].sessions[0].seats = { remaining: '3' }), false],
  ['a four-letter currency', (f) => (f.trainings[0].price = { amount: 100, currency: 'EURO' }), false],
  ['a lower-case currency', (f) => (f.trainings[0].price = { amount: 100, currency: 'eur' }), true],
  ['a negative price', (f) => (f.trainings[0].price = { amount: -1 }), false],
  ['zero days', (f) => (f.trainings[0].duration = { label: '0 jour', days: 0 }), false],
  ['an unknown item type', (f) => (f.quizzes[0].items[0].type = 'essay'), false],
  ['a single-choice item with one option', (f) => (quizItem(f, 'single').options = quizItem(f, 'single').options.slice(0, 1)), false],
  ['a scale of eight levels', (f) => (quizItem(f, 'scale').levels = Array.from({ length: 8 }, (_, i) => ({ label: `Niveau ${i}` }))), false],
  ['a true-false answer as text', (f) => (quizItem(f, 'true-false').answer = 'vrai'), false],
  ['a true-false item without its answer', (f) => delete quizItem(f, 'true-false').answer, false],
  ['a quiz without items', (f) => (f.quizzes[1].items = []), false],
  ['a band above 100', (f) => (f.quizzes[0].bands[0].min = 101), false],
  ['a negative pass score', (f) => (f.quizzes[0].passScore = -1), false],
  ['cancelled as text', (f) => (f.trainings[0].sessions[0].cancelled = 'true'), false],
  ['an unknown partner role', (f) => (f.trainings[0].partners = [{ name: 'ARS', role: 'sponsor' }]), false],
  ['a training without sessions', (f) => delete f.trainings[0].sessions, false],
  ['a training with no session', (f) => (f.trainings[0].sessions = []), true],
  ['a negative module number', (f) => (f.programmes[0].modules[0].number = -1), false],
  ['a module without sequences', (f) => delete f.programmes[0].modules[0].sequences, false],
  ['a blank objective', (f) => (f.trainings[0].objectives[0].text = ' \n '), false],
];

const first = (list) => list[0].id;
/**
 * The rules only the library checks (src/model/feed-references.ts and the two checks between fields of one entry in
 * src/model/schema.ts; README lists them too), each with a change to the demo feed that breaks it: valid for JSON
 * Schema, reported by the library.
 */
const runtimeOnly = [
  ['trainings[].id unique', (f) => (f.trainings[1].id = first(f.trainings))],
  ['sessions[].id unique across the feed', (f) => (f.trainings[1].sessions[0].id = first(f.trainings[0].sessions))],
  ['quizzes[].id unique', (f) => (f.quizzes[1].id = first(f.quizzes))],
  ['programmes[].id unique', (f) => f.programmes.push(structuredClone(f.programmes[0]))],
  ['trainings[].objectives[].id unique in a training', (f) => (f.trainings[0].objectives[1].id = first(f.trainings[0].objectives))],
  ['quizzes[].items[].id unique in a quiz', (f) => (f.quizzes[0].items[1].id = first(f.quizzes[0].items))],
  ['quizzes[].items[].options[].id unique in an item', (f) => (quizItem(f, 'single').options[1].id = first(quizItem(f, 'single').options))],
  ['programmes[].modules[].id unique in a programme', (f) => (f.programmes[0].modules[1].id = first(f.programmes[0].modules))],
  ['programmes[].modules[].sequences[].id unique in a module', (f) => (f.programmes[0].modules[0].sequences[1].id = first(f.programmes[0].modules[0].sequences))],
  ['trainings[].programme names a programme', (f) => (f.trainings[0].programme = 'cadrage-inconnu')],
  ['trainings[].module names a module of that programme', (f) => (f.trainings[0].module = 'module-9')],
  ['trainings[].objectives[].sequences[] name sequences of the programmes', (f) => (f.trainings[0].objectives[0].sequences = ['sequence-99'])],
  ['programmes[].modules[].requires[] name modules of the same programme', (f) => (f.programmes[0].modules[1].requires = ['module-99'])],
  ['quizzes[].training names a training', (f) => (f.quizzes[0].training = 'formation-inconnue')],
  ['quizzes[].programme names a programme', (f) => (f.quizzes[0].programme = 'cadrage-inconnu')],
  ['quizzes[].items[].objectives[] name objectives of the quiz’s training', (f) => (f.quizzes[0].items[0].objectives = ['objectif-inconnu'])],
  ['quizzes[].items[].sequences[] name sequences of the programmes', (f) => (f.quizzes[0].items[0].sequences = ['sequence-99'])],
  ['quizzes[].bands[].recommendations[].training names a training', (f) => (f.quizzes[0].bands[0].recommendations[0].training = 'formation-inconnue')],
  ['quizzes[].bands[].recommendations[].sequence names a sequence of the programmes', (f) => (f.quizzes[0].bands[0].recommendations[0].sequence = 'sequence-99')],
  ['dates[].end not before dates[].start', (f) => (f.trainings[0].sessions[0].dates[0] = { start: '2021-11-24', end: '2021-11-20' })],
  ['seats.remaining not above seats.total', (f) => (f.trainings[0].sessions[0].seats = { total: 2, remaining: 3 })],
];

function mutated(change) {
  const feed = structuredClone(demo);
  change(feed);
  return feed;
}

const describeErrors = (errors) => (errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('; ');
const describeIssues = (issues) => issues.map((i) => `${i.path}: ${i.message}`).join('; ');

test('the corpus has at least 50 mutations', () => {
  assert.ok(sameVerdict.length + runtimeOnly.length >= 50, `${sameVerdict.length + runtimeOnly.length} mutations`);
});

for (const [what, change, valid] of sameVerdict) {
  test(`same verdict: ${what} (${valid ? 'valid' : 'invalid'})`, () => {
    const feed = mutated(change);
    const schemaSays = validate(feed);
    const result = parseFeed(feed);
    const librarySays = result.ok && result.issues.length === 0;
    assert.equal(schemaSays, valid, `JSON Schema: ${describeErrors(validate.errors)}`);
    assert.equal(librarySays, valid, `parseFeed: ${describeIssues(result.issues)}`);
  });
}

for (const [rule, change] of runtimeOnly) {
  test(`only the library checks: ${rule}`, () => {
    const feed = mutated(change);
    assert.equal(validate(feed), true, `JSON Schema: ${describeErrors(validate.errors)}`);
    const result = parseFeed(feed);
    assert.notEqual(result.issues.length, 0, 'parseFeed reports it');
  });
}
