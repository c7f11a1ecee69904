import { expect, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { captureConsoleErrors, captureConsoleWarnings, demoFeed, expectAccessible, settle, textOf, waitUntil } from '../../../test/helpers.js';
import { openEveryDisclosure } from '../../../test/helpers.js';
import type { Feed } from '../../model/schema.js';
import {
  choose,
  control,
  countText,
  feedOf,
  mount,
  openFilters,
  root,
  session,
  sessionItem,
  sessionItems,
  training,
} from './test-support.js';
import type { FilterChangeDetail, RegisterClickDetail, SessionSelectDetail } from './tf-session-list.js';

/** Every demo session is still to come on this day. */
const beforeEverything = '2021-09-01';

let feed: Feed;

describe('<tf-session-list>', () => {
  before(async () => {
    feed = await demoFeed();
  });

  beforeEach(async () => {
    await setViewport({ width: 1024, height: 800 });
  });

  afterEach(() => {
    document.querySelectorAll('tf-session-list, tf-feed').forEach((element) => element.remove());
  });

  it('names every link and « Détails » of a row apart from the others’, provider included, with the page’s punctuation', async () => {
    for (const lang of ['fr', 'en']) {
      const element = await mount({ now: beforeEverything, lang }, feed);
      const named = [...element.shadowRoot!.querySelectorAll('li.session .details-toggle, li.session a[aria-label]')].map((control) => control.getAttribute('aria-label') ?? '');
      expect(named.length).to.be.above(10);
      expect(new Set(named).size).to.equal(named.length, `${lang}: ${named.join(' | ')}`);
      if (lang === 'en') expect(named.filter((name) => name.includes('\u00a0:')), 'no French space before a colon in English').to.deep.equal([]);
      element.remove();
    }
  });

  describe('states', () => {
    it('shows a loading placeholder, announced politely, while the feed comes', async () => {
      // An undefined <tf-feed> never provides: the widget waits for it.
      const wrapper = document.createElement('tf-feed');
      document.body.append(wrapper);
      const element = await mount({}, undefined, wrapper);
      const status = root(element).querySelector('[role="status"]');
      expect(textOf(status)).to.contain('Chargement');
      await expectAccessible(element);
    });

    it('shows a short message for an invalid feed, and the details in the console', async () => {
      const { errors } = await captureConsoleErrors(async () => {
        const element = await mount({}, { version: 'un', trainings: [] });
        const alert = root(element).querySelector('[role="alert"]');
        expect(textOf(alert)).to.equal('Les formations ne peuvent pas être affichées pour le moment.');
        await expectAccessible(element);
      });
      expect(errors.join('\n')).to.contain('version');
    });

    it('says when the training id is not in the feed', async () => {
      const { errors } = await captureConsoleErrors(async () => {
        const element = await mount({ training: 'inconnue' }, feed);
        expect(textOf(root(element).querySelector('[role="alert"]'))).to.equal('Cette formation ne peut pas être affichée pour le moment.');
      });
      expect(errors).to.deep.equal(['[training-feed-widgets] <tf-session-list> La formation «\u00a0inconnue\u00a0» est introuvable dans le flux.']);
    });

    it('says why, when the training was in the feed but left out as invalid', async () => {
      const broken = feedOf(
        training('t-ok', 'Formation valide', [session('s-ok', [{ start: '2023-10-16' }])]),
        training('t-lien', 'Formation au lien dangereux', [session('s-lien', [{ start: '2023-10-16' }])], { url: 'javascript:alert(1)' }),
      );
      const { errors } = await captureConsoleErrors(() =>
        captureConsoleWarnings(async () => {
          const element = await mount({ training: 't-lien', now: '2023-09-01' }, broken);
          expect(textOf(root(element).querySelector('[role="alert"]'))).to.equal('Cette formation ne peut pas être affichée pour le moment.');
        }),
      );
      expect(errors).to.deep.equal([
        '[training-feed-widgets] <tf-session-list> L’entrée «\u00a0t-lien\u00a0» du flux est ignorée car invalide\u00a0:\n  • trainings[1].url : adresse https:, http:, mailto: ou tel: attendue',
      ]);
    });
  });

  describe('listing', () => {
    it('lists every session, sorted by first day and grouped by month under real headings', async () => {
      const element = await mount({ now: beforeEverything }, feed);
      const items = sessionItems(element);
      expect(items).to.have.length(10);
      const starts = items.map((li) => li.querySelector('.session__dates time')!.getAttribute('datetime')!);
      expect(starts).to.deep.equal([...starts].sort());
      const groups = [...root(element).querySelectorAll('ul.groups > li.group')];
      const headings = groups.map((group) => group.querySelector(':scope > h3'));
      expect(headings.map((h) => textOf(h))).to.deep.equal(['Novembre 2021', 'Janvier 2022', 'Mars 2022', 'Septembre 2023', 'Octobre 2023']);
      expect(headings[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2021-11');
      expect(root(element).querySelector('h2')!.textContent).to.equal('Sessions de formation');
      expect(items[0]!.querySelector('h4')).to.not.equal(null);
      expect(countText(element)).to.equal('10 sessions');
      await expectAccessible(element);
    });

    it('writes the seeds’ sessions in natural French, every date a <time datetime>', async () => {
      const element = await mount({ now: beforeEverything }, feed);
      const irts = sessionItem(element, 'IRTS Franche-Comté · Groupe 1');
      expect(textOf(irts.querySelector('.session__dates'))).to.equal('Du 24 nov. au 7 déc. 2021, puis le 8 déc. 2021');
      expect([...irts.querySelectorAll('.session__dates time')].map((time) => time.getAttribute('datetime'))).to.deep.equal([
        '2021-11-24',
        '2021-12-07',
        '2021-12-08',
      ]);
      expect(textOf(sessionItem(element, 'PRAXIS · Groupe 1').querySelector('.session__dates'))).to.equal('Les 25 et 26 sept. 2023');
      const lille = sessionItems(element).find((li) => textOf(li).includes('Lille'))!;
      expect(textOf(lille.querySelector('.session__dates'))).to.equal('Les 10 et 11 mars 2022');
      expect(textOf(lille)).to.contain('APSN · Groupe 1');
    });

    it('shows the training title, the training body, the mode and the city', async () => {
      const element = await mount({ now: beforeEverything }, feed);
      const metz = sessionItem(element, 'PRAXIS · Groupe 2');
      expect(textOf(metz.querySelector('.session__title'))).to.equal('La pratique de l’Aller Vers les publics – Module 1');
      expect(textOf(metz.querySelector('.facts'))).to.contain('En présentiel').and.contain('Metz (Grand Est)');
      expect(textOf(sessionItem(element, 'IRTS Franche-Comté · Groupe 3').querySelector('.facts'))).to.contain('À distance');
    });

    it('offers the contact’s e-mail when there is no registration link', async () => {
      const element = await mount({ now: beforeEverything }, feed);
      const link = sessionItem(element, 'PRAXIS · Groupe 2').querySelector<HTMLAnchorElement>('a[part="register"]')!;
      expect(link.href).to.match(/^mailto:aurore\.joannes@opco-sante\.fr\?subject=/);
      expect(textOf(link)).to.contain('Contacter');
    });

    it('links titles to the sheet given by sheet-href, and announces the selection (cancelable)', async () => {
      const element = await mount({ now: beforeEverything, 'sheet-href': '/formations/{id}?session={session}' }, feed);
      const link = sessionItem(element, 'PRAXIS · Groupe 1').querySelector<HTMLAnchorElement>('a[part="session-title"]')!;
      expect(link.getAttribute('href')).to.equal(`${location.origin}/formations/praxis-aller-vers-m1?session=praxis-g1`);
      element.addEventListener('tf-session-select', (event) => event.preventDefault(), { once: true });
      const selected = oneEvent(element, 'tf-session-select');
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      link.dispatchEvent(click);
      const event = (await selected) as CustomEvent<SessionSelectDetail>;
      expect(event.detail).to.include({ trainingId: 'praxis-aller-vers-m1', sessionId: 'praxis-g1', status: 'open' });
      expect(event.composed && event.bubbles).to.equal(true);
      expect(click.defaultPrevented, 'the host page kept the link from navigating').to.equal(true);
    });

    it('announces the selection when the details of a session are opened with the keyboard', async () => {
      const element = await mount({ now: beforeEverything }, feed);
      const item = sessionItem(element, 'IRTS Franche-Comté · Groupe 1');
      const toggle = item.querySelector<HTMLButtonElement>('.details-toggle')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.focus();
      const selected = oneEvent(element, 'tf-session-select');
      await sendKeys({ press: 'Enter' });
      const event = (await selected) as CustomEvent<SessionSelectDetail>;
      expect(event.detail.sessionId).to.equal('irts-fc-g1');
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(element.shadowRoot!.activeElement, 'the focus stays on the button').to.equal(toggle);
      const details = textOf(item.querySelector('.details'));
      expect(details).to.contain('Travail personnel sur la plateforme (e-learning)').and.contain('Classe virtuelle');
      expect(details).to.contain('Maximum 3 jours / 21 heures');
      await expectAccessible(element);
      // Space closes them again, without announcing a selection.
      let announced = false;
      element.addEventListener('tf-session-select', () => (announced = true), { once: true });
      await sendKeys({ press: 'Space' });
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(item.querySelector('.details'), 'closed: nothing rendered').to.equal(null);
      expect(announced).to.equal(false);
      await expectAccessible(element);
    });

    it('renders a session’s details only once opened, and every session’s on paper', async () => {
      const element = await mount({ now: beforeEverything }, feed);
      const item = sessionItem(element, 'IRTS Franche-Comté · Groupe 1');
      expect(item.querySelector('.details dl'), 'closed: nothing rendered').to.equal(null);
      await emulateMedia({ media: 'print' });
      try {
        await waitUntil(() => sessionItems(element).every((each) => each.querySelector('.details dl')), 'every details for print');
        expect(textOf(item.querySelector('.details'))).to.contain('Maximum 3 jours / 21 heures');
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      await waitUntil(() => item.querySelector('.details dl') === null, 'closed details emptied after printing');
    });

    it('shows the sessions of one training only with training="…"', async () => {
      const element = await mount({ now: beforeEverything, training: 'praxis-aller-vers-m1' }, feed);
      expect(sessionItems(element).map((li) => textOf(li.querySelector('.session__subtitle')))).to.deep.equal(['PRAXIS · Groupe 1', 'PRAXIS · Groupe 2']);
    });

    it('groups by region and by training, or not at all', async () => {
      const byRegion = await mount({ now: beforeEverything, 'group-by': 'region' }, feed);
      expect([...root(byRegion).querySelectorAll('.group h3')].map((h) => textOf(h))).to.deep.equal([
        'Bourgogne-Franche-Comté',
        'Grand Est',
        'Hauts-de-France',
      ]);
      const grandEst = root(byRegion).querySelectorAll('.group')[1]!;
      expect(grandEst.querySelectorAll('li.session')).to.have.length(2);
      await expectAccessible(byRegion);

      const byTraining = await mount({ now: beforeEverything, 'group-by': 'training' }, feed);
      const trainingHeadings = [...root(byTraining).querySelectorAll('.group h3')].map((h) => textOf(h));
      expect(trainingHeadings).to.have.length(3);
      expect(trainingHeadings[0]).to.contain('APSN');

      const flat = await mount({ now: beforeEverything, 'group-by': 'none', 'heading-level': '3' }, feed);
      expect(root(flat).querySelector('.group')).to.equal(null);
      expect(root(flat).querySelector('h3.heading')).to.not.equal(null);
      expect(root(flat).querySelectorAll('ul.sessions > li.session h4')).to.have.length(10);
      await expectAccessible(flat);
    });

    it('speaks English with lang="en"', async () => {
      const element = await mount({ now: beforeEverything, lang: 'en' }, feed);
      expect(textOf(root(element).querySelector('h2'))).to.equal('Training sessions');
      expect(textOf(root(element).querySelector('.group h3'))).to.equal('November 2021');
      expect(textOf(sessionItem(element, 'IRTS Franche-Comté · Groupe 1').querySelector('.session__dates'))).to.equal(
        'From 24 Nov to 7 Dec 2021, then on 8 Dec 2021',
      );
      expect(textOf(sessionItem(element, 'PRAXIS · Groupe 1').querySelector('.badge'))).to.contain('Registration open');
      await expectAccessible(element);
    });
  });

  describe('status', () => {
    const deadlineFeed = () =>
      feedOf(
        training('t-deadline', 'Formation à date limite', [
          session('s-deadline', [{ start: '2023-10-16', end: '2023-10-17' }], {
            label: 'Groupe A',
            registrationDeadline: '2023-10-01',
            registrationUrl: 'https://example.org/inscription?id=a',
            seats: { total: 12, remaining: 3 },
          }),
          session('s-full', [{ start: '2023-11-16' }], { label: 'Groupe B', seats: { total: 12, remaining: 0 } }),
          session('s-cancelled', [{ start: '2023-12-16' }], { label: 'Groupe C', cancelled: true }),
          session('s-past', [{ start: '2023-01-10' }], { label: 'Groupe D' }),
        ]),
      );

    const badgeAt = async (now: string) => {
      const element = await mount({ now, 'show-past': true }, deadlineFeed());
      const badge = sessionItem(element, 'Groupe A').querySelector('.badge')!;
      const text = textOf(badge);
      element.remove();
      return text;
    };

    it('is computed from the deadline, on each side of it (with now)', async () => {
      expect(await badgeAt('2023-09-01')).to.equal('Statut : Inscriptions ouvertes');
      // 14 days before the deadline, registration is "closing soon".
      expect(await badgeAt('2023-09-16')).to.equal('Statut : Inscriptions ouvertes');
      expect(await badgeAt('2023-09-17')).to.equal('Statut : Clôture des inscriptions proche');
      expect(await badgeAt('2023-10-01')).to.equal('Statut : Clôture des inscriptions proche');
      expect(await badgeAt('2023-10-02')).to.equal('Statut : Inscriptions closes');
      expect(await badgeAt('2023-10-18')).to.equal('Statut : Session terminée');
    });

    it('says « En septembre 2023 » of a session known to the month, closed while the month runs, over after it', async () => {
      const vague = () => feedOf(training('t-vague', 'Formation au mois', [session('s-mois', [{ start: '2023-09-01', startPrecision: 'month' }], { label: 'Groupe M' })]));
      const rowAt = async (now: string) => {
        const element = await mount({ now, 'show-past': true }, vague());
        const item = sessionItem(element, 'Groupe M');
        const row = { dates: textOf(item.querySelector('.session__dates')), badge: textOf(item.querySelector('.badge')) };
        element.remove();
        return row;
      };
      expect(await rowAt('2023-08-01')).to.deep.equal({ dates: 'En septembre 2023', badge: 'Statut : Inscriptions ouvertes' });
      expect((await rowAt('2023-09-15')).badge).to.equal('Statut : Inscriptions closes');
      expect((await rowAt('2023-10-01')).badge).to.equal('Statut : Session terminée');
    });

    it('shows the deadline as <time>, the seats left, full and cancelled sessions, and the registration link', async () => {
      const element = await mount({ now: '2023-09-01' }, deadlineFeed());
      const open = sessionItem(element, 'Groupe A');
      const deadline = [...open.querySelectorAll('.facts time')].find((time) => time.getAttribute('datetime') === '2023-10-01');
      expect(textOf(deadline?.parentElement)).to.equal('Inscription jusqu’au 1er oct. 2023');
      expect(textOf(open.querySelector('.facts--status'))).to.contain('3 places restantes sur 12');
      const register = open.querySelector<HTMLAnchorElement>('a[part="register"]')!;
      expect(register.href).to.equal('https://example.org/inscription?id=a');
      expect(textOf(register)).to.contain('S’inscrire');
      expect(textOf(sessionItem(element, 'Groupe B').querySelector('.badge'))).to.contain('Complet');
      expect(sessionItem(element, 'Groupe B').querySelector('a[part="register"]')).to.equal(null);
      expect(textOf(sessionItem(element, 'Groupe C').querySelector('.badge'))).to.contain('Session annulée');
      expect(sessionItems(element).some((li) => textOf(li).includes('Groupe D')), 'past hidden').to.equal(false);

      element.addEventListener('tf-register-click', (event) => event.preventDefault(), { once: true });
      const clicked = oneEvent(element, 'tf-register-click');
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      register.dispatchEvent(click);
      const event = (await clicked) as CustomEvent<RegisterClickDetail>;
      expect(event.detail).to.deep.equal({ trainingId: 't-deadline', sessionId: 's-deadline', url: 'https://example.org/inscription?id=a' });
      expect(click.defaultPrevented).to.equal(true);
      await expectAccessible(element);
    });

    it('hides past sessions by default and shows them with show-past', async () => {
      const hidden = await mount({ now: '2022-06-01' }, feed);
      expect(sessionItems(hidden)).to.have.length(2);
      const shown = await mount({ now: '2022-06-01', 'show-past': true }, feed);
      expect(sessionItems(shown)).to.have.length(10);
      expect(textOf(sessionItem(shown, 'APSN · Groupe 1').querySelector('.badge'))).to.contain('Session terminée');
      expect(sessionItem(shown, 'APSN · Groupe 1').querySelector('.actions')).to.equal(null);
      await expectAccessible(shown);
    });

    it('offers the past sessions when none is to come', async () => {
      const element = await mount({ now: '2025-01-01' }, feed);
      expect(countText(element), 'one sentence says it').to.equal('Aucune session à venir pour le moment.');
      expect(textOf(root(element).querySelector('.empty'))).not.to.contain('Aucune');
      const button = [...root(element).querySelectorAll<HTMLButtonElement>('.empty button')].find((b) => textOf(b).includes('passées'))!;
      button.focus();
      await sendKeys({ press: 'Space' });
      await settle(element);
      expect(sessionItems(element)).to.have.length(10);
      await expectAccessible(element);
    });
  });

  describe('filters', () => {
    const accentFeed = () => {
      const base = structuredClone(feed);
      base.trainings.push(
        training('travail-equipe', 'Travailler en équipe pluridisciplinaire', [
          session('equipe-1', [{ start: '2023-11-06', end: '2023-11-07' }], { place: { city: 'Besançon', region: 'Bourgogne-Franche-Comté' } }),
        ]),
      );
      return base;
    };

    it('reach the search box with Tab and filter as one types, accent- and case-insensitively', async () => {
      const before = document.createElement('button');
      before.textContent = 'avant';
      document.body.prepend(before);
      try {
        const element = await mount({ now: beforeEverything }, accentFeed());
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(root(element).activeElement?.id).to.equal('filter-q');
        const changed = oneEvent(element, 'tf-filter-change');
        await sendKeys({ type: 'EQUIPE' });
        await settle(element);
        expect(sessionItems(element).map((li) => textOf(li.querySelector('.session__title')))).to.deep.equal(['Travailler en équipe pluridisciplinaire']);
        expect(countText(element)).to.equal('1 session');
        expect(control(element, '.count').getAttribute('role')).to.equal('status');
        const event = (await changed) as CustomEvent<FilterChangeDetail>;
        expect(event.detail.filters.q.length).to.be.greaterThan(0);
        // Enter submits nothing: the page does not reload, the widget stays.
        await sendKeys({ press: 'Enter' });
        await settle(element);
        expect(element.isConnected).to.equal(true);
        await expectAccessible(element);

        await choose(element, '#filter-q', 'besancon');
        expect(sessionItems(element)).to.have.length(1);
        await choose(element, '#filter-q', 'metz');
        expect(sessionItems(element).map((li) => textOf(li.querySelector('.session__subtitle')))).to.deep.equal(['PRAXIS · Groupe 2']);
        await choose(element, '#filter-q', 'l’aller vers  strasbourg');
        expect(sessionItems(element).map((li) => textOf(li.querySelector('.session__subtitle')))).to.deep.equal(['PRAXIS · Groupe 1']);
      } finally {
        before.remove();
      }
    });

    it('build their choices from the data and filter by region, city, mode, body and months', async () => {
      const element = await mount({ now: beforeEverything }, feed);
      await openFilters(element);
      const regions = [...control<HTMLSelectElement>(element, '#filter-region').options].map((o) => o.value);
      expect(regions).to.deep.equal(['', 'Bourgogne-Franche-Comté', 'Grand Est', 'Hauts-de-France']);
      const cities = [...control<HTMLSelectElement>(element, '#filter-city').options].map((o) => o.value);
      expect(cities).to.deep.equal(['', 'Amiens', 'Arras', 'Lille', 'Metz', 'Strasbourg']);

      const events: FilterChangeDetail[] = [];
      element.addEventListener('tf-filter-change', (event) => events.push((event as CustomEvent<FilterChangeDetail>).detail));
      await choose(element, '#filter-region', 'Grand Est');
      expect(sessionItems(element)).to.have.length(2);
      expect(events.at(-1)).to.deep.include({ count: 2 });
      expect(events.at(-1)!.filters.region).to.equal('Grand Est');
      await choose(element, '#filter-region', '');
      await choose(element, '#filter-city', 'Lille');
      expect(sessionItems(element)).to.have.length(1);
      await choose(element, '#filter-city', '');
      await choose(element, '#filter-mode', 'remote');
      expect(sessionItems(element)).to.have.length(5);
      await choose(element, '#filter-mode', '');
      await choose(element, '#filter-provider', 'APSN');
      expect(sessionItems(element)).to.have.length(3);
      await choose(element, '#filter-provider', '');
      await choose(element, '#filter-from', '2021-12');
      await choose(element, '#filter-to', '2022-02');
      // Groupes 1 to 3 of the IRTS end in December, 4 and 5 run in January–February.
      expect(sessionItems(element).map((li) => textOf(li.querySelector('.session__subtitle')))).to.have.members([
        'IRTS Franche-Comté · Groupe 1',
        'IRTS Franche-Comté · Groupe 2',
        'IRTS Franche-Comté · Groupe 3',
        'IRTS Franche-Comté · Groupe 5',
        'IRTS Franche-Comté · Groupe 4',
      ]);
      await expectAccessible(element);
    });

    it('keep only open sessions with the checkbox (Space), and clear with the empty state’s button (Enter)', async () => {
      // The last session starts that day: registration is closed everywhere.
      const element = await mount({ now: '2023-10-16', 'show-past': true }, feed);
      expect(sessionItems(element)).to.have.length(10);
      control<HTMLButtonElement>(element, '.filters__toggle').click();
      await settle(element);
      control<HTMLInputElement>(element, '#filter-open').focus();
      await sendKeys({ press: 'Space' });
      await settle(element);
      expect(sessionItems(element)).to.have.length(0);
      expect(countText(element), 'one sentence says it').to.equal('Aucune session ne correspond à vos critères.');
      const clearButtons = [...root(element).querySelectorAll<HTMLButtonElement>('button')].filter((b) => textOf(b) === 'Effacer les filtres');
      expect(clearButtons, 'one clear-filters button').to.have.length(1);
      await expectAccessible(element);

      const clear = [...root(element).querySelectorAll<HTMLButtonElement>('.empty button')].find((b) => textOf(b) === 'Effacer les filtres')!;
      clear.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(sessionItems(element)).to.have.length(10);
      expect(root(element).activeElement?.id, 'focus goes back to the search box').to.equal('filter-q');
      expect(control<HTMLInputElement>(element, '#filter-past').checked, 'the past switch is not a filter').to.equal(true);
    });

    it('can be preset by attributes', async () => {
      const byRegion = await mount({ now: beforeEverything, region: 'Grand Est' }, feed);
      expect(sessionItems(byRegion)).to.have.length(2);
      expect(textOf(control(byRegion, '.filters__toggle'))).to.contain('1 filtre actif');
      await openFilters(byRegion);
      expect(control<HTMLSelectElement>(byRegion, '#filter-region').value).to.equal('Grand Est');
      await expectAccessible(byRegion);

      const byMode = await mount({ now: beforeEverything, mode: 'remote', q: 'groupe 4' }, feed);
      expect(sessionItems(byMode).map((li) => textOf(li.querySelector('.session__subtitle')))).to.deep.equal(['IRTS Franche-Comté · Groupe 4']);
      expect(control<HTMLInputElement>(byMode, '#filter-q').value).to.equal('groupe 4');

      const byMonths = await mount({ now: beforeEverything, from: '2023-09', to: '2023-09', provider: 'PRAXIS', city: 'Strasbourg' }, feed);
      expect(sessionItems(byMonths)).to.have.length(1);

      const openOnly = await mount({ now: '2023-10-01', 'open-only': true }, feed);
      expect(sessionItems(openOnly).map((li) => textOf(li.querySelector('.session__subtitle')))).to.deep.equal(['PRAXIS · Groupe 2']);

      const noBar = await mount({ now: beforeEverything, 'no-filters': true, region: 'Hauts-de-France' }, feed);
      expect(root(noBar).querySelector('form')).to.equal(null);
      expect(sessionItems(noBar)).to.have.length(3);
    });

    it('collapse behind a disclosure button on a 320 px phone, without horizontal overflow', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await mount({ now: beforeEverything, 'sheet-href': '/formations/{id}' }, feed);
      const toggle = control<HTMLButtonElement>(element, '.filters__toggle');
      const form = control<HTMLFormElement>(element, '#filters-form');
      expect(getComputedStyle(toggle).display).to.not.equal('none');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(getComputedStyle(form).display).to.equal('none');
      await expectAccessible(element);
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(getComputedStyle(form).display).to.equal('grid');
      openEveryDisclosure(element);
      await settle(element);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
      expect(element.scrollWidth).to.be.at.most(element.clientWidth);
      for (const li of sessionItems(element)) expect(li.scrollWidth, textOf(li.querySelector('.session__subtitle'))).to.be.at.most(li.clientWidth);
      await expectAccessible(element);
    });

    it('on a wide screen too: the search field shown, the other filters folded behind « Filtres » with their count', async () => {
      const element = await mount({ now: beforeEverything, region: 'Grand Est' }, feed);
      expect(getComputedStyle(control(element, '#filter-q')).display).to.not.equal('none');
      expect(getComputedStyle(control(element, '#filters-form')).display).to.equal('none');
      expect(textOf(control(element, '.filters__toggle'))).to.contain('Filtres').and.contain('1');
    });
  });

  describe('sync-url', () => {
    let original: string;
    beforeEach(() => {
      original = `${location.pathname}${location.search}${location.hash}`;
      history.replaceState(history.state, '', `${location.pathname}?page=2`);
    });
    afterEach(() => history.replaceState(history.state, '', original));

    it('leaves the page’s own parameters as they are written (a flag without a value, %20), and the hash', async () => {
      history.replaceState(history.state, '', `${location.pathname}?page=2&flag&name=a%20b&tf-region=Bretagne#avis`);
      const el = await mount({ now: beforeEverything, 'sync-url': true }, feed);
      await choose(el, '#filter-q', 'metz');
      expect(location.search).to.equal('?page=2&flag&name=a%20b&tf-q=metz&tf-region=Bretagne');
      expect(location.hash).to.equal('#avis');
      await choose(el, '#filter-q', '');
      expect(location.search).to.equal('?page=2&flag&name=a%20b&tf-region=Bretagne');
    });

    it('writes the filters to the query string and restores them after a reload', async () => {
      const first = await mount({ now: beforeEverything, 'sync-url': true }, feed);
      await choose(first, '#filter-region', 'Grand Est');
      await choose(first, '#filter-q', 'metz');
      const params = new URLSearchParams(location.search);
      expect(params.get('page'), 'the page’s own parameters are kept').to.equal('2');
      expect(params.get('tf-region')).to.equal('Grand Est');
      expect(params.get('tf-q')).to.equal('metz');
      first.remove();

      // A reload: a new element, the same query string.
      const second = await mount({ now: beforeEverything, 'sync-url': true }, feed);
      await openFilters(second);
      expect(control<HTMLSelectElement>(second, '#filter-region').value).to.equal('Grand Est');
      expect(control<HTMLInputElement>(second, '#filter-q').value).to.equal('metz');
      expect(sessionItems(second)).to.have.length(1);
      await expectAccessible(second);
    });

    it('follows back and forward (popstate), and keeps an emptied preset empty', async () => {
      const element = await mount({ now: beforeEverything, 'sync-url': 'liste-', region: 'Grand Est' }, feed);
      expect(location.search).to.equal('?page=2');
      expect(sessionItems(element)).to.have.length(2);
      await choose(element, '#filter-region', '');
      expect(new URLSearchParams(location.search).get('liste-region')).to.equal('');
      expect(sessionItems(element)).to.have.length(10);
      element.remove();
      const reloaded = await mount({ now: beforeEverything, 'sync-url': 'liste-', region: 'Grand Est' }, feed);
      expect(sessionItems(reloaded), 'the visitor’s choice wins over the preset').to.have.length(10);

      const changed = oneEvent(reloaded, 'tf-filter-change');
      history.replaceState(history.state, '', `${location.pathname}?page=2&liste-region=&liste-mode=remote`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settle(reloaded);
      expect(sessionItems(reloaded)).to.have.length(5);
      expect(((await changed) as CustomEvent<FilterChangeDetail>).detail.count).to.equal(5);
      // Without the region parameter, the preset applies again.
      history.replaceState(history.state, '', `${location.pathname}?page=2&liste-mode=in-person`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await settle(reloaded);
      expect(sessionItems(reloaded)).to.have.length(2);
    });
  });

  describe('incremental rendering', () => {
    it('renders a page of sessions, then the next ones on request, focus on the first added', async () => {
      const element = await mount({ now: beforeEverything, 'page-size': '4' }, feed);
      expect(sessionItems(element)).to.have.length(4);
      const more = control<HTMLButtonElement>(element, 'button.more');
      expect(textOf(more)).to.equal('Voir plus de sessions (6 restantes)');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(sessionItems(element)).to.have.length(8);
      expect(root(element).activeElement).to.equal(sessionItems(element)[4]);
      await expectAccessible(element);
    });
  });
});
