import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { feedUrl } from '../../../test/fixtures.js';
import { captureConsoleErrors, captureConsoleWarnings, demoFeed, mountWith, expectAccessible, settle, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';
import type { Feed, Training } from '../../model/schema.js';
import { fr } from '../../i18n/fr.js';
import './define.js';
import { missingQualiopiItems } from '../../model/qualiopi.js';
import type { TfSheetCard } from './tf-sheet-card.js';

const t = fr.sheetCard;
const trainingIds = ['irts-fc-aller-vers-m1', 'praxis-aller-vers-m1', 'apsn-aller-vers-m1'] as const;

/** A sheet fed by `feed`, its properties set before it connects (no "missing feed" flash). */
function sheet(feed: Feed, training: string, extra: Partial<TfSheetCard> = {}): Promise<TfSheetCard> {
  return mountWith('tf-sheet-card', { training, now: '2021-11-01', feed, ...extra });
}

/** Text with every kind of space (French non-breaking ones included) as one plain space, like textOf. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

function trainingOf(feed: Feed, id: string): Training {
  const training = feed.trainings.find((candidate) => candidate.id === id);
  if (!training) throw new Error(`no training ${id}`);
  return training;
}

/** The key facts as { term: value }. */
function factsOf(element: TfSheetCard): Record<string, string> {
  return Object.fromEntries(
    [...shadowOf(element).querySelectorAll('.fact')].map((fact) => [textOf(fact.querySelector('dt')), textOf(fact.querySelector('dd'))]),
  );
}

/** Section titles of the full sheet, in document order. */
function sectionTitles(element: TfSheetCard): string[] {
  return [...shadowOf(element).querySelectorAll('.section > .section__title')].map((node) => textOf(node));
}

/** Every heading must be followed by content inside its own section or block. */
function expectNoEmptyHeading(element: TfSheetCard): void {
  const headings = shadowOf(element).querySelectorAll('h1, h2, h3, h4, h5, h6');
  expect(headings.length).to.be.greaterThan(0);
  headings.forEach((node) => {
    expect(textOf(node), 'heading text').to.not.equal('');
    const container = node.parentElement!;
    const after = [...container.children].slice([...container.children].indexOf(node) + 1);
    const hasContent = node.id === 'sheet-title' || after.some((sibling) => textOf(sibling) !== '');
    expect(hasContent, `content after « ${textOf(node)} »`).to.equal(true);
  });
}

describe('<tf-sheet-card>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('shows a shaped, announced placeholder while loading', async () => {
    const originalFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {}); // a feed that never arrives
    try {
      const element = await fixture<TfSheetCard>(html`<tf-sheet-card training="praxis-aller-vers-m1" src="/lent.json"></tf-sheet-card>`);
      const status = shadowOf(element).querySelector('[role="status"]');
      expect(status?.querySelectorAll('.skeleton--title').length).to.equal(1);
      expect(textOf(status)).to.equal(fr.common.loading);
      await expectAccessible(element);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('shows a readable error when the feed is invalid, with details in the console', async () => {
    const { errors } = await captureConsoleErrors(async () => {
      const element = await fixture<TfSheetCard>(html`<tf-sheet-card training="x" src=${feedUrl({ version: 'un', trainings: [] })}></tf-sheet-card>`);
      await waitUntil(() => shadowOf(element).querySelector('[role="alert"]') !== null, 'error message');
      expect(textOf(shadowOf(element).querySelector('[role="alert"]'))).to.equal(fr.common.errorUnavailable);
      await expectAccessible(element);
    });
    expect(errors.join('\n')).to.contain('version');
  });

  it('says so when the training id is unknown', async () => {
    const feed = await demoFeed();
    const { errors } = await captureConsoleErrors(async () => {
      const element = await sheet(feed, 'inconnue');
      expect(textOf(shadowOf(element).querySelector('[role="alert"]'))).to.equal(fr.common.trainingUnavailable);
      await expectAccessible(element);
    });
    expect(errors).to.deep.equal(['[training-feed-widgets] <tf-sheet-card> La formation «\u00a0inconnue\u00a0» est introuvable dans le flux.']);
  });

  it('says in the console why a training of the feed was left out, rather than « introuvable »', async () => {
    const feed = structuredClone(await demoFeed()) as Feed;
    const id = feed.trainings[1]!.id;
    (feed.trainings[1] as { url?: string }).url = 'javascript:alert(1)';
    const { errors } = await captureConsoleErrors(async () => {
      const { warnings } = await captureConsoleWarnings(async () => {
        const element = await sheet(feed, id);
        expect(textOf(shadowOf(element).querySelector('[role="alert"]'))).to.equal('Cette formation ne peut pas être affichée pour le moment.');
        await expectAccessible(element);
      });
      expect(warnings).to.have.length(1);
    });
    expect(errors).to.deep.equal([
      `[training-feed-widgets] <tf-sheet-card> L’entrée «\u00a0${id}\u00a0» du flux est ignorée car invalide\u00a0:\n  • trainings[1].url : adresse https:, http:, mailto: ou tel: attendue`,
    ]);
  });

  it('says so when the training attribute is missing', async () => {
    const feed = await demoFeed();
    await captureConsoleErrors(async () => {
      const element = await fixture<TfSheetCard>(html`<tf-sheet-card .feed=${feed}></tf-sheet-card>`);
      await settle(element);
      expect(textOf(shadowOf(element).querySelector('[role="alert"]'))).to.equal(fr.common.trainingUnavailable);
    });
  });

  for (const id of trainingIds) {
    it(`shows every published section of ${id}, in reading order, with no empty heading`, async () => {
      const feed = await demoFeed();
      const training = trainingOf(feed, id);
      const element = await sheet(feed, id);
      const root = shadowOf(element);
      const text = textOf(root);

      expect(textOf(root.querySelector('h2'))).to.equal(training.title);
      if (training.subtitle) expect(textOf(root.querySelector('.subtitle'))).to.equal(training.subtitle);
      expect(text).to.contain('Aller vers');
      expect(text).to.contain(plain(t.module(1, 'Aller vers : la nécessaire préparation')));
      expect(text).to.contain('Social et Médico-social');
      expect(text).to.contain(training.audience!);
      expect(text).to.contain(training.duration!.label);
      expect(text).to.contain(training.provider.name);
      expect(text).to.contain(training.funder!.name);
      if (training.provider.region) expect(text).to.contain(training.provider.region);

      const expected = [
        t.datesAndPlaces,
        ...(training.contacts ? [t.contacts] : []),
        ...(training.speakers ? [t.speakers] : []),
        t.partners,
        t.context,
        t.objectives,
        t.prerequisites,
        t.content,
        ...(training.personalWork ? [t.personalWork] : []),
        ...(training.methods ? [t.methods] : []),
        ...(training.evaluation ? [t.evaluation] : []),
      ];
      expect(sectionTitles(element)).to.deep.equal(expected);

      // Every session, every objective, every content item, every contact and speaker.
      expect(root.querySelectorAll('.session').length).to.equal(training.sessions.length);
      training.sessions.forEach((session) => expect(text).to.contain(session.label!));
      training.objectives!.forEach((objective) => expect(text).to.contain(objective.text));
      training.content!.flatMap((block) => block.items).forEach((item) => expect(text).to.contain(item));
      training.context!.forEach((paragraph) => expect(text).to.contain(paragraph));
      training.contacts?.forEach((contact) => {
        const link = root.querySelector<HTMLAnchorElement>(`a[href="mailto:${contact.email}"]`);
        expect(link, contact.email).to.not.equal(null);
        expect(text).to.contain(contact.role!);
      });
      training.speakers?.forEach((speaker) => expect(text).to.contain(`${speaker.name} ${speaker.role}`));
      expect(text).to.contain(`${fr.common.partnerRoleCoFunding} DGCS`);
      // Every date is a <time datetime>.
      root.querySelectorAll('time').forEach((time) => expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}/));
      // Absent optional sections leave nothing behind.
      expect(text).to.not.contain(t.price);
      expect(text).to.not.contain(t.accessibility);
      expectNoEmptyHeading(element);
      await expectAccessible(element);
    });
  }

  it('shows the IRTS sessions as e-learning then virtual class, its deadline and its personal work', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'irts-fc-aller-vers-m1');
    const root = shadowOf(element);
    const first = root.querySelector('.session')!;
    expect(textOf(first)).to.contain('Groupe 1');
    expect(textOf(first)).to.contain('Du 24 nov. au 7 déc. 2021 – Travail personnel sur la plateforme (e-learning)');
    expect(textOf(first)).to.contain('Le 8 déc. 2021 – Classe virtuelle');
    expect(textOf(first)).to.contain(fr.common.modeRemote);
    expect(textOf(first)).to.contain(fr.common.statusOpenUntil);
    const deadline = [...root.querySelectorAll('.fact')].find((fact) => textOf(fact.querySelector('dt')) === t.registrationDeadline);
    expect(deadline?.querySelector('time')?.getAttribute('datetime')).to.equal('2022-01-05');
    expect(textOf(deadline)).to.contain('5 janv. 2022');
    // The published label already says days and hours: no repetition.
    expect(factsOf(element)[t.duration]).to.equal('Maximum 3 jours / 21 heures');
    expect(textOf(root.querySelector('.section--personal-work'))).to.contain('7 h de travail personnel sur 15 jours');
    expect(textOf(root.querySelector('.section--personal-work'))).to.contain('avant le jour 2 en classe virtuelle');
  });

  it('shows PRAXIS places, the day-by-day content and the half day reserved to managers, clearly marked', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'praxis-aller-vers-m1');
    const root = shadowOf(element);
    expect(textOf(root.querySelector('.sessions'))).to.contain('Les 25 et 26 sept. 2023');
    expect(textOf(root.querySelector('.sessions'))).to.contain('Strasbourg');
    expect(textOf(root.querySelector('.sessions'))).to.contain('Metz');
    const days = [...root.querySelectorAll('.day__title')].map((node) => textOf(node));
    expect(days).to.deep.equal([
      'Jour 1 – « ALLER VERS », fondements et enjeux professionnels',
      'Jour 2 – « ALLER VERS », un élément incontournable pour une pratique professionnelle',
      'Jour 3 – Accompagner le changement, un enjeu pour les cadres (chefs de service, directions)',
    ]);
    expect(root.querySelectorAll('.day__title')[0]!.localName).to.equal('h4');
    const reserved = root.querySelector('.day--reserved');
    expect(textOf(reserved?.querySelector('.reserved'))).to.equal('Réservé aux cadres (chefs de service, directions)');
    expect(textOf(reserved?.querySelector('.tag'))).to.equal('1/2 journée');
    expect(root.querySelectorAll('.reserved').length).to.equal(1);
    expect(textOf(root)).to.contain('Fonds mutualisé de Branche Salariés de la Branche');
  });

  it('adds days and hours in words when the published duration label does not say them', async () => {
    const feed = await demoFeed();
    trainingOf(feed, 'apsn-aller-vers-m1').duration = { label: 'Deux jours et demi', days: 2.5, hours: 17.5 };
    const element = await sheet(feed, 'apsn-aller-vers-m1');
    expect(factsOf(element)[t.duration]).to.equal('Deux jours et demi (2,5 jours, 17,5 heures)');
  });

  it('says « Pas de prérequis » for an empty list, and shows no prerequisites section when absent', async () => {
    const feed = await demoFeed();
    const apsn = await sheet(feed, 'apsn-aller-vers-m1');
    const prerequisites = shadowOf(apsn).querySelector('.section--prerequisites')!;
    expect(textOf(prerequisites.querySelector('.section__title'))).to.equal(t.prerequisites);
    expect(textOf(prerequisites.querySelector('p'))).to.equal(t.noPrerequisites);
    expect(prerequisites.querySelector('li')).to.equal(null);

    const withoutPrerequisites = await demoFeed();
    delete trainingOf(withoutPrerequisites, 'praxis-aller-vers-m1').prerequisites;
    const praxis = await sheet(withoutPrerequisites, 'praxis-aller-vers-m1');
    expect(shadowOf(praxis).querySelector('.section--prerequisites')).to.equal(null);
    expect(sectionTitles(praxis)).to.not.include(t.prerequisites);
  });

  it('leaves no empty heading on a training with only its required fields', async () => {
    const feed = await demoFeed();
    feed.trainings = [{ id: 'nue', title: 'Formation sans détail', provider: { name: 'Organisme' }, sessions: [] }];
    feed.quizzes = [];
    const element = await sheet(feed, 'nue', { qualiopi: false });
    expect(sectionTitles(element)).to.deep.equal([]);
    expect(shadowOf(element).querySelectorAll('details').length).to.equal(0);
    expectNoEmptyHeading(element);
    await expectAccessible(element);
  });

  it('shows price, access terms and accessibility when published, with the price in the reader’s currency format', async () => {
    const feed = await demoFeed();
    Object.assign(trainingOf(feed, 'apsn-aller-vers-m1'), {
      price: { amount: 1200, currency: 'EUR', label: 'Pris en charge par l’OPCO' },
      access: 'Inscription jusqu’à 15 jours avant le début.',
      accessibility: 'Locaux accessibles ; contactez le référent handicap.',
    });
    const element = await sheet(feed, 'apsn-aller-vers-m1');
    const root = shadowOf(element);
    expect(textOf(root.querySelector('.price'))).to.equal('1 200 €');
    expect(textOf(root.querySelector('.section--price'))).to.contain('Pris en charge par l’OPCO');
    expect(sectionTitles(element).slice(-3)).to.deep.equal([t.price, t.access, t.accessibility]);
    await expectAccessible(element);
  });

  it('lists exactly the missing Qualiopi items (indicators 1, 2 and 26) with the qualiopi attribute', async () => {
    const feed = await demoFeed();
    const praxis = trainingOf(feed, 'praxis-aller-vers-m1');
    Object.assign(praxis, {
      price: { amount: 900, currency: 'EUR' },
      access: 'Sur inscription auprès de l’OPCO.',
      accessibility: 'Contactez le référent handicap.',
      methods: ['Apports théoriques'],
      evaluation: ['Quiz'],
      updated: '2023-06-01',
      results: [{ kind: 'satisfaction', rate: 92, sampleSize: 48 }],
    });
    delete praxis.prerequisites;
    delete praxis.contacts;
    const element = await sheet(feed, 'praxis-aller-vers-m1', { qualiopi: true });
    const panel = shadowOf(element).querySelector('[part="qualiopi"]')!;
    expect(panel).to.not.equal(null);
    const missing = [...panel.querySelectorAll('li')].map((item) => item.dataset.item);
    expect(missing).to.deep.equal(['prerequisites', 'contacts', 'disabilityReferent']);
    expect([...panel.querySelectorAll('li')].map((item) => textOf(item))).to.deep.equal([t.prerequisites, t.contacts, t.disabilityReferent]);
    expect(textOf(panel)).to.contain(plain(t.qualiopiMissing(3)));
    expectNoEmptyHeading(element);
    await expectAccessible(element);
  });

  it('flags the demo feed’s unpublished items, says when none is missing, and hides the panel without the attribute', async () => {
    const feed = await demoFeed();
    const unpublishedEverywhere = ['updated', 'results', 'disabilityReferent'];
    expect(missingQualiopiItems(trainingOf(feed, 'irts-fc-aller-vers-m1'))).to.deep.equal(['access', 'price', 'contacts', 'accessibility', ...unpublishedEverywhere]);
    expect(missingQualiopiItems(trainingOf(feed, 'apsn-aller-vers-m1'))).to.deep.equal(['access', 'price', 'methods', 'evaluation', 'accessibility', ...unpublishedEverywhere]);

    const withoutAttribute = await sheet(feed, 'irts-fc-aller-vers-m1');
    expect(shadowOf(withoutAttribute).querySelector('[part="qualiopi"]')).to.equal(null);

    const completeFeed = await demoFeed();
    Object.assign(trainingOf(completeFeed, 'irts-fc-aller-vers-m1'), {
      price: { label: 'Gratuit' },
      access: 'Sur inscription.',
      accessibility: 'Accessible.',
      contacts: [{ name: 'Contact', email: 'contact@example.org' }],
      updated: '2023-06-01',
      results: [{ kind: 'completion', rate: 100, sampleSize: 12, periodStart: '2022-01-01', periodEnd: '2022-12-31' }],
      disabilityReferent: { name: 'Référente handicap', email: 'handicap@example.org' },
    });
    const complete = await sheet(completeFeed, 'irts-fc-aller-vers-m1', { qualiopi: true });
    const panel = shadowOf(complete).querySelector('[part="qualiopi"]');
    expect(panel?.querySelectorAll('li').length).to.equal(0);
    expect(textOf(panel)).to.contain(plain(t.qualiopiComplete));
    await expectAccessible(complete);
  });

  it('opens and closes the long sections from the keyboard (Enter and Space on the summary)', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'praxis-aller-vers-m1');
    const root = shadowOf(element);
    const [context, content] = [...root.querySelectorAll('details')];
    expect(context!.open).to.equal(false);
    const firstParagraph = context!.querySelector('p')!;
    expect(firstParagraph.checkVisibility()).to.equal(false);

    context!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => context!.open, 'context open');
    expect(firstParagraph.checkVisibility()).to.equal(true);

    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !context!.open, 'context closed');

    content!.querySelector('summary')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => content!.open, 'content open');
    expect(content!.querySelector('.reserved')!.checkVisibility()).to.equal(true);
    await expectAccessible(element);
  });

  it('opens every disclosure for print, then restores the reader’s choice', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'praxis-aller-vers-m1');
    const root = shadowOf(element);
    const details = [...root.querySelectorAll('details')];
    details[1]!.open = true; // the reader opened the content already
    await emulateMedia({ media: 'print' });
    window.dispatchEvent(new Event('beforeprint'));
    await waitUntil(() => details.every((item) => item.open), 'every disclosure open');
    expect(root.querySelector('.section--context p')!.checkVisibility()).to.equal(true);
    expect(root.querySelector('.day--reserved')!.checkVisibility()).to.equal(true);
    // No button in print: the summaries (toggle controls) are hidden.
    root.querySelectorAll('summary').forEach((summary) => expect(summary.checkVisibility()).to.equal(false));
    await expectAccessible(element);

    window.dispatchEvent(new Event('afterprint'));
    await emulateMedia({ media: 'screen' });
    expect(details[0]!.open).to.equal(false);
    expect(details[1]!.open).to.equal(true);
  });

  it('opens the disclosures as soon as print media applies (print preview, emulation), without beforeprint', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'apsn-aller-vers-m1');
    const paragraph = shadowOf(element).querySelector('.section--context p')!;
    expect(paragraph.checkVisibility()).to.equal(false);
    await emulateMedia({ media: 'print' });
    // The matchMedia('print') listener opens them as the print preview would.
    await waitUntil(() => paragraph.checkVisibility(), 'context printed');
    await expectAccessible(element);
  });

  it('shows the compact variant: title, body, duration, next session, registration status and the sheet link', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'praxis-aller-vers-m1', { variant: 'compact', now: '2023-09-01' } as Partial<TfSheetCard>);
    const root = shadowOf(element);
    const facts = factsOf(element);
    expect(textOf(root.querySelector('h2'))).to.equal('La pratique de l’Aller Vers les publics – Module 1');
    // The provider right under the title, so that cards with the same title are told apart.
    expect(textOf(root.querySelector('.header .provider'))).to.equal(`${t.provider} : PRAXIS, Grand Est`);
    expect(facts).to.deep.equal({
      [t.duration]: '2 jours',
      [t.nextSession]: 'Les 25 et 26 sept. 2023 – Strasbourg',
      [t.registration]: fr.common.statusOpen,
    });
    expect(root.querySelectorAll('.section').length).to.equal(0);
    // No url in the feed and no href: no dead link.
    expect(root.querySelector('[part="link"]')).to.equal(null);

    element.href = '/fiches/praxis.html';
    await settle(element);
    const link = root.querySelector<HTMLAnchorElement>('[part="link"]')!;
    expect(link.getAttribute('href')).to.equal(new URL('/fiches/praxis.html', document.baseURI).href);
    expect(textOf(link)).to.contain(t.viewSheet);
    await expectAccessible(element);
  });

  it('links the compact sheet to the feed’s url, refuses unsafe ones, and tells when no session is ahead', async () => {
    const feed = await demoFeed();
    trainingOf(feed, 'apsn-aller-vers-m1').url = 'https://example.org/apsn';
    const element = await sheet(feed, 'apsn-aller-vers-m1', { variant: 'compact', now: '2024-01-01' } as Partial<TfSheetCard>);
    const root = shadowOf(element);
    expect(root.querySelector('[part="link"]')!.getAttribute('href')).to.equal('https://example.org/apsn');
    expect(textOf(root)).to.contain(fr.common.noUpcomingSession);
    expect(textOf(root)).to.not.contain(t.registration);
    element.href = 'javascript:alert(1)';
    await settle(element);
    expect(root.querySelector('[part="link"]')!.getAttribute('href')).to.equal('https://example.org/apsn');
    await expectAccessible(element);
  });

  it('speaks English with lang="en"', async () => {
    const feed = await demoFeed();
    const element = await fixture<TfSheetCard>(html`<tf-sheet-card lang="en" training="praxis-aller-vers-m1" now="2023-09-01" .feed=${feed}></tf-sheet-card>`);
    await settle(element);
    const text = textOf(shadowOf(element));
    expect(text).to.contain('Dates and places');
    expect(text).to.contain('Training body');
    expect(text).to.contain('On 25 and 26 Sep');
    expect(text).to.contain('Reserved for: Cadres (chefs de service, directions)');
    await expectAccessible(element);
  });

  it('follows heading-level for the title and its sections', async () => {
    const feed = await demoFeed();
    const element = await sheet(feed, 'praxis-aller-vers-m1', { headingLevel: 3 });
    const root = shadowOf(element);
    expect(root.querySelector('.title')!.localName).to.equal('h3');
    expect(root.querySelector('.section__title')!.localName).to.equal('h4');
    expect(root.querySelector('.day__title')!.localName).to.equal('h5');
  });

  it('projects the logo, actions and footer slots', async () => {
    const feed = await demoFeed();
    const element = await fixture<TfSheetCard>(html`<tf-sheet-card training="praxis-aller-vers-m1" .feed=${feed}>
      <span slot="logo">Logo</span><a slot="actions" href="#inscription">S’inscrire</a><p slot="footer">Mis à jour en 2023</p>
    </tf-sheet-card>`);
    await settle(element);
    for (const name of ['logo', 'actions', 'footer']) {
      const slot = shadowOf(element).querySelector<HTMLSlotElement>(`slot[name="${name}"]`)!;
      expect(slot.assignedElements().length, name).to.equal(1);
    }
    await expectAccessible(element);
  });

  for (const variant of ['full', 'compact'] as const) {
    it(`has no horizontal overflow at 320 px (${variant})`, async () => {
      await setViewport({ width: 320, height: 800 });
      const feed = await demoFeed();
      for (const id of trainingIds) {
        const element = await sheet(feed, id, { variant, href: '/fiche' } as Partial<TfSheetCard>);
        shadowOf(element).querySelectorAll('details').forEach((details) => (details.open = true));
        await settle(element);
        expect(element.scrollWidth, id).to.be.at.most(element.clientWidth);
        expect(document.documentElement.scrollWidth, id).to.be.at.most(320);
      }
    });
  }
  describe('odd but valid feeds', () => {
    const oddTraining = (): Training => ({
      id: 'odd',
      title: 'Formation singulière',
      provider: { name: 'Organisme', region: 'Grand Est' },
      contacts: [{ name: 'Accueil', phone: 'n.c.' }, { name: 'Secrétariat', phone: '03 81 41 61 37' }],
      sessions: [
        { id: 'g1', mode: 'in-person', dates: [{ start: '2021-12-06T09:00:00+01:00', end: '2021-12-06T17:00:00+01:00' }], registrationUrl: 'https://example.org/a' },
        { id: 'g2', mode: 'remote', dates: [{ start: '2022-01-10' }], registrationUrl: 'https://example.org/b' },
        { id: 'g3', mode: 'remote', dates: [{ start: '2022-02-10' }], seats: { remaining: 0 }, registrationUrl: 'https://example.org/c' },
        { id: 'g4', mode: 'remote', dates: [{ start: '2022-03-10' }], cancelled: true, registrationUrl: 'https://example.org/d' },
      ],
    });
    const feedWith = (...trainings: Training[]): Feed => ({ version: 1, trainings, quizzes: [], programmes: [] });

    it('names each registration link by its session when the groups have no label (distinct link texts)', async () => {
      const element = await sheet(feedWith(oddTraining()), 'odd');
      const links = [...shadowOf(element).querySelectorAll<HTMLAnchorElement>('a.register')].map((link) => plain(textOf(link)));
      expect(links, 'full and cancelled sessions take no registration').to.have.length(2);
      expect(new Set(links).size).to.equal(2);
      expect(links[0]).to.contain('6 déc. 2021');
      shadowOf(element).querySelectorAll('.session').forEach((item) => expect(item.querySelector('time[datetime]'), textOf(item)).to.not.equal(null));
      await expectAccessible(element);
    });

    it('links a phone number only when it has digits', async () => {
      const element = await sheet(feedWith(oddTraining()), 'odd');
      const tel = [...shadowOf(element).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
      expect(tel).to.deep.equal(['tel:0381416137']);
    });

    it('dials the number a French contact writes, not every digit of the line', async () => {
      const training = oddTraining();
      training.contacts = [
        { name: 'Standard', phone: '+33 (0)3 81 41 61 37' },
        { name: 'Secrétariat', phone: 'Tél. : 03 81 41 61 37 poste 215' },
        { name: 'Accueil', phone: '03 81 41 61 00 ou 06 12 34 56 78' },
      ];
      const element = await sheet(feedWith(training), 'odd');
      const links = [...shadowOf(element).querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal(['tel:+33381416137', 'tel:0381416137', 'tel:0381416100']);
      expect(links.map((link) => textOf(link)), 'shown as written').to.deep.equal(['+33 (0)3 81 41 61 37', 'Tél. : 03 81 41 61 37 poste 215', '03 81 41 61 00 ou 06 12 34 56 78']);
    });

    it('shows a training without sessions, in both variants, without a dates section', async () => {
      const training = { ...oddTraining(), sessions: [] };
      const full = await sheet(feedWith(training), 'odd');
      expect(shadowOf(full).querySelector('.section--sessions')).to.equal(null);
      expectNoEmptyHeading(full);
      const compact = await sheet(feedWith(training), 'odd', { variant: 'compact' });
      expect(factsOf(compact)[t.nextSession]).to.equal(fr.common.noUpcomingSession);
      await expectAccessible(compact);
    });

    it('falls back on invalid variant, heading-level and now, telling the console about now', async () => {
      const { warnings } = await captureConsoleWarnings(async () => {
        const element = await sheet(feedWith(oddTraining()), 'odd', { now: 'demain', variant: 'géant' as 'full', headingLevel: Number('deux') });
        expect(shadowOf(element).querySelector('h2#sheet-title')).to.not.equal(null);
        expect(shadowOf(element).querySelector('.eyebrow'), 'the full sheet').to.not.equal(null);
        element.now = '2021-11-01';
        await settle(element);
      });
      expect(warnings.filter((warning) => warning.includes('now="demain"'))).to.have.length(1);
    });
  });
});
