/**
 * The learner's answers are never lost: storage that fails after consent, two tabs on one quiz, a record written by
 * a newer version, ids named like Object.prototype members. Real localStorage, real storage events, axe in each state.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { expectAccessible, settle, textOf } from '../../../test/helpers.js';
import { prototypeNamedFeed, setItemFailures, storageEventFromAnotherTab, withFailingSetItem, writeFromAnotherTab } from '../../../test/learner-storage.js';
import { quizRecordFormat } from '../../model/learner-records.js';
import './define.js';
import { click, input, pick, root, tableRows } from './test-support.js';
import type { TfQuiz } from './tf-quiz.js';

/** An id of this file only: test files share nothing, but the demo quiz's id would mislead a reader. */
const quizId = 'donnees-apprenant';
const key = `training-feed-widgets:${quizRecordFormat.key(quizId)}`;
const consent = 'Enregistrer mes réponses sur cet appareil';

async function quizFixture(lang = 'fr'): Promise<TfQuiz> {
  const el = await fixture<TfQuiz>(html`<tf-quiz quiz=${quizId} seed="s" lang=${lang} .feed=${prototypeNamedFeed(quizId)}></tf-quiz>`);
  await settle(el);
  return el;
}

async function type(el: Element, text: string): Promise<void> {
  const field = root(el).querySelector('textarea')!;
  field.value = text;
  field.dispatchEvent(new Event('input'));
  await settle(el);
}

/** Moves one item at a time to "Question `position` sur 4". */
async function goToQuestion(el: Element, position: number): Promise<void> {
  for (let moves = 0; moves < 4 && !textOf(root(el)).includes(`Question ${position} sur 4`); moves += 1) {
    await click(el, textOf(root(el)).match(/Question (\d) sur 4/)![1]! < String(position) ? 'Suivant' : 'Précédent');
  }
}

const notices = (el: Element) => textOf(root(el).querySelector('.notices'));
interface SavedProgress {
  answers: Record<string, unknown>;
  answeredAt: Record<string, string>;
  [field: string]: unknown;
}
interface SavedRecord {
  version: number;
  progress: { pre: SavedProgress; [phase: string]: unknown };
  results: { pre?: { overall: number }; post?: Record<string, unknown> };
  [field: string]: unknown;
}
const saved = () => JSON.parse(localStorage.getItem(key)!) as SavedRecord;

/** The answers of the attempt, read back from the controls of each item, in order. */
async function answersOnScreen(el: TfQuiz): Promise<string[]> {
  const seen: string[] = [];
  for (let index = 0; index < 4; index += 1) {
    const checked = [...root(el).querySelectorAll<HTMLInputElement>('[part="item"] input:checked')].map((control) => textOf(control.closest('label')?.querySelector('span')));
    const text = root(el).querySelector('textarea')?.value;
    seen.push(text ?? checked.join('+'));
    if (index < 3) await click(el, 'Suivant');
  }
  return seen;
}

