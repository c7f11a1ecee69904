/**
 * The learner's checklist is never lost: storage that fails after consent, two tabs on one training, a record
 * written by a newer version, objective ids named like Object.prototype members. Real localStorage, real storage
 * events, axe in each state.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { expectAccessible, settle, shadowOf, textOf } from '../../../test/helpers.js';
import { prototypeNamedFeed, prototypeNames, setItemFailures, storageEventFromAnotherTab, withFailingSetItem, writeFromAnotherTab } from '../../../test/learner-storage.js';
import { ownValue, quizRecordFormat } from '../../model/learner-records.js';
import { checklistRecordFormat, type StoredChecklist } from '../../model/checklist-record.js';
import { deviceRecordOf } from '../../controllers/learner-record.js';
import './define.js';
import type { TfObjectivesChecklist } from './tf-objectives-checklist.js';

/** The feed's training and quiz: ids named like Object.prototype members. */
const training = 'constructor';
const quizId = 'donnees-liste';
const key = `training-feed-widgets:${checklistRecordFormat.key(training)}`;
const quizKey = `training-feed-widgets:${quizRecordFormat.key(quizId)}`;

async function render(lang = 'fr', trainingId = training): Promise<TfObjectivesChecklist> {
  const el = await fixture<TfObjectivesChecklist>(html`<tf-objectives-checklist training=${trainingId} lang=${lang} .feed=${prototypeNamedFeed(quizId)}></tf-objectives-checklist>`);
  await settle(el);
  return el;
}

const root = (el: Element) => shadowOf(el);
/** The objective of the feed named `name`. */
const objective = (el: Element, name: string) => root(el).querySelectorAll<HTMLLIElement>('li.objective')[prototypeNames.indexOf(name as (typeof prototypeNames)[number])]!;
const radio = (el: Element, name: string, state: string) => objective(el, name).querySelector<HTMLInputElement>(`input[type="radio"][value="${state}"]`)!;
const stateOf = (el: Element, name: string) => objective(el, name).querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
const noteOf = (el: Element, name: string) => objective(el, name).querySelector('textarea')!.value;
const status = (el: Element) => textOf(root(el).querySelector('[part="storage-status"]'));
const consentBox = (el: Element) => root(el).querySelector<HTMLInputElement>('#consent')!;
const stored = () => JSON.parse(localStorage.getItem(key)!) as StoredChecklist & Record<string, unknown>;

async function choose(el: Element, name: string, state: string): Promise<void> {
  radio(el, name, state).click();
  await settle(el);
}

/** Types a note keystroke by keystroke, as the learner does (each `input` saves). */
async function typeNote(el: Element, name: string, text: string): Promise<void> {
  const field = objective(el, name).querySelector('textarea')!;
  for (const end of [Math.ceil(text.length / 2), text.length]) {
    field.value = text.slice(0, end);
    field.dispatchEvent(new Event('input'));
    await settle(el);
  }
}

/** Every objective's state and note, in the feed's order. */
const everything = (el: Element) => prototypeNames.map((name) => [name, stateOf(el, name), noteOf(el, name)]);

