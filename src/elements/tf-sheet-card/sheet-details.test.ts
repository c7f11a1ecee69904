/**
 * Issue 13 on the sheet: the schema's new fields where a reader expects them (last update, expected results,
 * certification, funding, disability referent, results), imprecise dates said as such, and the staff's Qualiopi
 * panel covering the new items. The certification, funding and results sections and the panel load on demand
 * (qualiopi-sections.ts): the first test runs before any sheet needed them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { demoFeed, expectAccessible, mountWith, settle, shadowOf, textOf } from '../../../test/helpers.js';
import type { Feed, Training } from '../../model/schema.js';
import { en } from '../../i18n/en.js';
import { fr } from '../../i18n/fr.js';
import './define.js';
import type { TfSheetCard } from './tf-sheet-card.js';

const t = fr.sheetCard;
const details = fr.sheetDetails;

/** Text with every kind of space as one plain space, as textOf gives it. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

/** A sheet of a copy of `feed` (a feed object is validated once). */
function sheet(feed: Feed, training: string, extra: Partial<TfSheetCard> = {}): Promise<TfSheetCard> {
  return mountWith('tf-sheet-card', { training, now: '2023-09-01', feed: structuredClone(feed), ...extra });
}

function trainingOf(feed: Feed, id: string): Training {
  const training = feed.trainings.find((candidate) => candidate.id === id);
  if (!training) throw new Error(`no training ${id}`);
  return training;
}

/** Section titles of the full sheet, in document order. */
const sectionTitles = (element: TfSheetCard) => [...shadowOf(element).querySelectorAll('.section > .section__title')].map((node) => textOf(node));

/** A section's facts as { term: value }, each value as rendered (a line break as "\n"). */
function factsIn(element: TfSheetCard, name: string): Record<string, string> {
  return Object.fromEntries(
    [...shadowOf(element).querySelectorAll(`.section--${name} .fact`)].map((fact) => [
      textOf(fact.querySelector('dt')),
      fact.querySelector<HTMLElement>('dd')!.innerText.replace(/[^\S\n]+/g, ' ').trim(),
    ]),
  );
}

/** What Qualiopi and real offers add to the PRAXIS sheet of the demo: every new field of the schema. */
async function qualiopiFeed(): Promise<Feed> {
  const feed = await demoFeed();
  Object.assign(trainingOf(feed, 'praxis-aller-vers-m1'), {
    updated: '2024-03-15',
    outcomes: ['Adopter une posture d’aller vers dans sa pratique'],
    certifying: true,
    certification: { title: 'Titre professionnel d’intervenant social', rncp: 'RNCP35830', certifier: 'Ministère du Travail', registeredOn: '2021-06-25' },
    price: { amount: 900, currency: 'EUR' },
    funding: {
      cpf: true,
      opco: true,
      opcoConditions: 'Sur accord de l’OPCO avant l’entrée en formation.',
      coverageAvailable: true,
      remainingCost: { amount: 0, currency: 'EUR' },
      funders: [{ code: '16', seats: 12 }, { code: '2' }, { code: '19' }],
    },
    access: 'Inscription jusqu’à 15 jours avant le début.',
    accessibility: 'Locaux accessibles en fauteuil roulant.',
    disabilityReferent: { name: 'Claire Martin', role: 'Référente handicap', email: 'handicap@praxis.example', phone: '03 88 00 00 00' },
    methods: ['Apports théoriques'],
    evaluation: ['Quiz'],
    results: [
      { kind: 'satisfaction', rate: 92.4, sampleSize: 48, periodStart: '2023-01-01', periodEnd: '2023-12-31' },
      { kind: 'success', rate: 100, label: 'Taux de réussite au titre' },
      { kind: 'completion', rate: 87, periodEnd: '2023-12-31' },
    ],
  });
  return feed;
}

