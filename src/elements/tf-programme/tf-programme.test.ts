import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { feedUrl } from '../../../test/fixtures.js';
import { captureConsoleErrors, captureConsoleWarnings, demoFeed, mountWith, expectAccessible, settle, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';
import type { Feed } from '../../model/schema.js';
import { fr } from '../../i18n/fr.js';
import './define.js';
import type { TfProgramme } from './tf-programme.js';

const t = fr.programme;
const plain = (text: string) => text.replace(/\s+/g, ' ');

function overview(feed: Feed, extra: Partial<TfProgramme> = {}): Promise<TfProgramme> {
  return mountWith('tf-programme', { programme: 'cadrage-aller-vers', now: '2021-11-01', feed, ...extra });
}

describe('<tf-programme>', () => {
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    await setViewport({ width: 800, height: 600 });
  });

  it('shows an announced placeholder while loading', async () => {
    const originalFetch = window.fetch;
    window.fetch = () => new Promise<Response>(() => {}); // a feed that never arrives
    try {
      const element = await fixture<TfProgramme>(html`<tf-programme programme="cadrage-aller-vers" src="/lent.json"></tf-programme>`);
      expect(textOf(shadowOf(element).querySelector('[role="status"]'))).to.equal(fr.common.loading);
      await expectAccessible(element);
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('shows a readable error when the feed is invalid', async () => {
    await captureConsoleErrors(async () => {
      const element = await fixture<TfProgramme>(html`<tf-programme programme="x" src=${feedUrl('{ pas du json')}></tf-programme>`);
      await waitUntil(() => textOf(shadowOf(element).querySelector('[role="alert"]')).includes(fr.common.errorUnavailable), 'error');
      await expectAccessible(element);
    });
  });

  it('says so when the programme id is unknown or missing', async () => {
    const feed = await demoFeed();
    const { errors } = await captureConsoleErrors(async () => {
      const unknown = await overview(feed, { programme: 'inconnu' });
      expect(textOf(shadowOf(unknown).querySelector('[role="alert"]'))).to.equal(fr.common.programmeUnavailable);
      await expectAccessible(unknown);
      const missing = await overview(feed, { programme: undefined });
      expect(textOf(shadowOf(missing).querySelector('[role="alert"]'))).to.equal(fr.common.programmeUnavailable);
    });
    expect(errors.join('\n')).to.contain('inconnu');
  });

  it('says in the console why the programme was left out of the feed, in the page’s language', async () => {
    const feed = structuredClone(await demoFeed()) as Feed;
    (feed.programmes[0] as { url?: string }).url = 'javascript:alert(1)';
    const { errors } = await captureConsoleErrors(() =>
      captureConsoleWarnings(async () => {
        const element = await overview(feed, { lang: 'en' } as Partial<TfProgramme>);
        expect(textOf(shadowOf(element).querySelector('[role="alert"]'))).to.equal('This framework cannot be shown at the moment.');
      }),
    );
    expect(errors).to.deep.equal([
      '[training-feed-widgets] <tf-programme> Feed entry “cadrage-aller-vers” is left out as invalid:\n  • programmes[0].url : adresse https:, http:, mailto: ou tel: attendue',
    ]);
  });

  it('shows the framework: title, issuer, publishers, context, highlighted funding rule, audiences and sections', async () => {
    const feed = await demoFeed();
    const programme = feed.programmes[0]!;
    const element = await overview(feed);
    const root = shadowOf(element);
    const text = textOf(root);
    expect(textOf(root.querySelector('h2'))).to.equal('Aller vers');
    expect(text).to.contain('Cadrage formation plan pauvreté');
    expect(text).to.contain(plain(`${t.issuer} ${programme.issuer}`));
    expect(text).to.contain(plain(`${t.publishers} Uniformation`));
    programme.context!.forEach((paragraph) => expect(text).to.contain(paragraph));
    const rule = root.querySelector('[part="funding-rule"]')!;
    expect(textOf(rule)).to.equal(plain(`${t.fundingRule} ${programme.fundingRule}`));
    expect(text).to.contain(`${t.audiencePriority}${programme.audience!.priority}`);
    programme.sections!.forEach((section) => expect(text).to.contain(section.title));
    expect(text).to.contain('quelles sont les évolutions attendues en matière de pratiques professionnelles ?');
    const note = [...root.querySelectorAll('a')].find((link) => textOf(link) === t.officialNote);
    expect(note?.getAttribute('href')).to.equal(programme.url);
    expect(text).to.contain('Cofinancement – DGCS (Direction générale de la cohésion sociale)');
    await expectAccessible(element);
  });

  it('lists the 2 modules in order with their 6 sequences, numbered and described', async () => {
    const feed = await demoFeed();
    const element = await overview(feed);
    const root = shadowOf(element);
    const modules = [...root.querySelectorAll('.modules > .module')];
    expect(modules.length).to.equal(2);
    expect(modules.map((module) => textOf(module.querySelector('.module__title')))).to.deep.equal([
      'Module 1 Aller vers : la nécessaire préparation',
      'Module 2 Aller vers : une mise en pratique outillée, concertée et proactive',
    ]);
    const sequences = [...root.querySelectorAll('ol.sequences > li')];
    expect(sequences.length).to.equal(6);
    expect(sequences.map((item) => (item as HTMLLIElement).value)).to.deep.equal([1, 2, 3, 4, 5, 6]);
    expect(textOf(sequences[0])).to.contain('Séquence 1 – Les raisons de « l\'aller vers », historique');
    expect(textOf(sequences[0])).to.contain('Le contexte, la démarche, les enjeux à relever, les prérequis');
    expect(modules[0]!.querySelectorAll('ol.sequences > li').length).to.equal(3);
    expect(modules[1]!.querySelectorAll('ol.sequences > li').length).to.equal(3);
    expect(textOf(root)).to.contain(t.modulesSummary(2, 6));
  });

  it('shows module 2’s audience, prerequisites and that it requires module 1, in words', async () => {
    const feed = await demoFeed();
    const element = await overview(feed);
    const module2 = shadowOf(element).querySelectorAll('.module')[1]!;
    const facts = Object.fromEntries([...module2.querySelectorAll('.fact')].map((fact) => [textOf(fact.querySelector('dt')), textOf(fact.querySelector('dd'))]));
    expect(facts[t.duration]).to.equal('2 à 3 jours');
    expect(facts[t.moduleAudience]).to.contain('ayant suivi nécessairement le module 1 ou professionnels');
    expect(facts[t.prerequisites]).to.contain(plain(t.requires([1])));
    expect(t.requires([1])).to.equal('Suivre d’abord le module 1');
    expect(facts[t.prerequisites]).to.contain('Modalités pédagogiques innovantes');
  });

  it('maps each demo training to module 1, with body, region, next session and a link to its sheet', async () => {
    const feed = await demoFeed();
    feed.trainings[0]!.url = 'https://example.org/irts';
    const element = await overview(feed, { sheetHref: '/fiches/{id}.html', now: '2021-11-01' });
    const [module1, module2] = [...shadowOf(element).querySelectorAll('.module')];
    const trainings = [...module1!.querySelectorAll('.training')] as HTMLElement[];
    expect(trainings.map((item) => item.dataset.training)).to.deep.equal(['irts-fc-aller-vers-m1', 'praxis-aller-vers-m1', 'apsn-aller-vers-m1']);
    expect(textOf(module1!)).to.contain(`${t.trainings} (3 formations)`);
    expect(module2!.querySelectorAll('.training').length).to.equal(0);
    expect(textOf(module2!)).to.contain(t.noTraining);

    const [irts, praxis, apsn] = trainings;
    expect(irts!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/irts');
    expect(praxis!.querySelector('a')!.getAttribute('href')).to.equal(new URL('/fiches/praxis-aller-vers-m1.html', document.baseURI).href);
    expect(textOf(praxis!.querySelector('a'))).to.equal('La pratique de l’Aller Vers les publics – Module 1 – PRAXIS');
    expect(textOf(irts)).to.contain('IRTS Franche-Comté, Bourgogne-Franche-Comté');
    expect(textOf(irts)).to.contain('Du 24 nov. au 7 déc. 2021, puis le 8 déc. 2021');
    expect(textOf(irts)).to.contain(plain(fr.common.statusOpenUntil));
    expect(textOf(praxis)).to.contain('PRAXIS, Grand Est');
    expect(textOf(praxis)).to.contain('Les 25 et 26 sept. 2023 – Strasbourg');
    expect(textOf(apsn)).to.contain('APSN, Hauts-de-France');
    expect(textOf(apsn)).to.contain('Les 10 et 11 mars 2022 – Lille');
    shadowOf(element).querySelectorAll('time').forEach((time) => expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}$/));
    await expectAccessible(element);
  });

  it('tells when a training has no session ahead, and links nothing without url nor sheet-href', async () => {
    const feed = await demoFeed();
    const element = await overview(feed, { now: '2024-01-01' });
    const apsn = shadowOf(element).querySelector('[data-training="apsn-aller-vers-m1"]')!;
    expect(textOf(apsn)).to.contain(fr.common.noUpcomingSession);
    expect(apsn.querySelector('a')).to.equal(null);
    await expectAccessible(element);
  });

  it('leaves no empty heading: every heading is followed by content', async () => {
    const feed = await demoFeed();
    const element = await overview(feed);
    const headings = shadowOf(element).querySelectorAll('h2, h3, h4, h5, h6');
    expect(headings.length).to.be.greaterThan(10);
    headings.forEach((node) => {
      const siblings = [...node.parentElement!.children];
      const after = siblings.slice(siblings.indexOf(node) + 1);
      expect(after.some((sibling) => textOf(sibling) !== ''), textOf(node)).to.equal(true);
    });
  });

  it('puts the modules first and folds the context and the framework’s sections in one disclosure, opened by keyboard', async () => {
    const feed = await demoFeed();
    const element = await overview(feed);
    const root = shadowOf(element);
    const titles = [...root.querySelectorAll('.section > .section__title')].map(textOf);
    expect(titles.slice(0, 3)).to.deep.equal([t.modules, t.audience, t.context]);
    const disclosure = root.querySelector<HTMLDetailsElement>('details[part="disclosure"]')!;
    const summary = disclosure.querySelector('summary')!;
    expect(textOf(summary)).to.equal(t.showContext);
    expect(disclosure.open).to.equal(false);
    // The framework's sections nest under "Contexte", one level down.
    expect([...disclosure.querySelectorAll('h4')].map(textOf)).to.deep.equal(feed.programmes[0]!.sections!.map((part) => part.title));
    expect(disclosure.querySelector('.disclosure__body')!.checkVisibility(), 'folded').to.equal(false);
    await expectAccessible(element);

    summary.focus();
    await sendKeys({ press: 'Enter' });
    await settle(element);
    expect(disclosure.open, 'Enter opens it').to.equal(true);
    expect(disclosure.querySelector('.disclosure__body')!.checkVisibility()).to.equal(true);
    await expectAccessible(element);
    await sendKeys({ press: 'Space' });
    await settle(element);
    expect(disclosure.open, 'Space closes it').to.equal(false);
  });

  it('prints the folded context whole, without its summary', async () => {
    const feed = await demoFeed();
    const element = await overview(feed);
    await emulateMedia({ media: 'print' });
    const disclosure = shadowOf(element).querySelector<HTMLDetailsElement>('details[part="disclosure"]')!;
    expect(disclosure.open).to.equal(false);
    const paragraph = disclosure.querySelector('.disclosure__body p')!;
    expect(paragraph.getBoundingClientRect().height, 'the context prints').to.be.greaterThan(0);
    expect(getComputedStyle(disclosure.querySelector('summary')!).display).to.equal('none');
  });

  it('prints the links’ addresses', async () => {
    const feed = await demoFeed();
    const element = await overview(feed, { sheetHref: '/fiches/{id}.html' });
    await emulateMedia({ media: 'print' });
    const link = shadowOf(element).querySelector('.training a')!;
    expect(getComputedStyle(link, '::after').content).to.contain('/fiches/');
    await expectAccessible(element);
  });

  it('speaks English with lang="en"', async () => {
    const feed = await demoFeed();
    const element = await overview(feed);
    element.setAttribute('lang', 'en');
    await settle(element);
    const text = textOf(shadowOf(element));
    expect(text).to.contain('Modules and sequences');
    expect(text).to.contain('Take module 1 first');
    expect(text).to.contain('Trainings that deliver this module (3 trainings)');
    await expectAccessible(element);
  });

  it('has no horizontal overflow at 320 px', async () => {
    await setViewport({ width: 320, height: 800 });
    const feed = await demoFeed();
    const element = await overview(feed, { sheetHref: '/fiches/{id}.html' });
    expect(element.scrollWidth).to.be.at.most(element.clientWidth);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
  it('shows a module without sequences, and no empty heading', async () => {
    const feed = await demoFeed();
    feed.quizzes = [];
    feed.programmes[0]!.modules.forEach((module) => (module.sequences = []));
    const element = await overview(feed);
    const root = shadowOf(element);
    expect(textOf(root)).to.contain('2 modules, 0 séquence');
    expect([...root.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((node) => textOf(node))).to.not.include(t.sequences);
    expect(root.querySelectorAll('.module')).to.have.length(2);
    await expectAccessible(element);
  });

  it('fills {id} or {training} of sheet-href, and tells the console when the template has neither', async () => {
    const feed = await demoFeed();
    feed.trainings.forEach((training) => delete training.url);
    const { warnings } = await captureConsoleWarnings(async () => {
      const templated = await overview(feed, { sheetHref: '/fiches/{training}.html' });
      const hrefs = [...shadowOf(templated).querySelectorAll<HTMLAnchorElement>('.training a')].map((link) => link.pathname);
      expect(hrefs).to.include(`/fiches/${feed.trainings[0]!.id}.html`);
      const fixed = await overview(feed, { sheetHref: '/catalogue' });
      expect(new Set([...shadowOf(fixed).querySelectorAll<HTMLAnchorElement>('.training a')].map((link) => link.pathname))).to.deep.equal(new Set(['/catalogue']));
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('sheet-href="/catalogue" sans {id}');
  });
});
