/**
 * The check panel: an imported feed's problems listed with their paths, each a link to its field; fixed with the
 * keyboard from there; Qualiopi indicator 1 per training; the age of the information.
 */
import { expect } from '@open-wc/testing';
import { parseFeed } from '../model/parse-feed.js';
import { missingQualiopiItems } from '../model/qualiopi.js';
import { minimalFeed } from '../../test/fixtures.js';
import { expectAccessible, waitUntil } from '../../test/helpers.js';
import { deepActiveElement } from '../../test/widgets.js';
import { byId, freshStudio, inStudio, nextExport, press, settled, tabTo, type } from './test-support.js';

describe('studio: check panel', () => {
  it('links each problem to its field, where it is fixed with the keyboard, then exports', async function () {
    this.timeout(60_000);
    const broken = minimalFeed();
    broken.trainings[0]!.sessions[0]!.dates[0]!.start = '16/10/2023';
    (broken.trainings[0] as { contacts?: unknown }).contacts = [{ name: 'Aurore', email: 'pas-une-adresse' }];
    const studio = await freshStudio();
    const open = inStudio<HTMLElement & { open(text: string, what: string): Promise<boolean> }>(studio, 'studio-open');
    await open.open(JSON.stringify(broken), 'formations.json');
    await settled(studio);

    const problems = [...studio.shadowRoot!.querySelectorAll('.problems li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(problems.some((p) => p.includes('trainings[0].sessions[0].dates[0].start') && p.includes('date ISO 8601 attendue'))).to.equal(true, problems.join('\n'));
    expect(problems.some((p) => p.includes('trainings[0].contacts[0].email'))).to.equal(true);
    expect(inStudio(studio, '[role="tab"][aria-selected="true"]').textContent).to.contain('Vérifier (2)');
    await expectAccessible(studio);

    // The link takes focus to the field, in the training's form.
    await tabTo((el) => el.localName === 'button' && el.textContent!.includes('date ISO 8601'), 'the date problem');
    await press('Enter');
    await settled(studio);
    const field = deepActiveElement() as HTMLInputElement;
    expect(field.id).to.equal('f-trainings[0].sessions[0].dates[0].start');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(byId(studio, 'e-trainings[0].sessions[0].dates[0].start').textContent).to.contain('date ISO 8601');
    await press('Tab');
    await settled(studio);
    expect(byId(studio, 'f-trainings[0].sessions[0].dates[0].start').value).to.equal('2023-10-16', 'the French date is made ISO');

    await tabTo((el) => el.localName === 'button' && el.textContent!.includes('adresse e-mail'), 'the e-mail problem');
    await press('Enter');
    await settled(studio);
    expect(deepActiveElement()?.id).to.equal('f-trainings[0].contacts[0].email');
    const email = deepActiveElement() as HTMLInputElement;
    email.select();
    await type('aurore@example.org');
    await waitUntil(() => studio.check.problems.length === 0, 'the feed to be valid');
    await waitUntil(() => inStudio(studio, '.notice').textContent!.includes('Le flux est valide'), 'validity to be announced');

    studio.tab = 'publish';
    await settled(studio);
    const exported = nextExport(studio);
    (inStudio(studio, '#download-json') as HTMLButtonElement).click();
    expect(parseFeed(JSON.parse((await exported).text)).ok).to.equal(true);
  });

  it('names each Qualiopi gap with its training: the same item of two trainings is two different buttons', async () => {
    const feed = minimalFeed();
    feed.trainings.push({ ...structuredClone(feed.trainings[0]!), id: 'seconde', title: 'Seconde formation', sessions: [] });
    const studio = await freshStudio();
    const open = inStudio<HTMLElement & { open(text: string, what: string): Promise<boolean> }>(studio, 'studio-open');
    expect(await open.open(JSON.stringify(feed), 'formations.json')).to.equal(true);
    await settled(studio);
    studio.tab = 'check';
    await settled(studio);
    const [first, second] = studio.check.qualiopi;
    const item = first!.missing[0]!;
    expect(second!.missing.map((missing) => missing.item)).to.include(item.item);
    const label = `${studio.t.qualiopi[item.item]} (indicateur ${item.indicator})`;
    const buttons = [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.problems button')].filter((button) => button.textContent === label);
    expect(buttons.map((button) => button.getAttribute('aria-label'))).to.deep.equal([`${label}, ${first!.title}`, `${label}, Seconde formation`]);
    await expectAccessible(studio);
  });

  it('takes control characters out of an opened feed and of a pasted text, and says where', async () => {
    const feed = minimalFeed();
    feed.trainings[0]!.title = 'Aller\u0007 vers\u001b';
    feed.trainings[0]!.objectives![0]!.text = 'Savoir\u0000';
    const studio = await freshStudio();
    const open = inStudio<HTMLElement & { open(text: string, what: string): Promise<boolean> }>(studio, 'studio-open');
    expect(await open.open(JSON.stringify(feed), 'formations.json')).to.equal(true);
    await settled(studio);
    expect(studio.feed.trainings[0]!.title).to.equal('Aller vers');
    expect(studio.feed.trainings[0]!.objectives![0]!.text).to.equal('Savoir');
    const notes = inStudio(studio, '.import-notes').textContent!.replace(/\s+/g, ' ');
    expect(notes).to.contain('trainings[0].title : 2 caractères de contrôle retirés (U+0007 BEL, U+001B ESC)');
    expect(notes).to.contain('trainings[0].objectives[0].text : caractère de contrôle U+0000 NUL retiré');
    await expectAccessible(studio);

    // A vertical tab, as a word processor's line break pastes: a space once the field is left.
    await studio.select(['trainings', 0]);
    await settled(studio);
    const title = byId(studio, 'f-trainings[0].title');
    title.focus();
    title.value = 'Aller\u000bvers les publics\u0007';
    title.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await press('Tab');
    await settled(studio);
    expect(studio.feed.trainings[0]!.title).to.equal('Aller vers les publics');
    expect(byId(studio, 'f-trainings[0].title').value).to.equal('Aller vers les publics');
  });

  it('says that a day the calendar has not does not exist, rather than asking for an ISO date it has', async () => {
    const feed = minimalFeed();
    feed.trainings[0]!.sessions[0]!.dates[0]!.start = '2024-02-31';
    const studio = await freshStudio({ draft: feed });
    await studio.select(['trainings', 0]);
    await settled(studio);
    expect(byId(studio, 'e-trainings[0].sessions[0].dates[0].start').textContent).to.contain('le 2024-02-31 n’existe pas au calendrier');
    expect(byId(studio, 'e-trainings[0].sessions[0].dates[0].start').textContent).not.to.contain('ISO 8601');
  });

  it('reads a number as it is typed: a French decimal and a sign are kept, what is no number is said at the field', async () => {
    const feed = minimalFeed();
    feed.trainings[0]!.duration = { label: '2 jours', days: 2 };
    const studio = await freshStudio({ draft: feed });
    await studio.select(['trainings', 0]);
    await settled(studio);
    const days = () => byId(studio, 'f-trainings[0].duration.days');
    const typeInto = async (text: string) => {
      days().focus();
      days().select();
      await type(text);
      await press('Tab');
      await settled(studio);
    };
    await typeInto('10,5');
    expect(studio.feed.trainings[0]!.duration!.days).to.equal(10.5, 'a comma is a decimal point, not nothing');
    await typeInto('-3');
    expect(studio.feed.trainings[0]!.duration!.days).to.equal(-3, 'the sign is kept while typed');
    expect(byId(studio, 'e-trainings[0].duration.days').textContent).to.contain('> 0');
    await typeInto('1e');
    expect(days().value).to.equal('1e', 'what was typed stays');
    expect(byId(studio, 'e-trainings[0].duration.days').textContent).to.contain('nombre attendu');
    expect(days().getAttribute('aria-invalid')).to.equal('true');
    await expectAccessible(studio);
  });

  it('opens hostile JSON without breaking: what cannot be edited is said, the rest is listed as problems', async () => {
    const studio = await freshStudio();
    const open = inStudio<HTMLElement & { open(text: string, what: string): Promise<boolean> }>(studio, 'studio-open');
    const hostile = {
      version: 'un',
      trainings: [null, 1, 'x', { title: 5, id: '', objectives: 'aucun', sessions: 'non', provider: [] }],
      quizzes: 'pas une liste',
      programmes: [{ id: 'p', modules: 'non' }],
    };
    expect(await open.open(JSON.stringify(hostile), 'hostile.json')).to.equal(true);
    await settled(studio);
    expect(inStudio(studio, '.import-notes').textContent).to.contain('trainings[0] : objet attendu');
    expect(studio.feed.trainings).to.have.length(1);
    expect(studio.check.problems.length).to.be.greaterThan(3);
    await studio.select(['trainings', 0]);
    await settled(studio);
    await expectAccessible(studio);
    await studio.select(['programmes', 0]);
    (inStudio(studio, '#add-quizzes') as HTMLButtonElement).click();
    await settled(studio);
    expect(byId<HTMLSelectElement>(studio, 'f-quizzes[0].training').options.length).to.be.greaterThan(0);
    await expectAccessible(studio);
  });

  it('lists the Qualiopi items each training still has to publish, and the age of the information', async () => {
    const feed = { ...minimalFeed(), updated: '2021-06-01' };
    const studio = await freshStudio({ draft: feed });
    const panel = inStudio(studio, 'studio-check').textContent!.replace(/\s+/g, ' ');
    const missing = missingQualiopiItems(feed.trainings[0]!).length;
    expect(panel).to.contain('Formation de test');
    expect(panel).to.contain(`${missing} information(s) à publier`);
    expect(panel).to.contain('Modalités et délais d’accès');
    expect(panel).to.contain('Les informations datent de 822 jours');
    const prerequisites = [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('studio-check button')].find((b) => b.textContent === 'Prérequis (indicateur 1)')!;
    prerequisites.click();
    await settled(studio);
    expect(deepActiveElement()?.id).to.equal('f-trainings[0].prerequisites');
    (byId(studio, 'f-trainings[0].prerequisites-none') as HTMLInputElement).click();
    await settled(studio);
    expect(studio.feed.trainings[0]?.prerequisites).to.deep.equal([]);
    expect(inStudio(studio, 'studio-check').textContent).to.contain(`${missing - 1} information(s) à publier`);
    await expectAccessible(studio);
  });
  it('names each problem where the form shows it, and says nothing of a link to an entry left out for its own error', async () => {
    const feed = minimalFeed();
    (feed.trainings[0] as { url?: string }).url = 'javascript:alert(1)';
    (feed.trainings[0] as { title: unknown }).title = { x: 1 };
    feed.quizzes = [
      { id: 'quiz-1', title: 'Quiz', training: 'formation-test', items: [{ id: 'q1', type: 'single', prompt: '', options: [{ id: 'a', label: 'A', correct: true }, { id: 'b', label: 'B' }] }] },
    ] as never;
    const studio = await freshStudio({ draft: feed });
    const buttons = [...studio.shadowRoot!.querySelectorAll<HTMLButtonElement>('.problems button')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim());
    expect(buttons).to.include('Quiz 1 › Question 1 › Question posée : texte non vide attendu');
    expect(buttons.some((b) => b.startsWith('Formation 1 › Adresse web :'))).to.equal(true, buttons.join('\n'));
    expect(new Set(buttons).size).to.equal(buttons.length, 'no two entries named alike');
    expect(buttons.join('\n')).not.to.contain('introuvable');
    expect(inStudio(studio, '.problems').textContent).to.contain('quizzes[0].items[0].prompt', 'the path stays, as secondary text');
    expect(inStudio(studio, 'studio-check').textContent).not.to.contain('[object Object]');
    await expectAccessible(studio);
  });

  it('speaks of trainings, not of an empty feed, when there is a quiz but no training; agrees the notices', async () => {
    const studio = await freshStudio({ draft: { ...minimalFeed(), trainings: [], quizzes: [{ id: 'q', title: 'Quiz', items: [] }] } });
    const panel = inStudio(studio, 'studio-check').textContent!;
    expect(panel).not.to.contain('Rien à montrer encore');
    expect(panel).to.contain('Aucune formation dans le flux');
    (inStudio(studio, '#add-trainings') as HTMLButtonElement).click();
    await settled(studio);
    expect(inStudio(studio, '.notice').textContent).to.contain('Formation ajoutée.');
    expect(studio.check.problems.every((p) => !p.message.includes('liste attendu') || p.message.includes('liste attendue'))).to.equal(true);
  });
});
