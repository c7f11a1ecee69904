import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { minimalFeed } from '../../../test/fixtures.js';
import { captureConsoleErrors, captureConsoleWarnings, demoFeed, expectAccessible, settle, shadowOf, textOf, waitUntil } from '../../../test/helpers.js';
import type { Feed } from '../../model/schema.js';
import { quizRecordFormat, quizResultsChangeEvent, type StoredQuizResult } from '../../model/learner-records.js';
import { checklistRecordFormat, type StoredChecklist } from '../../model/checklist-record.js';
import { deviceRecordOf } from '../../controllers/learner-record.js';
import './define.js';
import type { ObjectiveChangeDetail, TfObjectivesChecklist } from './tf-objectives-checklist.js';

const apsn = 'apsn-aller-vers-m1';
/**
 * The APSN quiz under an id of its own: test files run in parallel pages of one browser, which share localStorage,
 * and the quiz's own tests write under its real id.
 */
const demoApsnQuiz = 'positionnement-aller-vers-m1';
const apsnQuiz = 'positionnement-aller-vers-m1-checklist-test';
const storageKey = `training-feed-widgets:${checklistRecordFormat.key(apsn)}`;

async function render(feed: unknown, training = apsn, attributes: { lang?: string; quiz?: string } = {}): Promise<TfObjectivesChecklist> {
  const element = await fixture<TfObjectivesChecklist>(
    html`<tf-objectives-checklist .feed=${feed} training=${training} lang=${attributes.lang ?? 'fr'} quiz=${attributes.quiz ?? ''}></tf-objectives-checklist>`,
  );
  await settle(element);
  return element;
}

const root = (element: Element) => shadowOf(element);
const objectiveItems = (element: Element) => [...root(element).querySelectorAll<HTMLLIElement>('li.objective')];
const radio = (element: Element, index: number, state: string) =>
  objectiveItems(element)[index]!.querySelector<HTMLInputElement>(`input[type="radio"][value="${state}"]`)!;
const progressText = (element: Element) => textOf(root(element).querySelector('.progress__text'));
const progressBar = (element: Element) => root(element).querySelector('progress')!;
const consentBox = (element: Element) => root(element).querySelector<HTMLInputElement>('#consent')!;
const buttonNamed = (element: Element, label: string) =>
  [...root(element).querySelectorAll<HTMLButtonElement>('button')].find((button) => textOf(button).startsWith(label));
/** Only what this file writes: other test files may be using localStorage at the same time. */
function clearOwnStorage(): void {
  Object.keys(localStorage)
    .filter((key) => key.startsWith('training-feed-widgets:checklist:') || key === `training-feed-widgets:quiz:${apsnQuiz}`)
    .forEach((key) => localStorage.removeItem(key));
}
const libraryKeys = () => Object.keys(localStorage).filter((key) => key.startsWith('training-feed-widgets:')).sort();
const storedChecklist = (): StoredChecklist | null => {
  const raw = localStorage.getItem(storageKey);
  return raw === null ? null : (JSON.parse(raw) as StoredChecklist);
};

function quizResult(phase: 'pre' | 'post', byObjective: Record<string, number>): StoredQuizResult {
  return { quizId: apsnQuiz, phase, completedAt: '2024-03-01T10:00:00+01:00', overall: 50, byObjective, bySequence: {} };
}

/** Writes results the way <tf-quiz> does, through its own record. */
function saveQuizResults(results: { pre?: StoredQuizResult; post?: StoredQuizResult }): void {
  const written = deviceRecordOf(quizRecordFormat, apsnQuiz).write({ version: 1, quizId: apsnQuiz, consent: true, progress: {}, results });
  expect(written.ok).to.equal(true);
}

/** The note disclosure's summary of the objective at `index`. */
const noteSummaryOf = (element: Element, index: number) => objectiveItems(element)[index]!.querySelector('details summary');