describe('<tf-quiz> keeps the learner’s answers', function () {
  // Whole visits, click by click, on a loaded machine.
  this.timeout(60_000);

  beforeEach(() => localStorage.removeItem(key));
  afterEach(() => localStorage.removeItem(key));

  for (const failure of setItemFailures) {
    it(`for the visit when localStorage.setItem throws ${failure} after consent, through edits, a reconnection and a re-render`, async () => {
      const el = await quizFixture();
      await pick(el, consent);
      // A first attempt left blank: its result (0) is on the device.
      await click(el, 'Commencer');
      for (let i = 0; i < 3; i += 1) await click(el, 'Suivant');
      await click(el, 'Voir mon résultat');
      expect(saved().results.pre?.overall).to.equal(0);
      await click(el, 'Recommencer');
      await pick(el, 'Réponse fausse');
      await click(el, 'Suivant');
      const deviceCopy = localStorage.getItem(key);
      expect(saved().progress.pre.answers).to.deep.equal({ constructor: 'valueOf' });

      await withFailingSetItem(failure, async () => {
        await pick(el, 'Vrai');
        expect(notices(el)).to.contain('ne peuvent pas être enregistrées');
        await expectAccessible(el);
        await click(el, 'Précédent');
        await pick(el, 'Réponse juste');
        await click(el, 'Suivant');
        await click(el, 'Suivant');
        await pick(el, 'Choix un');
        await pick(el, 'Choix deux');
        await click(el, 'Suivant');
        await type(el, 'Mes remarques');

        // Out of the page and back (a host moving it), then another phase and back: memory is still the truth.
        const parent = el.parentElement!;
        el.remove();
        parent.append(el);
        await settle(el);
        el.phase = 'post';
        await settle(el);
        el.phase = 'pre';
        await settle(el);
        expect(root(el).querySelector('textarea')!.value).to.equal('Mes remarques');
        for (let i = 0; i < 3; i += 1) await click(el, 'Précédent');
        expect(await answersOnScreen(el)).to.deep.equal(['Réponse juste', 'Vrai', 'Choix un+Choix deux', 'Mes remarques']);
        expect(notices(el)).to.contain('ne peuvent pas être enregistrées');

        await click(el, 'Voir mon résultat');
        expect((await tableRows(el, 'Scores par objectif')).map(([objective, score]) => [objective, score!.split(' ')[0]])).to.deep.equal([
          ['Objectif constructor', '100'],
          ['Objectif toString', '100'],
          ['Objectif hasOwnProperty', '100'],
        ]);
        await expectAccessible(el);
        expect(localStorage.getItem(key)).to.equal(deviceCopy, 'the device keeps its last good copy, untouched');
        // Ticked is not saved: the line under the box says what the storage did, not what the learner asked.
        expect(input(el, consent).checked).to.equal(true);
        expect(textOf(root(el).querySelector('.consent .hint'))).to.contain('ne sont pas enregistrées');
      });

      // Storage works again: the next save writes what memory holds, the result of the visit and not the older one.
      await click(el, 'Recommencer');
      expect(saved().results.pre?.overall).to.equal(100);
      expect(saved().progress.pre.answers).to.deep.equal({}, 'a retry starts without answers');
      expect(notices(el)).to.not.contain('ne peuvent pas être enregistrées');
      for (let i = 0; i < 3; i += 1) await click(el, 'Suivant');
      await click(el, 'Voir mon résultat');
      expect(textOf(root(el).querySelector('.consent .hint'))).to.contain('sont enregistrées sur cet appareil');
    });
  }

  it('with one answer it cannot read: the other answers resume, consent stays, and the next save keeps them', async () => {
    const damaged = {
      version: 1,
      quizId,
      consent: true,
      progress: {
        pre: {
          step: 'item',
          index: -1,
          // The answer to `toString` is of a kind no item takes (a newer item type, a hand edit): it alone is dropped.
          answers: { constructor: 'toString', toString: { v: 'x' }, hasOwnProperty: ['constructor'] },
          answeredAt: { constructor: '2026-11-30T09:00:00.000Z', toString: 7 },
          checked: ['constructor', 3],
          seed: 's',
          startedAt: '2026-11-30T09:00:00.000Z',
        },
      },
      results: {},
    };
    localStorage.setItem(key, JSON.stringify(damaged));
    const el = await quizFixture();
    expect(notices(el)).to.contain('seul ce qui a pu être relu est repris');
    expect(input(el, 'Réponse juste').checked).to.equal(true, 'the first answer is back, at the first item');
    await expectAccessible(el);
    await click(el, 'Suivant');
    await click(el, 'Suivant');
    expect(input(el, 'Choix un').checked).to.equal(true, 'the third answer is back');
    await pick(el, 'Choix deux');
    const record = saved();
    expect(record.progress.pre.answers).to.deep.equal({ constructor: 'toString', hasOwnProperty: ['constructor', 'toString'] }, 'the answers read are kept, the unreadable one alone is gone');
    expect(record.consent).to.equal(true, 'consent stays: the learner gave it');
    await click(el, 'Suivant');
    await click(el, 'Voir mon résultat');
    expect(input(el, consent).checked).to.equal(true);
  });

  it('from two tabs: both tabs’ answers are kept, the newest answer to each item wins', async () => {
    const first = await quizFixture();
    const second = await quizFixture();
    await pick(first, consent);
    storageEventFromAnotherTab(key);
    await settle(second);
    expect(input(second, consent).checked).to.equal(true, 'consent given in the other tab is shared');

    await click(first, 'Commencer');
    await pick(first, 'Réponse fausse');
    storageEventFromAnotherTab(key);
    await settle(second);
    expect(input(second, 'Réponse fausse').checked).to.equal(true, 'the other tab’s attempt is taken up where it is');
    expect(notices(second)).to.contain('repris');
    await expectAccessible(second);

    await click(second, 'Suivant');
    await pick(second, 'Vrai');
    storageEventFromAnotherTab(key);
    await settle(first);
    await click(first, 'Suivant');
    expect(input(first, 'Vrai').checked).to.equal(true);

    // Both change their mind: the later answer to each item wins in both tabs.
    await pick(first, 'Faux');
    storageEventFromAnotherTab(key);
    await click(second, 'Précédent');
    await pick(second, 'Réponse juste');
    storageEventFromAnotherTab(key);
    await settle(first);
    expect(input(second, 'Réponse juste').checked).to.equal(true);
    await click(second, 'Suivant');
    expect(input(second, 'Faux').checked).to.equal(true);
    await click(first, 'Précédent');
    expect(input(first, 'Réponse juste').checked).to.equal(true);
    expect(saved().progress.pre.answers).to.deep.equal({ constructor: 'toString', toString: false });

    // A real tab: the browser fires the event. Its answer to the third item joins both widgets.
    const record = saved();
    Object.assign(record.progress.pre.answers, { hasOwnProperty: ['constructor'] });
    Object.assign(record.progress.pre.answeredAt, { hasOwnProperty: new Date().toISOString() });
    await writeFromAnotherTab(key, JSON.stringify(record));
    await settle(first);
    await settle(second);
    for (const el of [first, second]) {
      await goToQuestion(el, 3);
      expect(input(el, 'Choix un').checked).to.equal(true);
      expect(input(el, 'Choix deux').checked).to.equal(false);
    }
    await pick(first, 'Choix trois');
    expect(saved().progress.pre.answers).to.deep.equal({ constructor: 'toString', toString: false, hasOwnProperty: ['constructor', 'valueOf'] });
  });

  it('written by a newer version: read as far as compatible, the device copy never rewritten nor downgraded', async () => {
    const newer = {
      version: 2,
      quizId,
      consent: true,
      sync: { lms: 'https://lms.example/xapi', lastSent: '2026-11-30T10:00:00.000Z' },
      progress: {
        pre: { step: 'item', index: 1, answers: { constructor: 'toString' }, checked: [], seed: 's', startedAt: '2026-11-30T09:00:00.000Z', timeSpent: { constructor: 12.5 } },
        mid: { step: 'item', index: 0, answers: {}, checked: [], seed: 'm', startedAt: '2026-11-30T09:30:00.000Z' },
      },
      results: {},
    };
    const raw = JSON.stringify(newer);
    localStorage.setItem(key, raw);
    const el = await quizFixture();
    expect(notices(el)).to.contain('version plus récente');
    await expectAccessible(el);
    await pick(el, 'Faux');
    await click(el, 'Précédent');
    expect(input(el, 'Réponse juste').checked).to.equal(true, 'the compatible answers are resumed');
    await click(el, 'Suivant');
    await click(el, 'Suivant');
    await click(el, 'Suivant');
    await click(el, 'Voir mon résultat');
    expect(localStorage.getItem(key)).to.equal(raw, 'byte for byte, version 2');
    expect(notices(el)).to.contain('version plus récente');
    expect(input(el, consent).checked).to.equal(true, 'the learner opted in: the record is theirs, erasable from here');
    await expectAccessible(el);
  });

  it('written with fields this version does not know: they are written back untouched', async () => {
    const extras = {
      sync: { lms: 'https://lms.example/xapi', lastSent: '2026-11-30T10:00:00.000Z', ids: [1, 2, 3] },
      timeSpent: { constructor: 12.5 },
      confidence: 0.75,
      mid: { step: 'item', index: 0, answers: {}, checked: [], seed: 'm', startedAt: '2026-11-30T09:30:00.000Z', label: 'à mi-parcours' },
    };
    localStorage.setItem(
      key,
      JSON.stringify({
        version: 1,
        quizId,
        consent: true,
        sync: extras.sync,
        progress: {
          pre: { step: 'item', index: 0, answers: { constructor: 'valueOf' }, checked: [], seed: 's', startedAt: '2026-11-30T09:00:00.000Z', timeSpent: extras.timeSpent },
          mid: extras.mid,
        },
        results: { post: { quizId, phase: 'post', completedAt: '2026-11-30T11:00:00.000Z', overall: 50, byObjective: {}, bySequence: {}, confidence: extras.confidence } },
      }),
    );
    const el = await quizFixture();
    expect(notices(el)).to.contain('repris');
    await pick(el, 'Réponse juste');
    await click(el, 'Suivant');
    await pick(el, 'Vrai');
    const record = saved();
    expect(record.version).to.equal(1);
    expect(record.progress.pre.answers).to.deep.equal({ constructor: 'toString', toString: true });
    expect(JSON.stringify(record.sync)).to.equal(JSON.stringify(extras.sync));
    expect(JSON.stringify(record.progress.pre.timeSpent)).to.equal(JSON.stringify(extras.timeSpent));
    expect(JSON.stringify(record.progress.mid)).to.equal(JSON.stringify(extras.mid));
    expect(record.results.post?.confidence).to.equal(extras.confidence);
  });

  it('named like Object.prototype members: items, options, objectives and languages render, score, save and resume', async () => {
    for (const lang of ['constructor', '__proto__', 'toString']) {
      const el = await quizFixture(lang);
      expect(textOf(root(el))).to.contain('Commencer', `lang="${lang}" speaks French`);
      el.remove();
    }
    const el = await quizFixture();
    await pick(el, consent);
    await click(el, 'Commencer');
    await pick(el, 'Autre réponse');
    await click(el, 'Suivant');
    await pick(el, 'Vrai');
    await click(el, 'Suivant');
    await pick(el, 'Choix deux');
    await click(el, 'Suivant');
    await type(el, 'Rien à ajouter');
    await click(el, 'Voir mon résultat');
    expect((await tableRows(el, 'Scores par objectif')).map(([objective, score]) => [objective, score!.split(' ')[0]])).to.deep.equal([
      ['Objectif constructor', '0'],
      ['Objectif toString', '100'],
      ['Objectif hasOwnProperty', '50'],
    ]);
    expect((await tableRows(el, 'Scores par séquence')).map(([sequence]) => sequence)).to.have.length(2);
    expect(textOf(root(el).querySelector('[part="result"]'))).to.contain('Suivre la formation');
    await expectAccessible(el);
    expect(saved().progress.pre.answers).to.deep.equal({ constructor: 'hasOwnProperty', toString: true, hasOwnProperty: ['toString'], valueOf: 'Rien à ajouter' });
    expect(({} as Record<string, unknown>).valueOf).to.equal(Object.prototype.valueOf, 'Object.prototype untouched');

    fixtureCleanup();
    const again = await quizFixture();
    expect(root(again).querySelector('[part="result"]')).to.exist;
    await click(again, 'Voir les bonnes réponses');
    const review = textOf(root(again).querySelector('#review'));
    expect(review).to.contain('Autre réponse');
    expect(review).to.contain('Rien à ajouter');
  });
});
