/** The studio's DOM-free editing model: paths, history, new items and copies, references, import detection. */
import { expect } from '@open-wc/testing';
import type { Feed } from '../../model/schema.js';
import { minimalFeed } from '../../../test/fixtures.js';
import { getAt, insertAt, moveAt, parsePathKey, pathKey, removeAt, setAt } from './paths.js';
import { History } from './history.js';
import { duplicateItem, emptyFeed, newItem, newValue, weeksAfter } from './create.js';
import { referenceAt } from './references.js';
import { detectFormat, importSource } from './import.js';
import { feedShape, shapeAt } from './shapes.js';
import { snippetFor, snippetProblem, defaultPreview, dropInUrl, libraryVersion } from './snippet.js';
import { feedCalendar } from './export.js';

describe('studio model', () => {
  it('edits by path without touching the original, and reads parseFeed paths back', () => {
    const feed = minimalFeed();
    const edited = setAt(feed, ['trainings', 0, 'title'], 'Nouveau titre');
    expect(feed.trainings[0]?.title).to.equal('Formation de test');
    expect(edited.trainings[0]?.title).to.equal('Nouveau titre');
    expect(edited.quizzes).to.equal(feed.quizzes, 'untouched branches are shared');
    expect(getAt(setAt(feed, ['trainings', 0, 'audience'], undefined), ['trainings', 0])).not.to.have.property('audience');
    const key = pathKey(['trainings', 0, 'sessions', 1, 'dates', 0, 'start']);
    expect(key).to.equal('trainings[0].sessions[1].dates[0].start');
    expect(parsePathKey(key)).to.deep.equal(['trainings', 0, 'sessions', 1, 'dates', 0, 'start']);
    const list = { items: ['a', 'b', 'c'] };
    expect(moveAt(list, ['items'], 0, 2).items).to.deep.equal(['b', 'c', 'a']);
    expect(moveAt(list, ['items'], 0, -1).items).to.deep.equal(['a', 'b', 'c']);
    expect(removeAt(list, ['items'], 1).items).to.deep.equal(['a', 'c']);
    expect(insertAt({}, ['items'], 0, 'x')).to.deep.equal({ items: ['x'] });
  });

  it('undoes and redoes, one step per field typed in', () => {
    const history = new History('a');
    history.commit('ab', 'title');
    history.commit('abc', 'title');
    history.commit('abc!', 'other');
    expect(history.undo()).to.equal('abc');
    expect(history.undo()).to.equal('a');
    expect(history.canUndo).to.equal(false);
    expect(history.redo()).to.equal('abc');
    history.commit('z');
    expect(history.canRedo).to.equal(false);
  });

  it('builds new items from the schema, with ids not yet used', () => {
    const feed = minimalFeed();
    const session = newItem(feed, ['trainings', 0, 'sessions']) as Record<string, unknown>;
    expect(session).to.deep.equal({ id: 'session-1', mode: 'in-person', dates: [{ start: '' }] });
    const withOne = insertAt(feed, ['trainings', 0, 'sessions'], 1, session);
    expect((newItem(withOne, ['trainings', 0, 'sessions']) as { id: string }).id).to.equal('session-2');
    const quiz = newItem(feed, ['quizzes']) as { items: { type: string; options: unknown[] }[] };
    expect(quiz.items[0]?.type).to.equal('single');
    expect(quiz.items[0]?.options).to.have.length(2, 'a choice needs two options');
    expect(newValue(feed, ['trainings', 0, 'price'])).to.deep.equal({});
    expect(newValue(feed, ['trainings', 0, 'contacts'])).to.deep.equal([{ name: '' }]);
  });

  it('copies a session to the following weeks, keeping its weekdays, with a new id', () => {
    const feed = minimalFeed();
    expect(weeksAfter([{ start: '2023-10-16', end: '2023-10-17' }])).to.equal(1);
    expect(weeksAfter([{ start: '2023-10-16' }, { start: '2023-10-30', end: '2023-10-31' }])).to.equal(3);
    expect(weeksAfter([{ start: '' }])).to.equal(undefined);
    const { copy, shiftedWeeks } = duplicateItem(feed, ['trainings', 0, 'sessions', 0]);
    expect(shiftedWeeks).to.equal(1);
    expect(copy).to.deep.include({ id: 'session-1', dates: [{ start: '2023-10-23', end: '2023-10-24' }] });
    const training = duplicateItem(feed, ['trainings', 0]).copy as Feed['trainings'][number];
    expect(training.id).not.to.equal('formation-test');
    expect(training.sessions[0]?.id).not.to.equal('session-test-1');
  });

  it('offers the ids a reference may name, never free text', () => {
    const feed: Feed = {
      ...minimalFeed(),
      programmes: [{ id: 'cadre', title: 'Cadre', modules: [{ id: 'm1', number: 1, title: 'Module 1', sequences: [{ id: 's1', number: 1, title: 'Séquence 1' }] }] }],
      quizzes: [{ id: 'q', title: 'Quiz', training: 'formation-test', items: [{ id: 'i', type: 'text', prompt: '?' }] }],
    };
    expect(referenceAt(feed, ['trainings', 0, 'programme'])).to.deep.equal({ multiple: false, choices: [{ value: 'cadre', label: 'Cadre' }] });
    expect(referenceAt(feed, ['trainings', 0, 'module'])?.choices.map((c) => c.value)).to.deep.equal(['m1']);
    expect(referenceAt(feed, ['quizzes', 0, 'items', 0, 'objectives'])).to.deep.equal({ multiple: true, choices: [{ value: 'obj-1', label: 'Comprendre le test' }] });
    expect(referenceAt(feed, ['quizzes', 0, 'items', 0, 'sequences'])?.choices[0]?.label).to.equal('Module 1 › Séquence 1');
    expect(referenceAt(feed, ['trainings', 0, 'title'])).to.equal(undefined);
  });

  it('reads every field of the schema, quiz item types included', () => {
    const item = shapeAt(['quizzes', 0, 'items', 0], emptyFeed());
    expect(item?.kind).to.equal('variants');
    if (item?.kind === 'variants') expect(item.options.map((o) => o.value)).to.include.members(['single', 'multiple', 'true-false', 'scale', 'text']);
    expect(shapeAt(['trainings', 0, 'sessions', 0, 'dates', 0, 'start'], emptyFeed())).to.deep.equal({ kind: 'date', withTime: true });
    expect(shapeAt(['trainings', 0, 'registrationDeadline'], emptyFeed())).to.deep.equal({ kind: 'date', withTime: false });
    expect(feedShape().fields.map((f) => f.key)).to.include.members(['version', 'trainings', 'quizzes', 'programmes']);
  });

  it('recognises what is opened, and opens a feed whatever lists it lacks', async () => {
    expect(detectFormat('{"version":1,"trainings":[]}')).to.equal('feed');
    expect(detectFormat('<?xml version="1.0"?>\n<lheo xmlns="http://lheo.gouv.fr/2.3"><offres/></lheo>')).to.equal('lheo');
    expect(detectFormat('Intitulé;Ville;Date de début\nA;Metz;16/10/2023\n', 'plan.csv')).to.equal('csv');
    expect(detectFormat('::Q1:: La Terre est ronde {T}')).to.equal('gift');
    expect(detectFormat('hello')).to.equal(undefined);
    // H5P: a Question Set, and a lone content the converter reads, as the command line recognises them.
    expect(detectFormat('{"questions":[{"library":"H5P.TrueFalse 1.8","params":{"question":"<p>Vrai ?</p>","correct":"true"}}]}')).to.equal('h5p');
    expect(detectFormat('{"question":"<p>Laquelle ?</p>","answers":[{"text":"A","correct":true},{"text":"B","correct":false}]}')).to.equal('h5p');
    expect(detectFormat('{"question":"<p>Vrai ?</p>","correct":"false"}')).to.equal('h5p');
    expect(detectFormat('{"version":1,"questions":[],"trainings":[]}')).to.equal('feed');
    const opened = await importSource('\uFEFF{"trainings":[]}');
    expect(opened.ok && opened.feed).to.deep.equal({ version: 1, trainings: [], quizzes: [], programmes: [] });
    const broken = await importSource('{"trainings": [');
    expect(!broken.ok && broken.failure.code).to.equal('json');
    expect(!(await importSource('{"a":1}')).ok).to.equal(true);
  });

  it('writes the snippet of the previewed element, and one calendar for every session', () => {
    const feed = minimalFeed();
    const snippet = snippetFor(feed, { ...defaultPreview, widget: 'tf-sheet-card', theme: 'dark', language: 'en', feedUrl: 'https://ex.org/f.json?a=1&b="2"' });
    expect(snippet).to.contain('<tf-feed src="https://ex.org/f.json?a=1&amp;b=&quot;2&quot;">');
    expect(snippet).to.contain('<tf-sheet-card training="formation-test" lang="en" theme="dark"></tf-sheet-card>');
    const ics = feedCalendar(feed, new Date('2023-09-01T00:00:00Z'));
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).to.equal(true);
    expect(ics.match(/BEGIN:VEVENT/g)).to.have.length(1);
    expect(ics).to.contain('DTSTART;VALUE=DATE:20231016').and.to.contain('DTEND;VALUE=DATE:20231018');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).to.equal(true);
  });

  it('writes no snippet of an element the feed cannot fill, nor with a javascript: address; pins the version', async () => {
    const feed = minimalFeed();
    expect(snippetProblem(feed, { ...defaultPreview, widget: 'tf-programme' })).to.equal('no-target');
    expect(snippetFor(feed, { ...defaultPreview, widget: 'tf-programme' })).to.equal('', 'no <tf-programme> without its programme');
    expect(snippetProblem(feed, { ...defaultPreview, feedUrl: 'javascript:alert(1)' })).to.equal('unsafe-url');
    expect(snippetFor(feed, { ...defaultPreview, feedUrl: ' JavaScript:alert(1)' })).to.equal('');
    expect(snippetFor(feed, { ...defaultPreview, feedUrl: 'formations.json' })).to.contain('<tf-feed src="formations.json">');
    const version = ((await (await fetch('/package.json')).json()) as { version: string }).version;
    expect(libraryVersion).to.equal(version, 'the snippet pins package.json\'s version');
    expect(dropInUrl).to.contain(`training-feed-widgets@${version}/`);
    expect(await (await fetch('/README.md')).text()).to.contain(dropInUrl, 'the README\'s snippet and the studio\'s load the same file');
  });
});