describe('<tf-sheet-card>: the Qualiopi fields of the schema', function () {
  this.timeout(30_000); // long sheets, each checked by axe
  it('loads the code of these sections only for a sheet that needs them', async () => {
    const loaded = () => performance.getEntriesByType('resource').some((entry) => /\/qualiopi-sections(-[\w-]{8})?\.(ts|js)/.test(entry.name));
    const plain = await sheet(await demoFeed(), 'praxis-aller-vers-m1');
    expect(sectionTitles(plain)).to.not.include(details.funding);
    expect(loaded(), 'a sheet without them').to.equal(false);
    await sheet(await qualiopiFeed(), 'praxis-aller-vers-m1', { variant: 'compact' });
    expect(loaded(), 'a compact card').to.equal(false);
    const full = await sheet(await qualiopiFeed(), 'praxis-aller-vers-m1');
    expect(loaded(), 'a full sheet with them').to.equal(true);
    // Rendered at once with the rest: the first render already holds them.
    expect(sectionTitles(full)).to.include(details.funding);
  });

  it('shows each new field where a reader expects it, in French', async () => {
    const element = await sheet(await qualiopiFeed(), 'praxis-aller-vers-m1');
    const root = shadowOf(element);
    // Qualiopi indicator 1: dated information, under the title.
    const updated = root.querySelector('.header .muted')!;
    expect(textOf(updated)).to.equal('Informations mises à jour le 15 mars 2024');
    expect(updated.querySelector('time')!.getAttribute('datetime')).to.equal('2024-03-15');

    expect(sectionTitles(element)).to.deep.equal([
      t.datesAndPlaces,
      t.contacts,
      t.speakers,
      t.partners,
      t.context,
      t.objectives,
      t.outcomes,
      t.certification,
      t.prerequisites,
      t.content,
      t.methods,
      t.evaluation,
      t.price,
      details.funding,
      t.access,
      t.accessibility,
      t.results,
    ]);
    expect(textOf(root.querySelector('.section--outcomes li'))).to.equal('Adopter une posture d’aller vers dans sa pratique');

    // The certification: its code linked to France compétences' register, its certifier and registration date.
    const code = root.querySelector<HTMLAnchorElement>('.section--certification a')!;
    expect(code.getAttribute('href')).to.equal('https://www.francecompetences.fr/recherche/rncp/35830/');
    expect(textOf(code)).to.equal('RNCP35830');
    expect(factsIn(element, 'certification')).to.deep.equal({
      [details.certificationTitle]: 'Titre professionnel d’intervenant social',
      [details.certificationCode]: 'RNCP35830',
      [details.certifier]: 'Ministère du Travail',
      [details.registeredOn]: '25 juin 2021',
    });

    // The funding: CPF, OPCO with its conditions, what the learner pays, funder codes in words where known.
    expect(factsIn(element, 'funding')).to.deep.equal({
      [details.cpf]: details.cpfYes,
      [details.opco]: `${details.opcoYes}\nSur accord de l’OPCO avant l’entrée en formation.`,
      [details.coverage]: details.coverageYes,
      [details.remainingCost]: '0 €',
      [details.funders]: 'OPCO (12 places), Conseil régional, financeur de code 19',
    });

    // Indicator 26: access conditions and the named disability referent, with a way to reach them.
    const accessibility = shadowOf(element).querySelector<HTMLElement>('.section--accessibility')!.innerText;
    expect(accessibility).to.contain('Locaux accessibles en fauteuil roulant.');
    expect(accessibility).to.match(new RegExp(`${t.disabilityReferent}\\s+Claire Martin\\s+Référente handicap`));
    expect(root.querySelector('.section--accessibility a[href="mailto:handicap@praxis.example"]')).to.not.equal(null);
    expect(root.querySelector('.section--accessibility a[href="tel:0388000000"]')).to.not.equal(null);

    // Indicator 2: rates with their sample and period, numbers as French writes them.
    const results = [...root.querySelectorAll('.section--results li')].map((item) => textOf(item));
    expect(results).to.deep.equal([
      'Taux de satisfaction : 92 % (48 personnes, du 1er janv. au 31 déc. 2023)',
      'Taux de réussite au titre : 100 %',
      'Taux d’achèvement : 87 % (au 31 déc. 2023)',
    ]);
    // French typography: non-breaking spaces before the colon and inside the percentage.
    expect(root.querySelector('.section--results li')!.textContent).to.match(/satisfaction\u00a0: 92[\u00a0\u202f]%/);
    root.querySelectorAll('time').forEach((time) => expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}/));
    await expectAccessible(element);
  });

  it('says it in English with lang="en"', async () => {
    const feed = await qualiopiFeed();
    const element = await fixture<TfSheetCard>(html`<tf-sheet-card lang="en" training="praxis-aller-vers-m1" now="2023-09-01" .feed=${feed}></tf-sheet-card>`);
    await settle(element);
    const text = textOf(shadowOf(element));
    expect(text).to.contain('Information updated on 15 Mar 2024');
    expect(factsIn(element, 'funding')).to.include({
      [en.sheetDetails.cpf]: en.sheetDetails.cpfYes,
      [en.sheetDetails.remainingCost]: '€0',
      [en.sheetDetails.funders]: 'OPCO (12 seats), Regional council, funder with code 19',
    });
    expect(factsIn(element, 'certification')).to.include({ [en.sheetDetails.registeredOn]: '25 Jun 2021' });
    expect(text).to.contain('Satisfaction rate: 92% (48 people, from 1 Jan to 31 Dec 2023)');
    expect(sectionTitles(element)).to.include.members([en.sheetCard.certification, en.sheetDetails.funding, en.sheetCard.results, en.sheetCard.outcomes]);
    await expectAccessible(element);
  });

  it('reaches the certification’s register and the referent from the keyboard', async () => {
    const element = await sheet(await qualiopiFeed(), 'praxis-aller-vers-m1');
    const root = shadowOf(element);
    const register = root.querySelector<HTMLAnchorElement>('.section--certification a')!;
    register.focus();
    expect(root.activeElement).to.equal(register);
    // From the register to the content's disclosure, then on to the referent's e-mail.
    const referentMail = root.querySelector<HTMLAnchorElement>('.section--accessibility a[href^="mailto:"]')!;
    for (let tab = 0; tab < 10 && root.activeElement !== referentMail; tab += 1) await sendKeys({ press: 'Tab' });
    expect(root.activeElement).to.equal(referentMail);
  });

  it('says « Formation certifiante » when the feed says no more, and the staff’s panel asks for the rest', async () => {
    const feed = await demoFeed();
    trainingOf(feed, 'apsn-aller-vers-m1').certifying = true;
    const element = await sheet(feed, 'apsn-aller-vers-m1', { qualiopi: true });
    expect(textOf(shadowOf(element).querySelector('.section--certification p'))).to.equal(details.certifying);
    const missing = [...shadowOf(element).querySelectorAll('[part="qualiopi"] li')].map((item) => (item as HTMLElement).dataset.item);
    expect(missing).to.include.members(['certification', 'updated', 'results', 'disabilityReferent']);
    await expectAccessible(element);
  });

  it('the staff’s panel counts every new item as published once the feed has them', async () => {
    const feed = await qualiopiFeed();
    trainingOf(feed, 'praxis-aller-vers-m1').prerequisites = [];
    const element = await sheet(feed, 'praxis-aller-vers-m1', { qualiopi: true });
    const panel = shadowOf(element).querySelector('[part="qualiopi"]')!;
    expect(panel.querySelectorAll('li').length).to.equal(0);
    expect(textOf(panel)).to.contain(plain(t.qualiopiComplete));
    await expectAccessible(element);
  });
});