describe('<tf-objectives-checklist>', () => {
  let feed: Feed;

  beforeEach(async () => {
    clearOwnStorage();
    feed = await demoFeed();
    feed.quizzes.find((quiz) => quiz.id === demoApsnQuiz)!.id = apsnQuiz;
  });

  afterEach(async () => {
    clearOwnStorage();
    await setViewport({ width: 800, height: 600 });
  });

  it('renders the objectives of each demo training, all not started (empty state)', async () => {
    for (const training of feed.trainings) {
      const element = await render(feed, training.id);
      const objectives = training.objectives ?? [];
      expect(objectives.length).to.be.greaterThan(0);
      const legends = [...root(element).querySelectorAll('legend')].map(textOf);
      // Numbered inside the card, in the legend: the number the note's label refers to.
      expect(legends).to.deep.equal(objectives.map((objective, index) => `${index + 1}. ${objective.text.replace(/\s+/g, ' ').trim()}`));
      expect(textOf(root(element).querySelector('h2[part="heading"]'))).to.equal('Mes objectifs de formation');
      expect(textOf(root(element))).to.contain(training.title.replace(/\s+/g, ' ').trim());
      objectiveItems(element).forEach((_, index) => expect(radio(element, index, 'not-started').checked).to.equal(true));
      expect(progressText(element)).to.equal(`0 objectif acquis sur ${objectives.length}`);
      expect(progressBar(element).value).to.equal(0);
      expect(progressBar(element).max).to.equal(objectives.length);
      await expectAccessible(element);
    }
  });

  it('labels each state and groups them in a fieldset whose legend is the objective', async () => {
    const element = await render(feed);
    const fieldset = objectiveItems(element)[0]!.querySelector('fieldset')!;
    expect(fieldset.querySelector('legend')).to.not.equal(null);
    expect([...fieldset.querySelectorAll('label.choice')].map(textOf)).to.deep.equal(['Pas commencé', 'En cours', 'Acquis']);
    expect(root(element).querySelector('[part="heading"]')!.localName).to.equal('h2');
    element.headingLevel = 3;
    await settle(element);
    expect(root(element).querySelector('[part="heading"]')!.localName).to.equal('h3');
  });

  it('changes states by click, updates the progress text and bar, and emits tf-objective-change', async () => {
    const element = await render(feed);
    let changed = oneEvent(element, 'tf-objective-change');
    radio(element, 0, 'acquired').click();
    let event = (await changed) as CustomEvent<ObjectiveChangeDetail>;
    expect(event.detail).to.deep.equal({ training: apsn, objective: 'apsn-obj-1', state: 'acquired', previousState: 'not-started', note: '' });
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);

    radio(element, 1, 'acquired').click();
    changed = oneEvent(element, 'tf-objective-change');
    radio(element, 2, 'in-progress').click();
    event = (await changed) as CustomEvent<ObjectiveChangeDetail>;
    expect(event.detail.state).to.equal('in-progress');
    await settle(element);

    expect(progressText(element)).to.equal('2 objectifs acquis sur 6, 1 en cours');
    expect(progressBar(element).value).to.equal(2);
    expect(root(element).querySelector('.progress__text')!.getAttribute('role')).to.equal('status');
    expect(progressBar(element).getAttribute('aria-labelledby')).to.equal('progress-text');
    expect(objectiveItems(element)[0]!.classList.contains('objective--acquired')).to.equal(true);
    await expectAccessible(element);
  });

  it('changes states with the keyboard (arrows in a radio group, Tab between groups, Space on the note disclosure)', async () => {
    const element = await render(feed);
    radio(element, 0, 'not-started').focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(radio(element, 0, 'in-progress').checked).to.equal(true);
    expect(progressText(element)).to.equal('0 objectif acquis sur 6, 1 en cours');
    await sendKeys({ press: 'ArrowRight' });
    await settle(element);
    expect(radio(element, 0, 'acquired').checked).to.equal(true);
    expect(root(element).activeElement).to.equal(radio(element, 0, 'acquired'));
    expect(progressText(element)).to.equal('1 objectif acquis sur 6');

    // Tab leaves the group for the note disclosure; Space opens it and Tab reaches the field.
    await sendKeys({ press: 'Tab' });
    const details = objectiveItems(element)[0]!.querySelector('details')!;
    expect(root(element).activeElement).to.equal(details.querySelector('summary'));
    await sendKeys({ press: 'Space' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(element).activeElement).to.equal(details.querySelector('textarea'));
    await sendKeys({ type: 'Revoir la méthode' });
    await settle(element);
    // Named apart from the other objectives' notes for screen readers (« – objectif 1 » is visually hidden).
    expect(textOf(details.querySelector('summary'))).to.equal('Ma note (renseignée) – objectif 1');
    expect(textOf(noteSummaryOf(element, 1))).to.equal('Ma note – objectif 2');

    // Tab again: the next objective's group, entered on its checked radio; the note change is announced on leaving.
    const noteChanged = oneEvent(element, 'tf-objective-change');
    await sendKeys({ press: 'Tab' });
    const event = (await noteChanged) as CustomEvent<ObjectiveChangeDetail>;
    expect(event.detail).to.deep.equal({ training: apsn, objective: 'apsn-obj-1', state: 'acquired', previousState: 'acquired', note: 'Revoir la méthode' });
    expect(root(element).activeElement).to.equal(radio(element, 1, 'not-started'));
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    expect(radio(element, 1, 'in-progress').checked).to.equal(true);
    expect(progressText(element)).to.equal('1 objectif acquis sur 6, 1 en cours');

    // Space checks a focused radio that is not checked yet.
    radio(element, 2, 'acquired').focus();
    await sendKeys({ press: 'Space' });
    await settle(element);
    expect(radio(element, 2, 'acquired').checked).to.equal(true);
    expect(progressText(element)).to.equal('2 objectifs acquis sur 6, 1 en cours');
    expect(progressBar(element).value).to.equal(2);
    await expectAccessible(element);
  });

  it('shows focus visibly on the controls', async () => {
    const element = await render(feed);
    radio(element, 0, 'not-started').focus();
    await sendKeys({ press: 'Tab' });
    const summary = root(element).activeElement as HTMLElement;
    expect(summary.localName).to.equal('summary');
    expect(getComputedStyle(summary).outlineStyle).to.equal('solid');
  });

  it('keeps notes in memory and gives them a label and a hint', async () => {
    const element = await render(feed);
    const textarea = objectiveItems(element)[2]!.querySelector('textarea')!;
    const label = root(element).querySelector(`label[for="${textarea.id}"]`);
    expect(textOf(label)).to.equal('Note personnelle sur l’objectif 3');
    expect(textarea.getAttribute('aria-describedby')).to.equal(`${textarea.id}-hint`);
    textarea.value = 'À approfondir';
    textarea.dispatchEvent(new Event('input'));
    const changed = oneEvent(element, 'tf-objective-change');
    textarea.dispatchEvent(new Event('change'));
    const event = (await changed) as CustomEvent<ObjectiveChangeDetail>;
    expect(event.detail.note).to.equal('À approfondir');
    expect(event.detail.objective).to.equal('apsn-obj-3');
    await settle(element);
    expect(textOf(objectiveItems(element)[2]!.querySelector('.print-note'))).to.equal('Note : À approfondir');
    expect(localStorage.getItem(storageKey)).to.equal(null);
  });

  it('stores nothing before consent, saves after, restores after re-creation, and erases', async () => {
    const keysBefore = libraryKeys();
    expect(keysBefore.filter((key) => key.startsWith('training-feed-widgets:checklist:'))).to.deep.equal([]);
    let element = await render(feed);
    radio(element, 0, 'acquired').click();
    const textarea0 = objectiveItems(element)[0]!.querySelector('textarea')!;
    textarea0.value = 'Pas encore enregistré';
    textarea0.dispatchEvent(new Event('input'));
    await settle(element);
    // Not one key more in the library's namespace (other test files may have theirs).
    expect(libraryKeys()).to.deep.equal(keysBefore);
    expect(buttonNamed(element, 'Effacer mes données')).to.equal(undefined);
    expect(textOf(root(element).querySelector('label[for="consent"]'))).to.equal('Enregistrer ma progression sur cet appareil');

    consentBox(element).click();
    await settle(element);
    expect(storedChecklist()?.objectives['apsn-obj-1']).to.deep.include({ state: 'acquired', note: 'Pas encore enregistré' });
    expect(storedChecklist()).to.include({ version: 1, trainingId: apsn, consent: true });
    expect(textOf(root(element).querySelector('[part="storage-status"]'))).to.equal('Votre progression est enregistrée sur cet appareil.');

    radio(element, 3, 'in-progress').click();
    const textarea = objectiveItems(element)[3]!.querySelector('textarea')!;
    textarea.value = 'Lire le guide';
    textarea.dispatchEvent(new Event('input'));
    await settle(element);
    expect(storedChecklist()?.objectives['apsn-obj-4']).to.deep.include({ state: 'in-progress', note: 'Lire le guide' });
    await expectAccessible(element);

    element.remove();
    element = await render(feed);
    expect(consentBox(element).checked).to.equal(true);
    expect(radio(element, 0, 'acquired').checked).to.equal(true);
    expect(radio(element, 3, 'in-progress').checked).to.equal(true);
    expect(objectiveItems(element)[3]!.querySelector('textarea')!.value).to.equal('Lire le guide');
    expect(progressText(element)).to.equal('1 objectif acquis sur 6, 1 en cours');

    buttonNamed(element, 'Effacer mes données')!.click();
    await settle(element);
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect(consentBox(element).checked).to.equal(false);
    expect(radio(element, 0, 'not-started').checked).to.equal(true);
    expect(objectiveItems(element)[3]!.querySelector('textarea')!.value).to.equal('');
    expect(progressText(element)).to.equal('0 objectif acquis sur 6');
    expect(textOf(root(element).querySelector('[part="storage-status"]'))).to.contain('effacées');
    await expectAccessible(element);
  });

  it('after each render its controls say what the record says, not what was set on them meanwhile', async () => {
    const element = await render(feed);
    radio(element, 0, 'acquired').checked = true;
    objectiveItems(element)[1]!.querySelector('textarea')!.value = 'Jamais enregistré';
    consentBox(element).checked = true;
    element.requestUpdate();
    await settle(element);
    expect(radio(element, 0, 'not-started').checked).to.equal(true);
    expect(radio(element, 0, 'acquired').checked).to.equal(false);
    expect(objectiveItems(element)[1]!.querySelector('textarea')!.value).to.equal('');
    expect(consentBox(element).checked).to.equal(false);
  });

  it('unticking the consent removes the saved copy but keeps the list on screen', async () => {
    const element = await render(feed);
    consentBox(element).click();
    radio(element, 1, 'acquired').click();
    await settle(element);
    expect(storedChecklist()).to.not.equal(null);
    consentBox(element).click();
    await settle(element);
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect(radio(element, 1, 'acquired').checked).to.equal(true);
    radio(element, 2, 'acquired').click();
    await settle(element);
    expect(localStorage.getItem(storageKey)).to.equal(null);
    expect(textOf(root(element).querySelector('[part="storage-status"]'))).to.equal('Votre progression n’est plus enregistrée sur cet appareil.');
  });

  it('keeps working in memory and says so when storage throws', async () => {
    const originalSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const element = await render(feed);
      consentBox(element).click();
      radio(element, 0, 'acquired').click();
      await settle(element);
      expect(radio(element, 0, 'acquired').checked).to.equal(true);
      expect(progressText(element)).to.equal('1 objectif acquis sur 6');
      const status = root(element).querySelector('[part="storage-status"]')!;
      expect(status.getAttribute('role')).to.equal('status');
      expect(textOf(status)).to.contain('ne peut pas être enregistrée');
      expect(localStorage.getItem(storageKey)).to.equal(null);
      await expectAccessible(element);
    } finally {
      Storage.prototype.setItem = originalSetItem;
    }
  });

  it('ignores a corrupt saved record', async () => {
    localStorage.setItem(storageKey, '{"version":1,"objectives":"oops"}');
    const element = await render(feed);
    expect(consentBox(element).checked).to.equal(false);
    expect(progressText(element)).to.equal('0 objectif acquis sur 6');
  });

  it('restores what is still readable of an older or damaged record, and says so', async () => {
    localStorage.setItem(storageKey, JSON.stringify({ objectives: { 'apsn-obj-1': 'acquired', 'apsn-obj-2': { state: 'in-progress' }, 'apsn-obj-3': { state: 'fini' } } }));
    const element = await render(feed);
    expect(consentBox(element).checked).to.equal(true);
    expect(radio(element, 0, 'acquired').checked).to.equal(true);
    expect(radio(element, 1, 'in-progress').checked).to.equal(true);
    expect(radio(element, 2, 'not-started').checked).to.equal(true);
    expect(textOf(root(element).querySelector('[part="storage-status"]'))).to.contain('illisible');
    radio(element, 3, 'acquired').click();
    await settle(element);
    expect(storedChecklist()).to.deep.include({ version: 1, trainingId: apsn, consent: true });
    expect(storedChecklist()?.objectives['apsn-obj-2']).to.deep.equal({ state: 'in-progress', note: '' });
    await expectAccessible(element);
  });

  it('says so when storage throws at read and at erase, and keeps working in memory', async () => {
    const { getItem, removeItem } = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const element = await render(feed);
      expect(textOf(root(element).querySelector('[part="storage-status"]'))).to.contain('ne peut pas être enregistrée');
      radio(element, 0, 'acquired').click();
      await settle(element);
      expect(progressText(element)).to.equal('1 objectif acquis sur 6');
    } finally {
      Storage.prototype.getItem = getItem;
    }
    const element = await render(feed);
    consentBox(element).click();
    await settle(element);
    Storage.prototype.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const { errors } = await captureConsoleErrors(async () => {
        buttonNamed(element, 'Effacer mes données')!.click();
        await settle(element);
      });
      expect(errors.join(' ')).to.contain(apsn);
      const status = textOf(root(element).querySelector('[part="storage-status"]'));
      expect(status).to.contain('n’ont pas pu être effacées');
      expect(root(element).activeElement).to.equal(consentBox(element), 'focus is not lost with the erase button');
      await expectAccessible(element);
    } finally {
      Storage.prototype.removeItem = removeItem;
    }
  });

  it('two checklists of one training save each change without overwriting the other’s, and respect an erase made in the other', async () => {
    const first = await render(feed);
    const second = await render(feed);
    consentBox(first).click();
    consentBox(second).click();
    await settle(first);
    radio(first, 0, 'acquired').click();
    radio(second, 1, 'in-progress').click();
    await settle(second);
    expect(storedChecklist()?.objectives['apsn-obj-1']?.state).to.equal('acquired');
    expect(storedChecklist()?.objectives['apsn-obj-2']?.state).to.equal('in-progress');
    expect(radio(second, 0, 'acquired').checked).to.equal(true, 'the other checklist’s change is shown');

    buttonNamed(first, 'Effacer mes données')!.click();
    await settle(first);
    radio(second, 2, 'acquired').click();
    await settle(second);
    expect(localStorage.getItem(storageKey)).to.equal(null, 'consent withdrawn in one is withdrawn in the other');
    expect(consentBox(second).checked).to.equal(false);
  });

  it('keeps the list of each training in memory when the training attribute changes', async () => {
    const element = await render(feed);
    radio(element, 0, 'acquired').click();
    await settle(element);
    element.training = 'praxis-aller-vers-m1';
    await settle(element);
    expect(progressText(element)).to.match(/^0 objectif acquis/);
    element.training = apsn;
    await settle(element);
    expect(radio(element, 0, 'acquired').checked).to.equal(true);
    expect(localStorage.getItem(storageKey)).to.equal(null);
  });

  it('tells the webmaster (console), not the reader, which quiz of the quiz attribute the feed does not hold', async () => {
    const { warnings } = await captureConsoleWarnings(async () => {
      const element = await render(feed, apsn, { quiz: 'quiz-absent-du-flux' });
      expect(textOf(root(element))).not.to.contain('quiz-absent-du-flux');
      await expectAccessible(element);
    });
    expect(warnings.join('\n')).to.contain('quiz-absent-du-flux');
  });

  it('shows the quiz evidence before/after and suggests a state without changing it', async () => {
    saveQuizResults({
      pre: quizResult('pre', { 'apsn-obj-1': 40, 'apsn-obj-2': 25, 'apsn-obj-3': 0 }),
      post: quizResult('post', { 'apsn-obj-1': 80 }),
    });
    const element = await render(feed);
    const [first, second, third, fourth] = objectiveItems(element);
    expect(textOf(first!.querySelector('[part="evidence"]'))).to.contain('Questionnaire : 40 % avant, 80 % après');
    expect(textOf(first!.querySelector('.evidence__suggestion'))).to.equal('Suggestion : Acquis (score de 80 %, acquis à partir de 70 %)');
    expect(textOf(second!.querySelector('[part="evidence"]'))).to.contain('Questionnaire : 25 % avant');
    expect(textOf(second!.querySelector('.evidence__suggestion'))).to.contain('Suggestion : En cours');
    // A score of 0 suggests "not started": already the state, nothing to apply.
    expect(textOf(third!.querySelector('.evidence__suggestion'))).to.contain('Pas commencé');
    expect(third!.querySelector('button')).to.equal(null);
    expect(textOf(third!.querySelector('.evidence__followed'))).to.equal('Votre choix correspond à la suggestion.');
    expect(fourth!.querySelector('[part="evidence"]')).to.equal(null);
    // Suggesting never decides.
    expect(radio(element, 0, 'not-started').checked).to.equal(true);
    expect(progressText(element)).to.equal('0 objectif acquis sur 6');
    await expectAccessible(element);
  });

  it('applies a suggestion on request, moves focus to the new choice and emits the change', async () => {
    saveQuizResults({ pre: quizResult('pre', { 'apsn-obj-1': 40 }), post: quizResult('post', { 'apsn-obj-1': 90 }) });
    const element = await render(feed);
    const button = objectiveItems(element)[0]!.querySelector('button')!;
    expect(textOf(button)).to.equal('Appliquer la suggestion « Acquis » à l’objectif 1');
    const changed = oneEvent(element, 'tf-objective-change');
    button.focus();
    await sendKeys({ press: 'Enter' });
    const event = (await changed) as CustomEvent<ObjectiveChangeDetail>;
    expect(event.detail).to.deep.equal({ training: apsn, objective: 'apsn-obj-1', state: 'acquired', previousState: 'not-started', note: '' });
    await settle(element);
    expect(radio(element, 0, 'acquired').checked).to.equal(true);
    expect(root(element).activeElement).to.equal(radio(element, 0, 'acquired'));
    expect(progressText(element)).to.equal('1 objectif acquis sur 6');
    expect(objectiveItems(element)[0]!.querySelector('button')).to.equal(null);
    await expectAccessible(element);
  });

  it('refreshes the evidence when the quiz saves results on the same page', async () => {
    const element = await render(feed);
    expect(root(element).querySelector('[part="evidence"]')).to.equal(null);
    saveQuizResults({ pre: quizResult('pre', { 'apsn-obj-5': 75 }) });
    window.dispatchEvent(new CustomEvent(quizResultsChangeEvent, { detail: { quizId: apsnQuiz } }));
    await settle(element);
    expect(textOf(objectiveItems(element)[4]!.querySelector('[part="evidence"]'))).to.contain('75 % avant');
  });

  it('takes evidence only from the quizzes named in the quiz attribute', async () => {
    saveQuizResults({ pre: quizResult('pre', { 'apsn-obj-1': 40 }) });
    const other = await render(feed, apsn, { quiz: 'positionnement-irts-fc-aller-vers-m1 quiz-absent-du-flux' });
    expect(root(other).querySelector('[part="evidence"]')).to.equal(null);
    const named = await render(feed, apsn, { quiz: apsnQuiz });
    expect(root(named).querySelector('[part="evidence"]')).to.not.equal(null);
  });

  it('says so when the training is unknown or not given', async () => {
    const { errors } = await captureConsoleErrors(async () => {
      const element = await render(feed, 'formation-inconnue');
      const alert = root(element).querySelector('[role="alert"]');
      expect(textOf(alert)).to.equal('Cette formation ne peut pas être affichée pour le moment.');
      await expectAccessible(element);
      const withoutTraining = await fixture<TfObjectivesChecklist>(html`<tf-objectives-checklist .feed=${feed}></tf-objectives-checklist>`);
      await settle(withoutTraining);
      expect(textOf(root(withoutTraining).querySelector('[role="alert"]'))).to.equal('Cette formation ne peut pas être affichée pour le moment.');
    });
    expect(errors.join('\n')).to.contain('formation-inconnue');
  });

  it('says in the console why a training of the feed was left out, rather than « introuvable »', async () => {
    const damaged = structuredClone(feed) as Feed;
    const index = damaged.trainings.findIndex((training) => training.id === apsn);
    (damaged.trainings[index] as { url?: string }).url = 'javascript:alert(1)';
    const { errors } = await captureConsoleErrors(async () => {
      await captureConsoleWarnings(async () => {
        const element = await render(damaged, apsn);
        expect(textOf(root(element).querySelector('[role="alert"]'))).to.equal('Cette formation ne peut pas être affichée pour le moment.');
        await expectAccessible(element);
      });
    });
    expect(errors).to.deep.equal([
      `[training-feed-widgets] <tf-objectives-checklist> L’entrée «\u00a0${apsn}\u00a0» du flux est ignorée car invalide\u00a0:\n  • trainings[${index}].url : adresse https:, http:, mailto: ou tel: attendue`,
    ]);
  });

  it('says so when the training has no objectives', async () => {
    const bare = minimalFeed();
    delete bare.trainings[0]!.objectives;
    const element = await render(bare, 'formation-test');
    expect(textOf(root(element))).to.contain('Cette formation ne publie pas encore d’objectifs.');
    expect(root(element).querySelector('fieldset')).to.equal(null);
    await expectAccessible(element);
  });

  it('shows a loading state, then the objectives', async () => {
    const originalFetch = window.fetch;
    let release: (response: Response) => void = () => {};
    window.fetch = () => new Promise<Response>((resolve) => (release = resolve));
    try {
      const element = await fixture<TfObjectivesChecklist>(
        html`<tf-objectives-checklist src="/slow-feed.json" training=${apsn}></tf-objectives-checklist>`,
      );
      await settle(element);
      const status = root(element).querySelector('[role="status"]');
      expect(textOf(status)).to.equal('Chargement des formations…');
      await expectAccessible(element);
      release(new Response(JSON.stringify(feed), { headers: { 'content-type': 'application/json' } }));
      await waitUntil(() => objectiveItems(element).length === 6, 'objectives after loading');
    } finally {
      window.fetch = originalFetch;
    }
  });

  it('shows a short message for an invalid feed and logs its details', async () => {
    const { errors } = await captureConsoleErrors(async () => {
      const element = await render({ version: 'un', trainings: [] });
      expect(textOf(root(element).querySelector('[role="alert"]'))).to.equal('Les formations ne peuvent pas être affichées pour le moment.');
      await expectAccessible(element);
    });
    expect(errors.join('\n')).to.contain('version');
  });

  it('speaks English with lang="en"', async () => {
    saveQuizResults({ pre: quizResult('pre', { 'apsn-obj-1': 40 }), post: quizResult('post', { 'apsn-obj-1': 80 }) });
    const element = await render(feed, apsn, { lang: 'en' });
    expect([...objectiveItems(element)[0]!.querySelectorAll('label.choice')].map(textOf)).to.deep.equal(['Not started', 'In progress', 'Acquired']);
    expect(progressText(element)).to.equal('0 of 6 objectives acquired');
    expect(textOf(objectiveItems(element)[0]!.querySelector('[part="evidence"]'))).to.contain('Quiz: 40% before, 80% after');
    expect(textOf(root(element).querySelector('label[for="consent"]'))).to.equal('Save my progress on this device');
    // The feed's French text keeps its language inside the English interface.
    expect(objectiveItems(element)[0]!.querySelector('legend')!.getAttribute('lang')).to.equal('fr');
    await expectAccessible(element);
  });

  it('stays accessible in the dark theme, with evidence', async () => {
    saveQuizResults({ pre: quizResult('pre', { 'apsn-obj-1': 40 }) });
    const element = await render(feed);
    element.theme = 'dark';
    // Dark is for dark pages: the widget paints no background unless given one.
    element.style.setProperty('--tf-color-background', '#101114');
    radio(element, 1, 'in-progress').click();
    await settle(element);
    expect(getComputedStyle(element).colorScheme).to.equal('dark');
    // Buttons fade their colours (150 ms): check the settled colours.
    await aTimeout(300);
    await expectAccessible(element);
  });

  it('prints states and notes as text, without controls', async () => {
    saveQuizResults({ post: quizResult('post', { 'apsn-obj-1': 80 }) });
    const element = await render(feed);
    radio(element, 0, 'acquired').click();
    const textarea = objectiveItems(element)[0]!.querySelector('textarea')!;
    textarea.value = 'Acquis en stage';
    textarea.dispatchEvent(new Event('input'));
    await settle(element);
    await emulateMedia({ media: 'print' });
    try {
      const first = objectiveItems(element)[0]!;
      const printedState = first.querySelector('fieldset .print-only')!;
      expect(getComputedStyle(printedState).display).to.equal('block');
      expect(textOf(printedState)).to.equal('État : Acquis');
      expect(getComputedStyle(first.querySelector('.print-note')!).display).to.equal('block');
      expect(textOf(first.querySelector('.print-note'))).to.equal('Note : Acquis en stage');
      expect(getComputedStyle(first.querySelector('.objective__choices')!).display).to.equal('none');
      expect(getComputedStyle(first.querySelector('details')!).display).to.equal('none');
      expect(getComputedStyle(root(element).querySelector('[part="actions"]')!).display).to.equal('none');
      expect(getComputedStyle(first.querySelector('.evidence__scores')!).display).to.not.equal('none');
      root(element).querySelectorAll('button').forEach((button) => expect(getComputedStyle(button).display).to.equal('none'));
    } finally {
      await emulateMedia({ media: 'screen' });
    }
    expect(getComputedStyle(objectiveItems(element)[0]!.querySelector('fieldset .print-only')!).display).to.equal('none');
  });

  it('opens the print dialog from the print button', async () => {
    const element = await render(feed);
    const originalPrint = window.print;
    let printed = 0;
    window.print = () => {
      printed += 1;
    };
    try {
      buttonNamed(element, 'Imprimer')!.click();
      expect(printed).to.equal(1);
    } finally {
      window.print = originalPrint;
    }
  });

  it('exports states, notes and evidence as a JSON download', async () => {
    saveQuizResults({ pre: quizResult('pre', { 'apsn-obj-1': 40 }), post: quizResult('post', { 'apsn-obj-1': 80 }) });
    const element = await render(feed);
    radio(element, 0, 'in-progress').click();
    const textarea = objectiveItems(element)[0]!.querySelector('textarea')!;
    textarea.value = 'Relire';
    textarea.dispatchEvent(new Event('input'));
    await settle(element);

    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    let blob: Blob | undefined;
    let fileName = '';
    URL.createObjectURL = (object: Blob | MediaSource) => {
      blob = object as Blob;
      return 'blob:checklist-export';
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      fileName = this.download;
    };
    try {
      buttonNamed(element, 'Exporter')!.click();
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(fileName).to.equal(`objectifs-${apsn}.json`);
    const exported = JSON.parse(await blob!.text()) as { training: { id: string }; objectives: { id: string; state: string; note: string; evidence: { pre?: number; post?: number; suggestion: string }[] }[] };
    expect(exported.training.id).to.equal(apsn);
    expect(exported.objectives).to.have.length(6);
    expect(exported.objectives[0]).to.include({ id: 'apsn-obj-1', state: 'in-progress', note: 'Relire' });
    expect(exported.objectives[0]!.evidence[0]).to.include({ pre: 40, post: 80, suggestion: 'acquired' });
    expect(exported.objectives[1]).to.include({ state: 'not-started', note: '' });
  });

  it('fits a 320px wide screen without horizontal scrolling', async () => {
    await setViewport({ width: 320, height: 800 });
    saveQuizResults({ pre: quizResult('pre', { 'apsn-obj-1': 40 }), post: quizResult('post', { 'apsn-obj-1': 80 }) });
    const element = await render(feed);
    objectiveItems(element).forEach((item) => (item.querySelector('details')!.open = true));
    await settle(element);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    const hostRight = element.getBoundingClientRect().right;
    root(element)
      .querySelectorAll('*')
      .forEach((node) => expect(node.getBoundingClientRect().right, node.className.toString()).to.be.at.most(hostRight + 0.5));
    await expectAccessible(element);
  });
});
