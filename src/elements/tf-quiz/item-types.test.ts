/**
 * The item types of issue 14 in <tf-quiz>: an instruction, a short answer, a number, a matching (lists, not drag
 * and drop) and choices with partial and negative credit; answered with the keyboard only, corrected in words,
 * checked with axe in every state, in French and in English.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feed } from '../../model/schema.js';
import type { QuizStatement } from '../../model/quiz/statements.js';
import { expectAccessible, settle, textOf } from '../../../test/helpers.js';
import './define.js';
import { button, click, root } from './test-support.js';
import type { TfQuiz } from './tf-quiz.js';

const feed: Feed = {
  version: 1,
  trainings: [],
  programmes: [],
  quizzes: [
    {
      id: 'types',
      title: 'Nouveaux types',
      correction: 'immediate',
      items: [
        { id: 'consigne', type: 'instruction', prompt: 'Les questions suivantes portent sur les sigles.' },
        { id: 'sigle', type: 'short-answer', prompt: 'Sigle du revenu de solidarité active ?', answers: [{ text: 'RSA' }, { text: 'R.S.A.', credit: 50, feedback: 'Sans les points.' }] },
        { id: 'annee', type: 'numerical', prompt: 'Année de la stratégie ?', unit: 'an', answers: [{ value: 2018 }, { value: 2018, tolerance: 1, credit: 50 }] },
        {
          id: 'sens',
          type: 'matching',
          prompt: 'Associez chaque sigle à son sens.',
          pairs: [
            { id: 'ccas', prompt: 'CCAS', match: 'Centre communal d’action sociale' },
            { id: 'caf', prompt: 'CAF', match: 'Caisse d’allocations familiales' },
            { id: 'ass', prompt: 'ASS', match: 'Assistant de service social' },
          ],
          distractors: ['Conseil départemental'],
        },
        {
          id: 'lieu',
          type: 'single',
          prompt: 'Où se déroule une maraude ?',
          options: [
            { id: 'rue', label: 'Dans la rue', credit: 50 },
            { id: 'partout', label: 'Là où sont les personnes', correct: true },
            { id: 'bureau', label: 'Au bureau', credit: -100, feedback: 'C’est l’inverse.' },
          ],
        },
        {
          id: 'pratiques',
          type: 'multiple',
          prompt: 'Quelles pratiques relèvent de l’aller vers ?',
          options: [
            { id: 'maraude', label: 'La maraude', credit: 50 },
            { id: 'permanence', label: 'La permanence délocalisée', credit: 50 },
            { id: 'guichet', label: 'L’attente au guichet', credit: -50 },
          ],
        },
      ],
    },
  ],
};

async function quiz(lang: 'fr' | 'en'): Promise<TfQuiz> {
  const el = await fixture<TfQuiz>(html`<tf-quiz quiz="types" seed="types" lang=${lang} .feed=${feed}></tf-quiz>`);
  await settle(el);
  return el;
}

const active = (el: Element) => root(el).activeElement as HTMLElement | null;

/** Tabs forward until the focused element matches, within a few presses. */
async function tabTo(el: Element, matches: (element: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 12; i += 1) {
    await sendKeys({ press: 'Tab' });
    await settle(el, 1);
    const focused = active(el);
    if (focused && matches(focused)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

const isButton = (text: string) => (element: HTMLElement) => element.localName === 'button' && textOf(element) === text;

/** « Valider » with the keyboard, then the correction in words. */
async function check(el: TfQuiz, label: string): Promise<string> {
  await tabTo(el, isButton(label), label);
  await sendKeys({ press: 'Enter' });
  await settle(el);
  return textOf(root(el).querySelector('[part="feedback"]'));
}

async function next(el: TfQuiz, label: string): Promise<void> {
  if (!isButton(label)(active(el) as HTMLElement)) await tabTo(el, isButton(label), label);
  await sendKeys({ press: 'Enter' });
  await settle(el);
}

describe('<tf-quiz>: short answer, number, matching, instruction and credits', function () {
  // Keyboard journeys through every item: slow on a loaded machine.
  this.timeout(60_000);

  it('is answered with the keyboard only, corrected in words, scored with partial and negative credit (French)', async () => {
    const el = await quiz('fr');
    const answers: QuizStatement[] = [];
    el.addEventListener('tf-quiz-answer', (event) => answers.push((event as CustomEvent<QuizStatement>).detail));
    el.focus();
    await tabTo(el, isButton('Commencer'), 'Commencer');
    await sendKeys({ press: 'Enter' });
    await settle(el);

    // An instruction: read, never answered, nothing to check.
    expect(textOf(active(el))).to.equal('Consigne');
    expect(textOf(root(el))).to.contain('Les questions suivantes portent sur les sigles.');
    expect(root(el).querySelector('fieldset')).to.equal(null);
    await expectAccessible(el);
    await next(el, 'Suivant');

    // A short answer: case ignored, the partial answer's credit and feedback.
    await tabTo(el, (element) => element.localName === 'input' && element.getAttribute('type') === 'text', 'the answer field');
    await sendKeys({ type: 'r.s.a.' });
    await settle(el);
    const shortFeedback = await check(el, 'Valider');
    expect(shortFeedback).to.contain('Réponse partiellement correcte');
    expect(shortFeedback).to.contain('Sans les points.');
    expect(shortFeedback).to.match(/La bonne réponse\s:\sRSA/);
    await expectAccessible(el);
    await next(el, 'Suivant');

    // A number typed the French way, within the half-credit tolerance; its unit is shown.
    expect(textOf(root(el).querySelector('.hint'))).to.equal('Répondez par un nombre.');
    expect(textOf(root(el).querySelector('.unit'))).to.equal('an');
    await tabTo(el, (element) => element.getAttribute('inputmode') === 'decimal', 'the number field');
    await sendKeys({ type: '2 019' });
    await settle(el);
    expect(await check(el, 'Valider')).to.contain('Réponse partiellement correcte');
    await expectAccessible(el);
    await next(el, 'Suivant');

    // A matching, one labelled list per pair: two right, one wrong.
    const selects = [...root(el).querySelectorAll<HTMLSelectElement>('select')];
    expect(selects.map((select) => textOf(root(el).querySelector(`label[for="${select.id}"]`)))).to.deep.equal(['CCAS', 'CAF', 'ASS']);
    const choose = async (select: HTMLSelectElement, wanted: string) => {
      await tabTo(el, (element) => element === select, select.id);
      for (let i = 0; i < 6 && select.selectedOptions[0]?.textContent !== wanted; i += 1) {
        await sendKeys({ press: 'ArrowDown' });
        await settle(el, 1);
      }
      expect(select.selectedOptions[0]?.textContent).to.equal(wanted);
    };
    await choose(selects[0]!, 'Centre communal d’action sociale');
    await choose(selects[1]!, 'Caisse d’allocations familiales');
    await choose(selects[2]!, 'Conseil départemental');
    const matchingFeedback = await check(el, 'Valider');
    expect(matchingFeedback).to.contain('Réponse partiellement correcte');
    expect(matchingFeedback).to.contain('ASS → Assistant de service social');
    expect(textOf(root(el))).to.contain('(bonne réponse)');
    await expectAccessible(el);
    await next(el, 'Suivant');

    // A negative credit counts 0 within its item, never less.
    await tabTo(el, (element) => element.getAttribute('type') === 'radio', 'a radio');
    for (let i = 0; i < 4 && !(root(el).querySelector<HTMLInputElement>('input[value="bureau"]')?.checked ?? false); i += 1) {
      await sendKeys({ press: 'ArrowDown' });
      await settle(el, 1);
    }
    const negative = await check(el, 'Valider');
    expect(negative).to.contain('Réponse incorrecte');
    // The picked option's feedback, next to it and read with it.
    const bureau = root(el).querySelector<HTMLInputElement>('input[value="bureau"]')!;
    expect(textOf(root(el).getElementById(bureau.getAttribute('aria-describedby') ?? ''))).to.equal('C’est l’inverse.');
    expect(negative).to.not.contain('C’est l’inverse.');
    await next(el, 'Suivant');

    // Every option ticked: 50 + 50 − 50.
    await tabTo(el, (element) => element.getAttribute('type') === 'checkbox', 'a checkbox');
    for (let i = 0; i < 3; i += 1) {
      await sendKeys({ press: 'Space' });
      await settle(el, 1);
      if (i < 2) await sendKeys({ press: 'Tab' });
    }
    expect(await check(el, 'Valider')).to.contain('Réponse partiellement correcte');
    const completed = oneEvent(el, 'tf-quiz-complete');
    await next(el, 'Voir mon résultat');

    // (0.5 + 0.5 + 2/3 + 0 + 0.5) / 5 scored items.
    expect((await completed).detail.result?.score?.raw).to.equal(43);
    expect(answers.map((statement) => statement.object.definition.interactionType)).to.deep.equal(['fill-in', 'numeric', 'matching', 'choice', 'choice']);
    expect(answers.map((statement) => statement.result?.score?.raw)).to.deep.equal([0.5, 0.5, 2 / 3, 0, 0.5]);
    await expectAccessible(el);
  });

  it('counts the questions alone: the instruction before them is no question', async () => {
    const el = await quiz('fr');
    expect(textOf(root(el).querySelector('.intro .facts li')), 'six items, one an instruction').to.equal('5 questions');
    button(el, 'Commencer').click();
    await settle(el);
    expect(textOf(root(el).querySelector('.item__header h3'))).to.equal('Consigne');
    root(el).querySelector<HTMLButtonElement>('#next')!.click();
    await settle(el);
    expect(textOf(root(el).querySelector('.item__header h3'))).to.equal('Question 1 sur 5');
    el.setAttribute('layout', 'page');
    await settle(el);
    const headings = [...root(el).querySelectorAll('.item__header h3')].map((heading) => textOf(heading));
    expect(headings).to.deep.equal(['Consigne', ...[1, 2, 3, 4, 5].map((n) => `Question ${n} sur 5`)]);
  });

  it('accepts a short answer typed with a keyboard’s apostrophe and « oe » where the feed has « ’ » and « œ »', async () => {
    const apostrophes: Feed = {
      ...feed,
      quizzes: [
        {
          id: 'apostrophe',
          title: 'Apostrophes',
          correction: 'immediate',
          items: [
            { id: 'demarche', type: 'short-answer', prompt: 'Quelle démarche ?', answers: [{ text: 'L’aller vers' }] },
            { id: 'etape', type: 'short-answer', prompt: 'Quelle étape ?', caseSensitive: true, answers: [{ text: 'Mise en œuvre' }] },
          ],
        },
      ],
    };
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="apostrophe" .feed=${apostrophes}></tf-quiz>`);
    await settle(el);
    await click(el, 'Commencer');
    const typeAndCheck = async (typed: string) => {
      const field = root(el).querySelector<HTMLInputElement>('input[type="text"]')!;
      field.value = typed;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await settle(el);
      await click(el, 'Valider');
      return textOf(root(el).querySelector('[part="feedback"]'));
    };
    expect(await typeAndCheck("l'aller vers")).to.match(/^✓ Bonne réponse/);
    // And « oe » for « œ », which French keyboards lack, even where case counts.
    await click(el, 'Suivant');
    expect(await typeAndCheck('Mise en oeuvre')).to.match(/^✓ Bonne réponse/);
  });

  it('says « Bonne réponse » when every right option is ticked, however many there are or however the credits are written', async () => {
    const options = (count: number, credit?: number) =>
      Array.from({ length: count }, (_, index) => ({ id: `o${index}`, label: `Option ${index + 1}`, ...(credit === undefined ? { correct: true } : { credit }) }));
    const manyRight: Feed = {
      ...feed,
      quizzes: [
        {
          id: 'toutes',
          title: 'Toutes les bonnes',
          correction: 'immediate',
          items: [
            // Six right options: 1/6 each, which add up to 0.9999999999999999.
            { id: 'six', type: 'multiple', prompt: 'Six bonnes réponses', options: [...options(6), { id: 'faux', label: 'Faux' }] },
            // Moodle's GIFT export writes a third as 33.33333 %.
            { id: 'tiers', type: 'multiple', prompt: 'Trois tiers', options: [...options(3, 33.33333), { id: 'faux', label: 'Faux', credit: -100 }] },
          ],
        },
      ],
    };
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="toutes" .feed=${manyRight}></tf-quiz>`);
    await settle(el);
    const press = async (label: string) => {
      button(el, label).click();
      await settle(el);
    };
    await press('Commencer');
    for (const label of ['Suivant', 'Voir mon résultat']) {
      for (const box of root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]:not([value="faux"])')) {
        box.click();
        await settle(el);
      }
      await press('Valider');
      expect(textOf(root(el).querySelector('[part="feedback"]'))).to.match(/^✓ Bonne réponse/);
      await press(label);
    }
  });

  it('speaks English, and each type passes axe answered and corrected', async () => {
    const el = await quiz('en');
    el.setAttribute('layout', 'page');
    await settle(el);
    await tabTo(el, isButton('Start'), 'Start');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const text = textOf(root(el));
    expect(text).to.contain('Instructions');
    expect(text).to.contain('Answer with a number.');
    expect(text).to.contain('Match each item with its answer in the list.');
    expect([...root(el).querySelectorAll('select option:first-child')].map(textOf)).to.deep.equal(['— Choose —', '— Choose —', '— Choose —']);
    await expectAccessible(el);
    await tabTo(el, (element) => element.localName === 'input' && element.getAttribute('type') === 'text', 'the answer field');
    await sendKeys({ type: 'RSA' });
    await settle(el);
    await tabTo(el, isButton('Check'), 'Check');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(textOf(root(el).querySelector('[part="feedback"]'))).to.contain('Correct');
    await expectAccessible(el);
  });
});

describe('<tf-quiz>: from positioning to a session', () => {
  it('after a pre-training quiz, links to the next sessions open for registration', async () => {
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const withSessions: Feed = {
      version: 1,
      programmes: [],
      trainings: [
        {
          id: 'aller-vers',
          title: 'Aller vers',
          provider: { name: 'IRTS' },
          url: 'https://example.org/aller-vers',
          sessions: [
            { id: 'passee', mode: 'in-person', dates: [{ start: inDays(-30) }] },
            { id: 'groupe-1', label: 'Groupe 1', mode: 'in-person', dates: [{ start: inDays(60) }], registrationUrl: 'https://example.org/inscription' },
          ],
        },
      ],
      quizzes: [{ id: 'positionnement', title: 'Positionnement', training: 'aller-vers', items: [{ id: 'vf', type: 'true-false', prompt: 'Vrai ?', answer: true }] }],
    };
    const el = await fixture<TfQuiz>(html`<tf-quiz quiz="positionnement" .feed=${withSessions}></tf-quiz>`);
    await settle(el);
    for (const label of ['Commencer', 'Voir mon résultat']) {
      button(el, label).click();
      await settle(el);
    }
    const section = root(el).querySelector('.sessions-to-join');
    expect(textOf(section?.querySelector('h4, h3, h5'))).to.equal('Les prochaines sessions');
    const links = [...(section?.querySelectorAll('a') ?? [])];
    expect(links.map((a) => [textOf(a), a.getAttribute('href')])).to.deep.equal([['Aller vers (Groupe 1)', 'https://example.org/inscription']]);
    expect(section?.querySelector('time')?.getAttribute('datetime')).to.equal(inDays(60));
    await expectAccessible(el);

    el.setAttribute('phase', 'post');
    await settle(el);
    expect(root(el).querySelector('.sessions-to-join')).to.equal(null, 'after the training, no session to join');
  });
});
