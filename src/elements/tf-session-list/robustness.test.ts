/**
 * Odd but valid feeds and webmasters' mistakes: the list never crashes nor goes blank; what it works around is said
 * in the console.
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { captureConsoleWarnings, expectAccessible, settle, textOf, waitUntil } from '../../../test/helpers.js';
import { jsonLdOwnerAttribute } from '../../controllers/structured-data.js';
import { calendarFileOf, control, countText, feedOf, mount, root, session, sessionItem, sessionItems, training } from './test-support.js';

/** A training without sessions, a timed session that is full, a cancelled one and an open one. */
const oddFeed = () =>
  feedOf(
    training('sans-session', 'Formation sans session', []),
    training('horaires', 'Formation à horaires', [
      session('complet', [{ start: '2023-09-25T09:00:00+02:00', end: '2023-09-26T17:00:00+02:00' }], {
        label: 'Groupe complet',
        seats: { total: 12, remaining: 0 },
        registrationUrl: 'https://example.org/inscription',
      }),
      session('annulee', [{ start: '2023-10-02' }], { label: 'Groupe annulé', cancelled: true }),
      session('ouverte', [{ start: '2023-11-06', end: '2023-11-07' }], { label: 'Groupe ouvert', registrationUrl: 'https://example.org/inscription' }),
    ]),
  );

const ldScripts = () => document.head.querySelectorAll(`script[${jsonLdOwnerAttribute}]`);