describe('<tf-sheet-card>: dates known imprecisely, said honestly', () => {
  const vagueFeed = (): Feed => ({
    version: 1,
    quizzes: [],
    programmes: [],
    trainings: [
      {
        id: 'vague',
        title: 'Formation aux dates imprécises',
        provider: { name: 'Organisme', email: 'accueil@example.org' },
        sessions: [
          { id: 'month', mode: 'in-person', dates: [{ start: '2017-09-01', startPrecision: 'month', openEnded: true }] },
          { id: 'permanent', label: 'Groupe permanent', mode: 'remote', dates: [], permanentEntry: true },
          { id: 'unknown', mode: 'blended', dates: [] },
        ],
      },
    ],
  });

  for (const [lang, words] of [
    ['fr', ['À partir de septembre 2017', 'Entrées et sorties permanentes', 'Dates à venir']],
    ['en', ['Starting September 2017', en.common.permanentEntry, en.common.datesToBeAnnounced]],
  ] as const) {
    it(`says « ${words.join(' », « ')} » and offers a next step on each (${lang})`, async () => {
      const element = await fixture<TfSheetCard>(html`<tf-sheet-card lang=${lang} training="vague" now="2017-06-01" .feed=${vagueFeed()}></tf-sheet-card>`);
      await settle(element);
      const sessions = [...shadowOf(element).querySelectorAll('.session')];
      expect(sessions.length).to.equal(3);
      words.forEach((word, index) => expect(textOf(sessions[index]), word).to.contain(word));
      expect(sessions[0]!.querySelector('time')!.getAttribute('datetime')).to.equal('2017-09');
      for (const session of sessions) expect(session.querySelector('a[part="next-step"]'), textOf(session)).to.not.equal(null);
      // A session without label nor known first day is named plainly, never "NaN".
      expect(textOf(sessions[2]!.querySelector('a[part="next-step"]'))).to.not.contain('NaN');
      await expectAccessible(element);
    });
  }

  it('says the next session of a compact card as precisely as it is known', async () => {
    const element = await sheet(vagueFeed(), 'vague', { variant: 'compact', now: '2017-06-01' });
    expect(textOf(shadowOf(element).querySelector('.facts'))).to.contain('À partir de septembre 2017');
    await expectAccessible(element);
  });

  it('says « En septembre 2017 » of a session in that month without an end: on the 15th, registration is closed, the session not over', async () => {
    const feed = vagueFeed();
    feed.trainings[0]!.sessions = [{ id: 'month', label: 'Groupe S', mode: 'in-person', dates: [{ start: '2017-09-01', startPrecision: 'month' }] }];
    for (const [lang, words] of [['fr', 'Groupe S Inscriptions closes En septembre 2017 En présentiel'], ['en', 'Groupe S Registration closed In September 2017 In person']] as const) {
      const element = await fixture<TfSheetCard>(html`<tf-sheet-card lang=${lang} training="vague" now="2017-09-15" .feed=${feed}></tf-sheet-card>`);
      await settle(element);
      const session = shadowOf(element).querySelector('.session')!;
      expect(textOf(session), lang).to.equal(words);
      expect(session.querySelector('time')!.getAttribute('datetime')).to.equal('2017-09');
      element.remove();
    }
  });
});