describe('<tf-objectives-checklist> keeps the learner’s list', function () {
  // Whole visits, click by click, on a loaded machine.
  this.timeout(60_000);

  beforeEach(() => [key, quizKey].forEach((k) => localStorage.removeItem(k)));
  afterEach(() => [key, quizKey].forEach((k) => localStorage.removeItem(k)));

  for (const failure of setItemFailures) {
    it(`for the visit when localStorage.setItem throws ${failure} after consent, through edits, a reconnection and a re-render`, async () => {
      const el = await render();
      consentBox(el).click();
      await choose(el, 'constructor', 'acquired');
      await typeNote(el, 'toString', 'Première note');
      const deviceCopy = localStorage.getItem(key);
      expect(ownValue(stored().objectives, 'toString')?.note).to.equal('Première note');

      await withFailingSetItem(failure, async () => {
        await choose(el, 'hasOwnProperty', 'in-progress');
        expect(status(el)).to.contain('ne peut pas être enregistrée');
        await choose(el, 'constructor', 'in-progress');
        await typeNote(el, 'valueOf', 'Deuxième note');
        await typeNote(el, 'toString', 'Première note, revue');
        await choose(el, 'valueOf', 'acquired');
        const expected = [
          ['constructor', 'in-progress', ''],
          ['toString', 'not-started', 'Première note, revue'],
          ['hasOwnProperty', 'in-progress', ''],
          ['valueOf', 'acquired', 'Deuxième note'],
        ];
        expect(everything(el)).to.deep.equal(expected);
        expect(status(el)).to.contain('ne peut pas être enregistrée');
        await expectAccessible(el);

        // Out of the page and back (a host moving it), then another training and back: memory is still the truth.
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await settle(el);
        expect(everything(el)).to.deep.equal(expected);
        el.training = 'formation-absente';
        await settle(el);
        el.training = training;
        await settle(el);
        expect(everything(el)).to.deep.equal(expected);
        expect(textOf(root(el).querySelector('.progress__text'))).to.equal('1 objectif acquis sur 4, 2 en cours');
        expect(localStorage.getItem(key)).to.equal(deviceCopy, 'the device keeps its last good copy, untouched');
      });

      // Storage works again: the next change writes everything memory holds.
      await typeNote(el, 'hasOwnProperty', 'Après');
      expect(Object.fromEntries(Object.entries(stored().objectives).map(([id, { state, note }]) => [id, [state, note]]))).to.deep.equal({
        constructor: ['in-progress', ''],
        toString: ['not-started', 'Première note, revue'],
        hasOwnProperty: ['in-progress', 'Après'],
        valueOf: ['acquired', 'Deuxième note'],
      });
      expect(status(el)).to.equal('Votre progression est enregistrée sur cet appareil.');
    });
  }

  it('from two tabs: each change is shown in the other, the newest change to each objective wins', async () => {
    const first = await render();
    const second = await render();
    consentBox(first).click();
    await settle(first);
    storageEventFromAnotherTab(key);
    await settle(second);
    expect(consentBox(second).checked).to.equal(true, 'consent given in the other tab is shared');

    await choose(first, 'constructor', 'acquired');
    storageEventFromAnotherTab(key);
    await settle(second);
    expect(stateOf(second, 'constructor')).to.equal('acquired', 'shown without waiting for a change of its own');

    await choose(second, 'constructor', 'in-progress');
    await typeNote(second, 'toString', 'Vu en atelier');
    storageEventFromAnotherTab(key);
    await settle(first);
    expect(everything(first)).to.deep.equal(everything(second));
    expect(stateOf(first, 'constructor')).to.equal('in-progress');
    await expectAccessible(first);

    // A real tab: the browser fires the event.
    const record = stored();
    record.objectives = { ...record.objectives, valueOf: { state: 'acquired' as const, note: 'Depuis l’autre onglet', updatedAt: new Date().toISOString() } };
    await writeFromAnotherTab(key, JSON.stringify(record));
    await settle(first);
    await settle(second);
    for (const el of [first, second]) expect([stateOf(el, 'valueOf'), noteOf(el, 'valueOf')]).to.deep.equal(['acquired', 'Depuis l’autre onglet']);

    // An erase there withdraws consent here, and the list stays on screen.
    localStorage.removeItem(key);
    storageEventFromAnotherTab(key);
    await settle(first);
    expect(consentBox(first).checked).to.equal(false);
    expect(status(first)).to.equal('Votre progression n’est plus enregistrée sur cet appareil.');
    expect(stateOf(first, 'valueOf')).to.equal('acquired');
    await choose(first, 'hasOwnProperty', 'acquired');
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('written by a newer version: read as far as compatible, the device copy never rewritten nor downgraded', async () => {
    const raw = JSON.stringify({
      version: 2,
      trainingId: training,
      consent: true,
      updatedAt: '2026-11-30T10:00:00.000Z',
      goals: [{ id: 'g1', text: 'Un objectif personnel' }],
      objectives: {
        constructor: { state: 'acquired', note: 'Ancienne note', updatedAt: '2026-11-30T10:00:00.000Z', evidence: { confirmedBy: 'tuteur' } },
        toString: { state: 'mastered', note: '' },
      },
    });
    localStorage.setItem(key, raw);
    const el = await render();
    expect(status(el)).to.contain('version plus récente');
    expect(consentBox(el).checked).to.equal(true);
    expect([stateOf(el, 'constructor'), noteOf(el, 'constructor')]).to.deep.equal(['acquired', 'Ancienne note']);
    await expectAccessible(el);
    await choose(el, 'hasOwnProperty', 'in-progress');
    await typeNote(el, 'constructor', 'Nouvelle note');
    expect(noteOf(el, 'constructor')).to.equal('Nouvelle note');
    expect(localStorage.getItem(key)).to.equal(raw, 'byte for byte, version 2');
    expect(status(el)).to.contain('version plus récente');
  });

  it('written with fields this version does not know: they are written back untouched', async () => {
    const goals = [{ id: 'g1', text: 'Un objectif personnel', done: false }];
    const evidence = { confirmedBy: 'tuteur', on: '2026-11-29' };
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        trainingId: training,
        consent: true,
        updatedAt: '2026-11-30T10:00:00.000Z',
        goals,
        objectives: { constructor: { state: 'acquired', note: 'Ancienne note', evidence } },
      }),
    );
    const el = await render();
    await typeNote(el, 'constructor', 'Nouvelle note');
    await choose(el, 'toString', 'acquired');
    const record = stored();
    expect(record.version).to.equal(1);
    expect(JSON.stringify(record.goals)).to.equal(JSON.stringify(goals));
    expect(JSON.stringify((record.objectives.constructor as unknown as { evidence: unknown }).evidence)).to.equal(JSON.stringify(evidence));
    expect(record.objectives.constructor).to.include({ state: 'acquired', note: 'Nouvelle note' });
  });

  it('named like Object.prototype members: objectives and languages render, suggest from evidence, save and restore', async () => {
    for (const lang of ['constructor', '__proto__', 'toString']) {
      const el = await render(lang);
      expect(textOf(root(el).querySelector('.progress__text'))).to.equal('0 objectif acquis sur 4', `lang="${lang}" speaks French`);
      expect(everything(el).map(([, state, note]) => [state, note])).to.deep.equal(prototypeNames.map(() => ['not-started', '']));
      el.remove();
    }
    const results = { pre: { quizId, phase: 'pre', completedAt: '2026-11-30T10:00:00.000Z', overall: 60, byObjective: { constructor: 80 }, bySequence: {} } } as const;
    expect(deviceRecordOf(quizRecordFormat, quizId).write({ version: 1, quizId, consent: true, progress: {}, results }).ok).to.equal(true);
    const el = await render();
    expect(textOf(objective(el, 'constructor').querySelector('[part="evidence"]'))).to.contain('80');
    for (const name of ['toString', 'hasOwnProperty', 'valueOf']) expect(objective(el, name).querySelector('[part="evidence"]')).to.equal(null, name);
    consentBox(el).click();
    for (const name of prototypeNames) await typeNote(el, name, `Note ${name}`);
    await choose(el, 'toString', 'acquired');
    await expectAccessible(el);
    expect(Object.keys(stored().objectives).sort()).to.deep.equal([...prototypeNames].sort());
    el.remove();
    const again = await render();
    expect(everything(again)).to.deep.equal(prototypeNames.map((name) => [name, name === 'toString' ? 'acquired' : 'not-started', `Note ${name}`]));
  });

  it('reads a saved list whose keys include __proto__ without touching any prototype', async () => {
    localStorage.setItem(key, `{"version":1,"trainingId":"constructor","consent":true,"updatedAt":"","objectives":{"__proto__":{"state":"acquired","note":"x"},"toString":{"state":"acquired","note":"t"}}}`);
    const el = await render();
    expect([stateOf(el, 'toString'), noteOf(el, 'toString')]).to.deep.equal(['acquired', 't']);
    expect(stateOf(el, 'constructor')).to.equal('not-started');
    await choose(el, 'valueOf', 'in-progress');
    expect(JSON.parse(localStorage.getItem(key)!).objectives.__proto__).to.deep.equal({ state: 'acquired', note: 'x' }, 'kept as the learner’s data');
    expect(({} as { state?: string }).state).to.equal(undefined);
  });
});