describe('<tf-session-list> robustness', () => {
  afterEach(async () => {
    document.querySelectorAll('tf-session-list, div.test-box').forEach((element) => element.remove());
    await setViewport({ width: 1024, height: 800 });
  });

  it('shows odd sessions in words and <time>: timed, full, cancelled; no action where none is possible', async () => {
    const element = await mount({ now: '2023-09-01' }, oddFeed());
    expect(sessionItems(element)).to.have.length(3);
    const full = sessionItem(element, 'Groupe complet');
    expect(textOf(full.querySelector('[part="badge"]'))).to.contain('Complet');
    expect(textOf(full)).to.contain('Aucune place restante sur 12');
    expect(full.querySelector('[part="register"]'), 'no registration for a full session').to.equal(null);
    expect(full.querySelector('.session__dates time')!.getAttribute('datetime')).to.equal('2023-09-25T09:00:00+02:00');
    expect(textOf(full.querySelector('.session__dates'))).to.contain('9 h 00');
    const cancelled = sessionItem(element, 'Groupe annulé');
    expect(textOf(cancelled.querySelector('[part="badge"]'))).to.contain('Session annulée');
    expect(cancelled.querySelector('.actions'), 'nothing to register for or to add to a calendar').to.equal(null);
    expect(sessionItem(element, 'Groupe ouvert').querySelector('[part="register"]')).to.not.equal(null);
    // Every date shown is a <time datetime>.
    root(element).querySelectorAll('.session__dates, .facts').forEach((node) => {
      if (/\d{4}/.test(textOf(node))) expect(node.querySelector('time[datetime]'), textOf(node)).to.not.equal(null);
    });
    await expectAccessible(element);
  });

  it('says there is nothing to come for a training without sessions, and for an empty feed', async () => {
    const one = await mount({ training: 'sans-session', now: '2023-09-01' }, oddFeed());
    expect(countText(one), 'one sentence').to.equal('Aucune session à venir pour le moment.');
    const empty = await mount({}, { version: 1, trainings: [], quizzes: [], programmes: [] });
    expect(countText(empty)).to.equal('Aucune session à venir pour le moment.');
    await expectAccessible(empty);
  });

  it('reads an invalid heading-level as 2, and keeps the outline within h6', async () => {
    const element = await mount({ now: '2023-09-01', 'heading-level': 'titre' }, oddFeed());
    expect(textOf(root(element).querySelector('h2'))).to.equal('Sessions de formation');
    expect(root(element).querySelectorAll('li.group > h3')).to.have.length(3);
    expect(sessionItems(element).every((li) => li.querySelector('h4'))).to.equal(true);
    element.setAttribute('heading-level', '9');
    await settle(element);
    expect(textOf(root(element).querySelector('h6.heading'))).to.equal('Sessions de formation');
  });

  it('falls back on invalid group-by, page-size and now, telling the console about now', async () => {
    const { warnings } = await captureConsoleWarnings(async () => {
      const element = await mount({ now: 'hier', 'group-by': 'semaine', 'page-size': 'beaucoup' }, oddFeed());
      expect(root(element).querySelectorAll('li.group').length, 'grouped by month').to.be.greaterThan(0);
      expect(textOf(root(element).querySelector('[role="alert"]'))).to.equal('');
      element.setAttribute('page-size', '1.5');
      element.setAttribute('now', '2023-09-01');
      await settle(element);
      expect(sessionItems(element), 'a whole page of one').to.have.length(1);
      expect(textOf(control(element, '[part="more"]'))).to.contain('2 restantes');
    });
    expect(warnings.join('\n')).to.contain('now="hier"');
  });

  it('takes a now that is no day of the calendar (30 February) for what it is: a mistake, said in the console', async () => {
    const { warnings } = await captureConsoleWarnings(async () => {
      // The reader's today instead, as without now: the sessions of 2023 are past, hidden without show-past.
      const element = await mount({ now: '2023-02-30' }, oddFeed());
      const withoutNow = await mount({}, oddFeed());
      expect(sessionItems(element).map(textOf)).to.deep.equal(sessionItems(withoutNow).map(textOf));
      expect(sessionItems(element).map(textOf).join()).not.to.contain('Groupe ouvert');
      // A leap day is one.
      element.setAttribute('now', '2020-02-29');
      await settle(element);
      expect(sessionItems(element)).to.have.length(3);
    });
    expect(warnings.filter((warning) => warning.includes('now='))).to.deep.equal([
      '[training-feed-widgets] <tf-session-list> now="2023-02-30" : date AAAA-MM-JJ attendue, aujourd’hui utilisé.',
    ]);
  });

  it('follows attributes changed after the first render', async () => {
    const element = await mount({ now: '2023-09-01', training: 'sans-session' }, oddFeed());
    expect(sessionItems(element)).to.have.length(0);
    element.setAttribute('training', 'horaires');
    element.setAttribute('group-by', 'none');
    await settle(element);
    expect(sessionItems(element)).to.have.length(3);
    expect(root(element).querySelector('li.group')).to.equal(null);
  });

  it('links every title to a sheet-href without {id}, and says in the console that they all lead to one page', async () => {
    const { warnings } = await captureConsoleWarnings(async () => {
      const element = await mount({ now: '2023-09-01', 'sheet-href': '/catalogue' }, oddFeed());
      const links = sessionItems(element).map((li) => li.querySelector<HTMLAnchorElement>('a[part="session-title"]')?.pathname);
      expect(links).to.deep.equal(['/catalogue', '/catalogue', '/catalogue']);
      const unsafe = await mount({ now: '2023-09-01', 'sheet-href': 'javascript:alert({id})' }, oddFeed());
      expect(root(unsafe).querySelector('a[part="session-title"]')).to.equal(null);
    });
    expect(warnings.filter((warning) => warning.includes('sheet-href="/catalogue"'))).to.have.length(1);
    expect(warnings.join('\n')).to.contain('refusé');
  });

  it('speaks the language of its new place and keeps its structured data when moved in the page', async () => {
    const element = await mount({ now: '2023-09-01', 'structured-data': true }, oddFeed());
    // Written when the browser is idle, after the rows paint.
    await waitUntil(() => ldScripts().length === 1, 'the JSON-LD');
    const box = document.createElement('div');
    box.className = 'test-box';
    box.lang = 'en';
    document.body.append(box);
    box.append(element);
    await settle(element);
    expect(textOf(root(element).querySelector('h2'))).to.equal('Training sessions');
    await waitUntil(() => ldScripts().length === 1, 'the JSON-LD removed on the way out is written again');
    element.remove();
    await settle(element);
    expect(ldScripts()).to.have.length(0);
  });

  it('writes its calendar files in the current language, after a lang change', async () => {
    const element = await mount({ now: '2023-09-01' }, oddFeed());
    const ics = () => calendarFileOf(sessionItem(element, 'Groupe ouvert'));
    expect(await ics()).to.contain('DESCRIPTION:Organisme : ');
    element.setAttribute('lang', 'en');
    await settle(element);
    expect(await ics()).to.contain('DESCRIPTION:Training body : ');
  });

  it('tells the console when two lists of the page sync the same query-string keys', async () => {
    const original = `${location.pathname}${location.search}${location.hash}`;
    try {
      const { warnings } = await captureConsoleWarnings(async () => {
        await mount({ now: '2023-09-01', 'sync-url': true }, oddFeed());
        await mount({ now: '2023-09-01', 'sync-url': 'agenda-' }, oddFeed());
      });
      expect(warnings.join('\n'), 'different prefixes are fine').to.not.contain('sync-url');
      const { warnings: twice } = await captureConsoleWarnings(async () => {
        await mount({ now: '2023-09-01', 'sync-url': '' }, oddFeed());
      });
      expect(twice.join('\n')).to.contain('« tf-… »');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('gives a one-day session its hours, the end’s as well as the start’s, each in a <time>', async () => {
    const feed = feedOf(
      training('horaires', 'Formation à horaires', [
        session('matinee', [{ start: '2023-11-06T09:00:00+01:00', end: '2023-11-06T12:30:00+01:00' }], { label: 'Matinée' }),
        session('deux-temps', [{ start: '2023-11-13', end: '2023-11-14' }, { start: '2023-11-20T14:00:00+01:00', end: '2023-11-20T17:00:00+01:00' }], { label: 'Deux temps' }),
      ]),
    );
    const dates = (element: Parameters<typeof sessionItem>[0], label: string) => sessionItem(element, label).querySelector('.session__dates')!;
    const french = await mount({ now: '2023-09-01' }, feed);
    expect(textOf(dates(french, 'Matinée'))).to.equal('Le 6 nov. 2023 de 9 h 00 à 12 h 30');
    expect([...dates(french, 'Matinée').querySelectorAll('time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
      '2023-11-06T09:00:00+01:00',
      '2023-11-06T12:30:00+01:00',
    ]);
    expect(textOf(dates(french, 'Deux temps'))).to.equal('Les 13 et 14 nov. 2023, puis le 20 nov. 2023 de 14 h 00 à 17 h 00');
    const english = await mount({ now: '2023-09-01', lang: 'en' }, feed);
    expect(textOf(dates(english, 'Matinée'))).to.equal('On 6 Nov 2023 from 9:00 to 12:30');
    await expectAccessible(french);
  });

  it('names a session without a label by its first day in words in the e-mail it offers, never by the feed’s ISO value', async () => {
    const feed = feedOf(
      training('courriel', 'Formation par courriel', [
        session('datee', [{ start: '2023-11-06T09:00:00+01:00', end: '2023-11-06T12:30:00+01:00' }]),
        session('a-venir', []),
      ], { contacts: [{ name: 'Accueil', email: 'accueil@example.org' }] }),
    );
    const subjects = (element: Parameters<typeof sessionItems>[0]) =>
      sessionItems(element).map((li) => new URL(li.querySelector<HTMLAnchorElement>('a[part="register"]')!.href).searchParams.get('subject'));
    expect(subjects(await mount({ now: '2023-09-01' }, feed))).to.deep.equal([
      'Inscription\u00a0: Formation par courriel (6 nov. 2023 à 9 h 00)',
      'Inscription\u00a0: Formation par courriel (Organisme de test)',
    ]);
    expect(subjects(await mount({ now: '2023-09-01', lang: 'en' }, feed))[0]).to.equal('Registration: Formation par courriel (6 Nov 2023 at 9:00)');
  });

  it('finds « Mise en œuvre » when the visitor types « mise en oeuvre », as a keyboard without « œ » does', async () => {
    const feed = feedOf(
      training('oeuvre', 'Mise en œuvre de l’aller vers', [session('g1', [{ start: '2023-11-06' }], { label: 'Groupe 1' })]),
      training('autre', 'Accueil et écoute', [session('g2', [{ start: '2023-11-07' }], { label: 'Groupe 2' })]),
    );
    const element = await mount({ now: '2023-09-01', q: 'MISE EN OEUVRE' }, feed);
    expect(sessionItems(element).map((li) => textOf(li.querySelector('.session__title')))).to.deep.equal(['Mise en œuvre de l’aller vers']);
    element.feed = feedOf(training('oeuvre', 'Mise en oeuvre de l’aller vers', [session('g1', [{ start: '2023-11-06' }])]));
    element.setAttribute('q', 'Œuvre');
    await settle(element);
    expect(sessionItems(element), 'and the other way round').to.have.length(1);
  });

  it('keeps a year written with leading zeros (0023) that year in an English month heading, as in French, not 1923', async () => {
    const feed = feedOf(training('an-23', 'Formation', [session('g1', [{ start: '0023-09-25' }], { label: 'Groupe 1' })]));
    const headings = (element: Parameters<typeof root>[0]) => [...root(element).querySelectorAll('li.group > h3')].map((heading) => textOf(heading));
    expect(headings(await mount({ now: '0023-01-01' }, feed))).to.deep.equal(['Septembre 23']);
    expect(headings(await mount({ now: '0023-01-01', lang: 'en' }, feed))).to.deep.equal(['September 23']);
  });

  it('keeps a session without an end (« À partir de… », permanent entry) in every month from its start', async () => {
    const feed = feedOf(
      training('sans-fin', 'Formation au long cours', [
        session('depuis-fevrier', [{ start: '2023-02-01', openEnded: true }], { label: 'Depuis février' }),
        session('permanente', [{ start: '2023-02-01', openEnded: true }], { label: 'Entrées permanentes', permanentEntry: true }),
        session('finie', [{ start: '2023-03-01', end: '2023-03-02' }], { label: 'Finie en mars' }),
        session('sans-date', [], { label: 'Dates à venir' }),
      ]),
    );
    const subtitles = (element: Parameters<typeof sessionItems>[0]) => sessionItems(element).map((li) => textOf(li.querySelector('.session__subtitle')));
    const element = await mount({ now: '2024-02-01', from: '2024-03' }, feed);
    expect(subtitles(element)).to.deep.equal(['Organisme de test · Depuis février', 'Organisme de test · Entrées permanentes']);
    element.setAttribute('to', '2024-05');
    await settle(element);
    expect(subtitles(element), 'within a closed range of months too').to.have.length(2);
    element.setAttribute('from', '2023-01');
    element.setAttribute('to', '2023-01');
    await settle(element);
    expect(subtitles(element), 'not in the months before its start').to.deep.equal([]);
  });

  it('keeps the focus when the filters are cleared from the empty state on a phone (folded filters)', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await mount({ now: '2023-09-01', q: 'introuvable' }, oddFeed());
    expect(getComputedStyle(control(element, '#filters-form')).display).to.equal('none');
    control<HTMLButtonElement>(element, '[part="empty"] button').click();
    await settle(element);
    expect(sessionItems(element)).to.have.length(3);
    expect(root(element).activeElement, 'focus on the search box, always shown, not lost').to.equal(control(element, '#filter-q'));
  });
});
