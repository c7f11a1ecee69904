/**
 * The quiz's items (issue 12): a picked option's feedback beside that option and read with it (`aria-describedby`),
 * « plusieurs réponses possibles » and other hints said once, and corrected options that keep their look (not
 * greyed out) while they can no longer change. Real clicks and keys, axe in every state, French and English.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Feed } from '../../model/schema.js';
import { demoFeed, expectAccessible, realClick, settle, textOf } from '../../../test/helpers.js';
import './define.js';
import { button, root } from './test-support.js';
import type { TfQuiz } from './tf-quiz.js';


const feed: Feed = {
  version: 1,
  trainings: [],
  programmes: [],
  quizzes: [
    {
      id: 'options',
      title: 'Options',
      correction: 'immediate',
      items: [
        {
          id: 'pratiques',
          type: 'multiple',
          prompt: 'Quelles pratiques relèvent de l’aller vers ?',
          options: [
            { id: 'maraude', label: 'La maraude', correct: true, feedback: 'Oui : on va à la rencontre.' },
            { id: 'rue', label: 'Le travail de rue', correct: true, feedback: 'Oui : dans l’espace public.' },
            { id: 'guichet', label: 'L’attente au guichet', feedback: 'Non : on attend la demande.' },
          ],
        },
        { id: 'vf', type: 'true-false', prompt: 'L’aller vers attend la demande.', answer: false, feedbackTrue: 'Non : il va au-devant.' },
      ],
    },
  ],
};

async function quiz(lang: 'fr' | 'en', quizFeed: Feed = feed, quizId = 'options'): Promise<TfQuiz> {
  const el = await fixture<TfQuiz>(html`<tf-quiz quiz=${quizId} seed="options" lang=${lang} .feed=${quizFeed}></tf-quiz>`);
  await settle(el);
  return el;
}

const inputFor = (el: Element, value: string) => root(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!;


async function press(el: Element, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** The option's own feedback: the element its control points to, and where it stands. */
function feedbackOf(el: Element, value: string): HTMLElement | null {
  const id = inputFor(el, value).getAttribute('aria-describedby');
  return id ? root(el).getElementById(id) : null;
}

describe('<tf-quiz> items', function () {
  // Real clicks and keys through whole items: slow on a loaded machine.
  this.timeout(60_000);

  it('says each picked option’s feedback beside it and with it, once; corrected options keep their look (French)', async () => {
    const el = await quiz('fr');
    await realClick(button(el, 'Commencer'));
    await settle(el);
    const look = (value: string) => {
      const style = getComputedStyle(inputFor(el, value));
      return [style.accentColor, style.opacity, getComputedStyle(inputFor(el, value).closest('label')!).color].join();
    };
    await realClick(inputFor(el, 'maraude'));
    inputFor(el, 'guichet').focus();
    await press(el, 'Space');
    expect([inputFor(el, 'maraude').checked, inputFor(el, 'guichet').checked]).to.deep.equal([true, true]);
    const before = { maraude: look('maraude'), rue: look('rue') };
    await realClick(button(el, 'Valider'));
    await settle(el);

    for (const [value, text] of [['maraude', 'Oui : on va à la rencontre.'], ['guichet', 'Non : on attend la demande.']] as const) {
      const line = feedbackOf(el, value)!;
      expect(textOf(line)).to.equal(text);
      expect(line.previousElementSibling, `${value}: right under its option`).to.equal(inputFor(el, value).closest('label'));
    }
    expect(feedbackOf(el, 'rue'), 'an option not picked says nothing').to.equal(null);
    const correction = textOf(root(el).querySelector('[part="feedback"]'));
    expect(correction).to.not.contain('on va à la rencontre', 'said once, beside the option');
    expect(correction).to.contain('La bonne réponse : La maraude ; Le travail de rue');
    expect(textOf(root(el).querySelector('[aria-live="polite"]'))).to.contain('Non : on attend la demande.');

    // Not greyed out: the same look as before the correction, not disabled; still focusable, but fixed.
    expect(root(el).querySelectorAll('input:disabled').length).to.equal(0);
    expect({ maraude: look('maraude'), rue: look('rue') }).to.deep.equal(before);
    expect(inputFor(el, 'maraude').getAttribute('aria-disabled')).to.equal('true');
    await realClick(inputFor(el, 'rue'));
    inputFor(el, 'maraude').focus();
    await press(el, 'Space');
    expect([inputFor(el, 'maraude').checked, inputFor(el, 'rue').checked, inputFor(el, 'guichet').checked]).to.deep.equal([true, false, true]);
    await expectAccessible(el);

    // True-false: the same, and arrow keys do not move a corrected answer.
    await realClick(button(el, 'Suivant'));
    await settle(el);
    await realClick(inputFor(el, 'true'));
    await realClick(button(el, 'Valider'));
    await settle(el);
    expect(textOf(feedbackOf(el, 'true'))).to.equal('Non : il va au-devant.');
    inputFor(el, 'true').focus();
    await press(el, 'ArrowDown');
    expect([inputFor(el, 'true').checked, inputFor(el, 'false').checked]).to.deep.equal([true, false]);
    await expectAccessible(el);
  });

  it('says « plusieurs réponses possibles » once, in the question, whether the prompt says it or not', async () => {
    const demo = await demoFeed();
    const el = await quiz('fr', demo, 'positionnement-aller-vers-m1');
    el.setAttribute('layout', 'page');
    await settle(el);
    await realClick(button(el, 'Commencer'));
    await settle(el);
    const multiples = demo.quizzes[0]!.items.filter((item) => item.type === 'multiple');
    expect(multiples.length).to.equal(2);
    for (const item of multiples) {
      const legend = [...root(el).querySelectorAll('legend')].find((each) => textOf(each).startsWith(item.prompt.slice(0, 30)))!;
      expect(item.prompt).to.contain('(plusieurs réponses possibles)');
      expect(textOf(legend).match(/plusieurs réponses possibles/gi)?.length, item.id).to.equal(1);
    }
    // The hints are part of the question's name, read once with it: no separate description to read again.
    expect(root(el).querySelectorAll('fieldset[aria-describedby]').length).to.equal(0);
    const scale = [...root(el).querySelectorAll('legend')].find((legend) => legend.querySelector('.hint') && textOf(legend).includes('Auto-évaluation'))!;
    expect(textOf(scale.querySelector('.hint'))).to.equal('Auto-évaluation : choisissez le niveau qui vous correspond.');
    await expectAccessible(el);

    const own = await quiz('fr');
    await realClick(button(own, 'Commencer'));
    await settle(own);
    expect(textOf(root(own).querySelector('legend'))).to.equal('Quelles pratiques relèvent de l’aller vers ? Plusieurs réponses possibles.');
    expect(textOf(root(own)).match(/plusieurs réponses possibles/gi)?.length).to.equal(1);
    await expectAccessible(own);
  });

  it('speaks English: the hint once, the feedback beside its option, axe in each state', async () => {
    const el = await quiz('en');
    el.focus();
    await realClick(button(el, 'Start'));
    await settle(el);
    expect(textOf(root(el).querySelector('legend'))).to.equal('Quelles pratiques relèvent de l’aller vers ? Several answers possible.');
    await expectAccessible(el);
    inputFor(el, 'guichet').focus();
    await press(el, 'Space');
    await realClick(button(el, 'Check'));
    await settle(el);
    expect(textOf(feedbackOf(el, 'guichet'))).to.equal('Non : on attend la demande.');
    expect(textOf(root(el).querySelector('[part="feedback"]'))).to.contain('Incorrect');
    await expectAccessible(el);
  });
});
