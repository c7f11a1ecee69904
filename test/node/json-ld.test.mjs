/**
 * The JSON-LD of the demo feed meets Google's Course rich result requirements (offers with category on the Course,
 * courseWorkload or courseSchedule on each CourseInstance, VirtualLocation with url, instructor when named), and a
 * big catalogue is capped.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importModel } from './model.mjs';

const { parseFeed, sessionEntries, sessionStatus, coursesJsonLd, maxJsonLdSessions } = await importModel();
const demo = JSON.parse(readFileSync(new URL('../../demo/feed.json', import.meta.url), 'utf8'));
const today = '2021-09-01';

function graphOf(json, links = {}) {
  const result = parseFeed(json);
  assert.ok(result.ok, JSON.stringify(result.issues));
  const items = sessionEntries(result.feed).map((entry) => ({ entry, status: sessionStatus(entry, today) }));
  const allLinks = { sheetUrl: (training) => training.url, registrationUrl: (entry) => entry.session.registrationUrl, ...links };
  return { feed: result.feed, graph: coursesJsonLd(items, allLinks)['@graph'] };
}

test('every Course and CourseInstance of the demo feed has what Google requires', () => {
  const { feed, graph } = graphOf(structuredClone(demo), { pageUrl: 'https://example.org/formations' });
  assert.equal(graph.length, feed.trainings.length);
  for (const course of graph) {
    assert.equal(course['@type'], 'Course');
    for (const field of ['name', 'description']) assert.ok(course[field], `${course.name}: ${field}`);
    assert.ok(course.provider?.name, 'provider');
    assert.ok(['Free', 'Partially Free', 'Subscription', 'Paid'].includes(course.offers?.category), `${course.name}: offers.category`);
    for (const instance of course.hasCourseInstance) {
      assert.ok(instance.courseMode, 'courseMode');
      assert.ok(instance.courseWorkload ?? instance.courseSchedule, 'courseWorkload or courseSchedule');
      assert.match(instance.courseWorkload, /^P(T\d+H|\d+D)$/);
      if (instance.location?.['@type'] === 'VirtualLocation') assert.ok(instance.location.url, 'VirtualLocation.url');
    }
  }
  const praxis = graph.find((course) => course.provider.name === 'PRAXIS');
  assert.deepEqual(praxis.hasCourseInstance[0].instructor.map((person) => person.name), ['Chantal CORNIER', 'Jean-Xavier COUROT', 'Lara GELDREICH']);
  const irts = graph.find((course) => course.provider.name === 'IRTS Franche-Comté');
  assert.equal(irts.hasCourseInstance[0].courseWorkload, 'PT21H');
  assert.deepEqual(irts.hasCourseInstance[0].location, { '@type': 'VirtualLocation', url: 'https://example.org/formations' });
});

test('a price says Paid with its amount; a price of 0 says Free; neither price nor funder: no offer made up', () => {
  const feed = structuredClone(demo);
  feed.trainings[0].price = { amount: 1200, currency: 'EUR' };
  feed.trainings[1].price = { amount: 0 };
  delete feed.trainings[2].funder;
  const { graph } = graphOf(feed);
  const byId = new Map(graph.map((course) => [course['@id'], course]));
  assert.deepEqual(byId.get(`#course-${feed.trainings[0].id}`).offers, { '@type': 'Offer', category: 'Paid', price: 1200, priceCurrency: 'EUR' });
  assert.equal(byId.get(`#course-${feed.trainings[1].id}`).offers.category, 'Free');
  assert.equal(byId.get(`#course-${feed.trainings[2].id}`).offers, undefined);
});

test('a remote session with no link at all gets no VirtualLocation rather than one without url', () => {
  const { graph } = graphOf(structuredClone(demo));
  const irts = graph.find((course) => course.provider.name === 'IRTS Franche-Comté');
  for (const instance of irts.hasCourseInstance) assert.equal(instance.location, undefined);
});

test('no empty date, no end for an open range, no workload made up for it; French by default', () => {
  const session = (id, dates, extra = {}) => ({ id, mode: 'in-person', dates, ...extra });
  const feed = {
    version: 1,
    quizzes: [],
    programmes: [],
    trainings: [
      {
        id: 't',
        title: 'Formation',
        provider: { name: 'Organisme' },
        sessions: [
          session('none', []),
          session('permanent', [], { permanentEntry: true }),
          session('open', [{ start: '2024-01-15', openEnded: true }]),
          session('month', [{ start: '2024-09-01', startPrecision: 'month', end: '2025-12-31', endPrecision: 'year' }]),
          session('two', [{ start: '2024-03-04', end: '2024-03-05' }, { start: '2024-04-01', openEnded: true }]),
          session('day', [{ start: '2024-05-02' }]),
        ],
      },
    ],
  };
  const [course] = graphOf(feed).graph;
  assert.equal(course.inLanguage, 'fr', 'the texts’ language, whatever the page’s');
  const instance = (id) => course.hasCourseInstance.find((each) => each['@id'] === `#session-${id}`);
  for (const id of ['none', 'permanent']) {
    assert.equal('startDate' in instance(id), false, id);
    assert.equal('endDate' in instance(id), false, id);
    assert.equal('courseWorkload' in instance(id), false, `${id}: no days to count`);
  }
  assert.deepEqual([instance('open').startDate, 'endDate' in instance('open')], ['2024-01-15', false]);
  assert.deepEqual([instance('month').startDate, instance('month').endDate], ['2024-09-01', '2025-12-31'], 'the months as the feed holds them');
  assert.equal('courseWorkload' in instance('open'), false, 'an open range: its days are unknown');
  assert.equal('courseWorkload' in instance('month'), false, 'from a month to a year: its days are unknown, no 487 days of work');
  assert.deepEqual(instance('two').subEvent.map((event) => [event.startDate, event.endDate]), [['2024-03-04', '2024-03-05'], ['2024-04-01', undefined]]);
  assert.deepEqual([instance('day').startDate, instance('day').endDate, instance('day').courseWorkload], ['2024-05-02', '2024-05-02', 'P1D']);
  assert.doesNotMatch(JSON.stringify(course), /:""/, 'no empty text anywhere');
});

test(`a big catalogue describes its first ${maxJsonLdSessions} sessions only`, () => {
  const feed = structuredClone(demo);
  const model = feed.trainings[1].sessions[0];
  feed.trainings[1].sessions = Array.from({ length: 500 }, (_, i) => ({ ...model, id: `big-${i}` }));
  const { graph } = graphOf(feed);
  const described = graph.reduce((sum, course) => sum + course.hasCourseInstance.length, 0);
  assert.equal(described, maxJsonLdSessions);
});
