import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import ICAL from 'ical.js';
import { demoFeed, settle, textOf, waitUntil } from '../../../test/helpers.js';
import type { Feed } from '../../model/schema.js';
import { escapeText, foldLine } from '../../model/ics.js';
import { jsonLdOwnerAttribute } from '../../controllers/structured-data.js';
import { calendarFileOf, feedOf, mount, session, sessionItem, training } from './test-support.js';

type JsonObject = Record<string, unknown> & { [key: string]: any };

/** The text of the .ics file an entry's calendar link downloads. */
async function calendarOf(item: HTMLElement): Promise<string> {
  const link = item.querySelector<HTMLAnchorElement>('a[part="calendar"]')!;
  expect(link.hasAttribute('download')).to.equal(true);
  expect(link.getAttribute('download')).to.match(/\.ics$/);
  return calendarFileOf(item);
}

function events(ics: string): InstanceType<typeof ICAL.Event>[] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

let feed: Feed;

describe('<tf-session-list> add to calendar (.ics)', () => {
  before(async () => {
    feed = await demoFeed();
    // West of Greenwich, where "2021-11-24" read as UTC midnight would show the 23rd.
    await executeServerCommand('emulate-timezone', { timezoneId: 'America/Los_Angeles' });
  });

  after(async () => {
    await executeServerCommand('emulate-timezone', { timezoneId: null });
  });

  afterEach(() => document.querySelectorAll('tf-session-list').forEach((element) => element.remove()));

  it('runs in Los Angeles for these tests', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('America/Los_Angeles');
    expect(new Date(2021, 10, 24).getTimezoneOffset()).to.equal(480);
  });

  it('gives one all-day event per range, on the right days, with an exclusive end', async () => {
    const element = await mount({ now: '2021-09-01', 'sheet-href': 'https://example.org/formations/{id}' }, feed);
    const item = sessionItem(element, 'IRTS Franche-Comté · Groupe 1');
    expect(textOf(item.querySelector('.session__dates')), 'the page shows the same days').to.equal('Du 24 nov. au 7 déc. 2021, puis le 8 déc. 2021');
    const ics = await calendarOf(item);
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics.replace(/\r\n/g, '')).to.not.match(/[\r\n]/);
    const parsed = events(ics);
    expect(parsed).to.have.length(2);
    const [elearning, virtualClass] = parsed as [InstanceType<typeof ICAL.Event>, InstanceType<typeof ICAL.Event>];
    expect(elearning.startDate.isDate).to.equal(true);
    expect(elearning.startDate.toString()).to.equal('2021-11-24');
    expect(elearning.endDate.toString()).to.equal('2021-12-08');
    expect(virtualClass.startDate.toString()).to.equal('2021-12-08');
    expect(virtualClass.endDate.toString()).to.equal('2021-12-09');
    // In the reader's zone, the all-day event still starts on the 24th.
    expect(elearning.startDate.toJSDate().getDate()).to.equal(24);
    expect(elearning.summary).to.equal('La pratique de l\'Aller Vers les publics – Module 1 – Groupe 1 (Travail personnel sur la plateforme (e-learning))');
    expect(virtualClass.summary).to.contain('(Classe virtuelle)');
    expect(elearning.location).to.equal('À distance');
    expect(elearning.uid).to.equal('irts-fc-aller-vers-m1.irts-fc-g1.1@training-feed-widgets');
    expect(elearning.uid).to.not.equal(virtualClass.uid);
    expect(elearning.description).to.contain('Organisme : IRTS Franche-Comté');
    const vevent = elearning.component;
    expect(vevent.getFirstPropertyValue('url')).to.equal('https://example.org/formations/irts-fc-aller-vers-m1');
    expect(vevent.getFirstPropertyValue('dtstamp')).to.not.equal(null);
  });

  it('offers a calendar file only for days the feed names, and never pins a month, a year or an open end to a day', async () => {
    const element = await mount(
      { now: '2023-01-01', 'show-past': '' },
      feedOf(
        training('t', 'Formation aux dates vagues', [
          session('a-venir', [], { label: 'Dates à venir' }),
          session('mois', [{ start: '2023-09-01', end: '2023-09-30', startPrecision: 'month', endPrecision: 'month' }], { label: 'En septembre' }),
          session('annee', [{ start: '2024-01-01', startPrecision: 'year' }], { label: 'En 2024' }),
          session('ouverte', [{ start: '2023-02-01', openEnded: true }], { label: 'À partir de février' }),
          session('mixte', [{ start: '2023-03-06', end: '2023-03-07' }, { start: '2023-04-01', end: '2023-04-30', startPrecision: 'month', endPrecision: 'month', label: 'Stage' }], { label: 'Deux temps' }),
        ]),
      ),
    );
    for (const label of ['Dates à venir', 'En septembre', 'En 2024', 'À partir de février']) {
      const item = sessionItem(element, label);
      expect(item.querySelector('a[part="calendar"]'), label).to.equal(null);
      expect(item.querySelector('.actions'), `${label}: no empty actions box`).to.equal(null);
    }
    // The days known are in the file; the month of the internship is not pinned to its 1st.
    const parsed = events(await calendarOf(sessionItem(element, 'Deux temps')));
    expect(parsed).to.have.length(1);
    expect(parsed[0]!.startDate.toString()).to.equal('2023-03-06');
    expect(parsed[0]!.endDate.toString()).to.equal('2023-03-08');
    expect(parsed[0]!.uid).to.equal('t.mixte.1@training-feed-widgets');
  });

  it('gives the place, and the two days of an in-person session', async () => {
    const element = await mount({ now: '2021-09-01' }, feed);
    const [event] = events(await calendarOf(sessionItem(element, 'PRAXIS · Groupe 1')));
    expect(event!.startDate.toString()).to.equal('2023-09-25');
    expect(event!.endDate.toString()).to.equal('2023-09-27');
    expect(event!.location).to.equal('Strasbourg');
  });

  it('escapes , ; \\ and newlines, folds long lines at 75 octets, and keeps accents whole', async () => {
    const title = 'Écoute, accueil; et «\u00a0aller vers\u00a0» \\ les publics éloignés de l’emploi – une très longue formation pour déborder';
    const element = await mount(
      { now: '2023-01-01' },
      feedOf(
        training('t-long', title, [
          session('s-long', [{ start: '2023-03-01', end: '2023-03-02' }, { start: '2023-03-10T09:30:00+01:00', end: '2023-03-10T17:00:00+01:00', label: 'Bilan' }], {
            label: 'Groupe 1',
            place: { name: 'Maison des associations', address: '3, rue de l’Église', postalCode: '57000', city: 'Metz', region: 'Grand Est' },
            note: 'Ligne 1\nLigne 2',
            registrationUrl: 'https://example.org/inscription?formation=t-long&session=s-long&source=widget&campagne=automne-2023',
          }),
        ]),
      ),
    );
    const ics = await calendarOf(sessionItem(element, 'Groupe 1'));
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length, line).to.be.at.most(75);
    expect(ics).to.contain('\r\n ');
    const [allDay, timed] = events(ics) as [InstanceType<typeof ICAL.Event>, InstanceType<typeof ICAL.Event>];
    expect(allDay.summary).to.equal(`${title} – Groupe 1`);
    expect(allDay.location).to.equal('Maison des associations, 3, rue de l’Église, 57000 Metz');
    expect(allDay.description).to.contain('\n').and.contain('Inscription : https://example.org/inscription?formation=t-long');
    // A range with a time and an offset is an instant: 9:30 in Paris (UTC+1 in March) is 8:30 UTC.
    expect(timed.startDate.isDate).to.equal(false);
    expect(timed.startDate.toString()).to.equal('2023-03-10T08:30:00Z');
    expect(timed.endDate.toString()).to.equal('2023-03-10T16:00:00Z');
  });

  it('folds and escapes by the RFC', () => {
    expect(escapeText('a,b;c\\d\ne')).to.equal('a\\,b\\;c\\\\d\\ne');
    const folded = foldLine(`SUMMARY:${'é'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).to.equal(2);
    expect(lines[1]!.startsWith(' ')).to.equal(true);
    expect(lines.map((line) => new TextEncoder().encode(line).length).every((n) => n <= 75)).to.equal(true);
    expect(lines.join('').replace(/^SUMMARY:/, '').replace(/ /g, '')).to.equal('é'.repeat(60));
  });
});

describe('<tf-session-list> structured data (JSON-LD)', () => {
  before(async () => {
    feed = await demoFeed();
  });

  afterEach(() => document.querySelectorAll('tf-session-list').forEach((element) => element.remove()));

  const scripts = () => [...document.querySelectorAll<HTMLScriptElement>(`script[type="application/ld+json"][${jsonLdOwnerAttribute}]`)];
  const graph = (): JsonObject[] => JSON.parse(scripts()[0]!.textContent!)['@graph'];
  /** The scripts are written when the browser is idle, after the rows paint. */
  const written = (count: number) => waitUntil(() => scripts().length === count, `${count} JSON-LD script(s)`);

  it('is only added on request', async () => {
    await mount({ now: '2021-09-01' }, feed);
    expect(scripts()).to.have.length(0);
  });

  it('puts Course and CourseInstance in the page’s light DOM, and removes them with the element', async () => {
    const element = await mount({ now: '2021-09-01', 'structured-data': true, 'sheet-href': 'https://example.org/formations/{id}' }, feed);
    await written(1);
    expect(scripts()[0]!.getRootNode()).to.equal(document);
    const data = JSON.parse(scripts()[0]!.textContent!);
    expect(data['@context']).to.equal('https://schema.org');
    const courses = graph();
    expect(courses.map((course) => course['@type'])).to.deep.equal(['Course', 'Course', 'Course']);

    const irts = courses.find((course) => course.provider.name === 'IRTS Franche-Comté')!;
    expect(irts.name).to.equal('La pratique de l\'Aller Vers les publics – Module 1');
    expect(irts.description).to.be.a('string').and.not.equal('');
    expect(irts.url).to.equal('https://example.org/formations/irts-fc-aller-vers-m1');
    expect(irts.provider['@type']).to.equal('Organization');
    expect(irts.timeRequired).to.equal('PT21H');
    expect(irts.hasCourseInstance).to.have.length(5);
    const g1 = irts.hasCourseInstance.find((instance: JsonObject) => instance.name === 'Groupe 1');
    expect(g1).to.deep.include({ '@type': 'CourseInstance', courseMode: 'Online', startDate: '2021-11-24', endDate: '2021-12-08' });
    expect(g1.location['@type']).to.equal('VirtualLocation');
    expect(g1.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    // The sheet's deadline (5 Jan 2022) falls after this group starts: the offer ends on the eve of the start.
    expect(g1.offers).to.deep.include({ '@type': 'Offer', validThrough: '2021-11-23' });
    const g4 = irts.hasCourseInstance.find((instance: JsonObject) => instance.name === 'Groupe 4');
    expect(g4.offers).to.deep.include({ validThrough: '2022-01-05' });
    expect(g1.subEvent.map((event: JsonObject) => [event.startDate, event.endDate])).to.deep.equal([
      ['2021-11-24', '2021-12-07'],
      ['2021-12-08', '2021-12-08'],
    ]);

    const praxis = courses.find((course) => course.provider.name === 'PRAXIS')!;
    const strasbourg = praxis.hasCourseInstance[0];
    expect(strasbourg).to.deep.include({ courseMode: 'Onsite', startDate: '2023-09-25', endDate: '2023-09-26' });
    expect(strasbourg.location).to.deep.include({ '@type': 'Place' });
    expect(strasbourg.location.address).to.deep.include({ '@type': 'PostalAddress', addressLocality: 'Strasbourg', addressRegion: 'Grand Est' });

    element.remove();
    expect(scripts()).to.have.length(0);
  });

  it('gives a session « en septembre 2023 » the whole month, and the one day of work it is', async () => {
    const vague = feedOf(
      training('t-mois', 'Formation au mois', [
        session('s-mois', [{ start: '2023-09-01', startPrecision: 'month' }], { label: 'Groupe M' }),
        session('s-deux', [{ start: '2023-10-02', end: '2023-10-03' }, { start: '2023-10-20' }], { label: 'Groupe D' }),
      ]),
    );
    await mount({ now: '2023-08-01', 'structured-data': true }, vague);
    await written(1);
    const [month, twice] = graph()[0]!.hasCourseInstance;
    expect(month).to.deep.include({ name: 'Groupe M', startDate: '2023-09-01', endDate: '2023-09-30', courseWorkload: 'P1D' });
    expect(twice).to.deep.include({ name: 'Groupe D', startDate: '2023-10-02', endDate: '2023-10-20', courseWorkload: 'P3D' });
  });

  it('follows the data: a later today leaves past sessions out', async () => {
    const element = await mount({ now: '2021-09-01', 'structured-data': true, training: 'praxis-aller-vers-m1' }, feed);
    await written(1);
    expect(graph()[0]!.hasCourseInstance).to.have.length(2);
    element.now = '2023-10-01';
    await settle(element);
    await waitUntil(() => graph()[0]!.hasCourseInstance.length === 1, 'the JSON-LD follows');
    expect(scripts()).to.have.length(1);
    expect(graph()[0]!.hasCourseInstance.map((instance: JsonObject) => instance.name)).to.deep.equal(['Groupe 2']);
    element.structuredData = false;
    await settle(element);
    expect(scripts()).to.have.length(0);
  });

  it('keeps one script per element, and never lets a title close the script', async () => {
    const hostile = feedOf(training('t-x', 'Titre </script><script>alert(1)</script>', [session('s-x', [{ start: '2030-01-01' }])]));
    await mount({ now: '2021-09-01', 'structured-data': true }, feed);
    await mount({ now: '2021-09-01', 'structured-data': true }, hostile);
    await written(2);
    expect(scripts()[1]!.textContent).to.not.contain('</script>');
    expect(JSON.parse(scripts()[1]!.textContent!)['@graph'][0].name).to.equal('Titre </script><script>alert(1)</script>');
  });
});
